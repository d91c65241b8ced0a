"""The Goals panel: the demo's goals with their status, adding a goal from a template in two steps, the status
texts and colours of hand-built goals (the rule of salesmgr.models.goals.status), the trend chart's points, a
goal without data saying why, and nothing clipped at the page's size in English and Chinese."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.goals.goals import COMPANY, Goal, GoalActual, GoalSpec, add_goal, record_actual
from salesmgr.models.goals.status import goal_statuses, status_label
from salesmgr.models.periods import Period
from salesmgr.views.app import install_translator
from salesmgr.views.goals.goal_table import STATUS_COLOURS, GoalTableModel
from salesmgr.views.goals.goals_panel import GoalsPanel
from salesmgr.views.runner import DbRunner
from tests.helpers.clipping import clipped_widgets, report
from tests.helpers.default_window import DEMO_TODAY, LANGUAGES, fill_demo

TIMEOUT = 20_000
Q4 = Period.parse("2026Q4")  # 2026-10-01 .. 2026-12-31: 92 days
MID_Q4 = date(2026, 11, 15)  # day 46 of 92: elapsed exactly 0.5
PAGE_SIZE = (1000, 650)


def open_panel(qtbot: QtBot, runner: DbRunner, today: date) -> GoalsPanel:
    panel = GoalsPanel(runner, today=today)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not runner.is_busy() and panel.period() == Period.quarter_of(today), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
    return panel


def cell(panel: GoalsPanel, goal_id: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    row = panel.model.row_for_id(goal_id)
    assert row is not None
    return panel.model.index(row, column).data(role)


@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo(db)
    return db


@pytest.fixture
def manual_goals(db: Database) -> dict[str, int]:
    """Four goals on the manual metric, baseline 0 -> target 100 in 2026Q4. On 15 November elapsed = 46/92 = 0.5,
    so actual 45 -> progress 0.45, gap -0.05: on track; 30 -> gap -0.20: at risk; 20 -> gap -0.30: off track;
    no actual: no data. The first also has actuals in earlier quarters for its trend."""
    with db.session() as s:
        ids = {}
        for name, actual in (("on", 45), ("risk", 30), ("off", 20), ("none", None)):
            ids[name] = add_goal(s, GoalSpec("team", "manual", Q4, Decimal(0), Decimal(100), COMPANY,
                                             note=f"goal {name}"))
            if actual is not None:
                record_actual(s, ids[name], Decimal(actual), date(2026, 11, 1))
        record_actual(s, ids["on"], Decimal(10), date(2026, 5, 10))  # 2026Q2
        record_actual(s, ids["on"], Decimal(20), date(2026, 8, 1))  # 2026Q3, replaced by the later entry
        record_actual(s, ids["on"], Decimal(25), date(2026, 8, 20))
        return ids


def test_the_panel_lists_the_demo_goals_with_their_status(qtbot: QtBot, demo: Database) -> None:
    runner = DbRunner(demo)
    try:
        panel = open_panel(qtbot, runner, DEMO_TODAY)
        with demo.session() as s:  # the domain's own evaluation (tested in tests/models/goals) is what must show
            expected = {g.id: g for g in goal_statuses(s, Period.quarter_of(DEMO_TODAY), DEMO_TODAY)}
        rows = panel.model.rows()
        assert {row.id for row in rows} == set(expected) and len(rows) >= 5
        assert {row.goal.dimension for row in rows} == {"financial", "customer", "operations", "team"}
        for goal_id, goal in expected.items():
            shown = str(cell(panel, goal_id, GoalTableModel.STATUS))
            assert shown.startswith(status_label(goal.status))
        assert {row.goal.status.value for row in rows} >= {"on_track", "at_risk", "no_data"}
        panel.dimension_combo.setCurrentIndex(panel.dimension_combo.findData("team"))
        assert {row.goal.dimension for row in panel.model.rows()} == {"team"}
    finally:
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
        runner.shutdown()


def test_adding_a_goal_from_a_template_takes_two_steps(qtbot: QtBot, db: Database, runner: DbRunner) -> None:
    panel = open_panel(qtbot, runner, MID_Q4)
    panel.add_button.click()
    qtbot.waitUntil(lambda: getattr(panel, "goal_dialog", None) is not None, timeout=TIMEOUT)
    dialog = panel.goal_dialog
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("nps"))  # step 1: the template
    assert dialog.baseline_edit.text() == "30" and dialog.target_edit.text() == "50"
    assert dialog.period_combo.currentData() == "2026Q4"  # step 2: owner (Company) and period as offered
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        dialog.accept()
    with db.session() as s:
        goals = s.query(Goal).all()
        assert [(g.metric, g.dimension, g.period, g.baseline, g.target, g.owner_type) for g in goals] == [
            ("nps", "customer", "2026Q4", Decimal(30), Decimal(50), "company")]
    assert [row.goal.metric for row in panel.model.rows()] == ["nps"]


def test_status_texts_and_colours_follow_the_rule(qtbot: QtBot, runner: DbRunner, manual_goals: dict[str, int]) -> None:
    panel = open_panel(qtbot, runner, MID_Q4)
    expected = {"on": ("on track", "#e3f4e8"), "risk": ("at risk", "#fff4e5"), "off": ("off track", "#fdecea"),
                "none": ("no data: no actual entered in the period", "#eeeeee")}
    for name, (text, colour) in expected.items():
        goal_id = manual_goals[name]
        assert cell(panel, goal_id, GoalTableModel.STATUS) == text
        brush = cell(panel, goal_id, GoalTableModel.STATUS, Qt.ItemDataRole.BackgroundRole)
        assert brush.color().name() == colour  # type: ignore[attr-defined]
    assert STATUS_COLOURS  # the colours the panel shows are the module's
    tooltip = str(cell(panel, manual_goals["risk"], GoalTableModel.STATUS, Qt.ItemDataRole.ToolTipRole))
    assert "at most 10 points behind" in tooltip and "more than 25 points behind" in tooltip
    assert "progress 30 %, time gone by 50 %" in tooltip
    assert cell(panel, manual_goals["risk"], GoalTableModel.PROGRESS) == "30 %"
    assert cell(panel, manual_goals["risk"], GoalTableModel.ACTUAL) == "30"
    assert cell(panel, manual_goals["risk"], GoalTableModel.ACTUAL,
                Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_a_goal_without_data_shows_its_reason_not_zero(qtbot: QtBot, runner: DbRunner,
                                                       manual_goals: dict[str, int]) -> None:
    panel = open_panel(qtbot, runner, MID_Q4)
    goal_id = manual_goals["none"]
    assert cell(panel, goal_id, GoalTableModel.ACTUAL) == "—"
    assert cell(panel, goal_id, GoalTableModel.PROGRESS) == "—"
    assert "no actual entered in the period" in str(cell(panel, goal_id, GoalTableModel.STATUS))


def test_the_trend_chart_gets_the_goals_points(qtbot: QtBot, runner: DbRunner, manual_goals: dict[str, int]) -> None:
    panel = open_panel(qtbot, runner, MID_Q4)
    assert panel.select_goal(manual_goals["on"])
    qtbot.waitUntil(lambda: panel.trend is not None and panel.trend.goal_id == manual_goals["on"], timeout=TIMEOUT)
    # six quarters 2025Q3 .. 2026Q4 at x = 0..5; entries in 2026Q2 (10), 2026Q3 (20 then 25: the later counts)
    # and 2026Q4 (45); the quarters before have none and are left out, not drawn as 0
    assert [p.period for p in panel.trend.points] == ["2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert panel.chart.points == [(3.0, 10.0), (4.0, 25.0), (5.0, 45.0)]
    assert (panel.chart.baseline, panel.chart.target) == (0.0, 100.0)
    assert panel.chart.title.startswith("Manual metric: actual by period")


def test_the_first_goal_is_selected_with_its_trend_when_the_panel_opens(
        qtbot: QtBot, runner: DbRunner, manual_goals: dict[str, int]) -> None:
    panel = open_panel(qtbot, runner, MID_Q4)
    first = panel.selected_goal()
    assert first is not None and panel.edit_button.isEnabled()
    assert first.id == panel.model.row_at(panel.view.model().mapToSource(panel.view.model().index(0, 0))).id
    qtbot.waitUntil(lambda: panel.trend is not None, timeout=TIMEOUT)
    assert panel.trend is not None and panel.trend.goal_id == first.id and panel.chart.title != ""


def test_entering_an_actual_updates_the_goal(qtbot: QtBot, db: Database, runner: DbRunner,
                                             manual_goals: dict[str, int]) -> None:
    panel = open_panel(qtbot, runner, MID_Q4)
    assert panel.select_goal(manual_goals["none"])
    assert panel.actual_button.isEnabled()
    dialog = panel.enter_actual()
    assert dialog is not None and dialog.date_edit.date().toString("yyyy-MM-dd") == "2026-11-15"
    dialog.value_edit.setText("60")
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        dialog.accept()
    with db.session() as s:
        assert [(a.value, a.recorded_on) for a in s.query(GoalActual).filter_by(goal_id=manual_goals["none"])] == [
            (Decimal(60), date(2026, 11, 15))]
    assert cell(panel, manual_goals["none"], GoalTableModel.STATUS) == "on track"  # 0.60 vs elapsed 0.5


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, request.param)
    yield request.param
    install_translator(app, "en")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_nothing_is_clipped_at_the_pages_size(qtbot: QtBot, demo: Database, language: str) -> None:
    runner = DbRunner(demo)
    try:
        panel = open_panel(qtbot, runner, DEMO_TODAY)
        panel.resize(*PAGE_SIZE)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda: panel.trend is not None, timeout=TIMEOUT)  # the first goal's, selected by itself
        offenders = clipped_widgets(panel)
        assert offenders == [], report(f"the Goals panel ({language})", offenders)
    finally:
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
        runner.shutdown()
        clock.set_today(None)
