"""The import wizard's last page: what the import did, the details, and the rejected rows.

A plain widget like the other pages: it never touches the runner; the wizard fills it and saves the rejects.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QTabWidget,
    QWidget,
)

from salesmgr.exchange.imports.results import ImportResult, QuotaCellChange
from salesmgr.views.exchange.result_lines import detail_lines
from salesmgr.views.exchange.result_page import ResultPage
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.row_table_model import ALIGN_RIGHT

REJECT_WIDTHS = (60, 160, 160, 0)


class SummaryPage(ResultPage):
    """Step 4: what the import did, the details, and the rejected rows with "Save rejected rows…"."""

    COUNTS = ("rows", "inserted", "updated", "unchanged", "rejected", "new_stages", "new_reps", "new_accounts",
              "duplicates", "warnings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import finished"), parent)
        self.count_labels = {key: QLabel() for key in self.COUNTS}
        self.details = QListWidget()
        self.warnings = QListWidget()
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
        for page in (self.rejects_tab(), self.warnings, self.details):
            self.tabs.addTab(page, "")
        self.lay_out(self._count_grid(), self.tabs)

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
        self.show_missing_rates(result.missing_rates, result.base_currency, result.refused)
        self.tabs.setTabText(0, self.tr("Rejected rows ({n})").format(n=f"{result.rejected:,}"))
        self.tabs.setTabText(1, self.tr("Warnings ({n})").format(n=f"{len(result.warnings):,}"))
        details = self.tr("Changed quotas ({n})") if result.changes else \
            self.tr("New, duplicate and skipped records ({n})") if result.skipped else \
            self.tr("New and duplicate records ({n})")
        self.tabs.setTabText(2, details.format(n=f"{self.details.count():,}"))
        sizes = (result.rejected, len(result.warnings), self.details.count())
        self.tabs.setCurrentIndex(next((i for i, size in enumerate(sizes) if size), 0))

    def _show_rejects(self, result: ImportResult) -> None:
        self.reject_model.set_table([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")],
                                    [(r.row, r.column, r.value, user_message(r.error) if r.error else r.reason)
                                     for r in result.rejects])
        for column, width in enumerate(REJECT_WIDTHS[:-1]):
            self.reject_view.setColumnWidth(column, width)
        self.reject_view.horizontalHeader().setStretchLastSection(True)
        self.reject_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.save_button.setEnabled(bool(result.rejected_rows))
        self.saved_label.clear()

    def _title(self, result: ImportResult) -> str:
        if result.refusal is not None:
            return self.tr("Nothing was written: the file changes locked quarters")
        if result.refused:
            return self.tr("Nothing was written: Strict is on and some rows would be rejected")
        if result.dry_run:
            return self.tr("Dry run finished: nothing was written")
        return self.tr("Import finished")

    def _note(self, result: ImportResult) -> str:
        if result.refusal is not None:
            return user_message(result.refusal)
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
        self.warnings.addItems(warning_texts(result))
        self.details.clear()
        self.details.addItems(detail_lines(result))
        self.details.addItems([self._change_text(change) for change in result.changes])

    def _change_text(self, change: QuotaCellChange) -> str:
        """``Quota of Ann, 2027Q1: 100,000.00 -> 120,000.00``, with "none" for no quota."""
        def shown(amount: Decimal | None) -> str:
            return self.tr("none") if amount is None else f"{amount:,}"
        return self.tr("Quota of {rep}, {period}: {before} -> {after}").format(
            rep=change.rep, period=change.period, before=shown(change.before), after=shown(change.after))

    def count(self, key: str) -> str:
        """The number shown for ``key`` (one of ``COUNTS``), as displayed, e.g. "1,204"."""
        return self.count_labels[key].text()


def warning_texts(result: ImportResult) -> list[str]:
    """The import's warnings in the user's language (their English text when some came without a template)."""
    if len(result.warning_errors) != len(result.warnings):
        return list(result.warnings)
    return [user_message(warning) for warning in result.warning_errors]
