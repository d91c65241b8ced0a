"""The Team page: reps and teams, their dialogs and table models."""
