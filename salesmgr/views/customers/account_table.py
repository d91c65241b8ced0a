"""The account list's table: a model over ``AccountRow`` and the proxy that filters it by text and by customer."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.models.customers.accounts import AccountRow
from salesmgr.models.customers.health import band_label
from salesmgr.views.widgets.row_table_model import ALIGN_CENTER, ALIGN_LEFT, ALIGN_RIGHT, SORT_ROLE, RowTableModel


class AccountTableModel(RowTableModel[AccountRow]):
    """Accounts: Name, Owner, Health, Renewal, Revenue (lifetime; the team, industry and region in the tooltip)."""

    NAME, OWNER, HEALTH, RENEWAL, REVENUE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency: str | None = None  # the base currency of the revenue (set with the rows)

    def column_titles(self) -> list[str]:
        return [self.tr("Account"), self.tr("Owner"), self.tr("Health"), self.tr("Renewal"),
                self.tr("Revenue")]

    def account_at(self, position: int) -> AccountRow:
        return self._rows[position]

    def display(self, row: AccountRow, column: int) -> str:
        if column == self.HEALTH:
            return f"{row.score} {band_label(row.band)}" if row.score is not None else ""
        if column == self.RENEWAL:
            return row.renewal_date.isoformat() if row.renewal_date else ""
        if column == self.REVENUE:
            # whole units in the list (its width goes to the names); the account view shows the exact amount
            return f"{row.revenue.amount:,.0f}" + (" *" if row.revenue.left_out else "")
        return (row.name if column == self.NAME else row.owner) or ""

    def sort_value(self, row: AccountRow, column: int) -> Any:
        if column == self.HEALTH:
            return -1 if row.score is None else row.score
        if column == self.RENEWAL:
            return row.renewal_date.toordinal() if row.renewal_date else 0
        if column == self.REVENUE:
            return row.revenue.amount
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        if column == self.REVENUE:
            return ALIGN_RIGHT
        return ALIGN_CENTER if column in (self.HEALTH, self.RENEWAL) else ALIGN_LEFT

    def tooltip(self, row: AccountRow, column: int) -> str | None:
        lines = [row.name, *(value for value in (row.team, row.industry, row.region) if value)]
        if row.revenue.left_out:
            lines.append(self.tr("Left out of the revenue (no exchange rate): {amounts}").format(
                amounts=", ".join(entry.amount_text() for entry in row.revenue.left_out)))
        return "\n".join(lines)

    def export_columns(self) -> list[ExportColumn]:
        types = {self.RENEWAL: ColumnType.DATE, self.REVENUE: ColumnType.MONEY}
        return [ExportColumn(title, types.get(column, ColumnType.TEXT), self.currency if column == self.REVENUE
                             else None)
                for column, title in enumerate(self.column_titles())]

    def export_value(self, row: AccountRow, column: int) -> Any:
        if column == self.RENEWAL:
            return row.renewal_date
        if column == self.REVENUE:
            return row.revenue.amount
        return self.display(row, column)


class AccountFilterProxy(QSortFilterProxyModel):
    """Shows the accounts matching the search text (``AccountRow.matches``), only customers when asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.customers_only = False

    def set_filters(self, text: str, customers_only: bool) -> None:
        self.beginFilterChange()
        self.text, self.customers_only = text, customers_only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AccountTableModel):
            return True
        row = model.account_at(source_row)
        return row.matches(self.text) and (row.customer or not self.customers_only)
