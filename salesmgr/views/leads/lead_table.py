"""The Leads tab's table: a model over ``LeadRow`` and the proxy that filters it by grade, status and text."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.models.leads.labels import status_label
from salesmgr.models.leads.listing import LeadRow
from salesmgr.views.widgets.row_table_model import ALIGN_CENTER, ALIGN_LEFT, ALIGN_RIGHT, SORT_ROLE, RowTableModel


class LeadTableModel(RowTableModel[LeadRow]):
    """Leads: Name, Company, Score, Grade, Status, Owner, Industry, Size, Region, Created, Breakdown."""

    NAME, COMPANY, SCORE, GRADE, STATUS, OWNER, INDUSTRY, SIZE, REGION, CREATED, BREAKDOWN = range(11)

    def column_titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Company"), self.tr("Score"), self.tr("Grade"), self.tr("Status"),
                self.tr("Owner"), self.tr("Industry"), self.tr("Size"), self.tr("Region"), self.tr("Created"),
                self.tr("Breakdown")]

    def lead_at(self, position: int) -> LeadRow:
        return self._rows[position]

    def display(self, row: LeadRow, column: int) -> str:
        if column == self.SCORE:
            return str(row.score)
        if column == self.SIZE:
            return "" if row.company_size is None else f"{row.company_size:,}"
        if column == self.STATUS:
            return status_label(row.status)
        if column == self.CREATED:
            return row.created.isoformat() if row.created else ""
        values = {self.NAME: row.name, self.COMPANY: row.company, self.GRADE: row.grade, self.OWNER: row.owner,
                  self.INDUSTRY: row.industry, self.REGION: row.region, self.BREAKDOWN: row.breakdown}
        return values.get(column) or ""

    def sort_value(self, row: LeadRow, column: int) -> Any:
        if column == self.SCORE:
            return row.score
        if column == self.GRADE:  # by grade (the top grade last when ascending), then by score
            return -row.grade_rank * 100_000 + row.score
        if column == self.SIZE:
            return -1 if row.company_size is None else row.company_size
        if column == self.CREATED:
            return row.created.toordinal() if row.created else 0
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        if column in (self.SCORE, self.SIZE):
            return ALIGN_RIGHT
        return ALIGN_CENTER if column in (self.GRADE, self.CREATED) else ALIGN_LEFT

    def tooltip(self, row: LeadRow, column: int) -> str | None:
        return row.breakdown.replace(", ", "\n") if column in (self.SCORE, self.BREAKDOWN) and row.breakdown else None

    def export_columns(self) -> list[ExportColumn]:
        types = {self.SCORE: ColumnType.INTEGER, self.SIZE: ColumnType.INTEGER, self.CREATED: ColumnType.DATE}
        return [ExportColumn(title, types.get(column, ColumnType.TEXT))
                for column, title in enumerate(self.column_titles())]

    def export_value(self, row: LeadRow, column: int) -> Any:
        if column == self.SCORE:
            return row.score
        if column == self.SIZE:
            return row.company_size
        if column == self.CREATED:
            return row.created
        return self.display(row, column)


class LeadFilterProxy(QSortFilterProxyModel):
    """Shows the leads of the chosen grade rank and status (None: any) whose name, company, owner or industry
    contains the search text (case-insensitively)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.grade_rank: int | None = None
        self.status: str | None = None
        self.text = ""

    def set_filters(self, grade_rank: int | None, status: str | None, text: str) -> None:
        self.beginFilterChange()
        self.grade_rank, self.status, self.text = grade_rank, status, text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, LeadTableModel):
            return True
        row = model.lead_at(source_row)
        if self.grade_rank is not None and row.grade_rank != self.grade_rank:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if not self.text:
            return True
        return any(self.text in (value or "").casefold()
                   for value in (row.name, row.company, row.owner, row.industry, row.region))
