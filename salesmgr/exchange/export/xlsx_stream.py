"""The xlsx half of ``table_writer.write_table``: one write-only (streaming) sheet, formatted.

Write-only sheets write the column widths, the frozen pane and the sheet properties when the first row arrives,
so the first ``WIDTH_SAMPLE`` rows are held back to fit the widths; the autofilter, print area and print titles
are written when the sheet closes, once the last row is known.

Per-cell cost matters (100,000 rows x 25 columns): each formatted column reuses one styled cell whose value is
replaced row by row, and only text that a spreadsheet would not keep as text goes through a literal-text cell.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter

from salesmgr.exchange.export.columns import GENERAL, ColumnType, ExportColumn, display_width, number_format
from salesmgr.exchange.export.workbook import FORMULA_STARTS

WIDTH_SAMPLE = 1000
MAX_WIDTH = 60
MIN_WIDTH = 6
NUMBER_PLACES = 2  # decimals of NUMBER columns
_NOT_TEXT = frozenset(ERROR_CODES)  # "#N/A" in a CRM field would otherwise become an error cell
Converter = Callable[[object], object]


def column_format(column: ExportColumn) -> str:
    """A column's number format: money with its currency code, numbers with ``NUMBER_PLACES`` decimals."""
    return number_format(column.type, column.currency, places=NUMBER_PLACES, currency_code=True)


def write_xlsx(path: Path, columns: Sequence[ExportColumn], rows: Iterable[Sequence[object]], *, sheet: str,
               title: str | None, notes: Sequence[str]) -> int:
    workbook = Workbook(write_only=True)
    workbook.properties.title = title or sheet
    workbook.properties.creator = "salesmgr"
    ws: WriteOnlyWorksheet = workbook.create_sheet(sheet)
    stream = iter(rows)
    sample = list(islice(stream, WIDTH_SAMPLE))
    header_row = 1 + (1 if title else 0) + len(notes)
    _prepare_sheet(ws, columns, sample, header_row)
    _write_heading(ws, columns, title, notes)
    try:
        count = _write_rows(ws, columns, chain(sample, stream))
    except BaseException:
        _discard(ws)
        raise
    _finish_sheet(ws, len(columns), header_row, header_row + count)
    workbook.save(path)
    return count


def _write_rows(ws: WriteOnlyWorksheet, columns: Sequence[ExportColumn], rows: Iterable[Sequence[object]]) -> int:
    converters = [_converter(ws, column) for column in columns]
    count = 0
    for row in rows:
        ws.append([convert(value) for convert, value in zip(converters, row, strict=True)])
        count += 1
    return count


def _discard(ws: WriteOnlyWorksheet) -> None:
    """Close and delete the temporary file openpyxl streams the sheet into (it would outlive a failed export)."""
    writer = ws._writer
    if ws._rows is not None:
        ws._rows.close()
    if writer is not None:
        writer.close()
        Path(writer.out).unlink(missing_ok=True)


def _prepare_sheet(ws: WriteOnlyWorksheet, columns: Sequence[ExportColumn], sample: list[Sequence[object]],
                   header_row: int) -> None:
    """What a write-only sheet writes before its rows: widths, the frozen header, landscape fit-to-width."""
    for index, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = fitted_width(column, [row[index - 1]
                                                                                    for row in sample])
    ws.freeze_panes = f"A{header_row + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _write_heading(ws: WriteOnlyWorksheet, columns: Sequence[ExportColumn], title: str | None,
                   notes: Sequence[str]) -> None:
    if title:
        ws.append([_styled(ws, title, Font(bold=True, size=14))])
    for note in notes:
        ws.append([_styled(ws, note, Font(italic=True, color="666666"))])
    ws.append([_styled(ws, column.header, Font(bold=True)) for column in columns])


def _styled(ws: WriteOnlyWorksheet, text: str, font: Font) -> Cell:
    cell = _literal(ws, text)
    cell.font = font
    return cell


def _finish_sheet(ws: WriteOnlyWorksheet, width: int, header_row: int, last_row: int) -> None:
    """Filter, print area and print titles: written when the sheet closes, so they can cover every row."""
    last_column = get_column_letter(width)
    ws.auto_filter = AutoFilter(ref=f"A{header_row}:{last_column}{last_row}")
    ws.print_area = f"A1:{last_column}{last_row}"
    ws.print_title_rows = f"{header_row}:{header_row}"


def fitted_width(column: ExportColumn, values: Sequence[object]) -> float:
    widest = max((_shown_width(column, value) for value in values), default=0)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, display_width(column.header), widest) + 2))


def _shown_width(column: ExportColumn, value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, bool):
        return 5
    if isinstance(value, Decimal | int | float) and column.type == ColumnType.PERCENT:
        return 7
    if isinstance(value, Decimal | int | float):
        return len(f"{value:,.2f}") + (4 if column.currency else 0)
    return display_width(str(value))


# --- cells --------------------------------------------------------------------------------------------------------

def _literal(ws: WriteOnlyWorksheet, text: str) -> Cell:
    """A cell that holds ``text`` as text whatever it starts with (openpyxl turns "=..." into a formula)."""
    cell = WriteOnlyCell(ws)
    # a raw CR would read back as LF (XML line-end handling); _x000D_ is how xlsx escapes it
    cell._value = ILLEGAL_CHARACTERS_RE.sub("", text)[:32767].replace("\r", "_x000D_")
    cell.data_type = "s"
    return cell


def _text_converter(ws: WriteOnlyWorksheet) -> Converter:
    def convert(value: object) -> object:
        if value.__class__ is str:
            text: str = value  # type: ignore[assignment]
            if text.startswith(FORMULA_STARTS) or text in _NOT_TEXT or ILLEGAL_CHARACTERS_RE.search(text):
                return _literal(ws, text)
            return text
        if isinstance(value, Decimal | float | int | date):
            return value
        return None if value is None else str(value)
    return convert


def _converter(ws: WriteOnlyWorksheet, column: ExportColumn) -> Converter:
    """Per column: text stays text (literal when needed); numbers and dates go into one reused styled cell."""
    text = _text_converter(ws)
    fmt = column_format(column)
    if fmt == GENERAL:
        return text
    cell = WriteOnlyCell(ws)
    cell.number_format = fmt

    def convert(value: object) -> object:
        if value is None or value.__class__ is str or isinstance(value, bool):
            return text(value)
        cell.value = value
        return cell
    return convert
