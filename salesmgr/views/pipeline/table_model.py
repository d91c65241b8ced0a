"""The Pipeline table: a window onto any number of opportunities, filled a page at a time.

The model knows the number of matching deals and holds only the pages the view has asked for (at most
``MAX_PAGES``, least recently used dropped first). A cell of a page not loaded yet shows a placeholder and asks
the runner for that page, once; when it arrives the model emits ``dataChanged`` for its rows. Sorting and
filtering happen in SQL: ``sort()`` and ``set_filter()`` reload the count and the first page.
"""
from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from shiboken6 import isValid

from salesmgr.models.money import format_money
from salesmgr.models.pipeline import opportunities as service
from salesmgr.models.pipeline.opportunities import OpportunityFilter, OpportunityRow
from salesmgr.views.messages import user_message
from salesmgr.views.pipeline.loaders import PAGE_SIZE, first_page, page_of
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.row_table_model import ALIGN_LEFT, ALIGN_RIGHT, TitledColumns

MAX_PAGES = 100  # 20,000 rows cached at most
Index = QModelIndex | QPersistentModelIndex
SORT_KEYS = ("name", "account", "owner", "team", "stage", "amount", "probability", "expected_close_date",
             "closed_date", "created_date")  # one per column, in column order


class PipelineModel(TitledColumns):
    """Opportunities: Name, Account, Owner, Team, Stage, Amount, Probability, Expected close, Closed, Created.

    ``loaded`` is emitted when a (re)load has put the count and the first page on screen; ``failed`` carries
    the message of a load that went wrong. ``fetches`` counts the page requests sent to the runner.
    """

    NAME, ACCOUNT, OWNER, TEAM, STAGE, AMOUNT, PROBABILITY, EXPECTED, CLOSED, CREATED = range(10)
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, runner: DbRunner, parent: QObject | None = None, *, auto_reload: bool = True,
                 flt: OpportunityFilter | None = None) -> None:
        """``flt``: the filter of the first load (every deal when None)."""
        super().__init__(parent)
        self.runner = runner
        self.fetches = 0
        self._filter = flt or OpportunityFilter()
        self._sort = service.DEFAULT_SORT
        self._descending = False
        self._total = 0
        self._pages: OrderedDict[int, list[OpportunityRow]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._reloading = False
        if auto_reload:
            runner.changed.connect(self.refresh)

    # --- what is shown ------------------------------------------------------------------------------------
    def filter(self) -> OpportunityFilter:
        return self._filter

    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def total(self) -> int:
        return self._total

    def is_loading(self) -> bool:
        return self._reloading

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def set_filter(self, flt: OpportunityFilter) -> None:
        self._filter = flt
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        key = (SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if key == (self._sort, self._descending) and self._generation:
            return  # QTableView.sortByColumn asks twice (directly and through the header's signal)
        self._sort, self._descending = key
        self.reload()

    def row_at(self, row: int) -> OpportunityRow | None:
        """The row at this position if its page is loaded, else None."""
        page = self._pages.get(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if page is not None and offset < len(page) else None

    def row_for_id(self, opportunity_id: int) -> int | None:
        """The position of a loaded row with this id, or None."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == opportunity_id:
                    return number * PAGE_SIZE + offset
        return None

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Count and fetch the first page again from scratch (new filter or sort): the view resets."""
        self._start(reset=True)

    def refresh(self) -> None:
        """Re-read after an edit: the view keeps its place and selection when the count has not changed."""
        self._start(reset=False)

    def _start(self, *, reset: bool) -> None:
        self._generation += 1
        self._reloading = True
        generation = self._generation
        self.fetches += 1
        self.runner.run(first_page(self._filter, self._sort, self._descending,
                                   lambda: generation != self._generation),
                        lambda result: self._on_first_page(generation, result, reset),
                        lambda exc: self._on_failed(generation, exc))

    def _on_first_page(self, generation: int, result: tuple[int, list[OpportunityRow]], reset: bool) -> None:
        if not isValid(self) or generation != self._generation:
            return  # closed, or a newer filter or sort is on its way
        total, rows = result
        self._reloading = False
        if reset or total != self._total:
            self.beginResetModel()
            self._store(total, rows)
            self.endResetModel()
        else:
            self._store(total, rows)
            if total:
                self.dataChanged.emit(self.index(0, 0), self.index(total - 1, self.columnCount() - 1))
        self.loaded.emit()

    def _store(self, total: int, rows: list[OpportunityRow]) -> None:
        self._total = total
        self._pages = OrderedDict({0: rows}) if rows else OrderedDict()
        self._requested = set(self._pages)

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if isValid(self) and generation == self._generation:
            self._reloading = False
            self.failed.emit(user_message(exc))

    def _request(self, number: int) -> None:
        self._requested.add(number)
        self.fetches += 1
        generation = self._generation
        fetch = page_of(self._filter, self._sort, self._descending, number, lambda: generation != self._generation)
        self.runner.run(fetch, lambda rows: self._on_page(generation, number, rows),
                        lambda exc: self._on_failed(generation, exc))

    def _on_page(self, generation: int, number: int, rows: list[OpportunityRow]) -> None:
        if not isValid(self) or generation != self._generation or number not in self._requested:
            return
        self._pages[number] = rows
        self._evict(keep=number)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _evict(self, keep: int) -> None:
        while len(self._pages) > MAX_PAGES:
            oldest = next(number for number in self._pages if number != keep)
            del self._pages[oldest]
            self._requested.discard(oldest)

    def _row_or_request(self, row: int) -> OpportunityRow | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            if number not in self._requested and not self._reloading:
                self._request(number)
            return None
        self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # --- QAbstractTableModel ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SORT_KEYS)

    def column_titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Account"), self.tr("Owner"), self.tr("Team"), self.tr("Stage"),
                self.tr("Amount"), self.tr("Probability"), self.tr("Expected close"), self.tr("Closed"),
                self.tr("Created")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row_or_request(index.row())
        if row is None:
            return self.tr("Loading…") if column == self.NAME and role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return self.display(row, column)

    def display(self, row: OpportunityRow, column: int) -> str:
        if column == self.AMOUNT:
            return "" if row.amount is None else format_money(row.amount, row.currency)
        if column == self.PROBABILITY:
            return "" if row.probability is None else self.tr("{percent}%").format(percent=row.probability)
        texts: tuple[str | date | None, ...] = (
            row.name, row.account, row.owner, row.team, row.stage, None, None, row.expected_close_date,
            row.closed_date, row.created_date)
        value = texts[column]
        return value.isoformat() if isinstance(value, date) else value or ""

    def tooltip(self, row: OpportunityRow, column: int) -> str | None:
        if column == self.STAGE and row.stage_kind != "open":
            return self.tr("Closed on {date}").format(date=row.closed_date.isoformat() if row.closed_date else "")
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column in (self.AMOUNT, self.PROBABILITY) else ALIGN_LEFT
