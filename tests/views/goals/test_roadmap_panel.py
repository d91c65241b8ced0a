"""The Roadmap panel on the demo: the three phases as columns with their milestone cards (done, overdue, open),
the diagnosis table with a row per catalogue metric, the pilot chart's four bars, a database without a pilot,
and nothing clipped at the page's size in English and Chinese on any of its tabs."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.goals.catalogue import METRICS
from salesmgr.models.periods import Period
from salesmgr.views.app import install_translator
from salesmgr.views.goals.roadmap_panel import RoadmapPanel
from salesmgr.views.runner import DbRunner
from tests.helpers.clipping import clipped_widgets, report
from tests.helpers.default_window import DEMO_TODAY, LANGUAGES, fill_demo

TIMEOUT = 20_000
PAGE_SIZE = (1000, 650)


def open_panel(qtbot: QtBot, runner: DbRunner) -> RoadmapPanel:
    panel = RoadmapPanel(runner, today=DEMO_TODAY)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.view is not None and panel.rows != [] and not runner.is_busy(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
    return panel


@pytest.fixture
def demo_runner(db: Database) -> Iterator[DbRunner]:
    fill_demo(db)
    runner = DbRunner(db)
    yield runner
    runner.shutdown()
    clock.set_today(None)


def test_the_demo_roadmap_diagnosis_and_pilot(qtbot: QtBot, demo_runner: DbRunner) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert len(panel.phase_headings) == 3 and "Solid foundations, better processes" in panel.phase_headings[0].text()
    statuses = [card.property("status") for cards in panel.phase_cards for card in cards]
    assert statuses.count("done") == 3 and statuses.count("overdue") == 1 and statuses.count("open") == 4
    assert "measured by" in panel.phase_cards[0][0].toolTip()
    # the baseline is the last closed quarter: 2026Q3 on 27 November 2026
    assert panel.baseline_period() == Period.parse("2026Q3")
    assert panel.table.rowCount() == len(METRICS)
    assert panel.table.item(0, 0).text() == "Won revenue" and panel.table.item(0, 1).text() != "—"
    found = panel.comparison
    assert found is not None and found.metric == "won_revenue" and found.team == "华东大区 East China"
    assert len(panel.chart.bars) == 4  # pilot and others, before and after
    assert "against the other teams" in panel.chart.title
    with qtbot.waitSignal(panel.compared, timeout=TIMEOUT):
        panel.metric_combo.setCurrentIndex(panel.metric_combo.findData("win_rate"))
    assert panel.comparison is not None and panel.comparison.metric == "win_rate"
    assert "Difference in differences" in panel.pilot_label.text()
    qtbot.waitUntil(lambda: not demo_runner.is_busy(), timeout=TIMEOUT)


def test_without_a_pilot_the_panel_says_so(qtbot: QtBot, runner: DbRunner) -> None:
    panel = RoadmapPanel(runner, today=DEMO_TODAY)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.view is not None and panel.rows != [] and not runner.is_busy(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.pilot_label.text() != "" and not runner.is_busy(), timeout=TIMEOUT)
    assert panel.comparison is None and panel.chart.bars == []
    assert panel.pilot_label.text() == "No pilot team yet."
    assert all(len(cards) == 1 and cards[0].property("status") is None for cards in panel.phase_cards)


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, request.param)
    yield request.param
    install_translator(app, "en")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_nothing_is_clipped_at_the_pages_size(qtbot: QtBot, demo_runner: DbRunner, language: str) -> None:
    panel = open_panel(qtbot, demo_runner)
    panel.resize(*PAGE_SIZE)
    panel.show()
    qtbot.waitExposed(panel)
    for tab in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        offenders = clipped_widgets(panel)
        assert offenders == [], report(f"the Roadmap panel, tab {tab} ({language})", offenders)
