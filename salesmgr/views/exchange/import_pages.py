"""The import wizard's first and third pages: choosing the file, the ZIP or the folder, and the progress of the
run (the second page is ``preview_page.PreviewPage``, or ``export_files_page.ExportFilesPage`` for a whole export;
the last ``summary_page.SummaryPage`` or ``export_summary_page.ExportSummaryPage``).

Pages are plain widgets: they never touch the runner; the wizard reads and fills them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesmgr.exchange.imports.mapping import preset_label
from salesmgr.views.exchange.labels import import_kind_labels
from salesmgr.views.exchange.mapping_model import error_label
from salesmgr.views.widgets.labels import heading

IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")
EXPORT_SUFFIXES = (".zip",)  # a whole export; a folder is one too


def dropped_path(mime: QMimeData) -> Path | None:
    """The one local spreadsheet, CSV file, ZIP or folder being dragged, if that is what it is."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_dir() or path.suffix.lower() in IMPORT_SUFFIXES + EXPORT_SUFFIXES else None


class ChoosePage(QWidget):
    """Step 1: the file (or a whole export: a ZIP or a folder), what it holds, which sheet, and an optional saved
    mapping; the last three do not apply to an export, whose files' kinds are recognised one by one."""

    browse_requested = Signal()
    folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("An Excel or CSV export from your CRM, or a ZIP or folder of a "
                                                  "whole export"))
        self.path_edit.setAcceptDrops(False)  # a dropped file goes to the wizard, which takes it as the path
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse_requested)
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.clicked.connect(self.folder_requested)
        self.export_label = QLabel(self.tr("A whole export: each file's kind is recognised from its name and its "
                                           "columns, and you can change it on the next page."))
        self.export_label.setWordWrap(True)
        self.export_label.hide()
        self.kind_combo = QComboBox()
        for kind, label in import_kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet_combo = QComboBox()
        self.preset_combo = QComboBox()
        self.error_label = error_label()
        self._lay_out()
        self.show_sheets([])
        self.show_presets([])

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("It holds:"), self.kind_combo)
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow(self.tr("Column mapping:"), self.preset_combo)
        hint = QLabel(self.tr("Exports from Salesforce, HubSpot, Pipedrive, Odoo, Fxiaoke and Xiaoshouyi are "
                              "recognised by their column names; drop a file, a ZIP or a folder here to choose it. "
                              "Nothing is written until you confirm the preview on the next page."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Choose the file or the export to import")))
        layout.addLayout(form)
        layout.addWidget(self.export_label)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def choose_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))

    def sheet(self) -> str | None:
        return self.sheet_combo.currentText() if self.sheet_combo.count() > 1 else None

    def preset(self) -> str | None:
        data = self.preset_combo.currentData()
        return str(data) if data else None

    def show_sheets(self, sheets: list[str]) -> None:
        """Offer the sheets of a workbook that has several; hide the choice otherwise."""
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(len(sheets) > 1)

    def show_presets(self, names: list[str]) -> None:
        current = self.preset()
        self.preset_combo.clear()
        self.preset_combo.addItem(self.tr("Automatic"), None)
        for name in names:
            self.preset_combo.addItem(preset_label(name), name)
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(current), 0))

    def show_export(self, export: bool) -> None:
        """A whole export: the kind, sheet and mapping choices do not apply (each file's kind is recognised)."""
        self.export_label.setVisible(export)
        for widget in (self.kind_combo, self.preset_combo):
            widget.setEnabled(not export)
        if export:
            self.show_sheets([])

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))


class RunPage(QWidget):
    """Step 3: the import running on the worker, with its progress and a Cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Importing…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.error_label = error_label()
        self.single_hint = self.tr("The whole file is imported in one step: Cancel stops it and nothing is written.")
        self.hint_label = QLabel(self.single_hint)
        self._files_seen: list[str] = []  # a whole export's files, in the order their progress came
        self.hint_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def start(self, file_name: str, dry_run: bool, export: bool = False) -> None:
        """The run of ``file_name`` begins (``export``: a whole export's files, in one step too)."""
        text = self.tr("Checking {file} (dry run)…") if dry_run else self.tr("Importing {file}…")
        self.hint_label.setText(self.tr("The whole export is imported in one step: Cancel stops it and nothing is "
                                        "written.") if export else self.single_hint)
        self.title.setText(text.format(file=file_name))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.status_label.setText(self.tr("Reading the file…"))
        self._files_seen = []
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.hint_label.show()
        self.error_label.hide()

    def show_progress(self, done: int, total: int, _message: str) -> None:
        if total <= 0:
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(done, total))
        if done >= total:
            self.status_label.setText(self.tr("Writing to the database…"))
        else:
            self.status_label.setText(self.tr("{done} of {total} rows").format(done=f"{done:,}", total=f"{total:,}"))

    def show_export_progress(self, done: int, total: int, file_name: str) -> None:
        """A whole export's progress: ``total`` is 1,000 per file, ``done`` the files done so far and the share of
        the current one (``run_export_import``), ``file_name`` the file being imported; the files are numbered in
        the order they come."""
        if total <= 0:
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(done, total))
        if file_name not in self._files_seen:
            self._files_seen.append(file_name)
        if done >= total:
            self.status_label.setText(self.tr("Writing to the database…"))
        else:
            self.status_label.setText(self.tr("{file}: file {n} of {count}").format(
                file=file_name, n=self._files_seen.index(file_name) + 1, count=max(total // 1000, 1)))

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Cancelling…"))

    def stopped(self, title: str, message: str = "") -> None:
        """The run ended without a result: cancelled (``message`` empty) or failed (``message`` says why)."""
        self.title.setText(title)
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.hint_label.hide()
        self.status_label.setText(self.tr("Go back to change the options, or close the wizard."))
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
