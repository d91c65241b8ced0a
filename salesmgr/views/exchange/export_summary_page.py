"""The import wizard's last page for a whole export: the totals, per file its counts with what it added and
warned of, the files skipped and why, the rejected rows, and the currencies that need a rate.

A plain widget like the other pages: it never touches the runner; the wizard fills it and saves the rejects.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from salesmgr.exchange.imports.results import TOTAL_KEYS, ExportImportResult, ImportResult
from salesmgr.views.exchange.export_files_model import reason_text
from salesmgr.views.exchange.labels import crm_label, kind_label
from salesmgr.views.exchange.result_lines import detail_lines
from salesmgr.views.exchange.result_page import ResultPage
from salesmgr.views.exchange.summary_page import warning_texts
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.row_table_model import ALIGN_RIGHT

REJECT_WIDTHS = (160, 60, 140, 140, 0)  # file, row, column, value, reason (stretches)
COLUMN_GAP = 16  # the space between a number column's widest text and the next column
COUNTED = ("rows", "inserted", "updated", "unchanged", "rejected")  # the file tree's number columns


class ExportSummaryPage(ResultPage):
    """Step 4 of a whole export; ``save_rejects_requested`` for "Save rejected rows…", ``rates_requested``
    with the currencies of the imported amounts that have no exchange rate."""


    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export imported"), parent)
        self.total_labels = {key: QLabel() for key in TOTAL_KEYS}
        self.files = QTreeWidget()
        self.skipped = QListWidget()
        self._items: dict[str, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}  # file -> its line and details
        self.tabs = QTabWidget()
        self._lay_out()

    def _totals_grid(self) -> QGridLayout:
        titles = [self.tr("Rows read:"), self.tr("Inserted:"), self.tr("Updated:"), self.tr("Unchanged:"),
                  self.tr("Rejected:"), self.tr("Skipped:")]
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for index, (key, title) in enumerate(zip(TOTAL_KEYS, titles, strict=True)):
            self.total_labels[key].setAlignment(ALIGN_RIGHT)
            grid.addWidget(QLabel(title), 0, 2 * index)
            grid.addWidget(self.total_labels[key], 0, 2 * index + 1)
        grid.setColumnStretch(2 * len(TOTAL_KEYS), 1)
        return grid

    def _lay_out(self) -> None:
        self.files.setHeaderLabels([self.tr("File"), self.tr("Imported as"), self.tr("Rows"), self.tr("Inserted"),
                                    self.tr("Updated"), self.tr("Unchanged"), self.tr("Rejected")])
        self.files.setRootIsDecorated(True)
        header = self.files.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for page in (self.files, self.skipped, self.rejects_tab()):
            self.tabs.addTab(page, "")
        self.lay_out(self._totals_grid(), self.tabs)

    def show_result(self, result: ExportImportResult) -> None:
        self.title.setText(self._title(result))
        self.note.setText(self._note(result))
        for key, value in result.totals().items():
            self.total_labels[key].setText(f"{value:,}")
        self._show_files(result)
        self.skipped.clear()
        self.skipped.addItems([self.tr("{file}: {reason}").format(file=s.file, reason=reason_text(s.reason))
                               for s in result.skipped])
        self._show_rejects(result)
        self.show_missing_rates(result.missing_rates, result.base_currency, result.refused)
        self.tabs.setTabText(0, self.tr("Files ({n})").format(n=f"{len(result.files):,}"))
        self.tabs.setTabText(1, self.tr("Skipped files ({n})").format(n=f"{len(result.skipped):,}"))
        self.tabs.setTabText(2, self.tr("Rejected rows ({n})").format(n=f"{result.rejected:,}"))
        self.tabs.setCurrentIndex(2 if result.refused else 0)

    def _show_files(self, result: ExportImportResult) -> None:
        self.files.clear()
        self._items = {}
        for file_result in result.files:
            counts = [f"{getattr(file_result, key):,}" for key in COUNTED]
            item = QTreeWidgetItem([file_result.file, kind_label(file_result.kind), *counts])
            for column in range(2, 2 + len(COUNTED)):
                item.setTextAlignment(column, ALIGN_RIGHT)
            children = [QTreeWidgetItem([text]) for text in self.detail_texts(file_result)]
            for child in children:
                child.setToolTip(0, child.text(0))
            item.addChildren(children)
            self.files.addTopLevelItem(item)
            for child in children:  # spanning needs the item in the tree
                child.setFirstColumnSpanned(True)
            self._items[file_result.file] = (item, children)
        self.files.expandAll()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column but the file's as wide as its title or its widest value, with room to breathe; the file
        column gets the rest."""
        header = self.files.header()
        for column in range(1, self.files.columnCount()):
            needed = max(header.sectionSizeFromContents(column).width(), self.files.sizeHintForColumn(column))
            header.resizeSection(column, needed + COLUMN_GAP)

    def detail_texts(self, result: ImportResult) -> list[str]:
        """What one file added (stages, reps, accounts), its repeated and skipped rows, the rates it set and its
        warnings, one line each."""
        texts = detail_lines(result)
        return texts + [self.tr("Warning: {message}").format(message=text) for text in warning_texts(result)]

    def _show_rejects(self, result: ExportImportResult) -> None:
        self.reject_model.set_table(
            [self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")],
            [(f.file, r.row, r.column, r.value, user_message(r.error) if r.error else r.reason)
             for f in result.files for r in f.rejects], right=(1,))
        for column, width in enumerate(REJECT_WIDTHS[:-1]):
            self.reject_view.setColumnWidth(column, width)
        self.reject_view.horizontalHeader().setStretchLastSection(True)
        self.reject_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.save_button.setEnabled(any(f.rejected_rows for f in result.files))
        self.saved_label.clear()

    def _title(self, result: ExportImportResult) -> str:
        if result.refused:
            return self.tr("Nothing was written: Strict is on and some rows would be rejected")
        if result.dry_run:
            return self.tr("Dry run finished: nothing was written")
        return self.tr("Export imported")

    def _note(self, result: ExportImportResult) -> str:
        if result.refused:
            return self.tr("{n} rows would be rejected (listed below). Fix them in the files, or clear Strict to "
                           "import the other rows.").format(n=f"{result.rejected:,}")
        if result.dry_run:
            return self.tr("This is what the import would do. Go back and clear Dry run to import for real.")
        text = self.tr("{files} files imported from {export}, {skipped} skipped.").format(
            files=f"{len(result.files):,}", export=Path(result.file).name, skipped=f"{len(result.skipped):,}")
        if result.source_system != "import":
            text += " " + self.tr("Recognised as a {system} export.").format(system=crm_label(result.source_system))
        return text

    def total(self, key: str) -> str:
        """The total shown for ``key`` (one of ``TOTAL_KEYS``), as displayed, e.g. "1,204"."""
        return self.total_labels[key].text()

    def file_line(self, name: str) -> list[str]:
        """The texts of the file's line in the Files tab: file, kind, rows, inserted, updated, unchanged,
        rejected."""
        item = self._items[name][0]
        return [item.text(column) for column in range(self.files.columnCount())]

    def file_details(self, name: str) -> list[str]:
        """The lines below the file's: what it added and its warnings (``detail_texts``)."""
        return [child.text(0) for child in self._items[name][1]]
