"""The Pipeline table to Excel or CSV: every deal of the current filter in the current sort order, streamed from
the database on the runner's worker (a million rows never sit in memory), with the page's columns typed and a
currency column beside the amount."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.exchange.export.table_writer import ExportResult, write_table
from salesmgr.models.database import Database
from salesmgr.models.pipeline.opportunities import (
    OpportunityFilter,
    OpportunityRow,
    count_opportunities,
    iter_opportunities,
)
from salesmgr.progress import Progress
from salesmgr.views.pipeline.table_model import SORT_KEYS
from salesmgr.views.widgets.table_export import Stream


def pipeline_columns(titles: list[str]) -> list[ExportColumn]:
    """The page's column ``titles`` typed, with a currency column after the amount."""
    types = [ColumnType.TEXT] * 5 + [ColumnType.MONEY, ColumnType.PERCENT] + [ColumnType.DATE] * 3
    columns = [ExportColumn(title, kind) for title, kind in zip(titles, types, strict=True)]
    columns.insert(6, ExportColumn(QCoreApplication.translate("PipelineExport", "Currency")))
    return columns



def pipeline_values(row: OpportunityRow) -> list[Any]:
    probability = None if row.probability is None else row.probability / 100
    return [row.name, row.account, row.owner, row.team, row.stage, row.amount, row.currency, probability,
            row.expected_close_date, row.closed_date, row.created_date]


def pipeline_stream(flt: OpportunityFilter, sort: str, descending: bool, titles: list[str]) -> Stream:
    """A ``Stream`` for ``export_table``: the deals as the page shows them, read and written on the worker."""
    columns = pipeline_columns(titles)  # translated here, on the UI thread

    def stream(out: Path, title: str, notes: list[str], db: Database, progress: Progress) -> ExportResult:
        with db.session() as session:
            total = count_opportunities(session, flt)
            rows: Iterator[list[Any]] = (pipeline_values(row)
                                         for row in iter_opportunities(session, flt, sort, descending))
            return write_table(out, columns, rows, sheet=title, title=title, notes=notes, total=total,
                               progress=progress)
    return stream


def filter_notes(page: Any) -> list[str]:
    """What the Pipeline page's filter bar and sort say, as lines above the exported table."""
    translate = QCoreApplication.translate
    notes = []
    search = page.search_edit.text().strip()
    if search:
        notes.append(translate("PipelineExport", "Search: {text}").format(text=search))
    labelled = ((translate("PipelineExport", "Stage:"), page.stage_combo),
                (translate("PipelineExport", "Team:"), page.team_combo),
                (translate("PipelineExport", "Rep:"), page.rep_combo))
    chosen = [f"{label} {combo.currentText()}" for label, combo in labelled if combo.currentData() is not None]
    if chosen:
        notes.append(" · ".join(chosen))
    if page.all_dates_check.isChecked():
        notes.append(translate("PipelineExport", "All dates"))
    else:
        notes.append(translate("PipelineExport", "{field} from {start} to {end}").format(
            field=page.date_field_combo.currentText(), start=page.from_edit.date().toString("yyyy-MM-dd"),
            end=page.to_edit.date().toString("yyyy-MM-dd")))
    sort, descending = page.model.sort_key()
    title = page.model.column_titles()[SORT_KEYS.index(sort) if sort in SORT_KEYS else 0]
    text = (translate("PipelineExport", "Sorted by {column}, descending") if descending
            else translate("PipelineExport", "Sorted by {column}"))
    notes.append(text.format(column=title))
    return notes
