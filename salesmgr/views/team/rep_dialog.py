"""Add or edit a rep. Given the lists of teams and reps to choose from; never touches the database."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from salesmgr.models.team.roster import RepInput, RepRow, TeamRow
from salesmgr.views.widgets.edit_dialog import EditDialog
from salesmgr.views.widgets.roles import role_labels

DATE_FORMAT = "yyyy-MM-dd"


class RepDialog(EditDialog[RepInput]):
    """Name, e-mail, team, role, hire date (or none), manager, mentor and whether the rep is active.

    ``rep`` is the rep being edited (None to add one). The team, manager and mentor lists offer active
    teams and reps, plus the rep's current ones even when inactive; a rep is never offered as their own
    manager or mentor.
    """

    def __init__(self, teams: Sequence[TeamRow], reps: Sequence[RepRow], rep: RepRow | None = None,
                 save: Callable[[RepInput], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.rep = rep
        self.setWindowTitle(self.tr("Edit rep") if rep else self.tr("Add rep"))
        self._build_fields(teams, reps)
        self._add_rows()
        self._load(rep)
        self.setMinimumWidth(420)

    def _build_fields(self, teams: Sequence[TeamRow], reps: Sequence[RepRow]) -> None:
        self.name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.team_combo = self._team_combo(teams)
        self.role_combo = QComboBox()
        for role, label in role_labels().items():
            self.role_combo.addItem(label, role)
        self.hire_date_edit = QDateEdit(QDate.currentDate())
        self.hire_date_edit.setCalendarPopup(True)
        self.hire_date_edit.setDisplayFormat(DATE_FORMAT)
        self.no_date_check = QCheckBox(self.tr("No date"))
        self.no_date_check.toggled.connect(self.hire_date_edit.setDisabled)
        self.manager_combo = self._rep_combo(reps, self.rep.manager_id if self.rep else None)
        self.mentor_combo = self._rep_combo(reps, self.rep.mentor_id if self.rep else None)
        self.active_check = QCheckBox(self.tr("Active"))

    def _add_rows(self) -> None:
        hire_row = QHBoxLayout()
        hire_row.addWidget(self.hire_date_edit, 1)
        hire_row.addWidget(self.no_date_check)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.form.addRow(self.tr("&Team:"), self.team_combo)
        self.form.addRow(self.tr("R&ole:"), self.role_combo)
        hire_label = QLabel(self.tr("&Hire date:"))
        hire_label.setBuddy(self.hire_date_edit)
        self.form.addRow(hire_label, hire_row)
        self.form.addRow(self.tr("&Manager:"), self.manager_combo)
        self.form.addRow(self.tr("Mento&r:"), self.mentor_combo)
        self.form.addRow("", self.active_check)

    def _team_combo(self, teams: Sequence[TeamRow]) -> QComboBox:
        current = self.rep.team_id if self.rep else None
        combo = QComboBox()
        combo.addItem(self.tr("No team"), None)
        for team in teams:
            if team.active:
                combo.addItem(team.name, team.id)
            elif team.id == current:
                combo.addItem(self.tr("{name} (inactive)").format(name=team.name), team.id)
        return combo

    def _rep_combo(self, reps: Sequence[RepRow], current: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("None"), None)
        own_id = self.rep.id if self.rep else None
        for other in sorted(reps, key=lambda r: r.name.casefold()):
            if other.id == own_id:
                continue
            if other.active:
                combo.addItem(other.name, other.id)
            elif other.id == current:
                combo.addItem(self.tr("{name} (inactive)").format(name=other.name), other.id)
        return combo

    def _load(self, rep: RepRow | None) -> None:
        self.active_check.setChecked(rep.active if rep else True)
        if rep is None:
            return
        self.name_edit.setText(rep.name)
        self.email_edit.setText(rep.email or "")
        self.select_data(self.team_combo, rep.team_id)
        self.select_data(self.role_combo, rep.role)
        self.set_hire_date(rep.hire_date)
        self.select_data(self.manager_combo, rep.manager_id)
        self.select_data(self.mentor_combo, rep.mentor_id)

    def set_hire_date(self, hired: date | None) -> None:
        """Show ``hired``, or tick "No date" when it is None."""
        self.no_date_check.setChecked(hired is None)
        if hired is not None:
            self.hire_date_edit.setDate(QDate(hired.year, hired.month, hired.day))

    def hire_date(self) -> date | None:
        if self.no_date_check.isChecked():
            return None
        qdate = self.hire_date_edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def value(self) -> RepInput:
        email = self.email_edit.text().strip()
        return RepInput(
            name=self.name_edit.text(),
            email=email or None,
            team_id=self.team_combo.currentData(),
            role=self.role_combo.currentData(),
            hire_date=self.hire_date(),
            manager_id=self.manager_combo.currentData(),
            mentor_id=self.mentor_combo.currentData(),
            active=self.active_check.isChecked(),
        )
