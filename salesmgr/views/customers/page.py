"""The Accounts page (issue 16): tabs, the first of which is the account list beside the chosen account's view
(``AccountsPanel``); ``add_tab(widget, title)`` adds the other customer tabs (health, hand-offs, committee,
value, journey). All database work goes through the runner with ``views.customers.loaders``."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from salesmgr.views.customers.accounts_panel import AccountsPanel
from salesmgr.views.runner import DbRunner


class AccountsPage(QWidget):
    rates_requested = Signal(list)  # revenue in currencies without a rate was left out: open the rates

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.tabs = QTabWidget()
        self.accounts = AccountsPanel(runner)
        self.accounts.rates_requested.connect(self.rates_requested)
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add another tab after those already there; returns its index."""
        return self.tabs.addTab(widget, title)


__all__ = ["AccountsPage"]
