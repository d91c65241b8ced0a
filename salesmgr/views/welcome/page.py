"""The first page of an empty database: import a CRM export, or load demo data to look around."""
from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from salesmgr.demo import DemoSummary, load_demo
from salesmgr.demo.samples import write_samples
from salesmgr.models.database import Database
from salesmgr.progress import Cancelled, Progress
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.export_job import progress_dialog
from salesmgr.views.widgets.labels import emphasise, heading, paragraph

DEMO_OPPORTUNITIES = 3000


class WelcomePage(QWidget):
    """Shown in the Dashboard's place while the database holds no business data."""

    import_requested = Signal()
    demo_loaded = Signal(object)  # the DemoSummary of the data just loaded

    def __init__(self, runner: DbRunner, parent: QWidget | None = None, *,
                 demo_opportunities: int = DEMO_OPPORTUNITIES) -> None:
        super().__init__(parent)
        self.runner = runner
        self.demo_opportunities = demo_opportunities
        self.progress_dialog: QProgressDialog | None = None
        icons = QStyle.StandardPixmap
        self.import_button = self._button(self.tr("Import a CRM export"), icons.SP_DialogOpenButton)
        self.demo_button = self._button(self.tr("Load demo data"), icons.SP_FileDialogDetailedView)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.load_demo_data)
        self._lay_out([
            heading(self.tr("Welcome to salesmgr"), 1.8),
            paragraph(self.tr("This database is empty. Start from your own data by importing your CRM's "
                               "export, or load demo data to see how quotas, the funnel, bonuses and "
                               "onboarding plans work.")),
            self.import_button,
            paragraph(self.tr("Excel or CSV exports from Salesforce, HubSpot, Pipedrive, Odoo, Fxiaoke or "
                               "Xiaoshouyi."), muted=True),
            self.demo_button,
            paragraph(self.tr("A sample sales team with accounts, leads and opportunities, to try every "
                               "page first. Only into an empty database."), muted=True),
        ])

    def _lay_out(self, widgets: list[QWidget]) -> None:
        """A centred column at most 640 pixels wide, near the top of the page."""
        column = QWidget()
        column.setMaximumWidth(640)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        for index, widget in enumerate(widgets):
            if index > 0 and isinstance(widget, QPushButton):
                inner.addSpacing(14)
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 48, 32, 32)
        layout.addLayout(row)
        layout.addStretch(1)

    def _button(self, text: str, icon: QStyle.StandardPixmap) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), text)
        button.setIconSize(QSize(24, 24))
        button.setMinimumHeight(48)
        emphasise(button, 1.15)
        return button

    def load_demo_data(self) -> None:
        """Load demo data on the runner's worker, with a progress dialog whose Cancel stops the job."""
        count = self.demo_opportunities

        def task(db: Database, progress: Progress) -> DemoSummary:
            summary = load_demo(db, progress, opportunities=count)
            write_samples(db)  # sample CRM exports for the Import/Export page
            return summary

        self._set_busy(True)
        self.progress_dialog = self._make_progress_dialog()
        self.runner.run_task(task, self._on_loaded, self._on_failed, self._on_progress)

    def _make_progress_dialog(self) -> QProgressDialog:
        dialog = progress_dialog(self, self.tr("Load demo data"), self.tr("Loading demo data…"), self.tr("Cancel"),
                                 self._on_cancel_clicked)
        dialog.show()
        return dialog

    def _on_cancel_clicked(self) -> None:
        self.runner.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or dialog.wasCanceled() or total <= 0:
            return
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))

    def _on_loaded(self, summary: DemoSummary) -> None:
        self._finish()
        self.demo_loaded.emit(summary)

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        if not isinstance(exc, Cancelled):
            QMessageBox.warning(self, self.tr("Load demo data"), user_message(exc))

    def _finish(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self._on_cancel_clicked)
            dialog.hide()
            dialog.deleteLater()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
