"""The rejected rows of an import as a workbook: the file's own columns plus the reason, ready to fix and
import again. The sheet's name, the two added headers and the reasons are in the interface language (a reason
with a template is translated; the file's own headers stay as they were, so the file imports again)."""
from __future__ import annotations

import re
from datetime import time
from pathlib import Path, PurePosixPath

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from salesmgr.exchange.export.workbook import append_literal, save_atomically
from salesmgr.exchange.imports.results import ImportResult
from salesmgr.i18n import QT_TRANSLATE_NOOP, translate

QT_TRANSLATE_NOOP("Imports", "Rejected rows")
QT_TRANSLATE_NOOP("Imports", "Row in file")
QT_TRANSLATE_NOOP("Imports", "Reason")


def write_rejects(result: ImportResult, out: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = translate("Imports", "Rejected rows")
    _fill(sheet, result)
    return save_atomically(workbook, out)


def write_export_rejects(results: list[ImportResult], out: Path) -> Path:
    """A whole export's rejected rows: one sheet per file that has any, named after the file (each sheet imports
    again as that file would)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for result in (r for r in results if r.rejected_rows):
        _fill(workbook.create_sheet(_sheet_title(result.file, workbook.sheetnames)), result)
    return save_atomically(workbook, out)


def _sheet_title(file: str, taken: list[str]) -> str:
    """The file's name without folders and suffix, cut to Excel's 31 characters and made unique."""
    stem = re.sub(r"[\\/*?:\[\]]", "_", PurePosixPath(file).stem)[:31] or "rows"
    title, number = stem, 2
    while title.casefold() in (t.casefold() for t in taken):
        title, number = f"{stem[:28]}~{number}", number + 1
    return title


def _fill(sheet: Worksheet, result: ImportResult) -> None:
    append_literal(sheet, [*result.headers, translate("Imports", "Row in file"), translate("Imports", "Reason")])
    reasons = _reasons(result)
    for row, cells, reason in result.rejected_rows:
        append_literal(sheet, [*(_cell(c) for c in cells), row, reasons.get(row, reason)])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _reasons(result: ImportResult) -> dict[int, str]:
    """Each rejected row's reasons, "column: reason; ...", translated where they carry a template."""
    parts: dict[int, list[str]] = {}
    for reject in result.rejects:
        error = reject.error
        text = reject.reason if error is None else translate("Domain", error.template).format(**error.fields)
        parts.setdefault(reject.row, []).append(f"{reject.column}: {text}" if reject.column else text)
    return {row: "; ".join(texts) for row, texts in parts.items()}


def _cell(value: object) -> object:
    return value.isoformat() if isinstance(value, time) else value
