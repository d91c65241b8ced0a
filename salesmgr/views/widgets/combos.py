"""Filter combos shared by the pages: an "everything" entry, then the choices, keeping the current one."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox
from sqlalchemy.orm import Session

from salesmgr.models.periods import current_quarter, previous_quarters
from salesmgr.models.team.roster import list_reps, list_teams

RepChoice = tuple[int, str, int | None]  # id, name, team id
TeamChoice = tuple[int, str]  # id, name
QUARTERS_BACK = 7


def owner_choices(session: Session) -> tuple[list[TeamChoice], list[RepChoice]]:
    """The team and rep filters' choices: teams by name, reps active first and then by name."""
    teams = sorted(((t.id, t.name) for t in list_teams(session)), key=lambda team: team[1])
    return teams, [(r.id, r.name, r.team_id) for r in list_reps(session)]


def add_quarters(combo: QComboBox, today: date, back: int = QUARTERS_BACK) -> None:
    """The current quarter ("2026Q4 (current)") and the ``back`` quarters before it, newest first; each item's
    data is the period."""
    current = current_quarter(today)
    combo.addItem(QCoreApplication.translate("Combos", "{period} (current)").format(period=current), current)
    for period in reversed(previous_quarters(current, back)):
        combo.addItem(period, period)


def refill(combo: QComboBox, everything: str, items: list[tuple[int, str]], keep: int | None) -> None:
    """Replace the combo's items without emitting signals; ``keep`` stays selected when it is still there."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for item_id, name in items:
        combo.addItem(name, item_id)
    combo.setCurrentIndex(max(combo.findData(keep), 0))
    combo.blockSignals(False)


def reps_of_team(reps: list[RepChoice], team_id: int | None) -> list[tuple[int, str]]:
    """The reps to offer once a team is chosen (all of them when none is)."""
    return [(rep_id, name) for rep_id, name, team in reps if team_id is None or team == team_id]
