"""The import wizard's mapping step: a read-only text table (file sample, rejected rows), the column mapping
(one combo per file header) and the stage matches (one combo per stage value). The page that holds them is
``preview_page.PreviewPage``; the kind and field labels are in ``labels``."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from salesmgr.exchange.imports.kinds import KINDS
from salesmgr.exchange.read.table import Cell
from salesmgr.views.exchange.labels import field_label
from salesmgr.views.widgets.edit_dialog import ERROR_STYLE
from salesmgr.views.widgets.row_table_model import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    RowTableModel,
    make_table_view,
    sorting_proxy,
)

NEW = None  # the data of "(ignore)", "(add as new stage)": no existing field or stage


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def cell_text(value: Cell) -> str:
    """A cell as the wizard shows it: dates in ISO form, whole floats without ".0", None as blank."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal):
        return f"{value:,}"
    return str(value)


@dataclass(frozen=True)
class TextRow:
    """One row of a read-only text table; ``id`` is its position, ``sort`` the values columns sort by."""

    id: int
    cells: tuple[str, ...]
    sort: tuple[Any, ...]
    active: bool = True


class TextTableModel(RowTableModel[TextRow]):
    """A read-only table of text under the given column titles (the file sample, the rejected rows); the
    ``right`` columns (amounts) are right-aligned."""

    def __init__(self, titles: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = list(titles)
        self._right: frozenset[int] = frozenset()

    def set_table(self, titles: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[int] = ()) -> None:
        self._titles = list(titles)
        self._right = frozenset(right)
        self.set_rows([TextRow(i, tuple(cell_text(c) for c in row), tuple(_sortable(c) for c in row))
                       for i, row in enumerate(rows)])

    def column_titles(self) -> list[str]:
        return self._titles

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column in self._right else ALIGN_LEFT

    def display(self, row: TextRow, column: int) -> str:
        return row.cells[column] if column < len(row.cells) else ""

    def sort_value(self, row: TextRow, column: int) -> Any:
        return row.sort[column] if column < len(row.sort) else ""


def text_view(model: TextTableModel, *, sortable: bool = True, stretch: bool = False) -> QTableView:
    """A read-only table over ``model`` through a sorting proxy; unsortable tables keep the model's order,
    ``stretch`` shares the width out between the columns."""
    proxy = sorting_proxy(model, model)
    view = make_table_view(proxy, ())
    if stretch:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    if not sortable:
        view.setSortingEnabled(False)
        proxy.sort(-1)
    return view


def _sortable(value: Cell) -> Any:
    return value if isinstance(value, int | float | Decimal) and not isinstance(value, bool) else cell_text(value)


class ChoiceCombo(QComboBox):
    """A combo in a scrolling table: the mouse wheel scrolls the table unless the combo has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ComboTable(QTableWidget):
    """Two columns: a value from the file, and a combo choosing what it becomes; ``changed`` on every choice."""

    changed = Signal()

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(titles), parent)
        self.setHorizontalHeaderLabels(list(titles))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self._keys: list[str] = []

    def set_choices(self, keys: Sequence[str], extra: Sequence[Sequence[str]],
                    choices: Sequence[tuple[str, str | None]], selected: dict[str, str | None]) -> None:
        """One row per key: the key, any ``extra`` columns, then a combo of ``(label, data)`` choices."""
        self._keys = list(keys)
        self.setRowCount(len(keys))
        for row, key in enumerate(keys):
            for column, text in enumerate([key, *extra[row]]):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
            self.setCellWidget(row, self.columnCount() - 1, self._combo(choices, selected.get(key)))

    def _combo(self, choices: Sequence[tuple[str, str | None]], data: str | None) -> QComboBox:
        combo = ChoiceCombo()
        with QSignalBlocker(combo):
            for label, value in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(data), 0))
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def combo(self, key: str) -> QComboBox:
        widget = self.cellWidget(self._keys.index(key), self.columnCount() - 1)
        assert isinstance(widget, QComboBox)
        return widget

    def keys(self) -> list[str]:
        return list(self._keys)

    def choices(self) -> dict[str, str | None]:
        """Each key -> the data of its chosen item (None for "(ignore)" / "(add as new …)")."""
        return {key: self.combo(key).currentData() for key in self._keys}


class MappingTable(ComboTable):
    """File header, an example value, and the field it imports as (required fields marked with *)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Column in the file"), self.tr("Example"), self.tr("Imports as")], parent)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(1, 200)

    def show_mapping(self, kind: str, headers: list[str], examples: list[str],
                     mapping: dict[str, str | None]) -> None:
        spec = KINDS[kind]
        choices: list[tuple[str, str | None]] = [(self.tr("(ignore)"), NEW)]
        choices += [(field_label(f.name) + (" *" if f.required else ""), f.name) for f in spec.fields]
        self.set_choices(headers, [[example] for example in examples], choices, mapping)
