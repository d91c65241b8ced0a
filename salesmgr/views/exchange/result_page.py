"""What the two import summaries (one file, a whole export) share: the heading and note, the rejected rows with
"Save rejected rows…", and the prompt for the currencies without an exchange rate with "Enter exchange rates…"."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from salesmgr.models.metrics.unconverted import Unconverted
from salesmgr.views.exchange.mapping_model import TextTableModel, text_view
from salesmgr.views.widgets.labels import heading


class ResultPage(QWidget):
    """The shared widgets; ``show_missing_rates`` fills the rates prompt (hidden when nothing is missing)."""

    save_rejects_requested = Signal()
    rates_requested = Signal(list)  # the currencies of the imported amounts that have no exchange rate

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.reject_model = TextTableModel(parent=self)
        self.reject_view = text_view(self.reject_model)
        self.save_button = QPushButton(QCoreApplication.translate("ImportResultPage", "Save rejected rows…"))
        self.save_button.clicked.connect(self.save_rejects_requested)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.rates_label = QLabel()
        self.rates_label.setWordWrap(True)
        self.rates_button = QPushButton(QCoreApplication.translate("ImportResultPage", "Enter exchange rates…"))
        self.rates_button.clicked.connect(lambda: self.rates_requested.emit(list(self.missing_currencies)))
        self.missing_currencies: list[str] = []

    def rejects_tab(self) -> QWidget:
        """The rejected rows with the saved file's line and "Save rejected rows…" under them."""
        rejects = QWidget()
        layout = QVBoxLayout(rejects)
        layout.addWidget(self.reject_view, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.saved_label, 1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        return rejects

    def lay_out(self, counts: QGridLayout, tabs: QTabWidget) -> None:
        """From the top: heading, note, the rates prompt, the counts, then the tabs taking the rest."""
        rates = QHBoxLayout()
        rates.addWidget(self.rates_label, 1)
        rates.addWidget(self.rates_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(rates)
        layout.addLayout(counts)
        layout.addWidget(tabs, 1)

    def show_missing_rates(self, missing: Sequence[Unconverted], base: str, refused: bool) -> None:
        """The currencies without a rate to ``base``, with the button that opens the rates; hidden when every
        amount can be converted or nothing was written."""
        shown = [] if refused else list(missing)
        self.missing_currencies = [entry.currency for entry in shown]
        self.rates_label.setText(missing_rates_text(shown, base) if shown else "")
        self.rates_label.setVisible(bool(shown))
        self.rates_button.setVisible(bool(shown))


def missing_rates_text(missing: Sequence[Unconverted], base: str) -> str:
    """The line above the counts, e.g. "No exchange rate to CNY for 22 COP deals (1,234,567.00 COP): their
    amounts are left out of the figures until you enter a rate."."""
    parts = [(QCoreApplication.translate("SummaryPage", "{deals} {currency} deals ({amount})") if entry.deals != 1
              else QCoreApplication.translate("SummaryPage", "{deals} {currency} deal ({amount})")).format(
        deals=f"{entry.deals:,}", currency=entry.currency, amount=entry.amount_text()) for entry in missing]
    return QCoreApplication.translate(
        "SummaryPage", "No exchange rate to {base} for {deals}: their amounts are left out of the figures until you "
                       "enter a rate.").format(base=base, deals=QCoreApplication.translate("SummaryPage", ", ")
                                               .join(parts))
