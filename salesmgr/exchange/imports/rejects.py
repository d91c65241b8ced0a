"""The rejected rows of an import as a workbook: the file's own columns plus the reason, ready to fix and
import again. The sheet's name, the two added headers and the reasons are in the interface language (a reason
with a template is translated; the file's own headers stay as they were, so the file imports again)."""
from __future__ import annotations

from datetime import time
from pathlib import Path

from openpyxl import Workbook

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
    append_literal(sheet, [*result.headers, translate("Imports", "Row in file"), translate("Imports", "Reason")])
    reasons = _reasons(result)
    for row, cells, reason in result.rejected_rows:
        append_literal(sheet, [*(_cell(c) for c in cells), row, reasons.get(row, reason)])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return save_atomically(workbook, out)


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
