"""Filter combos shared by the pages: an "everything" entry, then the choices, keeping the current one."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from salesmgr.models.periods import Period
from salesmgr.models.team.roster import RepChoice

QUARTERS_BACK = 7


def add_quarters(combo: QComboBox, today: date, back: int = QUARTERS_BACK) -> None:
    """The current quarter ("2026Q4 (current)") and the ``back`` quarters before it, newest first; each item's
    data is the period's key (read it back with ``chosen_period``)."""
    current = Period.quarter_of(today)
    combo.addItem(QCoreApplication.translate("Combos", "{period} (current)").format(period=current.key),
                  current.key)
    for period in reversed(current.previous(back)):
        combo.addItem(period.key, period.key)


def chosen_period(combo: QComboBox) -> Period:
    """The period a combo filled by ``add_quarters`` shows: parsed here, at the edge, once."""
    return Period.parse(combo.currentData())


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
