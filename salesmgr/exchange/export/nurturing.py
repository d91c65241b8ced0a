"""The nurturing list as a workbook for marketing (``models.leads.nurturing``): one row per lead being nurtured,
with its contact details, score and grade, and what would lift it to a routed grade.

Written by the streaming table writer (``table_writer``): a bold frozen header, a title and a generated line;
every text cell is literal text, so a name such as "=HYPERLINK(...)" stays text and never becomes a formula.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.exchange.export.table_writer import ExportResult, write_table
from salesmgr.i18n import translate
from salesmgr.models import clock
from salesmgr.models.leads.nurturing import NurturingRow, lift_text, nurturing_list
from salesmgr.progress import NO_PROGRESS, Progress


def nurturing_columns() -> list[ExportColumn]:
    text = [translate("NurturingExport", "Name"), translate("NurturingExport", "Company"),
            translate("NurturingExport", "E-mail"), translate("NurturingExport", "Industry"),
            translate("NurturingExport", "Region")]
    return [*(ExportColumn(header) for header in text),
            ExportColumn(translate("NurturingExport", "Score"), ColumnType.INTEGER),
            ExportColumn(translate("NurturingExport", "Grade")),
            ExportColumn(translate("NurturingExport", "Created"), ColumnType.DATE),
            ExportColumn(translate("NurturingExport", "Points to a routed grade"), ColumnType.INTEGER),
            ExportColumn(translate("NurturingExport", "What would lift it"))]


def nurturing_cells(row: NurturingRow) -> list[object]:
    return [row.name, row.company, row.email, row.industry, row.region, row.score, row.grade_shown, row.created,
            row.needs, lift_text(row)]


def write_nurturing(out: Path, rows: Sequence[NurturingRow], *, progress: Progress = NO_PROGRESS) -> ExportResult:
    """Write ``rows`` to ``out`` (.xlsx, or .csv without the title lines)."""
    title = translate("NurturingExport", "Nurturing list")
    notes = [translate("NurturingExport", "Leads below the routed grades, for marketing; generated {when}").format(
        when=clock.now().strftime("%Y-%m-%d %H:%M"))]
    return write_table(out, nurturing_columns(), (nurturing_cells(row) for row in rows), sheet=title,
                       title=title, notes=notes, total=len(rows), progress=progress)


def export_nurturing(session: Session, out: Path, today: date | None = None, *,
                     progress: Progress = NO_PROGRESS) -> ExportResult:
    """The current nurturing list written to ``out``."""
    return write_nurturing(out, nurturing_list(session, today), progress=progress)
