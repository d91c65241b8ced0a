"""The exchange-rate table of the Settings dialog: one row per currency with its rate and the rate's date."""
from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from salesmgr.models import clock
from salesmgr.models.settings import RateEntry
from salesmgr.views.widgets.dates import from_qdate, to_qdate

CURRENCY, RATE, DATE = range(3)


class RateRowError(ValueError):
    """A row that cannot be saved; the message (translated) says which row and why."""


class RatesTable(QTableWidget):
    """Currency, rate (1 unit = rate base units) and date; edited in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("Rate"), self.tr("Date")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def set_entries(self, entries: tuple[RateEntry, ...]) -> None:
        self.setRowCount(0)
        for entry in entries:
            self.add_row(entry.currency, str(entry.rate), entry.rated_on)

    def add_row(self, currency: str = "", rate: str = "", rated_on: date | None = None) -> int:
        """Append a row (dated today unless told) and return its index."""
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, CURRENCY, QTableWidgetItem(currency))
        self.setItem(row, RATE, QTableWidgetItem(rate))
        editor = QDateEdit(to_qdate(rated_on or clock.today()))
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        self.setCellWidget(row, DATE, editor)
        return row

    def remove_selected(self) -> bool:
        row = self.currentRow()
        if row < 0:
            return False
        self.removeRow(row)
        return True

    def date_editor(self, row: int) -> QDateEdit:
        editor = self.cellWidget(row, DATE)
        assert isinstance(editor, QDateEdit)
        return editor

    def entries(self, base: str) -> tuple[RateEntry, ...]:
        """The rows as rates into ``base``; the first bad row raises ``RateRowError``."""
        found: list[RateEntry] = []
        for row in range(self.rowCount()):
            entry = self._entry(row, base)
            if any(other.currency == entry.currency for other in found):
                raise RateRowError(self.tr("Row {row}: {code} is listed twice; keep one rate per currency")
                                   .format(row=row + 1, code=entry.currency))
            found.append(entry)
        return tuple(found)

    def _entry(self, row: int, base: str) -> RateEntry:
        code = self._text(row, CURRENCY).upper()
        if len(code) != 3 or not code.isalpha():
            raise RateRowError(self.tr("Row {row}: {code} is not a currency code; use three letters such as USD")
                               .format(row=row + 1, code=code or "—"))
        if code == base:
            raise RateRowError(self.tr("Row {row}: {code} is the base currency; its rate is always 1")
                               .format(row=row + 1, code=code))
        try:
            rate = Decimal(self._text(row, RATE).replace(",", ""))
        except InvalidOperation:
            rate = Decimal(0)
        if not rate.is_finite() or rate <= 0:
            raise RateRowError(self.tr("Row {row}: the rate of {code} must be a positive number such as 7.10")
                               .format(row=row + 1, code=code))
        return RateEntry(code, rate, from_qdate(self.date_editor(row).date()))

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""
