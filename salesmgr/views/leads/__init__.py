"""The Leads page: the shared scoring model, scores, routing to reps, the nurturing list and the monthly review."""
