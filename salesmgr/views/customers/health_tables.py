"""The Health tab's tables: small read-only QTableWidgets filled from plain rows, sorting by the cells' values."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from salesmgr.models.customers.health import AccountHealth, HealthPart, band_label

BAND_COLOURS = {"healthy": "#2e7d32", "watch": "#a66f00", "at_risk": "#c0392b"}
Cell = tuple[str, Any]  # the text shown and the value it sorts by


class SortItem(QTableWidgetItem):
    """A cell that sorts by its value (numbers as numbers, None first) rather than by its text."""

    def __init__(self, text: str, value: Any) -> None:
        super().__init__(text)
        self.value = value

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.value, getattr(other, "value", other.text())
        if mine is None or theirs is None:
            return mine is None and theirs is not None
        try:
            return bool(mine < theirs)
        except TypeError:
            return str(mine) < str(theirs)


def make_table(titles: Sequence[str], right: Sequence[int] = (), *, sortable: bool = True) -> QTableWidget:
    table = QTableWidget(0, len(titles))
    table.setHorizontalHeaderLabels(list(titles))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # the rows' own order at first
    table.setProperty("right_columns", list(right))
    table.setProperty("sortable", sortable)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[Cell]], colours: Sequence[str | None] = (),
         ids: Sequence[int] = ()) -> None:
    """Replace the rows; ``colours[i]`` colours row i's text (None: the default), ``ids[i]`` is kept in row i's
    first cell (``Qt.UserRole``)."""
    right = set(table.property("right_columns") or [])
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        colour = colours[row] if row < len(colours) else None
        for column, (text, value) in enumerate(cells):
            item = SortItem(text, value)
            if column in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colour:
                item.setForeground(QColor(colour))
            if column == 0 and row < len(ids):
                item.setData(Qt.ItemDataRole.UserRole, ids[row])
            table.setItem(row, column, item)
    table.setSortingEnabled(bool(table.property("sortable")))
    table.resizeColumnsToContents()


def score_cell(health: AccountHealth) -> Cell:
    text = QCoreApplication.translate("HealthTab", "n/a") if health.score is None else str(health.score)
    return text, health.score


def band_cell(health: AccountHealth) -> Cell:
    return band_label(health.band), (None if health.band is None else ("at_risk", "watch", "healthy").index(
        health.band))


def renewal_cell(health: AccountHealth) -> Cell:
    return (health.renewal_date.isoformat() if health.renewal_date else ""), health.renewal_date


def points_text(part: HealthPart) -> str:
    if part.points is None:
        return QCoreApplication.translate("HealthTab", "missing")
    return str(part.points.quantize(Decimal(1), ROUND_HALF_UP))


def weakest(health: AccountHealth, count: int = 2) -> str:
    """The labels of the ``count`` known inputs with the fewest points, weakest first."""
    known = sorted((part for part in health.parts if part.points is not None), key=lambda part: part.points or 0)
    return ", ".join(f"{part.label} {points_text(part)}" for part in known[:count])


def account_rows(healths: Sequence[AccountHealth]) -> list[list[Cell]]:
    return [[(h.account, h.account.casefold()), (h.owner or "", h.owner or ""), score_cell(h), band_cell(h),
             renewal_cell(h)] for h in healths]


def watch_rows(healths: Sequence[AccountHealth]) -> list[list[Cell]]:
    return [[renewal_cell(h), (h.account, h.account.casefold()), (h.owner or "", h.owner or ""), score_cell(h),
             (weakest(h), None)] for h in healths]


def part_rows(health: AccountHealth) -> list[list[Cell]]:
    return [[(part.label, part.label), (str(part.weight), part.weight),
             (part.value if part.value is not None else QCoreApplication.translate("HealthTab", "missing"), part.value),
             (points_text(part), part.points)] for part in health.parts]


def band_colour(health: AccountHealth) -> str | None:
    return BAND_COLOURS.get(health.band or "")
