"""The Leads page (issue 15): tabs over the scored leads (``LeadsPanel``: the list with score, grade and
breakdown, its filters, the lead dialog and status actions; it opens on this tab) and the scoring model
(``ModelPanel``: the rules and grades editors, the live preview, saving a version, the history).

More tabs go in ``_build_tabs``; buttons for the lead list go in ``self.leads.actions_bar`` (a QHBoxLayout).
All database work goes through the runner with ``views.leads.loaders``.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from salesmgr.views.leads.leads_panel import LeadsPanel
from salesmgr.views.leads.model_panel import ModelPanel
from salesmgr.views.runner import DbRunner
from salesmgr.views.ui_settings import UiSettings


class LeadsPage(QWidget):
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

    @property
    def actions_bar(self) -> QHBoxLayout:
        """The Leads tab's button bar (a QHBoxLayout)."""
        return self.leads.actions_bar


__all__ = ["LeadsPage"]
