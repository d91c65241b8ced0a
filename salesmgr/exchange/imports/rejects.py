"""The rejected rows of an import as a workbook: the file's own columns plus the reason, ready to fix and
import again."""
from __future__ import annotations

from datetime import time
from pathlib import Path

from openpyxl import Workbook

from salesmgr.exchange.export.workbook import append_literal, save_atomically
from salesmgr.exchange.imports.results import ImportResult


def write_rejects(result: ImportResult, out: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Rejected rows"
    append_literal(sheet, [*result.headers, "Row in file", "Reason"])
    for row, cells, reason in result.rejected_rows:
        append_literal(sheet, [*(_cell(c) for c in cells), row, reason])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return save_atomically(workbook, out)


def _cell(value: object) -> object:
    return value.isoformat() if isinstance(value, time) else value
