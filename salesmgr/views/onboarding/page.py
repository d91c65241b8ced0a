"""The Onboarding page (issue 13): tabs over the new hires' 90-day plans (``PlansPanel``: the plan list and the
selected plan's tasks, reviews and certifications; it opens on this tab), the plan templates with their planned
70/20/10 mix (``TemplatesPanel``) and the ramp metrics with the ramp chart (``RampPanel``).

All database work goes through the runner with ``views.onboarding.loaders``; each panel reloads after every
committed edit (``runner.changed``).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from salesmgr.views.onboarding.plans_panel import PlansPanel
from salesmgr.views.onboarding.ramp_panel import RampPanel
from salesmgr.views.onboarding.templates_panel import TemplatesPanel


class OnboardingPage(QWidget):
    rates_requested = Signal(list)  # the ramp's amounts leave out currencies without a rate: open the rates

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.tabs = QTabWidget()
        self.plans = PlansPanel(runner)
        self.templates = TemplatesPanel(runner)
        self.ramp = RampPanel(runner)
        self.ramp.rates_requested.connect(self.rates_requested)
        self.tabs.addTab(self.plans, self.tr("Plans"))
        self.tabs.addTab(self.templates, self.tr("Templates"))
        self.tabs.addTab(self.ramp, self.tr("Ramp"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)


__all__ = ["OnboardingPage"]
