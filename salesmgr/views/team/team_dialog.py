"""Add or edit a team."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from salesmgr.models.team.roster import TeamInput, TeamRow
from salesmgr.views.widgets.edit_dialog import EditDialog


class TeamDialog(EditDialog[TeamInput]):
    """Name, region and whether the team is active."""

    def __init__(self, team: TeamRow | None = None, save: Callable[[TeamInput], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit team") if team else self.tr("Add team"))
        self.name_edit = QLineEdit(team.name if team else "")
        self.region_edit = QLineEdit(team.region or "" if team else "")
        self.region_edit.setPlaceholderText(self.tr("e.g. North, EMEA"))
        self.active_check = QCheckBox(self.tr("Active"))
        self.active_check.setChecked(team.active if team else True)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Region:"), self.region_edit)
        self.form.addRow("", self.active_check)
        self.setMinimumWidth(360)

    def value(self) -> TeamInput:
        region = self.region_edit.text().strip()
        return TeamInput(self.name_edit.text(), region or None, self.active_check.isChecked())

