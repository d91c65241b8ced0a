"""The import wizard's steps for a whole export (a ZIP or a folder of files): scan it on the runner and show its
files (``ExportFilesPage``), import it on ``runner.run_task`` with progress and Cancel (one transaction:
cancelling writes nothing), show the summary (``ExportSummaryPage``) and save its rejected rows.

The wizard owns one ``ExportSteps`` and forwards to it when the chosen path is an export; the single-file steps
stay in ``import_wizard``.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from salesmgr.exchange.imports.rejects import write_export_rejects
from salesmgr.exchange.imports.whole_export import ExportOptions, ExportScan, run_export_import, scan_export
from salesmgr.models.database import Database
from salesmgr.progress import Cancelled, Progress
from salesmgr.views.exchange.wizard_dialogs import ask_rejects_file
from salesmgr.views.messages import user_message

if TYPE_CHECKING:
    from salesmgr.exchange.imports.results import ExportImportResult
    from salesmgr.views.exchange.import_wizard import ImportWizard


def scan_op(path: Path) -> ExportScan:
    """The scan behind the export files page (it reads every file once: on the runner)."""
    return scan_export(path)


class ExportSteps:
    """Scan, run and summary of a whole export in ``wizard``; ``scan`` is the last scan shown, for ``path``."""

    def __init__(self, wizard: ImportWizard) -> None:
        self.wizard = wizard
        self.scan: ExportScan | None = None
        self.scanned: Path | None = None
        self.result: ExportImportResult | None = None

    # -- step 2: the files ----------------------------------------------------------------------------------
    def load_scan(self, path: Path) -> None:
        """Scan the export on the runner and show its files (at once when it was scanned already)."""
        wizard = self.wizard
        if self.scan is not None and self.scanned == path:
            wizard.show_step(wizard.FILES)
            return
        wizard.choose_page.show_error("")
        self.scanned = path
        wizard.run_op(lambda _session: scan_op(path), self._on_scanned, self._on_scan_failed)

    def _on_scanned(self, scan: ExportScan) -> None:
        self.scan = scan
        self.wizard.files_page.show_scan(scan)
        self.wizard.show_step(self.wizard.FILES)
        self.wizard.scan_shown.emit()

    def _on_scan_failed(self, exc: Exception) -> None:
        self.scan, self.scanned = None, None
        self.wizard.choose_page.show_error(user_message(exc))

    def forget(self) -> None:
        """The path changed: the scan shown is no longer the export's."""
        self.scan, self.scanned = None, None

    def options(self) -> ExportOptions:
        page = self.wizard.files_page
        return ExportOptions(kinds=page.kinds(), dry_run=page.dry_run_check.isChecked(),
                             strict=page.strict_check.isChecked())

    # -- step 3: the run ------------------------------------------------------------------------------------
    def start(self, path: Path) -> None:
        options, wizard = self.options(), self.wizard

        def task(db: Database, progress: Progress) -> ExportImportResult:
            return run_export_import(db, path, options, progress)

        wizard.set_running(True)
        wizard.run_page.start(path.name, options.dry_run, export=True)
        wizard.show_step(wizard.RUN)
        wizard.runner.run_task(task, self._on_imported, self._on_failed, wizard.run_page.show_export_progress)

    def _on_imported(self, result: ExportImportResult) -> None:
        self.result = result
        wizard = self.wizard
        wizard.set_running(False)
        wizard.export_summary_page.show_result(result)
        wizard.show_step(wizard.EXPORT_SUMMARY)
        wizard.import_finished.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        wizard = self.wizard
        wizard.set_running(False)
        if isinstance(exc, Cancelled):
            wizard.run_page.stopped(QCoreApplication.translate("ImportWizard",
                                                               "Import cancelled; nothing was written"))
        else:
            wizard.run_page.stopped(QCoreApplication.translate("ImportWizard",
                                                               "The import failed; nothing was written"),
                                    user_message(exc))
        wizard.show_step(wizard.RUN)
        wizard.import_stopped.emit(wizard.run_page.title.text())

    # -- step 4: the summary --------------------------------------------------------------------------------
    def save_rejected_rows(self, path: Path) -> None:
        """Ask where, then write every file's rejected rows (one sheet per file) on the runner."""
        result, page = self.result, self.wizard.export_summary_page
        if result is None:
            return
        out = ask_rejects_file(self.wizard, path)
        if out is None:
            return

        def saved(written: Path) -> None:
            page.saved_label.setText(QCoreApplication.translate("ImportWizard", "Saved to {path}").format(path=written))

        def failed(exc: Exception) -> None:
            page.saved_label.setText(user_message(exc))

        files = result.files
        self.wizard.run_op(lambda _session: write_export_rejects(files, out), saved, failed)

