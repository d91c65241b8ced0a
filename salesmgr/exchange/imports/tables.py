"""What a kind imported as a whole table (not row by row: ``history``, ``rates_file``) is given: the rows that
parsed, each with its cells and typed values, and how to reject one of them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from salesmgr.exchange.imports.results import ImportOptions, ImportResult, Reject
from salesmgr.exchange.read.table import Cell
from salesmgr.models.errors import UserError


@dataclass(frozen=True)
class ParsedRow:
    row: int  # file row number (1-based, as a spreadsheet shows it)
    cells: list[Cell]
    values: dict[str, Any]  # field -> parsed value (None: empty or no column)


@dataclass(frozen=True)
class ParsedTable:
    rows: list[ParsedRow]  # the rows whose values all parsed, in file order
    headers: dict[str, str]  # field -> the file's header that feeds it
    source: str  # the file's source system (see ``importer``)
    options: ImportOptions

    def reject(self, result: ImportResult, row: ParsedRow, error: UserError, field: str = "") -> None:
        """Reject ``row`` for ``error``, naming the column of ``field`` and its value when given."""
        header = self.headers.get(field, "")
        value = row.values.get(field)
        shown = "" if value is None else str(value)
        result.reject_row(row.row, row.cells, [Reject(row.row, header, shown, str(error), error)])
