"""Reading CRM exports (xlsx, xlsm, xls, ods through calamine; CSV/TXT) into a ``Table``: the header row found below
any report title rows, footer and summary rows left out, cells as calamine gives them ("" becomes None).

CSV encoding, mixed encodings and control characters: see ``text``; delimiter detection: ``safety.detect_delimiter``.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import cast

from python_calamine import CalamineWorkbook, PasswordError

from salesmgr.exchange.read import safety
from salesmgr.exchange.read.table import Cell, ImportFileError, Table
from salesmgr.exchange.read.text import decode_export
from salesmgr.models.errors import UserError

HEADER_SEARCH_ROWS = 30
TEXT_COLUMN_SAMPLE = 200
LINE_SLICE = 1 << 20  # characters of a CSV's text turned into lines at a time
REPEAT_SAMPLE = 1000  # rows of a CSV that tell which columns repeat their values

# A label, an optional colon, then nothing, a count "(20 records)" or a number: "Total Energies" is an account.
_FOOTER = re.compile(r"\s*(grand\s+totals?|totals?|sub-?totals?|count|sum|合计|总计|小计)\s*[:：]?\s*"
                     r"(\(.*\)|[\d.,\s]*)\s*$", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"[(+\-]?\D{0,3}?\s*\d[\d,.\s]*%?\)?")

Grid = Sequence[Sequence[Cell]]


def list_sheets(path: Path) -> list[str]:
    """The workbook's sheet names in order; [] for CSV/TXT."""
    if safety.sniff(path) is safety.Kind.TEXT:
        return []
    safety.check_workbook(path, cells=False)
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()


def read_table(path: Path, sheet: str | None = None) -> Table:
    """One sheet (by name, case-insensitive; None = the first sheet that has data) or the CSV file as a ``Table``."""
    grid: Grid
    if safety.sniff(path) is safety.Kind.TEXT:
        grid, warnings = _read_csv(path)
        if not _has_data(grid):
            raise ImportFileError("the file {file} has no data; export it again from the CRM", file=path.name)
        table = _build_table(path, None, [], grid, 1)
        table.warnings = warnings
        return table
    safety.check_workbook(path)
    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheet_names)
        name, grid, first_row = _load_chosen_sheet(path, workbook, names, sheet)
    finally:
        workbook.close()
    return _build_table(path, name, names, grid, first_row)


def _open_workbook(path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError as error:
        raise safety.encrypted_error(path) from error
    except Exception as error:  # calamine raises several types, some untyped; all mean "cannot read this file"
        raise _unreadable(path, error) from error


def _load_chosen_sheet(path: Path, workbook: CalamineWorkbook, names: list[str],
                       sheet: str | None) -> tuple[str, Grid, int]:
    if sheet is not None:
        name = _match_sheet(names, sheet)
        grid, first_row = _load_sheet(path, workbook, name)
        if not _has_data(grid):
            raise ImportFileError("the sheet {sheet} is empty; choose another sheet", sheet=name)
        return name, grid, first_row
    for name in names:
        grid, first_row = _load_sheet(path, workbook, name)
        if _has_data(grid):
            return name, grid, first_row
    raise ImportFileError("the workbook {file} has no data in any sheet; export it again from the CRM",
                          file=path.name)


def _match_sheet(names: list[str], sheet: str) -> str:
    if sheet in names:
        return sheet
    wanted = sheet.strip().casefold()
    for name in names:
        if name.strip().casefold() == wanted:
            return name
    raise ImportFileError("the workbook has no sheet {sheet}; its sheets are {sheets}", sheet=sheet,
                          sheets=", ".join(names))


def _load_sheet(path: Path, workbook: CalamineWorkbook, name: str) -> tuple[Grid, int]:
    """The sheet's used range as lists, and the 1-based file row number of its first row."""
    try:
        sheet = workbook.get_sheet_by_name(name)
        if sheet.width > safety.MAX_COLUMNS:
            raise ImportFileError("the sheet claims {columns} columns; save it again from Excel with only the data",
                                  columns=sheet.width)
        start = sheet.start
        # calamine may also give timedelta (durations), which the importer treats like any other unexpected value
        return cast(Grid, sheet.to_python(skip_empty_area=True)), (start[0] + 1 if start else 1)
    except ImportFileError:
        raise
    except PasswordError as error:
        raise safety.encrypted_error(path) from error
    except Exception as error:  # see _open_workbook
        raise _unreadable(path, error) from error


def _unreadable(path: Path, error: Exception) -> ImportFileError:
    reason = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
    return ImportFileError("the file {file} could not be read ({reason}); open it in Excel and save it again as "
                           ".xlsx", file=path.name, reason=reason)


# --- CSV ---------------------------------------------------------------------------------------------------------

def _read_csv(path: Path) -> tuple[list[list[str]], list[UserError]]:
    decoded = decode_export(path.read_bytes())
    text = decoded.text
    delimiter = safety.detect_delimiter(text[:safety.SNIFF_CHARS])
    try:
        return _shared_values(csv.reader(_lines(text), delimiter=delimiter)), decoded.warnings
    except csv.Error as error:
        raise ImportFileError("the file {file} is not a valid CSV file ({reason}); open it in Excel and save it "
                              "again as .xlsx", file=path.name, reason=str(error)) from error


def _shared_values(reader: Iterator[list[str]]) -> list[list[str]]:
    """The rows, where each column that repeats its values (a stage, an owner, a date: fewer than half of its
    values in the first ``REPEAT_SAMPLE`` rows distinct) holds one string per distinct value instead of one per
    cell: on a million-row export that is most of the cells, and most of the memory the rows take."""
    grid = list(islice(reader, REPEAT_SAMPLE))
    width = max((len(row) for row in grid), default=0)
    repeating = [column for column in range(width)
                 if len({row[column] for row in grid if column < len(row)}) * 2 < len(grid)]
    memos: dict[int, dict[str, str]] = {column: {} for column in repeating}
    for row in grid:
        _share(row, memos)
    for row in reader:
        _share(row, memos)
        grid.append(row)
    return grid


def _share(row: list[str], memos: dict[int, dict[str, str]]) -> None:
    size = len(row)
    for column, memo in memos.items():
        if column < size:
            value = row[column]
            row[column] = memo.setdefault(value, value)


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` as ``io.StringIO(text, newline="")`` gives them (split after "\n", "\r" or "\r\n",
    endings kept), read through a StringIO of about ``LINE_SLICE`` characters at a time: one of the whole text
    would hold a second copy of the file at 4 bytes a character. Slices end just after a "\n", so no "\r\n" is
    cut in two; a file without any "\n" after the first slice is read as one slice."""
    start, size = 0, len(text)
    while start < size:
        cut = text.find("\n", start + LINE_SLICE)
        end = size if cut < 0 else cut + 1
        yield from io.StringIO(text[start:end], newline="")
        start = end


# --- header, footer, rows ----------------------------------------------------------------------------------------

def _build_table(path: Path, sheet: str | None, names: list[str], grid: Grid, first_row: int) -> Table:
    header_index = find_header(grid)
    headers = make_headers(grid[header_index])
    width = len(headers)
    text_columns = _text_columns(grid, header_index + 1, width)
    keep, skipped = _classify(grid, header_index + 1, text_columns)
    if not keep:
        if sheet is None:
            raise ImportFileError("the file {file} has a header but no data rows", file=path.name)
        raise ImportFileError("the sheet {sheet} has a header but no data rows", sheet=sheet)
    return Table(path=path, sheet=sheet, sheet_names=names, headers=headers, header_row=first_row + header_index,
                 rows=_rows(grid, keep, width, first_row), row_count=len(keep),
                 skipped_rows=[first_row + index for index in skipped])


def _filled(row: Sequence[Cell]) -> list[Cell]:
    return [cell for cell in row if cell is not None and (cell.__class__ is not str or cell.strip())]


def _has_data(grid: Grid) -> bool:
    return any(_filled(row) for row in grid)


def find_header(grid: Grid) -> int:
    """Index of the header: the first of the top rows whose filled cells are mostly distinct short text and nearly
    as many as in the widest top row; report titles above it have one or two cells."""
    top = [_filled(row) for row in grid[:HEADER_SEARCH_ROWS]]
    widest = max(len(cells) for cells in top)
    for index, cells in enumerate(top):
        if cells and len(cells) >= 0.7 * widest and _looks_like_header(cells):
            return index
    return next(index for index, cells in enumerate(top) if cells) if any(top) else 0


def _looks_like_header(cells: list[Cell]) -> bool:
    texts = [cell.strip() for cell in cells if isinstance(cell, str) and _LETTER.search(cell)]
    distinct = {text.casefold() for text in texts}
    short = sum(len(text) <= 80 for text in texts)
    return len(texts) >= 0.8 * len(cells) and len(distinct) >= 0.9 * len(cells) and short >= 0.9 * len(cells)


def make_headers(row: Sequence[Cell]) -> list[str]:
    """Stripped header names; trailing empty cells dropped, empty ones named "Column N", repeats suffixed " (2)"."""
    names = [_header_text(cell) for cell in row]
    while names and not names[-1]:
        names.pop()
    headers: list[str] = []
    seen: set[str] = set()
    for number, name in enumerate(names, 1):
        base = name or f"Column {number}"
        unique, copy = base, 1
        while unique.casefold() in seen:
            copy += 1
            unique = f"{base} ({copy})"
        seen.add(unique.casefold())
        headers.append(unique)
    return headers


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _text_columns(grid: Grid, start: int, width: int) -> list[int]:
    """Columns whose filled values in the first data rows are mostly words, for spotting sum lines."""
    sample = grid[start:start + TEXT_COLUMN_SAMPLE]
    columns = []
    for column in range(width):
        values = [row[column] for row in sample if column < len(row) and _filled((row[column],))]
        words = sum(1 for value in values if isinstance(value, str) and _LETTER.search(value))
        if values and words * 2 > len(values):
            columns.append(column)
    return columns


def _classify(grid: Grid, start: int, text_columns: list[int]) -> tuple[list[int], list[int]]:
    """Indexes of data rows and of footer/summary rows; blank rows are in neither."""
    keep: list[int] = []
    skipped: list[int] = []
    for index in range(start, len(grid)):
        row = grid[index]
        first = _first_filled(row)
        if first is None:
            continue
        if (first.__class__ is str and _FOOTER.match(first)) or (text_columns and _is_sum_line(row, text_columns)):
            skipped.append(index)
        else:
            keep.append(index)
    return keep, skipped


def _first_filled(row: Sequence[Cell]) -> Cell:
    for cell in row:
        if cell.__class__ is str:
            if cell and (cell[0] > " " or cell.strip()):
                return cell
        elif cell is not None:
            return cell
    return None


def _is_sum_line(row: Sequence[Cell], text_columns: list[int]) -> bool:
    """Every text column blank while a number is present: a total line without a label."""
    for column in text_columns:
        if column < len(row) and _filled((row[column],)):
            return False
    return any(_is_number(cell) for cell in row)


def _is_number(cell: Cell) -> bool:
    if isinstance(cell, str):
        return _NUMBER.fullmatch(cell.strip()) is not None
    return isinstance(cell, int | float) and not isinstance(cell, bool)


def _rows(grid: Grid, keep: list[int], width: int, first_row: int) -> Iterator[tuple[int, list[Cell]]]:
    padding: list[Cell] = [None] * width
    for index in keep:
        row = grid[index]
        cells = [(cell.strip() or None) if cell.__class__ is str else cell for cell in row[:width]]
        if len(cells) < width:
            cells += padding[len(cells):]
        yield first_row + index, cells
