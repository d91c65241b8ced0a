"""The import wizard: choose a file, check the preview and mapping, run the import, read the summary; or, for a
whole export (a ZIP or a folder of files), check its files and their kinds instead of the mapping.

Every read and write goes through the DbRunner (preview, presets, the import itself on ``run_task``); the
pages (``import_pages``, ``preview_page``, ``export_files_page``, ``summary_page`` and ``export_summary_page``)
are plain widgets that the wizard fills, ``export_steps`` runs a whole export's steps, and ``wizard_dialogs``
asks for the file or folder, a preset's name and where to save the rejected rows.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from salesmgr.exchange.imports.importer import preview_import, run_import
from salesmgr.exchange.imports.mapping import list_presets, save_preset
from salesmgr.exchange.imports.rejects import write_rejects
from salesmgr.exchange.imports.results import ImportOptions, ImportPreview, ImportResult
from salesmgr.models.database import Database, Session
from salesmgr.models.pipeline.entities import stage_names
from salesmgr.progress import Cancelled, Progress
from salesmgr.views.exchange.export_files_page import ExportFilesPage
from salesmgr.views.exchange.export_steps import ExportSteps
from salesmgr.views.exchange.export_summary_page import ExportSummaryPage
from salesmgr.views.exchange.import_pages import ChoosePage, RunPage, dropped_path
from salesmgr.views.exchange.loaders import PathLook, look_at
from salesmgr.views.exchange.preview_page import PreviewPage
from salesmgr.views.exchange.summary_page import SummaryPage
from salesmgr.views.exchange.wizard_dialogs import (
    ask_import_file,
    ask_import_folder,
    ask_preset_name,
    ask_rejects_file,
)
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner

CHOOSE, PREVIEW, RUN, SUMMARY, FILES, EXPORT_SUMMARY = range(6)  # the pages on the stack
Loaded = tuple[ImportPreview, list[str]]


def preview_op(path: Path, options: ImportOptions) -> Callable[[Session], Loaded]:
    """The operation behind the preview page: the preview and the pipeline's stage names, in order."""
    def op(session: Session) -> Loaded:
        stages = stage_names(session)
        return preview_import(session, path, options), stages
    return op


class ImportWizard(QDialog):
    """Four steps on a stack (a whole export has its own second and last pages); ``preview_shown``,
    ``scan_shown``, ``import_finished`` and ``import_stopped`` tell tests and the window where it is."""

    FILES, RUN, EXPORT_SUMMARY = FILES, RUN, EXPORT_SUMMARY
    preview_shown = Signal()
    scan_shown = Signal()  # a whole export's files are shown
    import_finished = Signal(object)  # the ImportResult, or a whole export's ExportImportResult
    import_stopped = Signal(str)  # what the run page says: cancelled, or failed
    rates_requested = Signal(list)  # the summary's "Enter exchange rates…": the currencies without a rate

    def __init__(self, runner: DbRunner, path: Path | str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.preview: ImportPreview | None = None
        self.stages: list[str] = []
        self.import_result: ImportResult | None = None
        self._pending = 0  # runner calls whose answer has not arrived yet
        self._running = False
        self._path_seen: Path | None = None
        self._export = False  # the path is a whole export (a folder, or a ZIP that is not a workbook)
        self._export_run = False  # the last run was of a whole export
        self.exports = ExportSteps(self)
        self._preview_key: tuple[Any, ...] | None = None
        self._preview_timer = QTimer(self, singleShot=True, interval=300)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self.setWindowTitle(self.tr("Import a CRM export"))
        self.setAcceptDrops(True)
        self.resize(920, 660)
        self._build()
        self._connect()
        self.load_presets()
        if path is not None:
            self.set_path(path)
        self._update_buttons()

    def _build(self) -> None:
        self.choose_page, self.preview_page = ChoosePage(), PreviewPage()
        self.run_page, self.summary_page = RunPage(), SummaryPage()
        self.files_page, self.export_summary_page = ExportFilesPage(), ExportSummaryPage()
        self.stack = QStackedWidget()
        for page in (self.choose_page, self.preview_page, self.run_page, self.summary_page, self.files_page,
                     self.export_summary_page):
            self.stack.addWidget(page)
        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        choose = self.choose_page
        choose.browse_requested.connect(self.browse)
        choose.folder_requested.connect(self.browse_folder)
        choose.path_edit.editingFinished.connect(self._on_path_changed)
        choose.path_edit.textChanged.connect(self._update_buttons)
        choose.kind_combo.currentIndexChanged.connect(self.load_presets)
        self.preview_page.mapping_table.changed.connect(self._on_mapping_changed)
        self.preview_page.dry_run_check.toggled.connect(self._update_buttons)
        self.preview_page.save_preset_requested.connect(self.save_mapping_as_preset)
        self.files_page.changed.connect(self._update_buttons)
        self.files_page.dry_run_check.toggled.connect(self._update_buttons)
        self.export_summary_page.save_rejects_requested.connect(self.save_rejected_rows)
        self.export_summary_page.rates_requested.connect(self.rates_requested)
        self.run_page.cancel_requested.connect(self.cancel_import)
        self.summary_page.save_rejects_requested.connect(self.save_rejected_rows)
        self.summary_page.rates_requested.connect(self.rates_requested)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)

    # -- runner calls ---------------------------------------------------------------------------------------
    def run_op(self, op: Callable[[Session], Any], on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None], *, edits: bool = False) -> None:
        """``runner.run`` that counts what is outstanding, so buttons wait and the window knows when it may go."""
        self._pending += 1

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._pending -= 1
                callback(value)
                self._update_buttons()
            return call
        self.runner.run(op, finish(on_done), finish(on_error), edits=edits)
        self._update_buttons()

    def is_waiting(self) -> bool:
        """True while an answer from the runner is still on its way to this wizard."""
        return self._pending > 0 or self._running

    def set_running(self, running: bool) -> None:
        """An import is (or is no longer) running on the runner; whether the last was of a whole export."""
        self._running = running
        if running:
            self._export_run = self._export
        self._update_buttons()

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self._update_buttons()

    # -- step 1: the file -----------------------------------------------------------------------------------
    def set_path(self, path: Path | str) -> None:
        self.choose_page.path_edit.setText(str(path))
        self._on_path_changed()

    def path(self) -> Path | None:
        return self.choose_page.path()

    def browse(self) -> None:
        name = ask_import_file(self, self.path())
        if name:
            self.set_path(name)

    def browse_folder(self) -> None:
        name = ask_import_folder(self, self.path())
        if name:
            self.set_path(name)

    def _on_path_changed(self) -> None:
        path = self.path()
        if path == self._path_seen:  # editingFinished also fires when the focus just moves on
            return
        self._path_seen = path
        self.exports.forget()
        self.choose_page.show_error("")
        self._show_look(PathLook(export=path is not None and path.is_dir()))
        if path is not None and path.is_file():
            self.run_op(lambda _session: look_at(path), self._show_look, self._show_choose_error)
        self._update_buttons()

    def _show_look(self, look: PathLook) -> None:
        """Show the file's sheets, or that it is a whole export; a quota plan workbook is imported as one,
        whatever kind was chosen."""
        self._export = look.export
        self.choose_page.show_export(look.export)
        if look.plan:
            self.choose_page.choose_kind("quotas")
        self.choose_page.show_sheets([] if look.plan else look.sheets)  # every sheet of a plan is read

    def load_presets(self) -> None:
        kind = self.choose_page.kind()
        self.run_op(lambda session: [p.name for p in list_presets(session, kind)], self.choose_page.show_presets,
                  self._show_choose_error)

    def _show_choose_error(self, exc: Exception) -> None:
        self.choose_page.show_error(user_message(exc))

    # -- step 2: preview and mapping ------------------------------------------------------------------------
    def _choice_key(self) -> tuple[Any, ...]:
        page = self.choose_page
        return self.path(), page.kind(), page.sheet(), page.preset()

    def load_preview(self) -> None:
        """Read the file on the runner and show the preview page (at once when nothing changed since); for a
        whole export, scan it and show its files."""
        path = self.path()
        if self._export and path is not None:
            self.exports.load_scan(path)
            return
        if self.preview is not None and self._preview_key == self._choice_key():
            self.stack.setCurrentIndex(PREVIEW)
            self._update_buttons()
            return
        if path is None or not path.is_file():
            self.choose_page.show_error(self.tr("Choose an existing file to import."))
            return
        self.choose_page.show_error("")
        options = ImportOptions(self.choose_page.kind(), sheet=self.choose_page.sheet(),
                                preset=self.choose_page.preset())
        self._preview_key = self._choice_key()
        self.run_op(preview_op(path, options), self._on_preview, self._on_preview_failed)

    def _on_preview_failed(self, exc: Exception) -> None:
        self.preview, self._preview_key = None, None
        self._show_choose_error(exc)

    def _on_preview(self, loaded: Loaded) -> None:
        self.preview, self.stages = loaded
        self.preview_page.show_preview(self.choose_page.kind(), self.preview, self.stages)
        self.preview_page.status_label.clear()
        self.stack.setCurrentIndex(PREVIEW)
        self.preview_shown.emit()

    def _on_mapping_changed(self) -> None:
        self.preview_page.show_problems()
        if not self.preview_page.mapping_problems():
            self._preview_timer.start()  # the stage and owner columns may have changed
        self._update_buttons()

    def _refresh_preview(self) -> None:
        path, options = self.path(), self.options()
        if path is not None and self.preview is not None:
            self.run_op(preview_op(path, options), lambda loaded: self._on_preview_refreshed(loaded, options.stage_map),
                      self._on_refresh_failed)
        self._update_buttons()

    def _on_preview_refreshed(self, loaded: Loaded, sent: dict[str, str]) -> None:
        self.preview, self.stages = loaded
        self.preview_page.show_matches(self.preview, self.stages, sent)

    def _on_refresh_failed(self, exc: Exception) -> None:
        self.preview_page.show_problems([user_message(exc)])

    def mapping(self) -> dict[str, str | None]:
        return self.preview_page.mapping()

    def options(self) -> ImportOptions:
        """What the import will be asked to do, from the choices on the first two pages."""
        page = self.preview_page
        return ImportOptions(self.choose_page.kind(), sheet=self.choose_page.sheet(), mapping=self.mapping(),
                             preset=self.choose_page.preset(), stage_map=page.stage_map(),
                             dry_run=page.dry_run_check.isChecked(), strict=page.strict_check.isChecked())

    def save_mapping_as_preset(self) -> None:
        name = ask_preset_name(self)
        if name is None:
            return
        kind, mapping = self.choose_page.kind(), self.mapping()
        source = self.preview.source_system if self.preview and self.preview.source_system != "import" else None
        self.run_op(lambda session: save_preset(session, name, kind, mapping, source),
                  lambda _none: self._on_preset_saved(name), self._on_preset_failed, edits=True)

    def _on_preset_saved(self, name: str) -> None:
        self.preview_page.status_label.setText(self.tr("Saved as preset {name}.").format(name=name))
        self.load_presets()

    def _on_preset_failed(self, exc: Exception) -> None:
        self.preview_page.status_label.setText(user_message(exc))

    # -- step 3: the run ------------------------------------------------------------------------------------
    def start_import(self) -> None:
        path, options = self.path(), self.options()
        if path is None or self.preview_page.mapping_problems():
            return

        def task(db: Database, progress: Progress) -> ImportResult:
            return run_import(db, path, options, progress)

        self.set_running(True)
        self.run_page.start(path.name, options.dry_run)
        self.stack.setCurrentIndex(RUN)
        self._update_buttons()
        self.runner.run_task(task, self._on_imported, self._on_import_failed, self.run_page.show_progress)

    def cancel_import(self) -> None:
        if self._running:
            self.runner.cancel()
            self.run_page.cancelling()

    def _on_imported(self, result: ImportResult) -> None:
        self._running = False
        self.import_result = result
        self.summary_page.show_result(result)
        self.stack.setCurrentIndex(SUMMARY)
        self._update_buttons()
        self.import_finished.emit(result)

    def _on_import_failed(self, exc: Exception) -> None:
        self._running = False
        if isinstance(exc, Cancelled):
            self.run_page.stopped(self.tr("Import cancelled; nothing was written"))
        else:
            self.run_page.stopped(self.tr("The import failed; nothing was written"), user_message(exc))
        self._update_buttons()
        self.import_stopped.emit(self.run_page.title.text())

    # -- step 4: the summary --------------------------------------------------------------------------------
    def save_rejected_rows(self) -> None:
        result, path = self.import_result, self.path()
        if path is not None and self._export_run:
            self.exports.save_rejected_rows(path)
            return
        if result is None or path is None:
            return
        out = ask_rejects_file(self, path)
        if out is not None:
            self.run_op(lambda _session: write_rejects(result, out), self._on_rejects_saved, self._on_rejects_failed)

    def _on_rejects_saved(self, out: Path) -> None:
        self.summary_page.saved_label.setText(self.tr("Saved to {path}").format(path=out))

    def _on_rejects_failed(self, exc: Exception) -> None:
        self.summary_page.saved_label.setText(user_message(exc))

    # -- navigation -----------------------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def next(self) -> None:
        step, path = self.current_step(), self.path()
        if step == CHOOSE:
            self.load_preview()
        elif step == PREVIEW:
            self.start_import()
        elif step == FILES and path is not None and self.files_page.can_import():
            self.exports.start(path)

    def back(self) -> None:
        step = self.current_step()
        if step in (PREVIEW, FILES):
            self.stack.setCurrentIndex(CHOOSE)
        else:
            self.stack.setCurrentIndex(FILES if self._export_run else PREVIEW)
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts_drop() and dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """A file, ZIP or folder dropped on the wizard becomes the path (back on the first page)."""
        path = dropped_path(event.mimeData())
        if path is None or not self._accepts_drop():
            event.ignore()
            return
        event.acceptProposedAction()
        self.stack.setCurrentIndex(CHOOSE)
        self.set_path(path)

    def _accepts_drop(self) -> bool:
        return not self.is_waiting()

    def reject(self) -> None:
        if self._running:  # Escape or Cancel while importing: stop the import, keep the wizard open
            self.cancel_import()
            return
        super().reject()

    def _update_buttons(self) -> None:
        step, busy = self.current_step(), self.is_waiting() or self._preview_timer.isActive()
        path = self.path()
        ready = {CHOOSE: path is not None and (path.is_file() or path.is_dir()),
                 PREVIEW: self.preview is not None and not self.preview_page.mapping_problems(),
                 FILES: self.files_page.can_import()}.get(step, False)
        self.next_button.setVisible(step in (CHOOSE, PREVIEW, FILES))
        self.next_button.setEnabled(ready and not busy)
        page = self.files_page if step == FILES else self.preview_page
        dry_run = page.dry_run_check.isChecked()
        self.next_button.setText(self.tr("Next >") if step == CHOOSE else
                                 self.tr("Dry run") if dry_run else self.tr("Import"))
        self.back_button.setEnabled(step != CHOOSE and not busy)
        self.close_button.setEnabled(not self._running)
        self.close_button.setText(self.tr("Close") if step in (RUN, SUMMARY, EXPORT_SUMMARY) else self.tr("Cancel"))

    @property
    def import_button(self) -> QPushButton:
        """The button that starts the import on the preview page (it is the Next button there)."""
        return self.next_button
