"""The Reps table of the Team page: a model over ``RepRow``, and the proxy that searches it and hides
inactive reps."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.models.org import REP_ROLES
from salesmgr.models.team.roster import RepRow
from salesmgr.views.widgets.roles import role_label
from salesmgr.views.widgets.row_table_model import ALIGN_CENTER, ALIGN_LEFT, SORT_ROLE, RowTableModel


def format_date(row: RepRow) -> str:
    return row.hire_date.isoformat() if row.hire_date else ""


class RepTableModel(RowTableModel[RepRow]):
    """Reps: Name, E-mail, Team, Role, Hire date, Manager, Mentor, Active."""

    NAME, EMAIL, TEAM, ROLE, HIRED, MANAGER, MENTOR, ACTIVE = range(8)

    def column_titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("E-mail"), self.tr("Team"), self.tr("Role"), self.tr("Hire date"),
                self.tr("Manager"), self.tr("Mentor"), self.tr("Active")]

    def display(self, row: RepRow, column: int) -> str:
        if column == self.ROLE:
            return role_label(row.role)
        if column == self.HIRED:
            return format_date(row)
        if column == self.ACTIVE:
            return self.tr("Yes") if row.active else self.tr("No")
        return self._text(row, column) or ""

    def sort_value(self, row: RepRow, column: int) -> Any:
        if column == self.HIRED:  # dates sort as dates; reps without one come first
            return row.hire_date.toordinal() if row.hire_date else 0
        if column == self.ACTIVE:
            return int(row.active)
        if column == self.ROLE:
            return REP_ROLES.index(row.role) if row.role in REP_ROLES else len(REP_ROLES)
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_CENTER if column in (self.HIRED, self.ACTIVE) else ALIGN_LEFT

    def export_columns(self) -> list[ExportColumn]:
        types = {self.HIRED: ColumnType.DATE, self.ACTIVE: ColumnType.BOOLEAN}
        return [ExportColumn(title, types.get(column, ColumnType.TEXT))
                for column, title in enumerate(self.column_titles())]

    def export_value(self, row: RepRow, column: int) -> Any:
        if column == self.HIRED:
            return row.hire_date
        if column == self.ACTIVE:
            return row.active
        return self.display(row, column)

    def tooltip(self, row: RepRow, column: int) -> str | None:
        if column == self.NAME:
            lines = [row.name]
            if row.email:
                lines = [self.tr("{name} <{email}>").format(name=row.name, email=row.email)]
            if not row.active:
                lines.append(self.tr("Inactive: their deals and history are kept"))
            return "\n".join(lines)
        text = self.display(row, column)
        return text or None

    @staticmethod
    def _text(row: RepRow, column: int) -> str | None:
        values = {RepTableModel.NAME: row.name, RepTableModel.EMAIL: row.email,
                  RepTableModel.TEAM: row.team_name, RepTableModel.MANAGER: row.manager_name,
                  RepTableModel.MENTOR: row.mentor_name}
        return values.get(column)


class RepFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; shows reps whose name, e-mail or team contains the search text, and inactive
    reps only when asked."""

    SEARCHED = (RepTableModel.NAME, RepTableModel.EMAIL, RepTableModel.TEAM)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._show_inactive = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self._change_filter(search=text.strip().casefold())

    def set_show_inactive(self, show: bool) -> None:
        self._change_filter(show_inactive=show)

    def show_inactive(self) -> bool:
        return self._show_inactive

    def _change_filter(self, *, search: str | None = None, show_inactive: bool | None = None) -> None:
        self.beginFilterChange()
        if search is not None:
            self._search = search
        if show_inactive is not None:
            self._show_inactive = show_inactive
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RepTableModel) or source_row >= model.rowCount():
            return True
        row = model.row_at(model.index(source_row, 0))
        if not row.active and not self._show_inactive:
            return False
        if not self._search:
            return True
        return any(self._search in model.display(row, column).casefold() for column in self.SEARCHED)
