"""The import wizard's first and last pages: choosing the file, the progress of the run, and the summary.

Pages are plain widgets: they never touch the runner; the wizard reads and fills them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesmgr.exchange.imports.results import ImportResult
from salesmgr.views.exchange.labels import kind_labels
from salesmgr.views.exchange.mapping_model import TextTableModel, error_label, text_view
from salesmgr.views.widgets.labels import heading
from salesmgr.views.widgets.row_table_model import ALIGN_RIGHT

IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")
REJECT_WIDTHS = (60, 160, 160, 0)


class ChoosePage(QWidget):
    """Step 1: the file, what it holds, which sheet, and an optional saved mapping."""

    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("An Excel or CSV export from your CRM"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse_requested)
        self.kind_combo = QComboBox()
        for kind, label in kind_labels().items():
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
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("It holds:"), self.kind_combo)
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow(self.tr("Column mapping:"), self.preset_combo)
        hint = QLabel(self.tr("Exports from Salesforce, HubSpot, Pipedrive, Odoo, Fxiaoke and Xiaoshouyi are "
                              "recognised by their column names. Nothing is written until you confirm the "
                              "preview on the next page."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Choose the file to import")))
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

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
            self.preset_combo.addItem(name, name)
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(current), 0))

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
        self.hint_label = QLabel(self.tr("The whole file is imported in one step: Cancel stops it and nothing is "
                                         "written."))
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

    def start(self, file_name: str, dry_run: bool) -> None:
        text = self.tr("Checking {file} (dry run)…") if dry_run else self.tr("Importing {file}…")
        self.title.setText(text.format(file=file_name))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.status_label.setText(self.tr("Reading the file…"))
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


class SummaryPage(QWidget):
    """Step 4: what the import did, the details, and the rejected rows with "Save rejected rows…"."""

    save_rejects_requested = Signal()
    COUNTS = ("rows", "inserted", "updated", "unchanged", "rejected", "new_stages", "new_reps", "new_accounts",
              "duplicates", "warnings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Import finished"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.count_labels = {key: QLabel() for key in self.COUNTS}
        self.details = QListWidget()
        self.warnings = QListWidget()
        self.reject_model = TextTableModel(parent=self)
        self.reject_view = text_view(self.reject_model)
        self.save_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_button.clicked.connect(self.save_rejects_requested)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.tabs = QTabWidget()
        self._lay_out()

    def _count_grid(self) -> QGridLayout:
        titles = [self.tr("Rows read:"), self.tr("Inserted:"), self.tr("Updated:"), self.tr("Unchanged:"),
                  self.tr("Rejected:"), self.tr("New stages:"), self.tr("New reps:"), self.tr("New accounts:"),
                  self.tr("Duplicate rows:"), self.tr("Warnings:")]
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for index, (key, title) in enumerate(zip(self.COUNTS, titles, strict=True)):
            row, column = index % 5, (index // 5) * 3
            self.count_labels[key].setAlignment(ALIGN_RIGHT)
            grid.addWidget(QLabel(title), row, column)
            grid.addWidget(self.count_labels[key], row, column + 1)
        grid.setColumnMinimumWidth(2, 40)
        grid.setColumnStretch(6, 1)
        return grid

    def _lay_out(self) -> None:
        rejects = QWidget()
        rejects_layout = QVBoxLayout(rejects)
        rejects_layout.addWidget(self.reject_view, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.saved_label, 1)
        bar.addWidget(self.save_button)
        rejects_layout.addLayout(bar)
        for page in (rejects, self.warnings, self.details):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(self._count_grid())
        layout.addWidget(self.tabs, 1)

    def show_result(self, result: ImportResult) -> None:
        self.title.setText(self._title(result))
        self.note.setText(self._note(result))
        counts = [result.rows, result.inserted, result.updated, result.unchanged, result.rejected,
                  len(result.new_stages), len(result.new_reps), len(result.new_accounts), len(result.duplicates),
                  len(result.warnings)]
        for key, value in zip(self.COUNTS, counts, strict=True):
            self.count_labels[key].setText(f"{value:,}")
        self._show_lists(result)
        self._show_rejects(result)
        self.tabs.setTabText(0, self.tr("Rejected rows ({n})").format(n=f"{result.rejected:,}"))
        self.tabs.setTabText(1, self.tr("Warnings ({n})").format(n=f"{len(result.warnings):,}"))
        self.tabs.setTabText(2, self.tr("New and duplicate records ({n})").format(n=f"{self.details.count():,}"))
        sizes = (result.rejected, len(result.warnings), self.details.count())
        self.tabs.setCurrentIndex(next((i for i, size in enumerate(sizes) if size), 0))

    def _show_rejects(self, result: ImportResult) -> None:
        self.reject_model.set_table([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")],
                                    [(r.row, r.column, r.value, r.reason) for r in result.rejects])
        for column, width in enumerate(REJECT_WIDTHS[:-1]):
            self.reject_view.setColumnWidth(column, width)
        self.reject_view.horizontalHeader().setStretchLastSection(True)
        self.reject_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.save_button.setEnabled(bool(result.rejected_rows))
        self.saved_label.clear()

    def _title(self, result: ImportResult) -> str:
        if result.refused:
            return self.tr("Nothing was written: Strict is on and some rows would be rejected")
        if result.dry_run:
            return self.tr("Dry run finished: nothing was written")
        return self.tr("Import finished")

    def _note(self, result: ImportResult) -> str:
        if result.refused and result.rejected == 1:
            return self.tr("1 row would be rejected (listed below). Fix it in the file, or clear Strict to import "
                           "the other rows.")
        if result.refused:
            return self.tr("{n} rows would be rejected (listed below). Fix them in the file, or clear Strict to "
                           "import the other rows.").format(n=f"{result.rejected:,}")
        if result.dry_run:
            return self.tr("This is what the import would do. Go back and clear Dry run to import for real.")
        return self.tr("Imported from {file}.").format(file=Path(result.file).name)

    def _show_lists(self, result: ImportResult) -> None:
        self.warnings.clear()
        self.warnings.addItems(result.warnings)
        self.details.clear()
        for template, names in ((self.tr("New stage: {name}"), result.new_stages),
                                (self.tr("New rep: {name}"), result.new_reps),
                                (self.tr("New account: {name}"), result.new_accounts),
                                (self.tr("Duplicate: {name}"), result.duplicates)):
            self.details.addItems([template.format(name=name) for name in names])

    def count(self, key: str) -> str:
        """The number shown for ``key`` (one of ``COUNTS``), as displayed, e.g. "1,204"."""
        return self.count_labels[key].text()
