"""The dialog that edits a lead: its fields, and each behaviour (a check box and the day it happened). Saving
rescores the lead; the dialog shows the score it had and its breakdown."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models import clock
from salesmgr.models.leads.catalogue import BEHAVIOURS
from salesmgr.models.leads.labels import behaviour_label
from salesmgr.models.leads.listing import LeadDetail
from salesmgr.views.widgets.dates import from_qdate, to_qdate
from salesmgr.views.widgets.edit_dialog import EditDialog


@dataclass(frozen=True)
class LeadEdit:
    lead_id: int
    fields: dict[str, object]
    behaviours: dict[str, date | None]


class LeadDialog(EditDialog[LeadEdit]):
    """``value()``: the fields as typed and every behaviour's day (None when unticked)."""

    def __init__(self, detail: LeadDetail, save: Callable[[LeadEdit], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.detail = detail
        row = detail.row
        self.setWindowTitle(self.tr("Edit lead"))
        self.edits: dict[str, QLineEdit] = {}
        for key, label, value in (
                ("name", self.tr("Name:"), row.name), ("company", self.tr("Company:"), row.company),
                ("title", self.tr("Job title:"), detail.title), ("email", self.tr("E-mail:"), detail.email),
                ("phone", self.tr("Phone:"), detail.phone), ("industry", self.tr("Industry:"), row.industry),
                ("company_size", self.tr("Company size:"),
                 None if row.company_size is None else str(row.company_size)),
                ("region", self.tr("Region:"), row.region), ("lead_source", self.tr("Lead source:"), row.source)):
            edit = QLineEdit(value or "")
            edit.setMinimumWidth(280)
            self.edits[key] = edit
            self.form.addRow(label, edit)
        self.edits["company_size"].setPlaceholderText(self.tr("employees"))
        score = QLabel(self.tr("Score {score} ({grade}): {breakdown}").format(
            score=row.score, grade=row.grade, breakdown=row.breakdown or self.tr("no rule matches")))
        score.setWordWrap(True)
        self.score_label = score
        self._arrange(self._behaviours_box(), score)

    def _arrange(self, box: QGroupBox, score: QLabel) -> None:
        """The behaviours to the right of the fields, the score under both (short enough for a small screen)."""
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        row = QHBoxLayout()
        row.addLayout(self.form, 1)
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        outer.insertLayout(0, row)
        outer.insertWidget(1, score)

    def _behaviours_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Behaviours"))
        grid = QGridLayout(box)
        known = {behaviour.key: behaviour for behaviour in self.detail.behaviours}
        keys = list(BEHAVIOURS) + [key for key in known if key not in BEHAVIOURS]
        self.checks: dict[str, QCheckBox] = {}
        self.days: dict[str, QDateEdit] = {}
        for line, key in enumerate(keys):
            check = QCheckBox(behaviour_label(key))
            day = QDateEdit()
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            had = known.get(key)
            day.setDate(to_qdate(had.occurred_on if had else clock.today()))
            check.setChecked(had is not None)
            day.setEnabled(had is not None)
            check.toggled.connect(day.setEnabled)
            if had is not None and not had.dated:
                day.setToolTip(self.tr("The day it was imported: the data gave no date"))
            grid.addWidget(check, line, 0)
            grid.addWidget(day, line, 1)
            self.checks[key], self.days[key] = check, day
        return box

    def value(self) -> LeadEdit:
        fields: dict[str, object] = {key: edit.text() for key, edit in self.edits.items()}
        behaviours = {key: from_qdate(self.days[key].date()) if check.isChecked() else None
                      for key, check in self.checks.items()}
        return LeadEdit(self.detail.row.id, fields, behaviours)
