"""Lead scoring, grading and routing (issue 15): the shared scoring model, its versions, each lead's score and
behaviours, routing of qualified leads to reps, the monthly review and the proposals it makes."""
