"""Read-only tables for the account view: headers, rows of text, some columns aligned right."""
from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WIDEST = 220  # a column sized to its contents is kept at most this wide (longer text is elided, in the tooltip)


def text_table(headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    """An empty read-only table with these headers; column ``stretch`` takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    # the column that takes the spare width never gets narrower than its title: the table scrolls instead
    header.setMinimumSectionSize(header.sectionSizeHint(len(headers) - 1 if stretch is None else stretch))
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], right: Collection[int] = (),
         tips: Sequence[str] | None = None) -> None:
    """Replace the table's rows; the columns in ``right`` are aligned right; ``tips`` one tooltip per row."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            item.setToolTip(tips[r] if tips else text)
            table.setItem(r, c, item)
    stretch = [c for c in range(table.columnCount())
               if table.horizontalHeader().sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch]
    for c in range(table.columnCount()):
        if c not in stretch:
            table.resizeColumnToContents(c)
            table.setColumnWidth(c, min(table.columnWidth(c), WIDEST))


def short_deal(name: str, account: str) -> str:
    """A deal's name without the account's name in front ("Apex Ltd - CRM Standard" -> "CRM Standard"), as CRMs
    name deals; the whole name when it does not start so."""
    for separator in (" - ", " – ", "-", ": "):
        prefix = account + separator
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix):]
    return name
