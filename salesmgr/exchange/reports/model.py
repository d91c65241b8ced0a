"""What a report is, as plain data: sheets of key-value blocks and tables with formula columns, totals and charts.

The writer (``writer.py``) is the only code that knows about Excel. Formula expressions are Excel formulas
without the leading ``=`` in which operands are placeholders the writer replaces by the A1 reference of the cell
where the operand was written:

* ``{col}``: the cell of column ``col`` in the same row (in a totals row: that totals row's cell);
* ``{col@+1}`` / ``{col@-1}``: the cell of column ``col`` one data row further down / up in the same table;
* ``{table:col@3}``: data row 3 (0-based) of column ``col`` of the table keyed ``table``, on any sheet;
  ``{table:col@total}`` is its totals row, and ``{table:col@row}`` its data row with the index of the row being
  written (a summary table over another table's rows, in the same order);
* ``{$name}``: the value cell of the key-value item named ``name`` (also a workbook defined name), e.g. a
  parameter such as a weight.

Example: attainment ``IF({quota}>0,{won}/{quota},"no quota")``; a payout
``{target}*({$w_sales}*MIN({attainment},{$cap})+{$w_csat}*{csat_score})``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from salesmgr.exchange.export.columns import ColumnType

CellValue = str | int | float | Decimal | date | datetime | None


@dataclass(frozen=True)
class Column:
    """One table column. ``formula`` makes it a formula column: each row's cell is that expression, except in
    rows whose value for the column is None, which stay blank (the row's other value is what salesmgr computed,
    kept for reference). ``row_formulas`` gives some data rows (by 0-based index) their own expression instead
    of ``formula``. MONEY values are Decimals in ``currency``; ``places`` is for NUMBER columns; ``width`` is a
    minimum width in characters. ``locked``: a read-only column (an approved quarter): grey, and its cells stay
    protected on a sheet with ``Sheet.protected`` (the other cells are unlocked). ``folded``: the column sits in
    a collapsed outline group (Excel's + above the columns unfolds it), like the planning grid's months."""

    key: str
    header: str
    type: ColumnType = ColumnType.TEXT
    currency: str | None = None
    formula: str | None = None
    places: int = 1
    width: int | None = None
    row_formulas: tuple[tuple[int, str], ...] = ()
    locked: bool = False
    folded: bool = False

    def formula_for(self, index: int) -> str | None:
        """The expression of data row ``index``: its own from ``row_formulas``, else the column's."""
        return dict(self.row_formulas).get(index, self.formula)


class TotalKind(StrEnum):
    SUM = "sum"
    FORMULA = "formula"
    LABEL = "label"


@dataclass(frozen=True)
class Total:
    """A totals-row cell: SUM of the column's rows, a formula over the totals row (``{won}/{quota}``), or a
    text label (``{group}`` in it becomes the group's name in a subtotal row)."""

    kind: TotalKind
    text: str = ""


SUM = Total(TotalKind.SUM)


def total_formula(expression: str) -> Total:
    return Total(TotalKind.FORMULA, expression)


def total_label(text: str) -> Total:
    return Total(TotalKind.LABEL, text)


@dataclass(frozen=True)
class Thresholds:
    """Red below ``amber_from``, amber from it up to ``green_from``, green from ``green_from`` on (numbers only)."""

    column: str
    amber_from: float
    green_from: float


class Colour(StrEnum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    GREY = "grey"


@dataclass(frozen=True)
class TextColours:
    """Fills for the cells of ``column`` whose text is one of ``colours``' keys (a status column: "on track" green);
    conditional formatting, so it follows an edit."""

    column: str
    colours: tuple[tuple[str, Colour], ...]


@dataclass(frozen=True)
class BarChart:
    """A native bar chart of ``values`` (column keys) per ``category`` over the table's data rows (a table with
    ``group_by`` cannot have one: its subtotal rows sit between the data rows)."""

    title: str
    category: str
    values: tuple[str, ...]
    y_title: str = ""


@dataclass(frozen=True)
class Table:
    """Rows are sequences of plain values in column order. With ``group_by`` (a column key) the rows come
    sorted by that column and a subtotal row (the ``totals`` specification, with ``subtotal_label`` in the group
    column instead of the labels) follows each group; the grand total then adds the subtotal rows.
    ``more_totals`` are further totals rows under the grand total, each specified like ``totals`` (a SUM in them
    adds the same rows as the grand total; a formula picks its own cells, e.g. ``SUM({amount@0}:{amount@3})``)."""

    key: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[CellValue]]
    title: str = ""
    totals: dict[str, Total] | None = None
    group_by: str | None = None
    thresholds: tuple[Thresholds, ...] = ()
    chart: BarChart | None = None
    subtotal_label: str | None = None  # "{group} total" in the report's language
    more_totals: tuple[dict[str, Total], ...] = ()
    text_colours: tuple[TextColours, ...] = ()

    def index(self, key: str) -> int:
        for position, column in enumerate(self.columns):
            if column.key == key:
                return position
        raise KeyError(f"table {self.key} has no column {key}")


@dataclass(frozen=True)
class KeyValue:
    """One line of a key-value block. ``name`` makes the value cell referable as ``{$name}`` (and a defined name);
    ``formula`` writes an expression instead of ``value`` (which stays as salesmgr's figure for reference);
    ``note`` is shown beside it (e.g. why a value is missing)."""

    label: str
    value: CellValue
    type: ColumnType = ColumnType.TEXT
    currency: str | None = None
    name: str | None = None
    formula: str | None = None
    note: str = ""
    places: int = 1


@dataclass(frozen=True)
class KeyValues:
    items: tuple[KeyValue, ...]
    title: str = ""


Block = KeyValues | Table


@dataclass(frozen=True)
class Sheet:
    """``protected``: Excel's sheet protection is on, with only the cells of ``Column.locked`` columns locked (a
    hint for the person editing: nothing stops them from unprotecting it)."""

    name: str
    blocks: tuple[Block, ...]
    protected: bool = False


@dataclass(frozen=True)
class Report:
    title: str
    period: str
    filters: tuple[str, ...]
    generated_at: datetime
    sheets: tuple[Sheet, ...] = field(default_factory=tuple)
