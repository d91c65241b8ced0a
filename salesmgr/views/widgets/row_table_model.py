"""Tables over plain row dataclasses: a shared read-only base model, and helpers for a QTableView that shows
one through a sort/filter proxy. Every page's table model builds on these."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from salesmgr.exchange.export.table_writer import ExportColumn

SORT_ROLE = Qt.ItemDataRole.UserRole  # raw, comparable values for QSortFilterProxyModel.setSortRole
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 1  # typed values (Decimal, date, bool) for "Export to Excel…"
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def active(self) -> bool: ...


R = TypeVar("R", bound=HasId)


class TitledColumns(QAbstractTableModel):
    """A table model whose columns are ``column_titles()``, each aligned by ``alignment(column)``."""

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_LEFT

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_titles())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return self.column_titles()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self.alignment(section)
        return super().headerData(section, orientation, role)


class RowTableModel(TitledColumns, Generic[R]):
    """Read-only table over a list of frozen rows; subclasses say what each cell shows.

    Subclasses implement ``column_titles``, ``display`` and ``sort_value``, and may override
    ``alignment`` and ``tooltip``. Inactive rows are greyed out.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # --- what subclasses provide (and ``column_titles``) ------------------------------------------------
    def display(self, row: R, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: R, column: int) -> Any:
        raise NotImplementedError

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    def export_columns(self) -> list[ExportColumn]:
        """Each column's header and type in an export; text unless a subclass says otherwise."""
        return [ExportColumn(title) for title in self.column_titles()]

    def export_value(self, row: R, column: int) -> Any:
        """The typed value a column exports (the text shown unless a subclass says otherwise)."""
        return self.display(row, column)

    # --- rows -------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, index: Index) -> R:
        return self._rows[index.row()]

    def row_for_id(self, row_id: int) -> int | None:
        """The position of the row with this id, or None."""
        return next((i for i, row in enumerate(self._rows) if row.id == row_id), None)

    # --- QAbstractTableModel ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == EXPORT_ROLE:
            return self.export_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                          QPalette.ColorRole.Text))
        return None


def sorting_proxy(model: QAbstractItemModel, parent: QObject) -> QSortFilterProxyModel:
    """A proxy over ``model`` that sorts by ``SORT_ROLE`` (typed values: numbers as numbers, dates as dates)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    return proxy


def make_table_view(proxy: QSortFilterProxyModel, widths: Sequence[int],
                    view: QTableView | None = None) -> QTableView:
    """A read-only, sortable, single-row-selection table; a width of 0 makes that column stretch. ``view`` is
    the table to set up (a new QTableView unless given, e.g. a FrozenColumnTableView)."""
    view = view if view is not None else QTableView()
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        if width:
            header.resizeSection(column, width)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView, model: RowTableModel[R]) -> R | None:
    """The row selected in ``view``, which shows ``model`` through a proxy."""
    rows, proxy = view.selectionModel().selectedRows(), view.model()
    if not rows or not isinstance(proxy, QSortFilterProxyModel):
        return None
    return model.row_at(proxy.mapToSource(rows[0]))


def select_row(view: QTableView, model: RowTableModel[R], row_id: int) -> bool:
    """Select (and scroll to) the row with this id; False when it is not shown."""
    source_row, proxy = model.row_for_id(row_id), view.model()
    if source_row is None or not isinstance(proxy, QSortFilterProxyModel):
        return False
    index = proxy.mapFromSource(model.index(source_row, 0))
    if not index.isValid():
        return False
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)
    return True
