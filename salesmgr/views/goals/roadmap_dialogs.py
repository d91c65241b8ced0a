"""The Roadmap panel's dialogs: a milestone, a phase and the pilot (``EditDialog``s: they never touch the
database; the panel saves their value through the runner and reports back).

* ``MilestoneDialog``: phase, title (required), due date, owner (a rep from the combo, or any text when the combo
  says "Someone who is not a rep"), an optional done date, the goals that measure it (a checkable list) and a note.
* ``PhaseDialog``: name (required), optional start and end dates, note. A built-in phase opens on its name in the
  interface language; leaving it as it is keeps the phase built in (``roadmap.update_phase``).
* ``PilotDialog``: team, start date, the metrics it is judged by (at least one) and a note.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QListWidget, QListWidgetItem, QWidget

from salesmgr.models.goals.catalogue import metric_def
from salesmgr.models.goals.roadmap import TITLE_LIMIT, MilestoneSpec
from salesmgr.views.goals import roadmap_loaders as loaders
from salesmgr.views.goals.roadmap_loaders import (
    EditChoices,
    MilestoneView,
    PhaseInput,
    PhaseView,
    PilotInput,
    PilotView,
)
from salesmgr.views.widgets.dates import from_qdate, to_qdate
from salesmgr.views.widgets.edit_dialog import EditDialog
from salesmgr.views.widgets.labels import paragraph

LIST_ROWS = 7  # a checkable list shows this many rows before it scrolls
FIELD_WIDTH = 420  # the text fields' least width: a two-language title such as the demo's fits


def line_edit(text: str = "") -> QLineEdit:
    """A text field showing the start of ``text``."""
    edit = QLineEdit(text)
    edit.setMinimumWidth(FIELD_WIDTH)
    edit.setCursorPosition(0)
    return edit


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class OptionalDate:
    """A checkbox ("Done on") and a date beside it, the date usable only while the box is ticked."""

    def __init__(self, text: str, day: date | None, default: date) -> None:
        self.check = QCheckBox(text)
        self.edit = date_edit(day or default)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None


def check_list(items: Iterable[tuple[Any, str, str]], checked: Iterable[Any]) -> QListWidget:
    """A list of (data, text, tooltip) items with check boxes, those in ``checked`` ticked."""
    ticked = set(checked)
    widget = QListWidget()
    for data, text, tip in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setToolTip(tip)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in ticked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    rows = min(max(widget.count(), 2), LIST_ROWS)
    widget.setFixedHeight(widget.sizeHintForRow(0) * rows + 2 * widget.frameWidth() + 4
                          if widget.count() else 48)
    return widget


def checked_data(widget: QListWidget) -> list[Any]:
    """The data of the ticked items, in list order."""
    items = (widget.item(i) for i in range(widget.count()))
    return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]


def set_checked(widget: QListWidget, data: Iterable[Any]) -> None:
    """Tick exactly the items whose data is in ``data``."""
    wanted = set(data)
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                           else Qt.CheckState.Unchecked)


class MilestoneDialog(EditDialog[MilestoneSpec]):
    def __init__(self, phases: Iterable[PhaseView], choices: EditChoices, today: date, phase_id: int | None = None,
                 milestone: MilestoneView | None = None, save: Callable[[MilestoneSpec], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit milestone") if milestone else self.tr("Add milestone"))
        self.phase_combo = QComboBox()
        for phase in phases:
            self.phase_combo.addItem(phase.name, phase.id)
        self.title_edit = line_edit()
        self.title_edit.setMaxLength(TITLE_LIMIT)
        self.due_edit = date_edit(today)
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("Someone who is not a rep"), None)
        for rep_id, name in choices.reps:
            self.owner_combo.addItem(name, rep_id)
        self.owner_edit = line_edit()
        self.owner_edit.setPlaceholderText(self.tr("e.g. Sales operations"))
        self.done_date = OptionalDate(self.tr("Done on:"), milestone.done if milestone else None, today)
        self.goals_list = check_list(((g.id, g.label, g.owner or self.tr("Company goal")) for g in choices.goals),
                                     milestone.goal_ids if milestone else ())
        self.note_edit = line_edit()
        self.form.addRow(self.tr("Phase:"), self.phase_combo)
        self.form.addRow(self.tr("Title:"), self.title_edit)
        self.form.addRow(self.tr("Due:"), self.due_edit)
        self.form.addRow(self.tr("Owner:"), self.owner_combo)
        self.form.addRow(self.tr("Owner's name:"), self.owner_edit)
        self.form.addRow(self.done_date.check, self.done_date.edit)
        self.form.addRow(self.tr("Measured by:"), self.goals_list if choices.goals else paragraph(
            self.tr("No goals yet: add them on the Goals tab."), muted=True))
        self.form.addRow(self.tr("Note:"), self.note_edit)
        self.owner_combo.currentIndexChanged.connect(self._owner_changed)
        self.select_data(self.phase_combo, milestone.phase_id if milestone else phase_id)
        if milestone is not None:
            self._show(milestone)
        self._owner_changed()

    def _show(self, m: MilestoneView) -> None:
        self.title_edit.setText(m.title)
        self.title_edit.setCursorPosition(0)
        self.due_edit.setDate(to_qdate(m.due))
        if m.rep_id is not None and self.owner_combo.findData(m.rep_id) >= 0:
            self.select_data(self.owner_combo, m.rep_id)
        else:
            self.owner_edit.setText(m.owner_text or "")
        self.note_edit.setText(m.note or "")
        self.note_edit.setCursorPosition(0)

    def _owner_changed(self) -> None:
        self.form.setRowVisible(self.owner_edit, self.owner_combo.currentData() is None)

    def value(self) -> MilestoneSpec:
        rep_id = self.owner_combo.currentData()
        return MilestoneSpec(self.phase_combo.currentData(), self.title_edit.text().strip(),
                             from_qdate(self.due_edit.date()),
                             self.owner_edit.text().strip() or None if rep_id is None else None, rep_id,
                             self.done_date.value(), tuple(checked_data(self.goals_list)),
                             self.note_edit.text().strip() or None)

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.failed(self.tr("Give the milestone a title: say what is to be done"))
            return
        super().accept()


class PhaseDialog(EditDialog[PhaseInput]):
    def __init__(self, phase: PhaseView, today: date, save: Callable[[PhaseInput], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit phase"))
        self.name_edit = line_edit(phase.name)
        default = phase.start or phase.end or today
        self.start = OptionalDate(self.tr("Starts on:"), phase.start, default)
        self.end = OptionalDate(self.tr("Ends on:"), phase.end, phase.end or default)
        self.note_edit = line_edit(phase.note or "")
        self.form.addRow(self.tr("Name:"), self.name_edit)
        if phase.builtin:
            self.form.addRow("", paragraph(self.tr("A built-in phase: its name follows the interface language "
                                                   "until you rename it."), muted=True, max_width=FIELD_WIDTH))
        self.form.addRow(self.start.check, self.start.edit)
        self.form.addRow(self.end.check, self.end.edit)
        self.form.addRow(self.tr("Note:"), self.note_edit)

    def value(self) -> PhaseInput:
        return PhaseInput(self.name_edit.text().strip(), self.start.value(), self.end.value(),
                          self.note_edit.text().strip() or None)

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.failed(self.tr("Give the phase a name"))
            return
        super().accept()


class PilotDialog(EditDialog[PilotInput]):
    def __init__(self, choices: EditChoices, today: date, pilot: PilotView | None = None,
                 save: Callable[[PilotInput], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Set pilot"))
        self.team_combo = QComboBox()
        for team_id, name in choices.teams:
            self.team_combo.addItem(name, team_id)
        self.start_edit = date_edit(pilot.start if pilot else today)
        metrics = pilot.metrics if pilot else ("won_revenue", "win_rate")  # set_pilot's default
        self.metrics_list = check_list(((key, metric_def(key).label(), key) for key in loaders.pilot_metric_keys()),
                                       metrics)
        self.note_edit = line_edit(pilot.note or "" if pilot else "")
        self.form.addRow(self.tr("Team:"), self.team_combo)
        self.form.addRow(self.tr("Start:"), self.start_edit)
        self.form.addRow(self.tr("Judged by:"), self.metrics_list)
        self.form.addRow(self.tr("Note:"), self.note_edit)
        if pilot is not None:
            self.select_data(self.team_combo, pilot.team_id)
            self.form.addRow("", paragraph(self.tr("Choosing another team replaces {team} as the pilot.").format(
                team=pilot.team), muted=True, max_width=FIELD_WIDTH))

    def value(self) -> PilotInput:
        return PilotInput(self.team_combo.currentData(), from_qdate(self.start_edit.date()),
                          tuple(checked_data(self.metrics_list)), self.note_edit.text().strip() or None)

    def accept(self) -> None:
        if self.team_combo.count() == 0:
            self.failed(self.tr("Add a team first on the Team page: a pilot is a team"))
            return
        if not checked_data(self.metrics_list):
            self.failed(self.tr("Tick at least one metric the pilot is judged by"))
            return
        super().accept()
