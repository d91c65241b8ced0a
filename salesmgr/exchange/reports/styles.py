"""Cell values, fonts and fills, column widths and unique sheet names for the report writer; the number formats,
display widths and sheet name rules come from ``exchange.export.columns``."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, PatternFill

from salesmgr.exchange.export.columns import (
    SHEET_NAME_LIMIT,
    ColumnType,
    display_width,
    number_format,
    sanitize_sheet_name,
)
from salesmgr.exchange.export.workbook import FORMULA_STARTS
from salesmgr.exchange.reports.model import CellValue
from salesmgr.models.money import DEFAULT_CURRENCY, exponent, quantize

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
RED = PatternFill("solid", fgColor="F8CBAD", bgColor="F8CBAD")
AMBER = PatternFill("solid", fgColor="FFE699", bgColor="FFE699")
GREEN = PatternFill("solid", fgColor="C6EFCE", bgColor="C6EFCE")
GREY = PatternFill("solid", fgColor="D9D9D9", bgColor="D9D9D9")  # a locked (read-only) column
MAX_WIDTH = 60


def cell_value(value: CellValue, kind: ColumnType, currency: str | None = None) -> CellValue:
    """What goes into the cell: Decimal money rounded to the currency's places, then a float (only here)."""
    if isinstance(value, Decimal):
        if kind is ColumnType.MONEY:
            value = quantize(value, currency or DEFAULT_CURRENCY)
        return float(value)
    return value


def put(cell: Cell, value: CellValue, kind: ColumnType, currency: str | None = None, places: int = 1) -> None:
    """Write a value; text that a spreadsheet would read as a formula stays literal text (formula injection)."""
    cell.value = cell_value(value, kind, currency)
    if isinstance(value, str):
        put_text(cell, value)
    elif value is not None:
        cell.number_format = number_format(kind, currency, places=places)


def put_text(cell: Cell, text: str) -> None:
    cell.value = text
    if text.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # openpyxl stores text starting with "=" as a formula otherwise


def shown_text(value: CellValue, kind: ColumnType, currency: str | None = None, places: int = 1) -> str:
    """Roughly what Excel shows for a value, to size the column."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if kind is ColumnType.MONEY:
        return f"{float(value):,.{exponent(currency or DEFAULT_CURRENCY)}f}"
    if kind is ColumnType.PERCENT:
        return f"{float(value):.1%}"
    if kind is ColumnType.NUMBER:
        return f"{float(value):,.{places}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def column_width(texts: list[str], minimum: int | None = None) -> float:
    """A width that fits the longest text plus a margin, within sensible bounds."""
    longest = max((display_width(text) for text in texts), default=0)
    return float(min(max(longest + 2, minimum or 0, 8), MAX_WIDTH))


def sheet_names(names: list[str]) -> list[str]:
    """Valid, unique sheet names: none of ``[]:*?/\\``, no quote at either end, at most 31 characters."""
    found: list[str] = []
    taken: set[str] = set()
    for name in names:
        clean = sanitize_sheet_name(name)
        candidate = clean
        number = 2
        while candidate.casefold() in taken:  # Excel compares sheet names case-insensitively
            suffix = f" ({number})"
            candidate = clean[:SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
            number += 1
        taken.add(candidate.casefold())
        found.append(candidate)
    return found
