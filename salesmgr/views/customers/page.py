"""The Accounts page (issue 16): the account list beside the chosen account's view (``AccountsPanel``), then the
customers' health and churn watch, the hand-offs, the committee review, value (LTV and CAC) and the customer
journey, one tab each; ``add_tab(widget, title)`` adds another. All database work goes through the runner with
the tabs' Qt-free loaders."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from salesmgr.views.customers.accounts_panel import AccountsPanel
from salesmgr.views.customers.committee_tab import CommitteeTab
from salesmgr.views.customers.handoffs_tab import HandoffsTab
from salesmgr.views.customers.health_tab import HealthTab
from salesmgr.views.customers.journey_tab import JourneyTab
from salesmgr.views.customers.value_tab import ValueTab
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
        self.health, self.handoffs = HealthTab(runner), HandoffsTab(runner)
        self.committee, self.value, self.journey = CommitteeTab(runner), ValueTab(runner), JourneyTab(runner)
        for tab, title in ((self.health, self.tr("Health and churn")), (self.handoffs, self.tr("Hand-offs")),
                           (self.committee, self.tr("Committee review")), (self.value, self.tr("LTV and CAC")),
                           (self.journey, self.tr("Customer journey"))):
            self.add_tab(tab, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add another tab after those already there; returns its index."""
        return self.tabs.addTab(widget, title)


__all__ = ["AccountsPage"]
