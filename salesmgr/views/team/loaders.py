"""What the Team page reads through the runner. No Qt here."""
from __future__ import annotations

from salesmgr.models.database import Session
from salesmgr.models.team import roster
from salesmgr.models.team.roster import RepRow, TeamRow


def load_lists(session: Session) -> tuple[list[RepRow], list[TeamRow]]:
    """Every rep (active first, then by name) and every team."""
    return roster.list_reps(session), roster.list_teams(session)
