"""The Dashboard page on a small hand-built database: tiles, filters, reloads and charts.

Every expected figure is worked out by hand in a comment next to it.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import Opportunity, Rep, StageDefinition, Team
from salesmgr.models.database import Database
from salesmgr.models.metrics.summary import dashboard_report
from salesmgr.models.money import D
from salesmgr.models.org import Quota
from salesmgr.models.periods import Period
from salesmgr.models.settings import set_fiscal_start
from salesmgr.views.dashboard.charts import FunnelChart, FunnelRow, RankingChart, RankingRow
from salesmgr.views.dashboard.page import DashboardPage

TODAY = date(2026, 5, 15)  # the current quarter is 2026Q2: 2026-04-01 to 2026-06-30


def _stage(s: Session, name: str) -> int:
    stage_id = s.scalar(select(StageDefinition.id).where(StageDefinition.name == name))
    assert stage_id is not None, name
    return stage_id


def _deal(s: Session, stage: str, amount: str, owner: int, created: date, *, closed: date | None = None,
          expected: date | None = None, probability: int | None = None) -> None:
    opp = Opportunity(name=f"{stage} {amount}", stage_id=_stage(s, stage), currency="CNY", owner_id=owner,
                      created_date=created, closed_date=closed, expected_close_date=expected,
                      probability=probability)
    opp.amount = D(amount)
    s.add(opp)


def _rep(s: Session, name: str, team_id: int, quota: str | None) -> int:
    rep = Rep(name=name, team_id=team_id)
    s.add(rep)
    s.flush()
    if quota is not None:
        row = Quota(rep_id=rep.id, period="2026Q2", currency="CNY")
        row.amount = D(quota)
        s.add(row)
    return rep.id


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    """Team North (Ann, quota 10,000; Bob, quota 5,000) and team South (Cy, quota 5,000) in 2026Q2."""
    with db.session() as s:
        north, south = Team(name="North"), Team(name="South")
        s.add_all([north, south])
        s.flush()
        ann = _rep(s, "Ann", north.id, "10000")
        bob = _rep(s, "Bob", north.id, "5000")
        cy = _rep(s, "Cy", south.id, "5000")
        _deal(s, "Won", "6000", ann, date(2026, 3, 1), closed=date(2026, 4, 10))  # cycle 40 days
        _deal(s, "Won", "1500", bob, date(2026, 4, 1), closed=date(2026, 5, 1))  # cycle 30 days
        _deal(s, "Lost", "2000", bob, date(2026, 4, 1), closed=date(2026, 4, 20))
        _deal(s, "Negotiation", "4000", ann, date(2026, 5, 10), expected=date(2026, 6, 30), probability=50)
        _deal(s, "Won", "9000", cy, date(2026, 1, 1), closed=date(2026, 2, 1))  # 2026Q1
        _deal(s, "Won", "3000", cy, date(2026, 4, 1), closed=date(2026, 6, 1))  # cycle 61 days
        # open since 2026-01-05: 130 days in its stage > the default 30 -> stalled; expected in 2026Q3
        _deal(s, "Lead identified", "1000", bob, date(2026, 1, 5), expected=date(2026, 9, 30))
        return {"north": north.id, "south": south.id, "ann": ann, "bob": bob, "cy": cy}


@pytest.fixture
def page(qtbot: QtBot, runner: Any, ids: dict[str, int]) -> DashboardPage:
    page = DashboardPage(runner, today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    return page


def _texts(page: DashboardPage) -> list[str]:
    return [tile.value() for tile in page.tiles]


def test_tiles_show_the_hand_computed_figures(page: DashboardPage, db: Database) -> None:
    assert page.period() == Period.parse("2026Q2")
    assert [page.period_combo.itemData(i) for i in range(page.period_combo.count())] == [
        "2026Q2", "2026Q1", "2025Q4", "2025Q3", "2025Q2", "2025Q1", "2024Q4", "2024Q3"]
    with db.session() as s:
        completeness = dashboard_report(s, Period.parse("2026Q2"), today=TODAY).tiles.kpis.data_completeness
    assert _texts(page) == [
        "52.5 %",  # won 6,000 + 1,500 + 3,000 = 10,500 of quota 10,000 + 5,000 + 5,000 = 20,000
        "75.0 %",  # 3 won of 3 won + 1 lost
        "43.7 days",  # (40 + 30 + 61) / 3 = 43.67
        "2,000.00 CNY",  # 4,000 x 50 %
        f"{completeness * 100:.1f} %",
        "1",  # the lead open since January
    ]
    assert page.won_tile.detail() == "10.5 K CNY of 20.0 K CNY quota"  # the tile's short amounts
    assert page.won_tile.toolTip() == "10,500.00 CNY of 20,000.00 CNY quota"  # the exact ones
    assert page.pipeline_tile.toolTip() == "2,000.00 CNY"


def test_team_and_rep_filters_reload(qtbot: QtBot, page: DashboardPage, ids: dict[str, int]) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.team_combo.setCurrentIndex(page.team_combo.findData(ids["north"]))
    assert [page.rep_combo.itemText(i) for i in range(page.rep_combo.count())] == ["All reps", "Ann", "Bob"]
    assert page.won_tile.value() == "50.0 %"  # 6,000 + 1,500 = 7,500 of 15,000
    assert page.win_rate_tile.value() == "66.7 %"  # 2 won of 2 won + 1 lost
    assert [row.name for row in page.ranking_chart.rows] == ["Ann", "Bob"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.rep_combo.setCurrentIndex(page.rep_combo.findData(ids["ann"]))
    assert page.won_tile.value() == "60.0 %"  # 6,000 of 10,000
    assert page.win_rate_tile.value() == "100.0 %"
    assert page.cycle_tile.value() == "40.0 days"


def test_a_period_without_quota_shows_na_with_the_reason(qtbot: QtBot, page: DashboardPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.period_combo.setCurrentIndex(page.period_combo.findData("2026Q1"))
    assert page.won_tile.value() == "n/a"
    assert page.won_tile.toolTip() == "no quota for this period\n9,000.00 CNY won"
    assert page.won_tile.detail() == "9,000.00 CNY won"  # under 10,000: exact in the tile too
    assert page.cycle_tile.value() == "31.0 days"  # 2026-01-01 to 2026-02-01
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.period_combo.setCurrentIndex(page.period_combo.findData("2025Q3"))
    assert page.win_rate_tile.value() == "n/a"
    assert page.win_rate_tile.toolTip() == "no won or lost deals in the filter"
    assert page.cycle_tile.toolTip() == "no won deals with both dates in the filter"
    assert page.funnel_chart.rows[-1].count == 0 and page.ranking_chart.rows[0].won_amount == 0


def test_an_edit_reloads_the_page(qtbot: QtBot, page: DashboardPage, runner: Any, ids: dict[str, int]) -> None:
    def add(s: Session) -> None:
        _deal(s, "Won", "500", ids["bob"], date(2026, 4, 1), closed=date(2026, 5, 2))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        runner.run(add, edits=True)
    assert page.won_tile.value() == "55.0 %"  # 11,000 of 20,000
    assert page.won_tile.detail() == "11.0 K CNY of 20.0 K CNY quota"


def test_charts_receive_the_funnel_and_the_ranking(page: DashboardPage) -> None:
    funnel = page.funnel_chart.rows
    assert [row.kind for row in funnel] == ["open"] * (len(funnel) - 1) + ["won"]
    assert "Lost" not in [row.stage for row in funnel]
    won = funnel[-1]
    assert (won.stage, won.count, won.amount, won.reached) == ("Won", 3, D("10500.00"), 3)
    negotiation = next(row for row in funnel if row.stage == "Negotiation")
    assert (negotiation.count, negotiation.amount) == (1, D("4000.00"))
    assert page.funnel_chart.values == [float(row.reached) for row in funnel]
    ranking = page.ranking_chart.rows
    assert [(row.name, row.won_amount, row.won_count) for row in ranking] == [
        ("Ann", Decimal("6000.00"), 1), ("Cy", Decimal("3000.00"), 1), ("Bob", Decimal("1500.00"), 1)]
    assert ranking[0].attainment == pytest.approx(0.6)
    assert page.ranking_chart.values == [6000.0, 3000.0, 1500.0]


def test_hover_shows_the_bar_values(qtbot: QtBot, page: DashboardPage) -> None:
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    chart = page.ranking_chart
    view = chart.plot_item.getViewBox()
    chart.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(100.0, 0.0)))
    assert "Ann" in chart.hover_text and "6,000.00 CNY" in chart.hover_text and "60.0 % of quota" in chart.hover_text
    assert chart.toolTip() == chart.hover_text
    chart.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(100.0, 0.5)))  # between two bars
    assert chart.hover_text == ""


def test_charts_take_plain_rows_and_save_png(qtbot: QtBot, tmp_path: Path) -> None:
    funnel, ranking = FunnelChart(), RankingChart()
    for chart in (funnel, ranking):
        qtbot.addWidget(chart)
    lead = FunnelRow("Lead", "open", 2, Decimal("1234567.5"), 5, 0.6)
    won = FunnelRow("Won", "won", 3, Decimal("100"), 3, None)
    funnel.set_data([lead, won, FunnelRow("Lost", "lost", 1, None, 1, None)], "CNY")
    assert funnel.rows == [lead, won]  # lost stages are not drawn
    assert funnel.label_texts() == ["5 reached · 60.0 % won · 2 now in stage", "3 won · 100.00 CNY"]
    ranking.set_data([RankingRow(f"Rep {n}", Decimal(100 * n), n, None) for n in range(12, 0, -1)], "USD")
    assert len(ranking.rows) == 10 and ranking.rows[0].name == "Rep 12"
    assert "no quota" in ranking.details[0] and "1,200.00 USD" in ranking.details[0]
    for name, chart in (("funnel.png", funnel), ("ranking.png", ranking)):
        assert chart.save_png(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 1000
    ranking.set_data([], "USD")
    assert ranking.rows == [] and ranking.bars is None and ranking.empty_text.isVisible()


def test_the_funnel_is_drawn_before_the_other_figures(qtbot: QtBot, page: DashboardPage) -> None:
    order: list[str] = []
    page.funnel_shown.connect(lambda: order.append("funnel"))
    page.loaded.connect(lambda: order.append("loaded"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.period_combo.setCurrentIndex(page.period_combo.findData("2026Q1"))
    assert order == ["funnel", "loaded"]
    assert page.funnel_chart.rows[-1].count == 1  # the 9,000 deal won in February


def test_only_the_last_of_quick_filter_changes_is_shown(qtbot: QtBot, page: DashboardPage,
                                                        ids: dict[str, int]) -> None:
    shown: list[str] = []
    page.loaded.connect(lambda: shown.append(page.won_tile.value()))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.period_combo.setCurrentIndex(page.period_combo.findData("2026Q1"))
        page.team_combo.setCurrentIndex(page.team_combo.findData(ids["north"]))
        page.period_combo.setCurrentIndex(page.period_combo.findData("2026Q2"))
    qtbot.waitUntil(lambda: not page.runner.is_busy(), timeout=10_000)
    assert shown == ["50.0 %"]  # North in 2026Q2: 7,500 of 15,000; the two earlier filters never reach the page
    assert [row.name for row in page.ranking_chart.rows] == ["Ann", "Bob"]


# --- a fiscal year starting in April: the combo lists fiscal quarters, with their months --------------------

def _combo(page: DashboardPage) -> list[tuple[str, str]]:
    combo = page.period_combo
    return [(combo.itemData(i), combo.itemText(i)) for i in range(3)]


def test_the_period_combo_follows_a_fiscal_year_starting_in_april(qtbot: QtBot, runner: Any, db: Database,
                                                                  ids: dict[str, int]) -> None:
    with db.session() as s:
        set_fiscal_start(s, 4)
    page = DashboardPage(runner, today=TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.range_label.text() != "", timeout=10_000)
    # 2026-05-15 is in fiscal 2026's first quarter (April-June); the one before is January-March 2026
    assert _combo(page) == [("2026Q1", "FY2026 Q1 (Apr–Jun 2026) (current)"),
                            ("2025Q4", "FY2025 Q4 (Jan–Mar 2026)"), ("2025Q3", "FY2025 Q3 (Oct–Dec 2025)")]
    assert page.period().bounds == (date(2026, 4, 1), date(2026, 6, 30))
    assert page.range_label.text() == "2026-04-01 to 2026-06-30, by close date"


def test_a_new_fiscal_start_relabels_the_quarters(qtbot: QtBot, page: DashboardPage, runner: Any) -> None:
    assert _combo(page)[0] == ("2026Q2", "2026Q2 (current)")  # January: the keys, as before
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.period_combo.setCurrentIndex(1)  # the quarter before the current one
    assert page.range_label.text() == "2026-01-01 to 2026-03-31, by close date"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        runner.run(lambda session: set_fiscal_start(session, 7), edits=True)  # as the Settings dialog saves
    # July: 2026-05-15 is in fiscal 2025's fourth quarter (April-June 2026); the position chosen stays
    assert _combo(page)[:2] == [("2025Q4", "FY2025 Q4 (Apr–Jun 2026) (current)"),
                                ("2025Q3", "FY2025 Q3 (Jan–Mar 2026)")]
    assert page.period_combo.currentIndex() == 1
    assert page.range_label.text() == "2026-01-01 to 2026-03-31, by close date"
