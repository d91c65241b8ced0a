"""Where each block of a report lands on its sheet, and formula placeholders turned into A1 references.

Everything is placed before anything is written, so a formula may refer to a cell of a block further down or on
another sheet.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter, quote_sheetname

from salesmgr.exchange.reports.model import KeyValues, Report, Table

_PLACEHOLDER = re.compile(r"\{(\$)?([A-Za-z_]\w*)(?::([A-Za-z_]\w*))?(?:@([+-]\d+|\d+|total|row))?\}")
BLOCK_GAP = 1  # empty rows between blocks


@dataclass
class Group:
    value: object
    row: int  # the subtotal row
    members: list[int]  # data row indexes of the group


@dataclass
class TablePlace:
    sheet: str
    table: Table
    header_row: int
    data_rows: list[int] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    total_row: int | None = None
    more_total_rows: list[int] = field(default_factory=list)  # one per ``Table.more_totals``, under total_row

    @property
    def last_row(self) -> int:
        rows = [self.header_row, *self.data_rows, *(g.row for g in self.groups), *self.more_total_rows]
        return max(rows + ([self.total_row] if self.total_row else []))

    def column(self, key: str) -> int:
        return self.table.index(key) + 1


@dataclass
class ValuesPlace:
    sheet: str
    block: KeyValues
    first_row: int

    def value_cell(self, index: int) -> tuple[int, int]:
        return self.first_row + index, 2


@dataclass
class SheetLayout:
    title: str
    header_rows: int  # title, period, filters, generated-at
    places: list[TablePlace | ValuesPlace] = field(default_factory=list)


def _place_table(sheet: str, table: Table, row: int) -> TablePlace:
    if table.title:
        row += 1
    place = TablePlace(sheet, table, header_row=row)
    row += 1
    if table.group_by is None:
        place.data_rows = list(range(row, row + len(table.rows)))
        row += len(table.rows)
    else:
        place.data_rows = [0] * len(table.rows)
        for value, members in _groups(table):
            for index in members:
                place.data_rows[index] = row
                row += 1
            place.groups.append(Group(value, row, members))
            row += 1
    if table.totals:
        place.total_row = row
        row += 1
    place.more_total_rows = list(range(row, row + len(table.more_totals)))
    return place


def _groups(table: Table) -> Iterator[tuple[object, list[int]]]:
    """Consecutive runs of rows with the same ``group_by`` value."""
    assert table.group_by is not None
    position = table.index(table.group_by)
    current: list[int] = []
    for index, row in enumerate(table.rows):
        if current and table.rows[current[0]][position] != row[position]:
            yield table.rows[current[0]][position], current
            current = []
        current.append(index)
    if current:
        yield table.rows[current[0]][position], current


def lay_out(report: Report, titles: list[str]) -> list[SheetLayout]:
    """The places of every block; ``titles`` are the sanitised sheet names, one per sheet."""
    layouts = []
    header_rows = 3 + len(report.filters)
    for sheet, title in zip(report.sheets, titles, strict=True):
        layout = SheetLayout(title, header_rows)
        row = header_rows + 1 + BLOCK_GAP
        for block in sheet.blocks:
            if isinstance(block, Table):
                place: TablePlace | ValuesPlace = _place_table(title, block, row)
            else:
                place = ValuesPlace(title, block, row + (1 if block.title else 0))
            layout.places.append(place)
            row = _last_row(place) + 1 + BLOCK_GAP
        layouts.append(layout)
    return layouts


def _last_row(place: TablePlace | ValuesPlace) -> int:
    if isinstance(place, TablePlace):
        return place.last_row
    return place.first_row + len(place.block.items) - 1


class FormulaError(ValueError):
    """A placeholder that names no column, table or named value (a bug in a report definition)."""


class Resolver:
    """Turns the placeholders of an expression into A1 references from the layouts."""

    def __init__(self, layouts: list[SheetLayout]) -> None:
        self.tables: dict[str, TablePlace] = {}
        self.names: dict[str, tuple[str, int, int]] = {}
        for layout in layouts:
            for place in layout.places:
                if isinstance(place, TablePlace):
                    self.tables[place.table.key] = place
                    continue
                for index, item in enumerate(place.block.items):
                    if item.name:
                        self.names[item.name] = (place.sheet, *place.value_cell(index))

    def formula(self, expression: str, sheet: str, table: TablePlace | None = None, row: int = 0,
                data_index: int | None = None) -> str:
        """``=`` + ``expression`` with each placeholder replaced; ``row`` is the row being written, and
        ``data_index`` its index among the table's data rows (None in a totals row)."""
        def replace(match: re.Match[str]) -> str:
            return self._reference(match, sheet, table, row, data_index)

        return "=" + _PLACEHOLDER.sub(replace, expression)

    def named_cell(self, name: str) -> str:
        sheet, row, column = self.names[name]
        return f"{quote_sheetname(sheet)}!${get_column_letter(column)}${row}"

    def _reference(self, match: re.Match[str], sheet: str, table: TablePlace | None, row: int,
                   data_index: int | None) -> str:
        named, first, second, offset = match.groups()
        if named:
            if first not in self.names:
                raise FormulaError(f"no named value {first}")
            target_sheet, target_row, target_column = self.names[first]
            return _a1(target_sheet, target_row, target_column, sheet, absolute=True)
        place = self.tables.get(first) if second else table
        key = second or first
        if place is None:
            raise FormulaError(f"no table for {match.group(0)}")
        target_row = self._row(place, offset, table is place and not second, row, data_index, match.group(0))
        try:
            column = place.column(key)
        except KeyError as exc:
            raise FormulaError(str(exc)) from exc
        return _a1(place.sheet, target_row, column, sheet, absolute=False)

    @staticmethod
    def _row(place: TablePlace, offset: str | None, same_table: bool, row: int, data_index: int | None,
             text: str) -> int:
        if offset is None and same_table:
            return row
        if offset == "total" and place.total_row is not None:
            return place.total_row
        if offset == "row" and data_index is not None:
            index = data_index
        elif offset is not None and offset[0] in "+-" and same_table and data_index is not None:
            index = data_index + int(offset)
        elif offset is not None and offset.isdigit():
            index = int(offset)
        else:
            raise FormulaError(f"cannot place {text}")
        if not 0 <= index < len(place.data_rows):
            raise FormulaError(f"{text} is outside the table")
        return place.data_rows[index]


def _a1(target_sheet: str, row: int, column: int, sheet: str, *, absolute: bool) -> str:
    letter = get_column_letter(column)
    reference = f"${letter}${row}" if absolute else f"{letter}{row}"
    return reference if target_sheet == sheet else f"{quote_sheetname(target_sheet)}!{reference}"
