"""The Leads page (issue 15): tabs over the scored leads (``LeadsPanel``: the list with score, grade and
breakdown, its filters, the lead dialog and status actions; it opens on this tab) and the scoring model
(``ModelPanel``: the rules and grades editors, the live preview, saving a version, the history), the monthly
review (``ReviewPanel``) and the model it proposes (``SuggestionPanel``).

More tabs go in ``_build_tabs``; buttons for the lead list go in ``self.leads.actions_bar`` (a QHBoxLayout).
All database work goes through the runner with ``views.leads.loaders``.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from salesmgr.views.leads.leads_panel import LeadsPanel
from salesmgr.views.leads.model_panel import ModelPanel
from salesmgr.views.leads.nurturing_export import export_nurturing
from salesmgr.views.leads.review_panel import ReviewPanel
from salesmgr.views.leads.routing_dialog import RoutingDialog
from salesmgr.views.leads.suggest_panel import SuggestionPanel
from salesmgr.views.runner import DbRunner
from salesmgr.views.ui_settings import UiSettings


class LeadsPage(QWidget):
    rates_requested = Signal(list)  # the review's averages leave out currencies without a rate: open the rates

    def __init__(self, runner: DbRunner, settings: UiSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.tabs = QTabWidget()
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _build_tabs(self) -> None:
        self.leads = LeadsPanel(self.runner)
        self.model = ModelPanel(self.runner, self.settings)
        self.tabs.addTab(self.leads, self.tr("Leads"))
        self.tabs.addTab(self.model, self.tr("Scoring model"))
        self.review = ReviewPanel(self.runner)
        self.suggestion = SuggestionPanel(self.runner)
        self.review.rates_requested.connect(self.rates_requested)
        self.tabs.addTab(self.review, self.tr("Monthly review"))
        self.tabs.addTab(self.suggestion, self.tr("Proposed model"))
        self._add_lead_actions()

    def _add_lead_actions(self) -> None:
        self.route_button = QPushButton(self.tr("Route leads…"))
        self.route_button.setToolTip(self.tr("Assign the leads of routed grades to reps, by the routing rule"))
        self.route_button.clicked.connect(self.open_routing)
        self.nurture_button = QPushButton(self.tr("Export nurturing list…"))
        self.nurture_button.setToolTip(self.tr("The leads below the routed grades, for marketing, as an Excel file"))
        self.nurture_button.clicked.connect(lambda: export_nurturing(self, self.runner))
        for button in (self.route_button, self.nurture_button):
            self.actions_bar.addWidget(button)

    def open_routing(self) -> RoutingDialog:
        """The routing dialog; the lead list reloads when it closes (Route now may have assigned leads)."""
        dialog = RoutingDialog(self.runner, self)
        dialog.finished.connect(lambda _result: self.leads.reload())
        dialog.open()
        return dialog

    @property
    def actions_bar(self) -> QHBoxLayout:
        """The Leads tab's button bar (a QHBoxLayout)."""
        return self.leads.actions_bar


__all__ = ["LeadsPage"]
