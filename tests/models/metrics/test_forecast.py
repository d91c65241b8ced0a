"""Periods, forecast, ranking and completeness metrics over small hand-built databases.

Base currency is the default CNY; where USD appears, 1 USD = 7.1 CNY. Stage default probabilities (from the
migration): Lead identified 10, Needs confirmed 30, Solution demo 50, Negotiation 75, Won 100, Lost 0.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Account, Activity, Opportunity
from salesmgr.models.currency import MissingRateError, set_rate
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.metrics.completeness import (
    FIELDS,
    RepCompleteness,
    RepTimeliness,
    Timeliness,
    activity_timeliness,
    data_completeness,
    timeliness_by_rep,
)
from salesmgr.models.metrics.filters import DateField, MetricFilter
from salesmgr.models.metrics.forecast import (
    ForecastAccuracy,
    ForecastRow,
    forecast_accuracy,
    forecast_by_period,
    unweighted_open_deals,
    weighted_pipeline,
)
from salesmgr.models.metrics.ranking import NO_QUOTA, ZERO_QUOTA, rep_ranking, team_quota, won_amount
from salesmgr.models.org import Quota, Rep, Team
from salesmgr.models.periods import Period
from salesmgr.models.pipeline.entities import StageDefinition, StageHistory

D = Decimal
P = Period.parse


def stage(s: Session, name: str) -> int:
    found = s.scalar(select(StageDefinition.id).where(StageDefinition.name == name))
    assert found is not None
    return found


def rep(s: Session, name: str, team: Team | None = None, active: bool = True) -> Rep:
    r = Rep(name=name, team=team, active=active)
    s.add(r)
    s.flush()
    return r


def deal(s: Session, name: str, stage_name: str, amount: str | None = None, currency: str = "CNY",
         history: list[tuple[str, datetime]] | None = None, **fields: object) -> Opportunity:
    opp = Opportunity(name=name, stage_id=stage(s, stage_name), currency=currency,
                      amount=None if amount is None else D(amount), **fields)
    s.add(opp)
    s.flush()
    for stage_name_then, entered_at in history or []:
        s.add(StageHistory(opportunity_id=opp.id, stage_id=stage(s, stage_name_then), entered_at=entered_at))
    s.flush()
    return opp


# --- weighted pipeline and forecast by period ----------------------------------------------------------------------


def _pipeline(s: Session) -> tuple[Rep, Rep]:
    set_rate(s, "USD", D("7.1"))
    ann, bob = rep(s, "Ann"), rep(s, "Bob")
    # A: 100,000.00 CNY x 50 %                                  = 50,000.00
    deal(s, "A", "Negotiation", "100000.00", probability=50, owner_id=ann.id, expected_close_date=date(2026, 7, 15))
    # B: 10,000.00 USD x 30 % = 3,000.00 USD x 7.1              = 21,300.00
    deal(s, "B", "Needs confirmed", "10000.00", "USD", probability=30, owner_id=bob.id,
         expected_close_date=date(2026, 8, 20))
    # C: no probability -> skipped (stage default would be 50 % -> 10,000.00)
    deal(s, "C", "Solution demo", "20000.00", probability=None, expected_close_date=date(2026, 7, 31))
    # D: no amount -> skipped
    deal(s, "D", "Negotiation", None, probability=80, expected_close_date=date(2026, 10, 5))
    # E: won, not open -> never in the pipeline
    deal(s, "E", "Won", "5000.00", probability=90, closed_date=date(2026, 7, 10), expected_close_date=date(2026, 7, 1))
    # F: 33,333.33 x 33 % = 10,999.9989 (kept exact until the final rounding)
    deal(s, "F", "Lead identified", "33333.33", probability=33, expected_close_date=date(2026, 10, 1))
    # H: no expected close date: 1,000.00 x 10 % = 100.00; in the pipeline, in no forecast period
    deal(s, "H", "Lead identified", "1000.00", probability=10)
    return ann, bob


def test_weighted_pipeline_mixed_currencies(db: Database) -> None:
    with db.session() as s:
        ann, _ = _pipeline(s)
        # 50,000 + 21,300 + 10,999.9989 + 100 = 82,399.9989 -> 82,400.00
        assert weighted_pipeline(s, MetricFilter()) == D("82400.00")
        assert unweighted_open_deals(s, MetricFilter()) == 2  # C and D
        # C now weighted with Solution demo's 50 %: + 10,000 -> 92,399.9989 -> 92,400.00; only D is left out
        assert weighted_pipeline(s, MetricFilter(), use_stage_probability=True) == D("92400.00")
        assert unweighted_open_deals(s, MetricFilter(), use_stage_probability=True) == 1
        # Q3 by expected close: A + B = 71,300.00 (C is in Q3 but has no probability)
        q3 = MetricFilter(date_from=date(2026, 7, 1), date_to=date(2026, 9, 30))
        assert weighted_pipeline(s, q3) == D("71300.00")
        assert unweighted_open_deals(s, q3) == 1  # C
        assert weighted_pipeline(s, MetricFilter(rep_id=ann.id)) == D("50000.00")  # A only


def test_missing_rate_raises_naming_the_currency(db: Database) -> None:
    with db.session() as s:
        _pipeline(s)
        deal(s, "G", "Negotiation", "100.00", "EUR", probability=10, expected_close_date=date(2026, 7, 1))
        with pytest.raises(MissingRateError, match="EUR") as caught:
            weighted_pipeline(s, MetricFilter())
        assert caught.value.currency == "EUR"
        assert caught.value.fields == {"currency": "EUR", "base": "CNY"}
        with pytest.raises(MissingRateError, match="EUR"):
            forecast_by_period(s, MetricFilter(), "month")


def test_forecast_by_month_and_quarter(db: Database) -> None:
    with db.session() as s:
        _pipeline(s)
        # 2026-07: A, C -> amount 100,000 + 20,000; weighted A only = 50,000
        # 2026-08: B -> amount 10,000 USD = 71,000.00; weighted 21,300
        # 2026-10: D (no amount), F -> amount 33,333.33; weighted 10,999.9989 -> 11,000.00
        # E is won, H has no expected close date: neither appears
        assert forecast_by_period(s, MetricFilter(), "month") == [
            ForecastRow("2026-07", 2, D("120000.00"), D("50000.00")),
            ForecastRow("2026-08", 1, D("71000.00"), D("21300.00")),
            ForecastRow("2026-10", 2, D("33333.33"), D("11000.00")),
        ]
        # Q3 = July + August: 3 deals, 191,000.00, 71,300.00; Q4 = October
        assert forecast_by_period(s, MetricFilter(), "quarter") == [
            ForecastRow("2026Q3", 3, D("191000.00"), D("71300.00")),
            ForecastRow("2026Q4", 2, D("33333.33"), D("11000.00")),
        ]
        with pytest.raises(ValidationError, match="by month or quarter, not week"):
            forecast_by_period(s, MetricFilter(), "week")  # type: ignore[arg-type]


# --- forecast accuracy -----------------------------------------------------------------------------------------


def test_forecast_accuracy_from_stage_history(db: Database) -> None:
    with db.session() as s:
        set_rate(s, "USD", D("7.1"))
        ann = rep(s, "Ann")
        # 2026Q2 starts 2026-04-01 00:00.
        # P1: in Negotiation (75 %) at the start, won inside: forecast 100,000 x 75 % = 75,000; actual 100,000.
        #     Its own probability (100, today's value) is ignored.
        deal(s, "P1", "Won", "100000.00", probability=100, owner_id=ann.id, created_date=date(2026, 2, 10),
             expected_close_date=date(2026, 5, 31), closed_date=date(2026, 5, 15),
             history=[("Needs confirmed", datetime(2026, 2, 10, 9)), ("Negotiation", datetime(2026, 3, 20, 10)),
                      ("Won", datetime(2026, 5, 15, 12))])
        # P2: created after the start, won inside: not in the forecast; actual 40,000
        deal(s, "P2", "Won", "40000.00", created_date=date(2026, 4, 10), expected_close_date=date(2026, 6, 15),
             closed_date=date(2026, 6, 1),
             history=[("Lead identified", datetime(2026, 4, 10, 8)), ("Won", datetime(2026, 6, 1, 8))])
        # P3: lost before the start: nothing
        deal(s, "P3", "Lost", "50000.00", created_date=date(2026, 1, 5), expected_close_date=date(2026, 5, 1),
             closed_date=date(2026, 3, 15),
             history=[("Solution demo", datetime(2026, 1, 5, 8)), ("Lost", datetime(2026, 3, 15, 8))])
        # P4: Solution demo (50 %) at the start, still open: 1,000.00 USD x 50 % = 500 USD x 7.1 = 3,550.00
        deal(s, "P4", "Solution demo", "1000.00", "USD", created_date=date(2026, 3, 1),
             expected_close_date=date(2026, 6, 20), history=[("Solution demo", datetime(2026, 3, 1, 8))])
        # P5: no history, created before the start, still in Lead identified (10 %): 20,000 x 10 % = 2,000.00
        deal(s, "P5", "Lead identified", "20000.00", probability=60, created_date=date(2026, 3, 1),
             expected_close_date=date(2026, 4, 30))
        # P6: no history, created before, won since the start: stage at the start unknown -> `unknown`;
        #     actual 10,000
        deal(s, "P6", "Won", "10000.00", created_date=date(2026, 3, 1), expected_close_date=date(2026, 4, 20),
             closed_date=date(2026, 4, 20))
        # P7: first stage entered exactly at the start (not before it): not in the forecast
        deal(s, "P7", "Needs confirmed", "9999.00", created_date=date(2026, 3, 31),
             expected_close_date=date(2026, 6, 1), history=[("Needs confirmed", datetime(2026, 4, 1, 0, 0))])
        # P8: Negotiation at the start but expected to close in Q3: not in the Q2 forecast
        #     (Q3: open at 2026-07-01, 80,000 x 75 % = 60,000)
        deal(s, "P8", "Negotiation", "80000.00", created_date=date(2026, 3, 1), expected_close_date=date(2026, 7, 10),
             history=[("Negotiation", datetime(2026, 3, 1, 8))])
        # P10: won on 2026-03-31, before the quarter: neither forecast nor actual
        deal(s, "P10", "Won", "7777.00", created_date=date(2026, 3, 1), expected_close_date=date(2026, 4, 5),
             closed_date=date(2026, 3, 31), history=[("Won", datetime(2026, 3, 31, 8))])
        # P11: no history, created in Q3 after its start, won 2026-08-01: Q3 actual 1,000
        deal(s, "P11", "Won", "1000.00", created_date=date(2026, 7, 15), expected_close_date=date(2026, 8, 1),
             closed_date=date(2026, 8, 1))

        # forecast = 75,000 + 3,550 + 2,000 = 80,550.00; actual = 100,000 + 40,000 + 10,000 = 150,000.00
        # accuracy = 1 - |80,550 - 150,000| / 150,000 = 1 - 69,450 / 150,000 = 1 - 0.463 = 0.537
        result = forecast_accuracy(s, P("2026Q2"))
        assert (result.period, result.forecast, result.actual, result.deals, result.unknown) == (
            P("2026Q2"), D("80550.00"), D("150000.00"), 3, 1)
        assert result.accuracy == pytest.approx(0.537)
        # Ann owns only P1: 1 - |75,000 - 100,000| / 100,000 = 0.75
        assert forecast_accuracy(s, P("2026q2"), rep_id=ann.id) == ForecastAccuracy(
            P("2026Q2"), D("75000.00"), D("100000.00"), 0.75, deals=1, unknown=0)
        # Q3: forecast P8 = 60,000; actual P11 = 1,000: 1 - 59,000 / 1,000 = -58 -> clipped to 0
        assert forecast_accuracy(s, P("2026Q3")) == ForecastAccuracy(P("2026Q3"), D("60000.00"), D("1000.00"), 0.0,
                                                                  deals=1, unknown=0)
        # Q4: nothing won -> accuracy None
        assert forecast_accuracy(s, P("2026Q4")) == ForecastAccuracy(P("2026Q4"), D("0.00"), D("0.00"), None)
        with pytest.raises(ValidationError):
            forecast_accuracy(s, P("2026-05"))


# --- ranking -----------------------------------------------------------------------------------------------------


def test_rep_ranking_with_attainment_and_quotas(db: Database) -> None:
    with db.session() as s:
        set_rate(s, "USD", D("7.1"))
        north, south = Team(name="North"), Team(name="South")
        s.add_all([north, south])
        ann, bob, cid = rep(s, "Ann", north), rep(s, "Bob", north), rep(s, "Cid", south)
        dee, eve, fay = rep(s, "Dee", north), rep(s, "Eve", north, active=False), rep(s, "Fay", north)
        s.add_all([
            Quota(rep_id=ann.id, period="2026Q3", amount=D("100000.00")),
            Quota(rep_id=bob.id, period="2026Q3", currency="USD", amount=D("10000.00")),  # = 71,000.00 CNY
            Quota(rep_id=cid.id, period="2026Q3", amount=D("50000.00")),
            Quota(rep_id=fay.id, period="2026Q3", amount=D("0")),
            Quota(rep_id=ann.id, period="2026Q2", amount=D("999.00")),
            Quota(team_id=north.id, period="2026Q3", amount=D("300000.00")),
        ])
        # Ann: 60,000 + 2,000 USD (= 14,200) = 74,200 in 2 deals -> 74,200 / 100,000 = 0.742
        deal(s, "a1", "Won", amount="60000.00", owner_id=ann.id, closed_date=date(2026, 7, 5))
        deal(s, "a2", "Won", amount="2000.00", currency="USD", owner_id=ann.id, closed_date=date(2026, 9, 30))
        deal(s, "a3", "Won", amount="5000.00", owner_id=ann.id, closed_date=date(2026, 6, 30))  # Q2: not counted
        deal(s, "a4", "Negotiation", "99999.00", owner_id=ann.id, expected_close_date=date(2026, 8, 1))  # open
        # Bob: 71,000 / 71,000 = 1.0; his lost deal does not count
        deal(s, "b1", "Won", amount="71000.00", owner_id=bob.id, closed_date=date(2026, 7, 1))
        deal(s, "b2", "Lost", "1000000.00", owner_id=bob.id, closed_date=date(2026, 8, 1))
        # Cid: 10,000 / 50,000 = 0.2
        deal(s, "c1", "Won", amount="10000.00", owner_id=cid.id, closed_date=date(2026, 8, 1))
        # Dee: 30,000 in 2 deals (one without amount), no quota
        deal(s, "d1", "Won", amount="30000.00", owner_id=dee.id, closed_date=date(2026, 8, 2))
        deal(s, "d2", "Won", amount=None, owner_id=dee.id, closed_date=date(2026, 8, 3))
        # Eve is inactive but won 5,000 -> listed, no quota
        deal(s, "e1", "Won", amount="5000.00", owner_id=eve.id, closed_date=date(2026, 8, 4))
        # Fay: nothing won, quota 0
        # a won deal without owner counts for nobody
        deal(s, "x1", "Won", amount="123.00", closed_date=date(2026, 8, 5))

        ranking = rep_ranking(s, P("2026Q3"))
        assert [(r.name, r.team, r.won_amount, r.won_count, r.quota, r.reason) for r in ranking] == [
            ("Ann", "North", D("74200.00"), 2, D("100000.00"), None),
            ("Bob", "North", D("71000.00"), 1, D("71000.00"), None),
            ("Dee", "North", D("30000.00"), 2, None, NO_QUOTA),
            ("Cid", "South", D("10000.00"), 1, D("50000.00"), None),
            ("Eve", "North", D("5000.00"), 1, None, NO_QUOTA),
            ("Fay", "North", D("0.00"), 0, D("0.00"), ZERO_QUOTA),
        ]
        assert [r.attainment for r in ranking] == [pytest.approx(0.742), pytest.approx(1.0), None,
                                                   pytest.approx(0.2), None, None]
        assert ranking[0].rep_id == ann.id
        # team North: everyone but Cid, same order
        assert [r.name for r in rep_ranking(s, P("2026Q3"), team_id=north.id)] == ["Ann", "Bob", "Dee", "Eve", "Fay"]
        # the whole year 2026: a3 (Q2) joins Ann -> 79,200; there are no quotas for "2026"
        year = rep_ranking(s, P("2026"), team_id=north.id)
        assert (year[0].name, year[0].won_amount, year[0].reason) == ("Ann", D("79200.00"), NO_QUOTA)

        assert team_quota(s, north.id, P("2026Q3")) == D("300000.00")  # the team's own row
        assert team_quota(s, south.id, P("2026Q3")) == D("50000.00")  # no team row: Cid's quota
        assert team_quota(s, north.id, P("2026Q2")) == D("999.00")  # no team row: Ann's Q2 quota
        assert team_quota(s, south.id, P("2026Q4")) is None
        # won in Q3 by close date: 74,200 + 71,000 + 10,000 + 30,000 + 5,000 + 123 = 190,323.00
        q3 = MetricFilter(date_from=date(2026, 7, 1), date_to=date(2026, 9, 30))
        assert won_amount(s, q3) == D("190323.00")
        assert won_amount(s, MetricFilter(team_id=south.id)) == D("10000.00")
        with pytest.raises(ValidationError, match="is not a period"):
            rep_ranking(s, P("Q3"))  # refused where the text is parsed


# --- completeness ------------------------------------------------------------------------------------------------


def test_data_completeness(db: Database) -> None:
    with db.session() as s:
        ann, bob = rep(s, "Ann"), rep(s, "Bob")
        acme = Account(name="Acme")
        s.add(acme)
        s.flush()
        # 1: everything filled -> 7/7
        deal(s, "1", "Negotiation", "100.00", account_id=acme.id, expected_close_date=date(2026, 7, 1),
             created_date=date(2026, 1, 1), owner_id=ann.id, lead_source="Web", product="X")
        # 2: open, no account, no amount, no expected close, blank lead source -> created, owner, product = 3/7
        deal(s, "2", "Lead identified", None, created_date=date(2026, 1, 2), owner_id=ann.id, lead_source="  ",
             product="X")
        # 3: won without closed date (an expected close does not count for a closed deal), no created date,
        #    no product -> account, amount, owner, lead source = 4/7
        deal(s, "3", "Won", "5.00", account_id=acme.id, expected_close_date=date(2026, 7, 1), owner_id=bob.id,
             lead_source="Referral")
        # 4: lost, no owner, no lead source, no product -> account, amount, close date, created = 4/7
        deal(s, "4", "Lost", "7.00", account_id=acme.id, closed_date=date(2026, 3, 1), created_date=date(2026, 1, 3))
        # filled per field over 4 deals: account 1,3,4=3; amount 1,3,4=3; close_date 1,4=2; created 1,2,4=3;
        # owner 1,2,3=3; lead_source 1,3=2; product 1,2=2 -> 18 of 28 = 0.642857...
        result = data_completeness(s, MetricFilter())
        assert result.deals == 4
        assert result.overall == pytest.approx(18 / 28)
        assert result.fields == {"account": 0.75, "amount": 0.75, "close_date": 0.5, "created_date": 0.75,
                                 "owner": 0.75, "lead_source": 0.5, "product": 0.5}
        assert result.missing == {"account": 1, "amount": 1, "close_date": 2, "created_date": 1, "owner": 1,
                                  "lead_source": 2, "product": 2}
        # per rep, lowest first: Bob 4/7, no owner 4/7 (ties: named reps first), Ann (7 + 3) / 14
        assert result.per_rep == [RepCompleteness(bob.id, "Bob", 4 / 7, 1), RepCompleteness(None, None, 4 / 7, 1),
                                  RepCompleteness(ann.id, "Ann", 10 / 14, 2)]
        # Ann alone: deals 1 and 2
        mine = data_completeness(s, MetricFilter(rep_id=ann.id))
        assert mine.overall == pytest.approx(10 / 14)
        assert mine.fields == {"account": 0.5, "amount": 0.5, "close_date": 0.5, "created_date": 1.0, "owner": 1.0,
                               "lead_source": 0.5, "product": 1.0}
        # created in 2026-01-02..2026-01-03: deals 2 and 4 -> (3 + 4) / 14
        created = MetricFilter(date_from=date(2026, 1, 2), date_to=date(2026, 1, 3), date_field=DateField.CREATED)
        assert data_completeness(s, created).overall == pytest.approx(7 / 14)
        # no deal at all
        empty = data_completeness(s, MetricFilter(date_from=date(2000, 1, 1), date_to=date(2000, 12, 31)))
        assert (empty.overall, empty.fields, empty.per_rep) == (None, {}, [])
        assert empty.missing == dict.fromkeys(FIELDS, 0)


def test_activity_timeliness(db: Database) -> None:
    with db.session() as s:
        north = Team(name="North")
        s.add(north)
        ann, bob = rep(s, "Ann", north), rep(s, "Bob")

        def act(rep_id: int | None, occurred: datetime, logged: datetime | None) -> None:
            s.add(Activity(rep_id=rep_id, kind="call", occurred_at=occurred, logged_at=logged))

        act(ann.id, datetime(2026, 7, 1, 9), datetime(2026, 7, 1, 17))  # 8 h: on time
        act(ann.id, datetime(2026, 7, 2, 9), datetime(2026, 7, 3, 9))  # exactly 24 h: on time
        act(ann.id, datetime(2026, 7, 3, 9), datetime(2026, 7, 4, 9, 0, 1))  # 24 h 1 s: late
        act(bob.id, datetime(2026, 7, 5, 10), None)  # unknown
        act(bob.id, datetime(2026, 7, 6, 10), datetime(2026, 7, 6, 8))  # logged ahead: on time
        act(None, datetime(2026, 7, 7, 10), datetime(2026, 7, 10, 10))  # 3 days: late
        act(ann.id, datetime(2026, 10, 1, 0, 0), None)  # Q4: outside Q3
        act(ann.id, datetime(2026, 9, 30, 23, 59), datetime(2026, 10, 1, 1))  # last minute of Q3, 61 min: on time
        s.flush()

        # Q3: 7 activities; on time 4, late 2, unknown 1; share = 4 / (4 + 2)
        expected = Timeliness(7, 4, 2, 1, 4 / 6)
        assert activity_timeliness(s, Period.parse("2026Q3")) == expected
        assert activity_timeliness(s, MetricFilter(date_from=date(2026, 7, 1), date_to=date(2026, 9, 30))) == expected
        # per rep: Ann 4 (3 on time, 1 late) = 0.75; Bob 2 (1 on time, 1 unknown) = 1.0; no rep 1 late = 0.0
        assert timeliness_by_rep(s, Period.parse("2026Q3")) == [
            RepTimeliness(ann.id, "Ann", Timeliness(4, 3, 1, 0, 0.75)),
            RepTimeliness(bob.id, "Bob", Timeliness(2, 1, 0, 1, 1.0)),
            RepTimeliness(None, None, Timeliness(1, 0, 1, 0, 0.0)),
        ]
        # Bob, any date: his 2 activities
        assert activity_timeliness(s, MetricFilter(rep_id=bob.id)) == Timeliness(2, 1, 0, 1, 1.0)
        # team North = Ann, any date: her 5 activities incl. the Q4 one (unknown)
        assert activity_timeliness(s, MetricFilter(team_id=north.id)) == Timeliness(5, 3, 1, 1, 0.75)
        # nothing in 2025
        assert activity_timeliness(s, Period.parse("2025")) == Timeliness(0, 0, 0, 0, None)
