"""The note a page shows when some amounts could not be converted to the base currency for want of an exchange
rate: which deals are left out of the amounts, with a link that asks for the rates (``rates_requested`` with the
currencies; the main window opens the Settings dialog on its rates). Hidden when nothing is left out."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from salesmgr.models.metrics.unconverted import Unconverted

RATES_LINK = "rates"


class RatesNote(QFrame):
    """One framed line: "22 COP deals (1,234,567.00 COP) are left out of the amounts: no exchange rate. Enter
    rates…"; the link emits ``rates_requested`` with the currency codes."""

    rates_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.setPalette(palette)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(lambda _link: self.rates_requested.emit(list(self.currencies)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label, 1)
        self.currencies: list[str] = []
        self.hide()

    def show_unconverted(self, entries: Sequence[Unconverted]) -> None:
        """Say which deals are left out (per currency: count and sum in it); hide when there are none."""
        parts = [(self.tr("{deals} {currency} deals ({amount})") if entry.deals != 1 else
                  self.tr("{deals} {currency} deal ({amount})")).format(
            deals=f"{entry.deals:,}", currency=entry.currency, amount=entry.amount_text()) for entry in entries]
        self._show([entry.currency for entry in entries], self.tr(
            "{deals} are left out of the amounts: no exchange rate.").format(deals=self.tr(", ").join(parts)))

    def show_currencies(self, codes: Sequence[str]) -> None:
        """Say that amounts in ``codes`` are left out (where the deals are not counted one by one)."""
        self._show(list(codes), self.tr("Amounts in {currencies} are left out: no exchange rate.").format(
            currencies=self.tr(", ").join(codes)))

    def _show(self, codes: list[str], sentence: str) -> None:
        self.currencies = codes
        if not codes:
            self.label.clear()
            self.hide()
            return
        link = self.tr("Enter rates…")
        self.label.setText(f'{sentence} <a href="{RATES_LINK}">{link}</a>')
        self.show()

    def text(self) -> str:
        return self.label.text()
