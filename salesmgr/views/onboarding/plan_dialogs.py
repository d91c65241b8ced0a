"""The Plans tab's dialogs (``EditDialog``s: they never touch the database; the panel saves their value through
the runner and reports back):

* ``AssignDialog``: rep (default the most recently hired rep without an active plan), template, start date
  (default the rep's hire date, else today) and mentor (default the rep's mentor); choosing another rep moves
  the start and the mentor to that rep's.
* ``CloseDialog``: the day a plan is finished or cancelled (default today).
* ``TickDialog``: the day a task was done (default today), who did it and a note.
* ``CertificationDialog``: name, day, score 0-100 and whether it was passed (ticked from 80 on, changeable).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from salesmgr.views.onboarding.loaders import AssignChoices, AssignInput, CertificationInput
from salesmgr.views.widgets.dates import from_qdate, to_qdate
from salesmgr.views.widgets.edit_dialog import EditDialog
from salesmgr.views.widgets.labels import paragraph

FIELD_WIDTH = 360
PASS_FROM = 80


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def line_edit(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMinimumWidth(FIELD_WIDTH)
    return edit


class AssignDialog(EditDialog[AssignInput]):
    def __init__(self, choices: AssignChoices, save: Callable[[AssignInput], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Assign an onboarding plan"))
        self.choices = choices
        self.reps = {rep.id: rep for rep in choices.reps}
        self.rep_combo = QComboBox()
        for rep in choices.reps:
            hired = rep.hire_date.isoformat() if rep.hire_date else self.tr("no hire date")
            text = self.tr("{name} (hired {day})").format(name=rep.name, day=hired)
            if rep.has_plan:
                text = self.tr("{rep}, has a plan").format(rep=text)
            self.rep_combo.addItem(text, rep.id)
        self.template_combo = QComboBox()
        for template_id, label in choices.templates:
            self.template_combo.addItem(label, template_id)
        self.start_edit = date_edit(choices.today)
        self.mentor_combo = QComboBox()
        self.mentor_combo.addItem(self.tr("No mentor"), None)
        for rep in choices.reps:
            self.mentor_combo.addItem(rep.name, rep.id)
        self.form.addRow(self.tr("New hire:"), self.rep_combo)
        self.form.addRow(self.tr("Template:"), self.template_combo)
        self.form.addRow(self.tr("Start:"), self.start_edit)
        self.form.addRow(self.tr("Mentor:"), self.mentor_combo)
        self.form.addRow(paragraph(self.tr("The tasks are dated from the start: day 1 is the start date, and a "
                                           "task due on a weekend stays on its day."), muted=True,
                                   max_width=FIELD_WIDTH + 120))
        self.select_data(self.template_combo, choices.default_template)
        self.rep_combo.currentIndexChanged.connect(self._rep_chosen)
        self.select_data(self.rep_combo, choices.default_rep)
        self._rep_chosen()

    def _rep_chosen(self) -> None:
        rep = self.reps.get(self.rep_combo.currentData())
        if rep is None:
            return
        self.start_edit.setDate(to_qdate(rep.hire_date or self.choices.today))
        self.select_data(self.mentor_combo, rep.mentor_id)

    def value(self) -> AssignInput:
        return AssignInput(self.rep_combo.currentData(), self.template_combo.currentData(),
                           from_qdate(self.start_edit.date()), self.mentor_combo.currentData())

    def accept(self) -> None:
        if self.rep_combo.currentData() is None or self.template_combo.currentData() is None:
            self.failed(self.tr("Add a rep on the Team page first"))
            return
        super().accept()


class CloseDialog(EditDialog[date]):
    """Finish (``status`` finished) or cancel a plan on a day."""

    def __init__(self, rep: str, status: str, today: date, save: Callable[[date], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        finishing = status == "finished"
        self.setWindowTitle(self.tr("Finish plan") if finishing else self.tr("Cancel plan"))
        text = (self.tr("Finish the onboarding plan of {rep}? Its tasks and reviews are kept.") if finishing
                else self.tr("Cancel the onboarding plan of {rep}? Its tasks and reviews are kept, and "
                             "{rep} can get a new plan."))
        self.form.addRow(paragraph(text.format(rep=rep), max_width=460))
        self.date_edit = date_edit(today)
        self.form.addRow(self.tr("Finished on:") if finishing else self.tr("Cancelled on:"), self.date_edit)

    def value(self) -> date:
        return from_qdate(self.date_edit.date())


@dataclass(frozen=True)
class TickInput:
    on: date
    by: str | None
    note: str | None


class TickDialog(EditDialog[TickInput]):
    def __init__(self, title: str, today: date, by: str, save: Callable[[TickInput], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Mark task done"))
        self.form.addRow(self.tr("Task:"), paragraph(title, max_width=FIELD_WIDTH + 60))
        self.date_edit = date_edit(today)
        self.by_edit = line_edit(by)
        self.note_edit = line_edit()
        self.form.addRow(self.tr("Done on:"), self.date_edit)
        self.form.addRow(self.tr("Done by:"), self.by_edit)
        self.form.addRow(self.tr("Note:"), self.note_edit)

    def value(self) -> TickInput:
        return TickInput(from_qdate(self.date_edit.date()), self.by_edit.text().strip() or None,
                         self.note_edit.text().strip() or None)


class CertificationDialog(EditDialog[CertificationInput]):
    def __init__(self, rep: str, today: date, name: str = "",
                 save: Callable[[CertificationInput], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Record certification"))
        self.form.addRow(self.tr("New hire:"), paragraph(rep))
        self.name_edit = line_edit(name)
        self.date_edit = date_edit(today)
        self.score_spin = QSpinBox()
        self.score_spin.setRange(0, 100)
        self.score_spin.setValue(PASS_FROM)
        self.passed_check = QCheckBox(self.tr("Passed"))
        self.passed_check.setChecked(True)
        self.score_spin.valueChanged.connect(lambda score: self.passed_check.setChecked(score >= PASS_FROM))
        self.note_edit = line_edit()
        self.form.addRow(self.tr("Certification:"), self.name_edit)
        self.form.addRow(self.tr("Taken on:"), self.date_edit)
        self.form.addRow(self.tr("Score (0-100):"), self.score_spin)
        self.form.addRow("", self.passed_check)
        self.form.addRow(self.tr("Note:"), self.note_edit)

    def value(self) -> CertificationInput:
        return CertificationInput(self.name_edit.text().strip(), from_qdate(self.date_edit.date()),
                                  self.score_spin.value(), self.passed_check.isChecked(),
                                  self.note_edit.text().strip() or None)
