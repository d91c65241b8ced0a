"""Capacity, coverage and the forecast view against the hand-computed figures of tests/helpers/quota_data.py."""
from __future__ import annotations

from decimal import Decimal

import pytest

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.goals.capacity import (
    NO_QUOTA,
    QUOTA_MET,
    capacity_report,
    coverage,
    forecast_view,
    historical_attainment,
    last_closed_quarters,
)
from salesmgr.models.periods import Period
from tests.helpers import quota_data

D = Decimal


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    clock.set_today(quota_data.TODAY)
    return quota_data.build(db)


def test_historical_attainment_of_the_teams(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        history = last_closed_quarters(session)
        assert [q.key for q in history] == list(quota_data.HISTORY)
        assert historical_attainment(session, ids["North"], history) == D("0.75")  # 450,000 / 600,000
        assert historical_attainment(session, ids["South"], history) == D("0.9")  # 360,000 / 400,000


def test_capacity_gap_and_more_reps(db: Database, ids: dict[str, int]) -> None:
    quota_data.plan_2027(db, ids)
    with db.session() as session:
        report = capacity_report(session, 2027)
    # Ann 400,000 x .75 = 300,000; Bob 200,000 x .75 = 150,000; Eli (40,000 x 1/2 ramp in 2027Q1 + 120,000)
    # x .75 = 105,000; Dan 400,000 x .9 = 360,000; Cid 160,000 x .9 = 144,000: 1,059,000
    assert report.capacity == D("1059000.00") and report.target == D("1200000.00")
    assert report.gap == D("141000.00")
    # ramped reps (all but Eli): (300 + 150 + 360 + 144) / 4 = 238.5 thousand; 141 / 238.5 -> 1 more rep
    assert report.more_reps == 1 and report.reasons == {}
    eli = next(r for r in report.reps if r.rep_id == ids["Eli"])
    assert not eli.ramped and eli.capacity == D("105000.0000")


def test_capacity_without_history_is_none_with_a_reason(db: Database) -> None:
    clock.set_today(quota_data.TODAY)
    with db.session() as session:
        report = capacity_report(session, 2027)
    assert report.capacity is None and report.more_reps is None
    assert report.reasons["capacity"] == "no quota in the last 4 closed quarters"


def test_coverage_of_a_rep_a_team_and_the_company(db: Database, ids: dict[str, int]) -> None:
    q4 = Period.parse("2026Q4")
    with db.session() as session:
        ann = coverage(session, q4, rep_id=ids["Ann"])
        north = coverage(session, q4, team_id=ids["North"])
        cid = coverage(session, q4, rep_id=ids["Cid"])
    # Ann: pipeline 120,000 / (100,000 - 20,000) = 1.5 < 3: flagged; win rate 4 won / 8 closed = 0.5, so
    # 80,000 / 0.5 = 160,000 of pipeline needed
    assert (ann.quota, ann.won, ann.open_pipeline) == (D("100000.00"), D("20000.00"), D("120000.00"))
    assert (ann.attainment, ann.coverage, ann.flagged, ann.win_rate) == (0.2, 1.5, True, 0.5)
    assert ann.pipeline_needed == D("160000.00")
    # North: 120,000 / (150,000 - 20,000) = 0.923077
    assert north.quota == D("150000.00") and north.coverage == 0.9231 and north.flagged
    assert cid.coverage is None and cid.reasons["coverage"] == NO_QUOTA and cid.attainment is None


def test_a_met_quota_has_no_coverage(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        dan = coverage(session, Period.parse("2026Q3"), rep_id=ids["Dan"], history=[])
        ann = coverage(session, Period.parse("2026Q2"), rep_id=ids["Bob"], history=[])
    assert dan.coverage == 0.0 and dan.pipeline_needed is None  # 0 / 10,000 left; no history: no win rate
    assert ann.coverage is None and ann.reasons["coverage"] == QUOTA_MET  # Bob won 130,000 of 50,000


def test_forecast_view_sums_months_into_fiscal_quarters(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        view = forecast_view(session, 2026)
    # open deals at 50 %: Nov 70,000 and Dec 50,000 (the January deal is in fiscal 2027)
    assert [(r.period, r.amount, r.weighted) for r in view.months] == [
        ("2026-11", D("70000.00"), D("35000.00")), ("2026-12", D("50000.00"), D("25000.00"))]
    assert [(r.period, r.open_count, r.weighted) for r in view.quarters] == [("2026Q4", 2, D("60000.00"))]
    assert [a.period.key for a in view.accuracy] == list(quota_data.HISTORY)


def test_the_outlook_of_each_fiscal_quarter(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        view = forecast_view(session, 2026)
        north = forecast_view(session, 2026, team_id=ids["North"]).outlook[3]
        south = forecast_view(session, 2026, team_id=ids["South"]).outlook[3]
    rows = [(o.period, o.quota, o.won, o.weighted, o.landing, o.landing_attainment) for o in view.outlook]
    # quotas: Ann 100,000 + Bob 50,000 + Dan 100,000 in each closed quarter, only Ann and Bob in 2026Q4; won: Ann
    # 80,000 + Dan 90,000 each quarter, plus Bob's 130,000 in Q2, and Ann's 20,000 in Q4; weighted: the Nov and
    # Dec deals at 50 %, 35,000 + 25,000; landing = won + weighted: Q4 80,000 / 150,000 = 0.5333
    assert rows == [
        ("2026Q1", D("250000.00"), D("170000.00"), D("0.00"), D("170000.00"), 0.68),
        ("2026Q2", D("250000.00"), D("300000.00"), D("0.00"), D("300000.00"), 1.2),
        ("2026Q3", D("250000.00"), D("170000.00"), D("0.00"), D("170000.00"), 0.68),
        ("2026Q4", D("150000.00"), D("20000.00"), D("60000.00"), D("80000.00"), 0.5333)]
    assert all(o.reasons == {} for o in view.outlook)
    # North is Ann and Bob: the company's Q4; South (Dan, Cid) has no 2026Q4 quota and nothing won or open
    assert (north.quota, north.won, north.weighted, north.landing_attainment) == (
        D("150000.00"), D("20000.00"), D("60000.00"), 0.5333)
    assert (south.quota, south.landing, south.landing_attainment) == (None, D("0.00"), None)
    assert south.reasons == {"landing_attainment": NO_QUOTA}


def test_the_outlook_of_the_planned_year(db: Database, ids: dict[str, int]) -> None:
    quota_data.plan_2027(db, ids)
    with db.session() as session:
        outlook = forecast_view(session, 2027).outlook
    # each quarter 100,000 + 50,000 + 100,000 + 40,000 + 40,000 = 330,000; nothing won yet; the 999,999 deal of
    # 2027-01-05 at 50 % = 499,999.50 in Q1: 499,999.50 / 330,000 = 1.51515, 1.5152 to 4 places half up
    assert [(o.period, o.quota, o.weighted, o.landing, o.landing_attainment) for o in outlook] == [
        ("2027Q1", D("330000.00"), D("499999.50"), D("499999.50"), 1.5152),
        *((f"2027Q{n}", D("330000.00"), D("0.00"), D("0.00"), 0.0) for n in (2, 3, 4))]
