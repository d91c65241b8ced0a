"""The planning grid's table model over a ``PlanGrid``.

Definitions:

* Rows: for each team a subtotal row (bold) followed by its reps, the reps on no team under an "No team" row,
  and last the company's total row. Columns: the rep (or team), the fiscal year's four quarters, the year total;
  with ``show_months`` each quarter is followed by its three months (``2026-01``).
* A *cell* is one rep in one period (a quarter or a month); only cells are editable, and not those of a locked
  quarter or of a month in one (the model's flags say so, and ``apply`` refuses them, so no view or paste can
  change them). A month cell is blank when the rep has no month row (months are an optional breakdown).
* A team's subtotal of a period is the sum of its reps' cells (of a month: blank when none of them has a month
  row); the company's total the sum of every quarter cell; the year total of a row the sum of its quarters (months
  are never added in); gap = target - company total. All are computed from the cells on every read, so they
  follow each edit at once.
* A rep's quarter whose months do not add up to it (``plan.load_plan``'s ``month_mismatch`` rule: at least one
  month row, and their sum differs from the quarter's quota) is amber, its tooltip saying what the months add up
  to.
* Every change goes through ``apply`` (the undo commands call it); it emits ``cells_changed`` with the changes as
  ``QuotaChange`` values, which the page saves.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from salesmgr.i18n import language
from salesmgr.models.goals.plan import PlanGrid, QuotaChange
from salesmgr.models.money import format_money, format_money_short
from salesmgr.views.goals.loaders import AmountError, parse_amount

Index = QModelIndex | QPersistentModelIndex
ZERO = Decimal(0)
TOTAL_GROUP = -1  # the company total's group in the sums (team ids are positive; reps on no team have None)
LOCKED_BRUSH = QBrush(QColor("#eeeeee"))
LOCKED_TEXT = QBrush(QColor("#777777"))
TOTAL_BRUSH = QBrush(QColor("#f3f6fa"))
MISMATCH_BRUSH = QBrush(QColor("#ffe8b3"))


@dataclass(frozen=True)
class GridRow:
    """``kind``: "team" (a subtotal), "rep" or "total"; ``team_id`` of the team (None: no team)."""

    kind: str
    name: str
    team_id: int | None = None
    rep_id: int | None = None


Cell = tuple[int, str]  # rep id, period key (a quarter's or a month's)


class PlanModel(QAbstractTableModel):
    REP, YEAR = 0, 5  # YEAR: the year column while the months are hidden (``year_column`` in general)
    cells_changed = Signal(list)  # list[QuotaChange]
    totals_changed = Signal()
    refused = Signal(str)  # why a typed value was not taken

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: PlanGrid | None = None
        self.grid_rows: list[GridRow] = []
        self.values: dict[Cell, Decimal] = {}
        self._sums: dict[tuple[int | None, str], Decimal] | None = None  # (team id or TOTAL_GROUP, key): the sum
        self.quarter_keys: list[str] = []
        self.month_keys: dict[str, list[str]] = {}  # quarter key -> its month keys
        self.quarter_of_month: dict[str, str] = {}
        self.columns: list[str] = []  # the period key of columns 1..n
        self.show_months = False
        self.locked: frozenset[str] = frozenset()
        self.currency = "CNY"
        self.short = False  # short money (626.07万) where the grid is narrow

    # --- loading -----------------------------------------------------------------------------------------------
    def set_grid(self, grid: PlanGrid) -> None:
        """Show ``grid``; when the rows and columns stay the same only the figures are refreshed (the selection
        and the scroll position stay)."""
        rows = self._rows_of(grid)
        keys = [q.key for q in grid.quarters]
        same = rows == self.grid_rows and keys == self.quarter_keys
        if not same:
            self.beginResetModel()
        self.grid, self.grid_rows, self.quarter_keys = grid, rows, keys
        self.month_keys = {q.key: [m.key for m in q.months()] for q in grid.quarters}
        self.quarter_of_month = {m: q for q, months in self.month_keys.items() for m in months}
        self.columns = self._columns()
        known = set(keys) | set(self.quarter_of_month)
        self.values = {(rep, key): amount for (rep, key), amount in grid.quotas.items() if key in known}
        self._sums = None
        self.locked, self.currency = grid.locked, grid.currency
        if same:
            self._refresh_all()
        else:
            self.endResetModel()
        self.totals_changed.emit()

    def set_show_months(self, show: bool) -> None:
        """Show or hide the month columns after each quarter."""
        if show == self.show_months:
            return
        self.beginResetModel()
        self.show_months = show
        self.columns = self._columns()
        self.endResetModel()

    def _columns(self) -> list[str]:
        if not self.show_months:
            return list(self.quarter_keys)
        return [key for quarter in self.quarter_keys for key in [quarter, *self.month_keys.get(quarter, [])]]

    @property
    def year_column(self) -> int:
        return len(self.columns) + 1

    def _rows_of(self, grid: PlanGrid) -> list[GridRow]:
        rows = []
        for team in grid.teams:
            rows.append(GridRow("team", team.name or self.tr("No team"), team.team_id))
            rows.extend(GridRow("rep", rep.name, team.team_id, rep.rep_id) for rep in team.reps)
        rows.append(GridRow("total", self.tr("Company total")))
        return rows

    def _refresh_all(self) -> None:
        if self.grid_rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.grid_rows) - 1, self.year_column))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.year_column)

    # --- figures ---------------------------------------------------------------------------------------------
    def key_of(self, column: int) -> str | None:
        """The period key (a quarter's or a month's) of a column, None for the name and year columns."""
        return self.columns[column - 1] if 1 <= column <= len(self.columns) else None

    def quarter_of(self, column: int) -> str | None:
        """The quarter a column shows or belongs to (a month column: its quarter)."""
        key = self.key_of(column)
        return None if key is None else self.quarter_of_month.get(key, key)

    def column_of(self, key: str) -> int:
        return self.columns.index(key) + 1

    def period_count(self) -> int:
        return len(self.columns)

    def cell_at(self, row: int, column: int) -> Cell | None:
        """The (rep, period) cell at a position, None for a subtotal, a total or the name and year columns."""
        quarter = self.key_of(column)
        if quarter is None or not 0 <= row < len(self.grid_rows) or self.grid_rows[row].rep_id is None:
            return None
        rep_id = self.grid_rows[row].rep_id
        assert rep_id is not None
        return rep_id, quarter

    def is_locked(self, key: str) -> bool:
        """Whether the quarter ``key`` (or the quarter of the month ``key``) is locked."""
        return self.quarter_of_month.get(key, key) in self.locked

    def month_sum(self, rep_id: int, quarter_key: str) -> Decimal | None:
        """What the rep's month rows of the quarter add up to when they do not add up to its quota (module docs),
        else None."""
        months = [self.values[rep_id, m] for m in self.month_keys.get(quarter_key, []) if (rep_id, m) in self.values]
        if not months or sum(months, ZERO) == self.values.get((rep_id, quarter_key)):
            return None
        return sum(months, ZERO)

    def value(self, row: int, column: int) -> Decimal | None:
        """A cell's quota (None: none), a subtotal, the total, or a row's year total."""
        grid_row = self.grid_rows[row]
        keys = self.quarter_keys if column == self.year_column else [key for key in [self.key_of(column)] if key]
        if grid_row.kind == "rep":
            assert grid_row.rep_id is not None
            found = [self.values[grid_row.rep_id, key] for key in keys if (grid_row.rep_id, key) in self.values]
            return sum(found, ZERO) if found else None
        sums, group = self._group_sums(), TOTAL_GROUP if grid_row.kind == "total" else grid_row.team_id
        if keys and keys[0] in self.quarter_of_month and (group, keys[0]) not in sums:
            return None  # a month none of the group's reps has a row for
        return sum((sums.get((group, key), ZERO) for key in keys), ZERO)

    def _group_sums(self) -> dict[tuple[int | None, str], Decimal]:
        """Each team's and the company's sum per period key, over the rows that exist; computed once per change
        (a subtotal cell is painted often, and summing every rep for each paint made typing slow)."""
        if self._sums is None:
            team_of = {r.rep_id: r.team_id for r in self.grid_rows if r.kind == "rep"}
            sums: dict[tuple[int | None, str], Decimal] = {}
            for (rep, key), amount in self.values.items():
                if rep in team_of:
                    for group in (team_of[rep], TOTAL_GROUP):
                        sums[group, key] = sums.get((group, key), ZERO) + amount
            self._sums = sums
        return self._sums

    def total(self) -> Decimal:
        """The sum of every quarter cell (month rows are a breakdown, never added in)."""
        quarters = set(self.quarter_keys)
        return sum((amount for (_, key), amount in self.values.items() if key in quarters), ZERO)

    def target(self) -> Decimal | None:
        return None if self.grid is None else self.grid.target

    def gap(self) -> Decimal | None:
        target = self.target()
        return None if target is None else target - self.total()

    def money(self, amount: Decimal) -> str:
        if self.short:
            return format_money_short(amount, self.currency, language())
        if amount == amount.to_integral_value():
            return f"{amount:,.0f}"  # whole amounts without the cents: the grid stays narrow
        return format_money(amount, self.currency).rsplit(" ", 1)[0]

    # --- Qt ----------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.grid_rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.year_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        quarter, key = self.quarter_of(section), self.key_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.REP:
                return self.tr("Rep")
            if section == self.year_column:
                return self.tr("Year ({currency})").format(currency=self.currency)
            return self.tr("{period} locked").format(period=key) if quarter in self.locked else key
        if role == Qt.ItemDataRole.ToolTipRole and quarter in self.locked:
            return self.tr("{period} is locked (approved): unlock it, with a reason, to change it").format(
                period=quarter)
        if role == Qt.ItemDataRole.TextAlignmentRole and section != self.REP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        cell = self.cell_at(index.row(), index.column())
        if cell is not None and not self.is_locked(cell[1]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        grid_row = self.grid_rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.REP:
                return grid_row.name
            amount = self.value(row, column)
            if amount is None:
                return ""
            return str(amount) if role == Qt.ItemDataRole.EditRole else self.money(amount)
        if role == Qt.ItemDataRole.ToolTipRole and column != self.REP:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.REP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and grid_row.kind != "rep":
            font = QFont()
            font.setBold(True)
            return font
        return self._colours(row, column, role)

    def _mismatch(self, row: int, column: int) -> Decimal | None:
        cell = self.cell_at(row, column)
        return None if cell is None or cell[1] not in self.month_keys else self.month_sum(*cell)

    def _tooltip(self, row: int, column: int) -> str | None:
        amount = self.value(row, column)
        text = None if amount is None else format_money(amount, self.currency)
        months = self._mismatch(row, column)
        if months is None:
            return text
        note = self.tr("months add up to {amount}").format(amount=format_money(months, self.currency))
        return note if text is None else f"{text}: {note}"

    def _colours(self, row: int, column: int, role: int) -> Any:
        quarter = self.quarter_of(column)
        locked = quarter is not None and quarter in self.locked
        if role == Qt.ItemDataRole.BackgroundRole:
            if locked:
                return LOCKED_BRUSH
            if self._mismatch(row, column) is not None:
                return MISMATCH_BRUSH
            return TOTAL_BRUSH if self.grid_rows[row].kind != "rep" else None
        if role == Qt.ItemDataRole.ForegroundRole and locked:
            return LOCKED_TEXT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A typed value: through the undo stack when the model has one (``stack``), else applied directly."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        cell = self.cell_at(index.row(), index.column())
        if cell is None or self.is_locked(cell[1]):
            return False
        try:
            amount = parse_amount(str(value))
        except AmountError:
            self.refused.emit(self.tr("{text} is not an amount; write it like 250000, 250,000 or 25万").format(
                text=str(value)))
            return False
        if self.values.get(cell) == amount:
            return False
        editor = getattr(self, "editor", None)
        if editor is not None:
            editor.change({cell: amount}, self.tr("Edit {period}").format(period=cell[1]))
        else:
            self.apply({cell: amount})
        return True

    # --- changes ---------------------------------------------------------------------------------------------
    def refusal(self, cells: Iterable[Cell]) -> str | None:
        """Why ``cells`` cannot be changed (the first locked quarter among them, a month's quarter included), None
        when they can."""
        locked = sorted({self.quarter_of_month.get(key, key) for _, key in cells if self.is_locked(key)})
        if locked:
            return self.tr("{period} is locked; unlock it (with a reason) to change its quotas").format(
                period=locked[0])
        return None

    def apply(self, changes: dict[Cell, Decimal | None], *, save: bool = True) -> None:
        """Set the cells (None clears one), refresh what depends on them, and announce them for saving."""
        if self.refusal(changes) is not None:
            raise ValueError(self.refusal(changes))
        for cell, amount in changes.items():
            if amount is None:
                self.values.pop(cell, None)
            else:
                self.values[cell] = amount
        self._sums = None
        self._refresh_all()
        self.totals_changed.emit()
        if save:
            self.cells_changed.emit([QuotaChange(rep, key, amount) for (rep, key), amount in changes.items()])

    def rep_rows(self) -> list[int]:
        return [row for row, grid_row in enumerate(self.grid_rows) if grid_row.kind == "rep"]

    def current(self, cells: Sequence[Cell]) -> dict[Cell, Decimal | None]:
        return {cell: self.values.get(cell) for cell in cells}
