"""The Dashboard's customer health chart: one bar per band, labelled with the count and share."""
from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.views.dashboard.health_chart import HealthChart
from salesmgr.views.dashboard.page import DashboardPage
from tests.helpers.health_data import TODAY, build


def test_bars_per_band_and_the_no_score_bar_only_when_needed(qtbot: QtBot) -> None:
    chart = HealthChart()
    qtbot.addWidget(chart)
    assert chart.empty_text.isVisible() or chart.values == []
    chart.set_data({"healthy": 6, "watch": 3, "at_risk": 1, "none": 0})
    # 6 / 10 = 60 %, 3 / 10 = 30 %, 1 / 10 = 10 %
    assert chart.values == [6.0, 3.0, 1.0]
    assert chart.label_texts() == ["6 · 60 %", "3 · 30 %", "1 · 10 %"]
    chart.set_data({"healthy": 1, "watch": 0, "at_risk": 0, "none": 1})
    assert chart.values == [1.0, 0.0, 0.0, 1.0]
    assert chart.details[3] == "No score: 1 of 2 customers"
    assert chart.plot_item.getAxis("bottom").labelText == "Customers"


def test_the_dashboard_shows_todays_health(qtbot: QtBot, db: Database, runner: Any) -> None:
    build(db)
    page = DashboardPage(runner, today=TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.health_chart.values != [], timeout=10_000)
    # tests/helpers/health_data.py: Alpha and Gamma healthy, Beta and Epsilon at risk
    assert page.health_chart.values == [2.0, 0.0, 2.0]
