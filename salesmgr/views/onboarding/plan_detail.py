"""The selected plan's detail, under the plan list: its tasks on a timeline by week, its weekly reviews and the
new hire's certification results, each in a tab, with the buttons that act on them. It shows what it is
given (``show_detail``); the Plans panel does the database work when a button asks for it."""
from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from salesmgr.models.onboarding.entities import PLAN_DAYS
from salesmgr.models.onboarding.plans import plan_day
from salesmgr.views.onboarding.loaders import PlanDetail, TaskRow
from salesmgr.views.onboarding.plan_tables import (
    CertificationTableModel,
    ReviewTableModel,
    TaskTableModel,
    fit_columns,
)
from salesmgr.views.onboarding.texts import status_label
from salesmgr.views.widgets.labels import emphasise, paragraph
from salesmgr.views.widgets.row_table_model import make_table_view, selected_row, sorting_proxy

TASK_WIDTHS = (52, 118, 0, 110, 90, 190, 150)  # until fitted to the first plan's tasks
REVIEW_WIDTHS = (96, 170, 0, 0, 0)
CERT_WIDTHS = (260, 100, 70, 90, 0)


class PlanDetailView(QWidget):
    """``tick_requested`` / ``untick_requested`` for the selected task; ``review_requested``,
    ``certification_requested``."""

    tick_requested = Signal()
    untick_requested = Signal()
    review_requested = Signal()
    certification_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: PlanDetail | None = None
        self._sized = False
        self.tasks = TaskTableModel(self)
        self.reviews = ReviewTableModel(self)
        self.certifications = CertificationTableModel(self)
        self.task_view = make_table_view(sorting_proxy(self.tasks, self), TASK_WIDTHS)
        self.review_view = make_table_view(sorting_proxy(self.reviews, self), REVIEW_WIDTHS)
        self.cert_view = make_table_view(sorting_proxy(self.certifications, self), CERT_WIDTHS)
        fit_columns(self.task_view, TaskTableModel.TITLE)  # the headers fit before any plan is shown
        self.task_view.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.task_view.doubleClicked.connect(lambda _index: self._toggle())
        self.title = paragraph("")
        emphasise(self.title)
        self.tick_button = self._button(self.tr("Mark done…"), self.tick_requested)
        self.untick_button = self._button(self.tr("Mark not done"), self.untick_requested)
        self.review_button = self._button(self.tr("Write review…"), self.review_requested)
        self.cert_button = self._button(self.tr("Record certification…"), self.certification_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.task_view, "")
        self.tabs.addTab(self.review_view, "")
        self.tabs.addTab(self.cert_view, "")
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        for button in (self.tick_button, self.untick_button, self.review_button, self.cert_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.show_detail(None)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: signal.emit())
        return button

    def show_detail(self, detail: PlanDetail | None) -> None:
        """Show a plan's detail (None: no plan selected)."""
        self.detail = detail
        self.tasks.set_rows(detail.tasks if detail else [])
        self.reviews.set_rows(detail.reviews if detail else [])
        self.certifications.set_rows(detail.certifications if detail else [])
        self.tabs.setTabText(0, self.tr("Tasks by week ({n})").format(n=len(detail.tasks) if detail else 0))
        self.tabs.setTabText(1, self.tr("Reviews ({n})").format(n=len(detail.reviews) if detail else 0))
        self.tabs.setTabText(2, self.tr("Certifications ({n})").format(
            n=len(detail.certifications) if detail else 0))
        if detail is None:
            self.title.setText(self.tr("Choose a plan to see its tasks, reviews and certifications"))
        elif detail.status == "active":
            self.title.setText(self.tr("{rep}: started {start}, day {day} of {total}").format(
                rep=detail.rep, start=detail.start.isoformat(), day=plan_day(detail.start, detail.today),
                total=PLAN_DAYS))
        else:
            self.title.setText(self.tr("{rep}: started {start}, {status}").format(
                rep=detail.rep, start=detail.start.isoformat(), status=status_label(detail.status)))
        self.review_view.resizeRowsToContents()
        if detail is not None and detail.tasks and not self._sized:
            fit_columns(self.task_view, TaskTableModel.TITLE)
            self._sized = True
        self._enable_buttons()

    def selected_task(self) -> TaskRow | None:
        return selected_row(self.task_view, self.tasks)

    def _enable_buttons(self) -> None:
        task, active = self.selected_task(), self.detail is not None and self.detail.status == "active"
        self.tick_button.setEnabled(active and task is not None and task.done_on is None)
        self.untick_button.setEnabled(active and task is not None and task.done_on is not None)
        self.review_button.setEnabled(active)
        self.cert_button.setEnabled(self.detail is not None)

    def _toggle(self) -> None:
        task = self.selected_task()
        if task is not None and self.tick_button.isEnabled():
            self.tick_requested.emit()
        elif task is not None and self.untick_button.isEnabled():
            self.untick_requested.emit()
