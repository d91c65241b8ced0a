"""Running an export in the background: ask where to save, then write on the runner's worker with a progress
dialog whose Cancel stops the job (the file is written to a temporary name and only renamed when complete, so a
cancelled or failed export leaves an existing file as it was)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from salesmgr.models.database import Database
from salesmgr.progress import Cancelled, Progress
from salesmgr.views.messages import user_message
from salesmgr.views.runner import while_alive

Task = Callable[[Database, Progress], Any]

XLSX, CSV = ".xlsx", ".csv"


def safe_file_name(text: str) -> str:
    """``text`` as a file name that Windows, macOS and Linux all accept."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in text).strip(" .")
    return cleaned[:120] or "export"


def ask_export_path(parent: QWidget, suggested: str, *, csv: bool = False) -> Path | None:
    """A save dialog in the Documents folder offering xlsx (and CSV when ``csv``); None when cancelled."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    filters = [QCoreApplication.translate("ExportJob", "Excel workbook (*.xlsx)")]
    if csv:
        filters.append(QCoreApplication.translate("ExportJob", "CSV, UTF-8 for Excel (*.csv)"))
    title = QCoreApplication.translate("ExportJob", "Export")
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(folder / f"{suggested}{XLSX}"),
                                               ";;".join(filters))
    if not path:
        return None
    out = Path(path)
    wanted = CSV if csv and chosen == filters[-1] else XLSX
    return out if out.suffix.lower() in (XLSX, CSV) else out.with_suffix(wanted)


def progress_dialog(parent: QWidget, title: str, label: str, cancel: str, on_cancel: Callable[[], None], *,
                    shown_after_ms: int = 0) -> QProgressDialog:
    """A window-modal progress dialog whose Cancel calls ``on_cancel``; the caller hides it when the job ends."""
    dialog = QProgressDialog(label, cancel, 0, 0, parent.window())
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(shown_after_ms)
    dialog.setMinimumWidth(380)
    dialog.canceled.connect(on_cancel)
    return dialog


class ExportJob(QObject):
    """One export on the runner: ``start()`` shows the progress dialog and submits ``task``; ``finished`` is
    called with the written path (the result of ``task`` if it is a path, else ``path``)."""

    def __init__(self, parent: QWidget, runner: Any, title: str, path: Path, task: Task,
                 finished: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
        self.widget, self.runner, self.title, self.path, self.task = parent, runner, title, path, task
        self.finished = finished
        self.dialog: QProgressDialog | None = None
        self.error: str | None = None

    def start(self) -> None:
        self.dialog = progress_dialog(self.widget, self.title, self.tr("Writing {name}…").format(
            name=self.path.name), self.tr("Cancel"), self._cancel, shown_after_ms=400)
        # the page (and this job with it) may be closed while the file is written
        self.runner.run_task(self.task, while_alive(self, self._done), while_alive(self, self._failed),
                             self._progress, edits=False)

    def _cancel(self) -> None:
        self.runner.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int, _message: str) -> None:
        if isValid(self) and self.dialog is not None and not self.dialog.wasCanceled() and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _done(self, result: Any) -> None:
        self._close()
        written = getattr(result, "path", result)
        path = written if isinstance(written, Path) else self.path
        if self.finished is not None:
            self.finished(path)

    def _failed(self, exc: Exception) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            return
        self.error = user_message(exc)
        QMessageBox.warning(self.widget, self.title, self.error)

    def _close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self._cancel)
            dialog.hide()
            dialog.deleteLater()
        self.deleteLater()


def announce(parent: QWidget, path: Path) -> None:
    """Tell the user where the file went, in the main window's status bar."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        message = QCoreApplication.translate("ExportJob", "Exported to {path}").format(path=path)
        window.statusBar().showMessage(message, 15_000)
