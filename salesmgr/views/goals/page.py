"""The Goals & Quotas page: tabs over the fiscal year's quota plan (the planning grid with its capacity and
coverage checks), the chosen quarter's attainment and the SMART goals (``GoalsPanel``) and the roadmap with its
pilot (``RoadmapPanel``); other tabs join through ``add_tab``.

All database work goes through the runner with ``views.goals.loaders``; the page reloads after every committed
edit (``runner.changed``), keeping the grid's rows, selection and undo history when only figures changed.
"""
from __future__ import annotations

import getpass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from salesmgr.views.goals import loaders
from salesmgr.views.goals.figures import AttainmentPanel
from salesmgr.views.goals.goals_panel import GoalsPanel
from salesmgr.views.goals.loaders import PlanData
from salesmgr.views.goals.plan_panel import PlanPanel
from salesmgr.views.goals.roadmap_panel import RoadmapPanel
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.rates_note import RatesNote


def current_user() -> str:
    """Who made a change, for the audit log (the operating system's user name)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some Windows services)
        return "unknown"


class GoalsPage(QWidget):
    """``loaded`` after fresh data is on screen; ``export_requested(kind)`` asks the window's export dialog."""

    loaded = Signal()
    export_requested = Signal(str)
    rates_requested = Signal(list)  # currencies whose amounts the figures leave out: open the rates

    def __init__(self, runner: Any, parent: QWidget | None = None, *, user: str | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data: PlanData | None = None
        self._request = 0
        self.tabs = QTabWidget()
        self.plan = PlanPanel(runner, user or current_user())
        self.attainment = AttainmentPanel()
        self.add_tab(self.plan, self.tr("Quota plan"))
        self.add_tab(self.attainment, self.tr("Attainment"))
        self.goals = GoalsPanel(runner)
        self.add_tab(self.goals, self.tr("Goals"))
        self.roadmap = RoadmapPanel(runner)
        self.add_tab(self.roadmap, self.tr("Roadmap"))
        self.rates_note = RatesNote()
        self.rates_note.rates_requested.connect(self.rates_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rates_note)
        layout.addWidget(self.tabs)
        self.plan.year_changed.connect(self.reload)
        self.plan.quarter_changed.connect(self.reload)
        self.plan.export_requested.connect(lambda: self.export_requested.emit("quotas"))
        runner.changed.connect(self.reload)
        self.reload()

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab to the page (the goals panel joins here); returns its index."""
        return self.tabs.addTab(widget, title)

    def reload(self) -> None:
        self._request += 1
        request, year = self._request, self.plan.fiscal_year()
        number = self.plan.quarter_number() if year is not None and self.data is not None \
            and self.data.grid.fiscal_year == year else None
        self.runner.run(lambda session: loaders.load_page(session, year, number),
                        lambda data: self._on_loaded(request, data), self._on_error)

    def _on_loaded(self, request: int, data: PlanData) -> None:
        if not isValid(self) or request != self._request:
            return
        if self.plan.year_combo.count() == 0:
            self.plan.fill_years(data.grid.fiscal_year)
        self.data = data
        self.rates_note.show_currencies(data.left_out)
        self.plan.show_data(data)
        self.attainment.show_data(data)
        self.loaded.emit()

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            self.plan.warn(user_message(exc))


__all__ = ["GoalsPage"]
