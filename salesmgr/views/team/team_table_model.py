"""The Teams table of the Team page."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.models.team.roster import TeamRow
from salesmgr.views.widgets.row_table_model import ALIGN_CENTER, ALIGN_LEFT, ALIGN_RIGHT, RowTableModel


class TeamTableModel(RowTableModel[TeamRow]):
    """Teams: Name, Region, Active reps, Active."""

    NAME, REGION, REPS, ACTIVE = range(4)

    def column_titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Region"), self.tr("Active reps"), self.tr("Active")]

    def display(self, row: TeamRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.REGION:
            return row.region or ""
        if column == self.REPS:
            return str(row.rep_count)
        return self.tr("Yes") if row.active else self.tr("No")

    def sort_value(self, row: TeamRow, column: int) -> Any:
        if column == self.REPS:
            return row.rep_count
        if column == self.ACTIVE:
            return int(row.active)
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        if column == self.REPS:
            return ALIGN_RIGHT
        return ALIGN_CENTER if column == self.ACTIVE else ALIGN_LEFT

    def export_columns(self) -> list[ExportColumn]:
        name, region, reps, active = self.column_titles()
        return [ExportColumn(name), ExportColumn(region), ExportColumn(reps, ColumnType.INTEGER),
                ExportColumn(active, ColumnType.BOOLEAN)]

    def export_value(self, row: TeamRow, column: int) -> Any:
        if column == self.REPS:
            return row.rep_count
        if column == self.ACTIVE:
            return row.active
        return self.display(row, column)

    def tooltip(self, row: TeamRow, column: int) -> str | None:
        if not row.active:
            return self.tr("{name} is inactive").format(name=row.name)
        return None
