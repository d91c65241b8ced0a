"""Writing one table of typed rows to xlsx or CSV, streaming, atomically: the data side of every export.

xlsx: a write-only openpyxl workbook (memory stays flat in the number of rows) with an optional title and note
lines, a bold frozen header with an autofilter, fitted column widths, number formats per column type (``columns``)
and a print setup (see ``xlsx_stream``). CSV: UTF-8 with BOM and CRLF, data only (no title or notes).

Formula injection: in xlsx every text cell is written as literal text. In CSV nothing is prefixed on purpose: the
CSV is meant for re-import, and the importer must read "=SUM(A1)" back as it was; a spreadsheet opening the CSV
is the user's choice, and the xlsx export is the one to share.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from salesmgr.exchange.export.columns import ExportColumn, sanitize_sheet_name
from salesmgr.exchange.export.workbook import ExportError, atomic_target
from salesmgr.exchange.export.xlsx_stream import write_xlsx
from salesmgr.progress import NO_PROGRESS, Progress

PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def write_table(out: Path, columns: Sequence[ExportColumn], rows: Iterable[Sequence[object]], *,
                sheet: str = "Data", title: str | None = None, notes: Sequence[str] = (),
                total: int | None = None, progress: Progress = NO_PROGRESS) -> ExportResult:
    """Write ``rows`` (one value per column; None = empty) to ``out`` (.xlsx or .csv) and return the row count.

    Nothing appears at ``out`` unless the whole table was written: a failure or ``Cancelled`` leaves an existing
    file untouched."""
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError("cannot export to {path}: the file name must end in .xlsx or .csv", path=out)
    counted = _counting(rows, total, progress)
    with atomic_target(out) as temporary:
        if suffix == ".csv":
            count = _write_csv(temporary, columns, counted)
        else:
            count = write_xlsx(temporary, columns, counted, sheet=sanitize_sheet_name(sheet), title=title,
                               notes=notes)
    return ExportResult(out.expanduser().resolve(), count)


def _counting(rows: Iterable[Sequence[object]], total: int | None, progress: Progress
              ) -> Iterator[Sequence[object]]:
    """The rows, reporting progress every ``PROGRESS_EVERY`` (``step`` raises ``Cancelled`` when asked to stop)."""
    done = 0
    progress.step(0, total or 0, "writing rows")
    for row in rows:
        yield row
        done += 1
        if done % PROGRESS_EVERY == 0:
            progress.step(done, max(total or 0, done), "writing rows")
    progress.step(done, max(total or 0, done), "saving")


# --- CSV ---------------------------------------------------------------------------------------------------------

def _write_csv(path: Path, columns: Sequence[ExportColumn], rows: Iterable[Sequence[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([column.header for column in columns])
        for row in rows:
            writer.writerow([csv_text(value) for value in row])
            count += 1
    return count


def csv_text(value: object) -> str:
    """A value as CSV text the importer reads back: plain decimals ("1234.50"), ISO dates, true/false."""
    if value is None:
        return ""
    if value.__class__ is str:
        return value  # type: ignore[return-value]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
