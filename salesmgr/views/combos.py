"""Filter combos shared by the pages: an "everything" entry, then the choices, keeping the current one."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

RepChoice = tuple[int, str, int | None]  # id, name, team id


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
