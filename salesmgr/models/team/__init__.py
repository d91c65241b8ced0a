"""The sales team: the roster of teams and reps the Team page shows and edits (``roster``). The entities (Team, Rep,
Quota) are shared by every feature and live in ``models.org``."""
