"""The Plans tab of the Onboarding page: every active plan (finished ones too when asked, one mentor's when the
mentor filter says so) with day N of 90, percent done, overdue tasks, the 70/20/10 mix of completed work, the
mentor and the next review; under it the selected plan's detail (``PlanDetailView``). Assigning, finishing and
cancelling plans, ticking tasks, writing reviews and recording certifications open dialogs whose values are
saved through the runner.

Loading the list first completes the criterion tasks the data shows done (``criteria.sync_criteria``); when it
completed any, the page announces an edit (``runner.changed``) so every view shows the new state.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models.onboarding.agenda import Agenda
from salesmgr.models.onboarding.plans import ReviewInput
from salesmgr.views.messages import user_message
from salesmgr.views.onboarding import loaders
from salesmgr.views.onboarding.loaders import AssignChoices, AssignInput, CertificationInput, PlanDetail, PlansData
from salesmgr.views.onboarding.plan_detail import PlanDetailView
from salesmgr.views.onboarding.plan_dialogs import AssignDialog, CertificationDialog, CloseDialog, TickDialog, TickInput
from salesmgr.views.onboarding.plan_tables import PlanTableModel, fit_columns
from salesmgr.views.onboarding.review_dialog import ReviewDialog
from salesmgr.views.widgets.edit_dialog import EditDialog, open_dialog, save_through
from salesmgr.views.widgets.labels import paragraph
from salesmgr.views.widgets.layout import action_button, stacked
from salesmgr.views.widgets.row_table_model import make_table_view, select_row, selected_row, sorting_proxy
from salesmgr.views.widgets.share_bar import ShareBarDelegate

PLAN_WIDTHS = (110, 0, 110, 96, 120, 70, 76, 110, 110)  # until fitted to the first plans


class PlansPanel(QWidget):
    """``loaded`` after the list is on screen; ``detail_shown`` after the selected plan's detail is."""

    loaded = Signal()
    detail_shown = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data: PlansData | None = None
        self.dialog: EditDialog[Any] | None = None  # the last dialog opened (for tests)
        self._request = 0
        self._sized = False
        self.model = PlanTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self._build_ui()
        runner.changed.connect(self.reload)
        self.reload()

    def _build_ui(self) -> None:
        self.mentor_combo = QComboBox()
        self.mentor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mentor_combo.addItem(self.tr("All"), None)
        self.mentor_combo.setToolTip(self.tr("A mentor sees the plans they mentor"))
        self.mentor_combo.currentIndexChanged.connect(self.reload)
        self.finished_check = QCheckBox(self.tr("Show finished plans"))
        self.finished_check.toggled.connect(self.reload)
        self.assign_button = action_button(self.tr("Assign plan…"), self.assign_plan)
        self.finish_button = action_button(self.tr("Finish plan…"), lambda: self.close_plan("finished"))
        self.cancel_button = action_button(self.tr("Cancel plan…"), lambda: self.close_plan("cancelled"))
        self.view = make_table_view(self.proxy, PLAN_WIDTHS)
        self.view.sortByColumn(PlanTableModel.START, Qt.SortOrder.DescendingOrder)
        self.view.setItemDelegateForColumn(PlanTableModel.DAY, ShareBarDelegate(self.view))
        fit_columns(self.view, PlanTableModel.TEAM)  # the headers fit before any plan is listed
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = PlanDetailView()
        self.detail.tick_requested.connect(self.tick_task)
        self.detail.untick_requested.connect(self.untick_task)
        self.detail.review_requested.connect(self.write_review)
        self.detail.certification_requested.connect(self.record_certification)
        self.status_label = paragraph("", muted=True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Mentor:")))
        bar.addWidget(self.mentor_combo)
        bar.addWidget(self.finished_check)
        bar.addStretch(1)
        for button in (self.assign_button, self.finish_button, self.cancel_button):
            bar.addWidget(button)
        splitter = stacked(self.view, self.detail, (2, 3))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        self._enable_buttons()


    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._request += 1
        request, mentor, finished = self._request, self.mentor_combo.currentData(), self.finished_check.isChecked()
        self.runner.run(lambda session: loaders.load_plans(session, mentor, finished),
                        lambda data: self._on_loaded(request, data), self._on_error)

    def _on_loaded(self, request: int, data: PlansData) -> None:
        if not isValid(self) or request != self._request:
            return
        if data.completed:  # the data completed tasks: every view reloads (this one finds nothing more to do)
            self.runner.run(lambda _session: None, edits=True)
        self.data = data
        self._fill_mentors(data)
        selected = self.selected_plan()
        self.model.set_rows(data.rows)
        if data.rows and not self._sized:
            fit_columns(self.view, PlanTableModel.TEAM)
            self._sized = True
        if not (selected is not None and select_row(self.view, self.model, selected.id)):
            first = self.proxy.index(0, 0)
            if first.isValid():
                select_row(self.view, self.model, self.model.row_at(self.proxy.mapToSource(first)).id)
            else:
                self.detail.show_detail(None)
        self._show_count()
        self._enable_buttons()
        self.loaded.emit()

    def _fill_mentors(self, data: PlansData) -> None:
        keep = self.mentor_combo.currentData()
        self.mentor_combo.blockSignals(True)
        self.mentor_combo.clear()
        self.mentor_combo.addItem(self.tr("All"), None)
        for mentor_id, name in data.mentors:
            self.mentor_combo.addItem(name, mentor_id)
        self.mentor_combo.setCurrentIndex(max(self.mentor_combo.findData(keep), 0))
        self.mentor_combo.blockSignals(False)

    def _show_count(self) -> None:
        if self.data is not None and not self.data.rows:
            self.status_label.setText(self.tr("No onboarding plans: give a new hire one with “Assign plan…”."))
        else:
            self.status_label.setText(self.tr("{n} plans. Tasks with a criterion complete themselves when the data "
                                              "shows it (“by data”).").format(n=self.model.rowCount()))

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            self.status_label.setText(user_message(exc))

    # --- selection ----------------------------------------------------------------------------------------
    def selected_plan(self) -> loaders.PlanRow | None:
        return selected_row(self.view, self.model)

    def select_plan(self, plan_id: int) -> bool:
        return select_row(self.view, self.model, plan_id)

    def _enable_buttons(self) -> None:
        row = self.selected_plan()
        for button in (self.finish_button, self.cancel_button):
            button.setEnabled(row is not None and row.active)

    def _selection_changed(self) -> None:
        self._enable_buttons()
        row = self.selected_plan()
        if row is None:
            self.detail.show_detail(None)
            return
        plan_id = row.id
        self.runner.run(lambda session: loaders.load_detail(session, plan_id),
                        lambda detail: self._on_detail(plan_id, detail), self._on_error)

    def _on_detail(self, plan_id: int, detail: PlanDetail) -> None:
        row = self.selected_plan() if isValid(self) else None
        if row is None or row.id != plan_id:
            return
        keep = self.detail.selected_task()
        self.detail.show_detail(detail)
        if keep is not None:
            select_row(self.detail.task_view, self.detail.tasks, keep.id)
        self.detail_shown.emit()

    # --- plans --------------------------------------------------------------------------------------------
    def assign_plan(self) -> None:
        self.runner.run(loaders.load_assign_choices,
                        lambda choices: self._open_assign(choices) if isValid(self) else None, self._on_error)

    def _open_assign(self, choices: AssignChoices) -> AssignDialog:
        dialog = AssignDialog(choices, parent=self, save=lambda given: save_through(self.runner,
            dialog, lambda session: self._assign(session, given)))
        return self._open(dialog)

    @staticmethod
    def _assign(session: Any, given: AssignInput) -> int:
        return loaders.assign(session, given)

    def close_plan(self, status: str) -> CloseDialog | None:
        row = self.selected_plan()
        if row is None or not row.active or self.data is None:
            return None
        plan_id = row.id
        dialog = CloseDialog(row.summary.rep, status, self.data.today, parent=self, save=lambda on: save_through(
            self.runner, dialog, lambda session: loaders.close(session, plan_id, status, on)))
        return self._open(dialog)

    # --- tasks, reviews, certifications --------------------------------------------------------------------
    def _day(self, detail: PlanDetail) -> date:
        return max(detail.today, detail.start)

    def tick_task(self) -> TickDialog | None:
        detail, task = self.detail.detail, self.detail.selected_task()
        if detail is None or task is None or task.done_on is not None:
            return None
        by = {"new_hire": detail.rep, "mentor": detail.mentor, "manager": detail.manager}.get(task.owner_role)
        task_id = task.id
        dialog = TickDialog(task.title, self._day(detail), by or "", parent=self, save=lambda given: save_through(
            self.runner, dialog, lambda session: self._tick(session, task_id, given)))
        return self._open(dialog)

    @staticmethod
    def _tick(session: Any, task_id: int, given: TickInput) -> None:
        loaders.tick(session, task_id, given.on, given.by, given.note)

    def untick_task(self) -> None:
        task = self.detail.selected_task()
        if task is None or task.done_on is None:
            return
        task_id = task.id
        self.runner.run(lambda session: loaders.untick(session, task_id), None,
                        lambda exc: self._refused(self.tr("Mark not done"), exc), edits=True)

    def _refused(self, title: str, exc: Exception) -> None:
        if isValid(self):
            self.status_label.setText(user_message(exc))
            box = QMessageBox(QMessageBox.Icon.Information, title, user_message(exc), parent=self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.message_box = box
            box.open()

    def write_review(self) -> ReviewDialog | None:
        detail = self.detail.detail
        if detail is None or detail.status != "active":
            return None
        plan_id = detail.plan_id
        dialog = ReviewDialog(detail, self._day(detail), lambda on: self._prepare(dialog, plan_id, on), parent=self,
                              save=lambda given: save_through(self.runner, dialog, lambda session: self._review(
                                  session, plan_id, given)))
        self._prepare(dialog, plan_id, self._day(detail))
        return self._open(dialog)

    def _prepare(self, dialog: ReviewDialog, plan_id: int, on: date) -> None:
        def shown(agenda: Agenda) -> None:
            if isValid(dialog):
                dialog.show_agenda(agenda)
        self.runner.run(lambda session: loaders.agenda(session, plan_id, on), shown,
                        lambda exc: dialog.failed(user_message(exc)) if isValid(dialog) else None)

    @staticmethod
    def _review(session: Any, plan_id: int, given: ReviewInput) -> int:
        return loaders.add_review(session, plan_id, given)

    def record_certification(self) -> CertificationDialog | None:
        detail = self.detail.detail
        if detail is None:
            return None
        plan_id = detail.plan_id
        name = next((t.title for t in detail.tasks if t.criterion == "certification_passed"), "")
        dialog = CertificationDialog(detail.rep, self._day(detail), name, parent=self,
                                     save=lambda given: save_through(self.runner, dialog, lambda session: self._certify(
                                         session, plan_id, given)))
        return self._open(dialog)

    @staticmethod
    def _certify(session: Any, plan_id: int, given: CertificationInput) -> int:
        return loaders.record_certification(session, plan_id, given)

    # --- dialogs ------------------------------------------------------------------------------------------
    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        return open_dialog(dialog)

