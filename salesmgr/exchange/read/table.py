"""What a reader hands the importer: one sheet's header and data rows, with file row numbers."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from salesmgr.models.errors import UserError

# A cell as the reader gives it: calamine's Python values, or text for CSV.
Cell = str | int | float | bool | date | datetime | time | None


class ImportFileError(UserError):
    """A file that cannot be imported at all (unreadable, hostile, empty); the CLI exits 2, nothing is written."""


@dataclass
class Table:
    """One sheet of an export. ``rows`` yields ``(file row number, cells)`` for data rows only:
    title rows above the header, blank rows and footer/summary rows ("Total", "合计") are left out."""

    path: Path
    sheet: str | None
    sheet_names: list[str]
    headers: list[str]
    header_row: int  # 1-based row number of the header in the file
    rows: Iterator[tuple[int, list[Cell]]]
    row_count: int  # number of data rows ``rows`` will yield
    skipped_rows: list[int] = field(default_factory=list)  # file row numbers of footer/summary rows left out
    warnings: list[UserError] = field(default_factory=list)  # what reading noticed (control characters removed)
