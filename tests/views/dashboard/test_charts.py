"""Won per month against quota (worked out by hand), the stalled-deals panel on the Pipeline page and the
Dashboard's monthly and stage-duration charts."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import Account, Opportunity, Rep, StageDefinition, StageHistory, Team
from salesmgr.models.database import Database
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.monthly import MonthWon, won_by_month
from salesmgr.models.money import D
from salesmgr.models.org import Quota
from salesmgr.views.dashboard.charts import MonthlyChart, MonthlyRow, StageDurationChart, StageDurationRow
from salesmgr.views.dashboard.loaders import months_ending
from salesmgr.views.dashboard.page import DashboardPage
from salesmgr.views.pipeline.page import PipelinePage
from salesmgr.views.runner import DbRunner

TIMEOUT = 10_000
MONTHS = ["2026-04", "2026-05", "2026-06"]


def _stages(s: Session) -> dict[str, int]:
    return {name: id_ for id_, name in s.execute(select(StageDefinition.id, StageDefinition.name))}


def _quota(s: Session, amount: str, period: str, *, rep: int | None = None, team: int | None = None) -> None:
    row = Quota(rep_id=rep, team_id=team, period=period, currency="CNY")
    row.amount = D(amount)
    s.add(row)


# --- won per month ------------------------------------------------------------------------------------------
@pytest.fixture
def months_db(db: Database) -> dict[str, int]:
    """North (Ann, Bob; team quota 12,000 for 2026Q2), South (Cy). Quotas: Ann 9,000 for 2026Q2 and 5,000 for
    2026-05; Bob 1,000 for 2026Q2; Cy 2,000 for 2026-04 only."""
    with db.session() as s:
        stages = _stages(s)
        north, south = Team(name="North"), Team(name="South")
        s.add_all([north, south])
        s.flush()
        ann, bob, cy = Rep(name="Ann", team_id=north.id), Rep(name="Bob", team_id=north.id), Rep(name="Cy",
                                                                                                  team_id=south.id)
        s.add_all([ann, bob, cy])
        s.flush()
        _quota(s, "12000", "2026Q2", team=north.id)
        _quota(s, "9000", "2026Q2", rep=ann.id)
        _quota(s, "5000", "2026-05", rep=ann.id)
        _quota(s, "1000", "2026Q2", rep=bob.id)
        _quota(s, "2000", "2026-04", rep=cy.id)

        def deal(name: str, stage: str, amount: str, owner: int, closed: date | None,
                 expected: date | None = None) -> Opportunity:
            opp = Opportunity(name=name, stage_id=stages[stage], currency="CNY", owner_id=owner,
                              created_date=date(2026, 3, 1), closed_date=closed, expected_close_date=expected)
            opp.amount = D(amount)
            s.add(opp)
            return opp

        deal("A1", "Won", "1000", ann.id, date(2026, 4, 10))
        deal("A2", "Won", "2500", ann.id, date(2026, 5, 31))
        deal("B1", "Won", "700", bob.id, date(2026, 5, 1))
        deal("B2", "Lost", "9999", bob.id, date(2026, 5, 2))  # lost: never counted
        deal("C1", "Won", "400", cy.id, date(2026, 4, 30))
        deal("A3", "Won", "50", ann.id, None, expected=date(2026, 4, 15))  # no closed date: not counted
        deal("C2", "Won", "100", cy.id, date(2026, 7, 1))  # after the months asked for
        negotiation = deal("A4", "Negotiation", "800", ann.id, None, expected=date(2026, 5, 20))
        s.flush()
        # a completed 10-day stay in "Lead identified", then the running stay in "Negotiation"
        s.add_all([StageHistory(opportunity_id=negotiation.id, stage_id=stages["Lead identified"],
                                entered_at=datetime(2026, 5, 1)),
                   StageHistory(opportunity_id=negotiation.id, stage_id=stages["Negotiation"],
                                entered_at=datetime(2026, 5, 11))])
        return {"north": north.id, "south": south.id, "ann": ann.id, "bob": bob.id, "cy": cy.id}


def _months(db: Database, flt: MetricFilter) -> list[MonthWon]:
    with db.session() as s:
        return won_by_month(s, flt, MONTHS)


def test_won_by_month_for_everyone(db: Database, months_db: dict[str, int]) -> None:
    assert _months(db, MetricFilter()) == [
        MonthWon("2026-04", Decimal("1400.00"), Decimal("2000.00")),  # A1 1,000 + C1 400; Cy's 2026-04 row
        MonthWon("2026-05", Decimal("3200.00"), Decimal("5000.00")),  # A2 2,500 + B1 700; Ann's 2026-05 row
        # no 2026-06 rows: (Ann 9,000 + Bob 1,000 for 2026Q2) / 3 = 3,333.33
        MonthWon("2026-06", Decimal("0.00"), Decimal("3333.33")),
    ]


def test_won_by_month_for_a_rep_and_a_team(db: Database, months_db: dict[str, int]) -> None:
    assert _months(db, MetricFilter(rep_id=months_db["ann"])) == [
        MonthWon("2026-04", Decimal("1000.00"), Decimal("3000.00")),  # 9,000 / 3
        MonthWon("2026-05", Decimal("2500.00"), Decimal("5000.00")),  # the monthly row wins
        MonthWon("2026-06", Decimal("0.00"), Decimal("3000.00")),
    ]
    assert [m.quota for m in _months(db, MetricFilter(rep_id=months_db["bob"]))] == [Decimal("333.33")] * 3
    assert _months(db, MetricFilter(team_id=months_db["north"])) == [
        MonthWon("2026-04", Decimal("1000.00"), Decimal("4000.00")),  # team's own 12,000 / 3
        MonthWon("2026-05", Decimal("3200.00"), Decimal("5000.00")),  # sum of its reps' 2026-05 rows (Ann)
        MonthWon("2026-06", Decimal("0.00"), Decimal("4000.00")),
    ]
    assert _months(db, MetricFilter(team_id=months_db["south"])) == [
        MonthWon("2026-04", Decimal("400.00"), Decimal("2000.00")),
        MonthWon("2026-05", Decimal("0.00"), None),  # no month row, no quarter row
        MonthWon("2026-06", Decimal("0.00"), None),
    ]


def test_won_by_month_refuses_non_months(db: Database) -> None:
    with db.session() as s:
        assert won_by_month(s, MetricFilter(), []) == []
        with pytest.raises(ValueError):
            won_by_month(s, MetricFilter(), ["2026Q2"])


def test_months_ending() -> None:
    assert months_ending(date(2026, 3, 31), 4) == ["2025-12", "2026-01", "2026-02", "2026-03"]


# --- stalled panel ------------------------------------------------------------------------------------------
@pytest.fixture
def stalled_db(db: Database) -> dict[str, int]:
    """Deals dated relative to today; no won deal has stays, so every open stage stalls after 30 days."""
    today = date.today()
    with db.session() as s:
        stages = _stages(s)
        north, south = Team(name="North"), Team(name="South")
        ann, bob, cy = Rep(name="Ann", team=north), Rep(name="Bob", team=north), Rep(name="Cy", team=south)
        acme = Account(name="Acme")
        s.add_all([north, south, ann, bob, cy, acme])
        s.flush()
        found: dict[str, int] = {"north": north.id, "south": south.id, "bob": bob.id}
        for name, stage, owner, days_ago, amount in [
            ("Old lead", "Lead identified", ann, 100, "1000"),
            ("Fresh lead", "Lead identified", ann, 10, "1000"),
            ("Moved recently", "Negotiation", bob, 200, "1000"),
            ("Stuck demo", "Solution demo", cy, 45, "2000"),
            ("Old won", "Won", cy, 300, "5000"),
            ("Exactly 30", "Lead identified", bob, 30, "10"),
            ("Boundary 31", "Lead identified", bob, 31, None),
        ]:
            opp = Opportunity(name=name, stage_id=stages[stage], currency="CNY", owner=owner, account=acme,
                              created_date=today - timedelta(days=days_ago),
                              closed_date=today if stage == "Won" else None)
            opp.amount = None if amount is None else D(amount)
            s.add(opp)
            s.flush()
            found[name] = opp.id
        # entered its current stage 5 days ago: not stalled although created 200 days ago
        s.add(StageHistory(opportunity_id=found["Moved recently"], stage_id=stages["Negotiation"],
                           entered_at=datetime.combine(today - timedelta(days=5), datetime.min.time())))
        return found


def _panel_names(page: PipelinePage) -> list[str]:
    table = page.stalled_panel.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


@pytest.fixture
def pipeline(qtbot: QtBot, runner: DbRunner, stalled_db: dict[str, int]) -> PipelinePage:
    page = PipelinePage(runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.team_combo.count() == 3 and len(page.stalled_panel.deals) == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
    return page


def test_panel_lists_the_stalled_deals(pipeline: PipelinePage, stalled_db: dict[str, int]) -> None:
    assert _panel_names(pipeline) == ["Old lead", "Stuck demo", "Boundary 31"]  # longest first
    table = pipeline.stalled_panel.table
    assert [table.item(1, column).text() for column in range(7)] == [
        "Stuck demo", "Acme", "Cy", "Solution demo", "45", "30.0", "2,000.00"]
    assert table.item(2, 6).text() == ""  # no amount
    assert pipeline.stalled_panel.title_label.text() == "Stalled deals (3)"


def test_panel_follows_the_team_and_rep_filter(qtbot: QtBot, pipeline: PipelinePage,
                                               stalled_db: dict[str, int]) -> None:
    panel = pipeline.stalled_panel
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        pipeline.team_combo.setCurrentIndex(pipeline.team_combo.findData(stalled_db["north"]))
    assert _panel_names(pipeline) == ["Old lead", "Boundary 31"]
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        pipeline.rep_combo.setCurrentIndex(pipeline.rep_combo.findData(stalled_db["bob"]))
    assert _panel_names(pipeline) == ["Boundary 31"]
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        pipeline.team_combo.setCurrentIndex(pipeline.team_combo.findData(stalled_db["south"]))
    assert _panel_names(pipeline) == ["Stuck demo"]
    assert panel.title_label.text() == "Stalled deals (1)"


def test_double_click_opens_the_deal(qtbot: QtBot, pipeline: PipelinePage, stalled_db: dict[str, int]) -> None:
    with qtbot.waitSignal(pipeline.dialog_opened, timeout=TIMEOUT) as opened:
        pipeline.stalled_panel.table.cellDoubleClicked.emit(1, 0)
    dialog = opened.args[0]
    assert dialog.detail.row.id == stalled_db["Stuck demo"]
    dialog.close()


# --- dashboard charts ---------------------------------------------------------------------------------------
def test_dashboard_feeds_the_new_charts(qtbot: QtBot, runner: DbRunner, months_db: dict[str, int]) -> None:
    page = DashboardPage(runner, today=date(2026, 5, 15))  # 2026Q2: the months 2026-01 to 2026-06
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        pass
    assert page.monthly_chart.rows == [
        MonthlyRow("2026-01", Decimal("0.00"), None), MonthlyRow("2026-02", Decimal("0.00"), None),
        MonthlyRow("2026-03", Decimal("0.00"), None), MonthlyRow("2026-04", Decimal("1400.00"), Decimal("2000.00")),
        MonthlyRow("2026-05", Decimal("3200.00"), Decimal("5000.00")),
        MonthlyRow("2026-06", Decimal("0.00"), Decimal("3333.33"))]
    durations = {row.stage: row.days for row in page.duration_chart.rows}
    assert "Won" not in durations and "Lost" not in durations
    assert durations["Lead identified"] == pytest.approx(10.0)  # 2026-05-01 to 2026-05-11
    assert durations["Negotiation"] is None  # still running
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.rep_combo.setCurrentIndex(page.rep_combo.findData(months_db["ann"]))
    assert [row.quota for row in page.monthly_chart.rows][3:] == [Decimal("3000.00"), Decimal("5000.00"),
                                                                 Decimal("3000.00")]


def test_new_charts_take_plain_rows_hover_and_save_png(qtbot: QtBot, tmp_path: Path) -> None:
    monthly, durations = MonthlyChart(), StageDurationChart()
    for chart in (monthly, durations):
        qtbot.addWidget(chart)
    monthly.set_data([{"month": "2026-04", "won": Decimal("1500"), "quota": Decimal("3000")},
                      {"month": "2026-05", "won": Decimal("4000"), "quota": None}], "CNY")
    assert monthly.rows == [MonthlyRow("2026-04", Decimal("1500"), Decimal("3000")),
                            MonthlyRow("2026-05", Decimal("4000"), None)]
    assert [label.textItem.toPlainText() for label in monthly.labels] == [
        "1,500.00 CNY · 50.0 %", "4,000.00 CNY · no quota"]
    marks = monthly.quota_marks.getData()
    assert list(marks[0]) == [3000.0] and list(marks[1]) == [0.0]
    durations.set_data([StageDurationRow("Lead", 12.25), StageDurationRow("Demo", None)])
    assert durations.values == [12.25, 0.0]
    assert durations.details[0] == "Lead\nAverage stay: 12.2 days"
    durations.resize(640, 360)
    durations.show()
    qtbot.waitExposed(durations)
    view = durations.plot_item.getViewBox()
    durations.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(5.0, 0.0)))
    assert durations.hover_text == "Lead\nAverage stay: 12.2 days"
    assert monthly.details[1] == "2026-05\nWon: 4,000.00 CNY\nQuota: no quota"
    for name, chart in (("monthly.png", monthly), ("durations.png", durations)):
        assert chart.save_png(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 1000
    monthly.set_data([], "CNY")
    assert monthly.rows == [] and monthly.bars is None and len(monthly.quota_marks.getData()[0]) == 0


def test_a_chart_saves_where_the_user_chooses(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    chart = StageDurationChart()
    qtbot.addWidget(chart)
    chart.set_data([StageDurationRow("Lead identified", 12.5)])
    target = tmp_path / "durations"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert chart.save_as() is True
    assert (tmp_path / "durations.png").stat().st_size > 0
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert chart.save_as() is False
