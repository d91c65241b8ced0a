"""Funnel, stage totals, win rate, sales cycle, stage durations and stalled deals on small hand-built databases.

Every expected number is worked out by hand in a comment next to it.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import Account, Opportunity, Rep, StageDefinition, StageHistory, Team
from salesmgr.models.currency import MissingRateError, set_rate
from salesmgr.models.database import Database
from salesmgr.models.metrics.filters import DateField, MetricFilter
from salesmgr.models.metrics.funnel import CycleStats, funnel, sales_cycle, stage_totals, win_rate
from salesmgr.models.metrics.stages import StalledDeal, stage_durations, stall_thresholds, stalled_deals
from salesmgr.models.money import D

LEAD, NEEDS, DEMO, NEGO, WON, LOST = (
    "Lead identified", "Needs confirmed", "Solution demo", "Negotiation", "Won", "Lost")
ALL = MetricFilter()


def _stage(s: Session, name: str) -> int:
    stage_id = s.scalar(select(StageDefinition.id).where(StageDefinition.name == name))
    assert stage_id is not None, name
    return stage_id


def deal(s: Session, stage: str, amount: str | None = None, currency: str = "CNY", *, name: str = "deal",
         owner: int | None = None, account: int | None = None, created: date | None = None,
         engaged: date | None = None, expected: date | None = None, closed: date | None = None,
         history: Sequence[tuple[str, date | datetime]] = ()) -> int:
    """One opportunity in ``stage`` with the given StageHistory entries (stage name, entered at)."""
    opp = Opportunity(name=name, stage_id=_stage(s, stage), currency=currency, owner_id=owner, account_id=account,
                      created_date=created, engaged_date=engaged, expected_close_date=expected, closed_date=closed)
    opp.amount = None if amount is None else D(amount)
    s.add(opp)
    s.flush()
    for stage_name, at in history:
        when = at if isinstance(at, datetime) else datetime.combine(at, datetime.min.time())
        s.add(StageHistory(opportunity_id=opp.id, stage_id=_stage(s, stage_name), entered_at=when))
    s.flush()
    return opp.id


def rep(s: Session, name: str, team: int | None = None) -> int:
    row = Rep(name=name, team_id=team)
    s.add(row)
    s.flush()
    return row.id


def team(s: Session, name: str) -> int:
    row = Team(name=name)
    s.add(row)
    s.flush()
    return row.id


def totals(s: Session, flt: MetricFilter) -> dict[str, tuple[int, Decimal]]:
    return {t.stage: (t.count, t.amount) for t in stage_totals(s, flt)}


# --- stage totals -------------------------------------------------------------------------------------------------

def test_stage_totals_convert_currencies_and_list_every_stage_in_order(db: Database) -> None:
    with db.session() as s:
        set_rate(s, "USD", D("7.10"))
        deal(s, LEAD, "100.00")
        deal(s, LEAD, "50.50")
        deal(s, NEGO, "1000.00", "USD")
        deal(s, NEGO, "10.00")
        deal(s, NEGO, None)  # no amount: counted, adds nothing
        deal(s, WON, "200.00", closed=date(2026, 3, 10))
    with db.session() as s:
        rows = stage_totals(s, ALL)
    assert [(r.stage, r.kind) for r in rows] == [
        (LEAD, "open"), (NEEDS, "open"), (DEMO, "open"), (NEGO, "open"), (WON, "won"), (LOST, "lost")]
    assert [r.position for r in rows] == sorted(r.position for r in rows)
    assert {r.stage: (r.count, r.amount) for r in rows} == {
        LEAD: (2, D("150.50")),  # 100.00 + 50.50
        NEEDS: (0, D("0")),
        DEMO: (0, D("0")),
        NEGO: (3, D("7110.00")),  # 1000.00 USD x 7.10 = 7100.00, + 10.00, + nothing
        WON: (1, D("200.00")),
        LOST: (0, D("0")),
    }


def test_a_currency_without_a_rate_raises_naming_it(db: Database) -> None:
    with db.session() as s:
        set_rate(s, "USD", D("7.10"))
        deal(s, LEAD, "100.00")
        deal(s, LEAD, "5.00", "EUR")  # no EUR rate
    with db.session() as s, pytest.raises(MissingRateError, match="EUR") as caught:
        stage_totals(s, ALL)
    assert caught.value.currency == "EUR"
    with db.session() as s, pytest.raises(MissingRateError, match="EUR"):
        funnel(s, ALL)


def test_a_currency_without_a_rate_but_without_amounts_is_fine(db: Database) -> None:
    with db.session() as s:
        deal(s, LEAD, None, "EUR")  # sum is NULL: nothing to convert
    with db.session() as s:
        assert totals(s, ALL)[LEAD] == (1, D("0"))


def test_filters_by_period_team_and_rep(db: Database) -> None:
    with db.session() as s:
        east, west = team(s, "East"), team(s, "West")
        ann, bob = rep(s, "Ann", east), rep(s, "Bob", west)
        deal(s, LEAD, "100", owner=ann, expected=date(2026, 1, 15))                              # P1
        deal(s, WON, "300", owner=ann, expected=date(2026, 5, 1), closed=date(2026, 2, 10))      # P2
        deal(s, LEAD, "40", owner=bob, expected=date(2026, 1, 20))                               # P3
        deal(s, LEAD, "7", owner=bob, expected=date(2026, 4, 1), created=date(2026, 1, 5))       # P4
        deal(s, LOST, "9", closed=date(2026, 1, 31))                                             # P5, no owner
    january = MetricFilter(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31))
    with db.session() as s:
        # close date in January: P1 (expected 15 Jan), P3 (expected 20 Jan), P5 (closed 31 Jan; inclusive end);
        # P2 is filed under its closed date 10 Feb, not its expected date
        got = totals(s, january)
        assert (got[LEAD], got[WON], got[LOST]) == ((2, D("140.00")), (0, D("0")), (1, D("9.00")))
        got = totals(s, MetricFilter(team_id=east))  # Ann's deals P1, P2
        assert (got[LEAD], got[WON], got[LOST]) == ((1, D("100.00")), (1, D("300.00")), (0, D("0")))
        got = totals(s, MetricFilter(rep_id=bob))  # P3, P4: 40 + 7
        assert got[LEAD] == (2, D("47.00"))
        # created in January: only P4 has a created date
        assert totals(s, MetricFilter(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31),
                                      date_field=DateField.CREATED))[LEAD] == (1, D("7.00"))
        # from February on, East: P2 only (P1 is filed under 15 Jan)
        got = totals(s, MetricFilter(date_from=date(2026, 2, 1), team_id=east))
        assert (got[LEAD], got[WON]) == ((0, D("0")), (1, D("300.00")))
        # win rate: all -> won P2, lost P5 -> 1 / 2; East -> 1 / 1; Bob -> nothing closed
        assert win_rate(s, ALL) == 0.5
        assert win_rate(s, MetricFilter(team_id=east)) == 1.0
        assert win_rate(s, MetricFilter(rep_id=bob)) is None


def test_win_rate(db: Database) -> None:
    with db.session() as s:
        assert win_rate(s, ALL) is None  # empty database
        deal(s, LEAD, "1")
        deal(s, NEGO, "1")
        assert win_rate(s, ALL) is None  # open deals only
        deal(s, WON, "1")
        deal(s, LOST, "1")
        deal(s, LOST, "1")
        deal(s, LOST, "1")
        assert win_rate(s, ALL) == 0.25  # 1 won / (1 won + 3 lost)


# --- funnel -------------------------------------------------------------------------------------------------------

def test_funnel_reached_and_conversion(db: Database) -> None:
    d = date(2026, 1, 1)
    with db.session() as s:
        deal(s, LEAD, "10", history=[(LEAD, d)])                                     # d1: depth Lead
        deal(s, DEMO, "100", history=[(LEAD, d), (NEEDS, d), (DEMO, d)])             # d2: depth Demo
        deal(s, DEMO, None)                                                          # d3: no history -> Demo
        deal(s, WON, "50", history=[(LEAD, d), (WON, d)])                            # d4: won -> all open
        deal(s, WON, "60")                                                           # d5: won, no history -> all
        deal(s, LOST, "5", history=[(LEAD, d), (NEEDS, d), (LOST, d)])               # d6: depth Needs
        deal(s, LOST, "7")                                                           # d7: no history -> Lead only
        deal(s, NEGO, "20", history=[(LEAD, date(2026, 1, 1)), (NEEDS, date(2026, 1, 2)),  # d8: reopened:
                                     (DEMO, date(2026, 1, 3)), (NEGO, date(2026, 1, 4)),   # depth Nego,
                                     (WON, date(2026, 1, 5)), (NEGO, date(2026, 1, 6))])   # not counted won
    with db.session() as s:
        steps = funnel(s, ALL)
    # depths: Lead d1 d7 (2), Needs d6 (1), Demo d2 d3 (2), Nego d4 d5 d8 (3)
    # reached: Lead 8, Needs 6, Demo 5, Nego 3
    assert [(st.stage, st.kind, st.count, st.amount, st.reached) for st in steps] == [
        (LEAD, "open", 1, D("10.00"), 8),
        (NEEDS, "open", 0, D("0"), 6),
        (DEMO, "open", 2, D("100.00"), 5),   # d3 has no amount
        (NEGO, "open", 1, D("20.00"), 3),
        (WON, "won", 2, D("110.00"), 2),     # 50 + 60
        (LOST, "lost", 2, D("12.00"), 2),    # 5 + 7
    ]
    conversions = [st.conversion for st in steps]
    assert conversions[0] == pytest.approx(6 / 8)  # 0.75
    assert conversions[1] == pytest.approx(5 / 6)
    assert conversions[2] == pytest.approx(3 / 5)  # 0.6
    # the close rate: won now d4, d5 (d8 was won once but is open again) / reached Nego 3
    assert conversions[3] == pytest.approx(2 / 3)
    assert conversions[4:] == [None, None]  # won, lost


def test_funnel_of_nothing_has_no_conversions(db: Database) -> None:
    with db.session() as s:
        steps = funnel(s, ALL)
    assert [(st.count, st.reached, st.conversion) for st in steps] == [(0, 0, None)] * 6


def test_funnel_respects_the_filter(db: Database) -> None:
    with db.session() as s:
        ann = rep(s, "Ann")
        deal(s, NEGO, "1", owner=ann)   # no history: reached Lead..Nego
        deal(s, WON, "1")               # someone else's
        steps = funnel(s, MetricFilter(rep_id=ann))
    assert [st.reached for st in steps] == [1, 1, 1, 1, 0, 0]
    # Ann's deal reached Negotiation but nothing of hers is won: close rate 0 / 1
    assert [st.conversion for st in steps] == [1.0, 1.0, 1.0, 0.0, None, None]


def test_close_rate_is_won_over_reached_last_open_stage(db: Database) -> None:
    d = date(2026, 1, 1)
    with db.session() as s:
        ann, bob = rep(s, "Ann"), rep(s, "Bob")
        deal(s, WON, "1", owner=ann, history=[(LEAD, d), (NEGO, d), (WON, d)])      # won: reached every stage
        deal(s, WON, "1", owner=ann)                                                # won, no history: the same
        deal(s, WON, "1", owner=bob, history=[(LEAD, d), (WON, d)])                 # won straight from Lead
        deal(s, NEGO, "1", owner=ann, history=[(LEAD, d), (NEGO, d)])               # still negotiating
        deal(s, LOST, "1", owner=ann, history=[(LEAD, d), (NEGO, d), (LOST, d)])    # lost in negotiation
        deal(s, LOST, "1", owner=bob, history=[(LEAD, d), (LOST, d)])               # lost at Lead: not reached
        steps = {st.stage: st for st in funnel(s, ALL)}
        # reached Nego: the 3 won, the open one, the one lost in negotiation = 5; won now 3 -> 3 / 5
        assert (steps[NEGO].reached, steps[NEGO].conversion) == (5, pytest.approx(0.6))
        ann_steps = {st.stage: st for st in funnel(s, MetricFilter(rep_id=ann))}
        # Ann: reached Nego 4 (2 won, open, lost in negotiation), won 2 -> 2 / 4
        assert (ann_steps[NEGO].reached, ann_steps[NEGO].conversion) == (4, pytest.approx(0.5))
        bob_steps = {st.stage: st for st in funnel(s, MetricFilter(rep_id=bob))}
        # Bob: only his won deal reached Nego (won deals reach every open stage), won 1 -> 1 / 1
        assert (bob_steps[NEGO].reached, bob_steps[NEGO].conversion) == (1, 1.0)
        assert bob_steps[LEAD].conversion == pytest.approx(1 / 2)  # Lead 2 -> Needs 1 (the won deal)


# --- sales cycle --------------------------------------------------------------------------------------------------

def test_sales_cycle_uses_engaged_else_created_and_skips_missing_dates(db: Database) -> None:
    with db.session() as s:
        deal(s, WON, created=date(2026, 1, 1), engaged=date(2026, 1, 11), closed=date(2026, 2, 10))  # 30 (engaged)
        deal(s, WON, created=date(2026, 1, 1), closed=date(2026, 1, 21))                           # 20 (created)
        deal(s, WON, engaged=date(2026, 3, 1), closed=date(2026, 4, 1))                            # 31
        deal(s, WON, created=date(2026, 1, 1), expected=date(2026, 2, 1))                          # no closed date
        deal(s, WON, closed=date(2026, 2, 1))                                                      # no start date
        deal(s, WON, engaged=date(2026, 3, 1), closed=date(2026, 2, 1))                            # closed first
        deal(s, LOST, created=date(2026, 1, 1), closed=date(2026, 6, 1))                           # not won
        deal(s, NEGO, created=date(2026, 1, 1))                                                    # not won
        got = sales_cycle(s, ALL)
    # (30 + 20 + 31) / 3 = 27.0; median of 20, 30, 31 = 30
    assert got == CycleStats(count=3, average_days=27.0, median_days=30.0, missing=3)


def test_sales_cycle_median_with_repeated_and_even_counts(db: Database) -> None:
    with db.session() as s:
        ann, bob = rep(s, "Ann"), rep(s, "Bob")
        for _ in range(3):
            deal(s, WON, owner=ann, created=date(2026, 1, 1), closed=date(2026, 1, 11))  # 10 days, three times
        deal(s, WON, owner=ann, created=date(2026, 1, 1), closed=date(2026, 2, 10))      # 40 days
        deal(s, WON, owner=bob, created=date(2026, 1, 1), closed=date(2026, 1, 11))      # 10
        deal(s, WON, owner=bob, created=date(2026, 1, 1), closed=date(2026, 1, 21))      # 20
        # Ann: 10, 10, 10, 40 -> average 70 / 4 = 17.5, median (10 + 10) / 2 = 10
        assert sales_cycle(s, MetricFilter(rep_id=ann)) == CycleStats(4, 17.5, 10.0, 0)
        # Bob: 10, 20 -> average 15, median (10 + 20) / 2 = 15
        assert sales_cycle(s, MetricFilter(rep_id=bob)) == CycleStats(2, 15.0, 15.0, 0)
        # no won deals in March
        assert sales_cycle(s, MetricFilter(date_from=date(2026, 3, 1))) == CycleStats(0, None, None, 0)


# --- stage durations ----------------------------------------------------------------------------------------------

def test_stage_durations_average_completed_stays_in_open_stages(db: Database) -> None:
    with db.session() as s:
        ann = rep(s, "Ann")
        deal(s, DEMO, owner=ann, history=[(LEAD, datetime(2026, 1, 1)),            # Lead 2.5 days
                                          (NEEDS, datetime(2026, 1, 3, 12)),       # Needs 7.0 days
                                          (DEMO, datetime(2026, 1, 10, 12))])      # still running
        deal(s, LOST, history=[(LEAD, datetime(2026, 1, 1)),                       # Lead 1.5 days
                               (NEEDS, datetime(2026, 1, 2, 12)),                  # Needs 3.0 days
                               (LOST, datetime(2026, 1, 5, 12))])
        deal(s, NEGO, history=[(NEGO, datetime(2026, 2, 1)),                       # Nego 10 days
                               (WON, datetime(2026, 2, 11)),                       # a won stay: not reported
                               (NEGO, datetime(2026, 2, 21))])                     # still running
        deal(s, DEMO)                                                              # no history at all
        got = stage_durations(s, ALL)
        # Lead (2.5 + 1.5) / 2 = 2.0; Needs (7 + 3) / 2 = 5.0; Demo: no completed stay; Nego 10.0
        assert list(got) == [LEAD, NEEDS, DEMO, NEGO]
        assert got[LEAD] == pytest.approx(2.0)
        assert got[NEEDS] == pytest.approx(5.0)
        assert got[DEMO] is None
        assert got[NEGO] == pytest.approx(10.0)
        mine = stage_durations(s, MetricFilter(rep_id=ann))  # only the first deal
        assert mine[LEAD] == pytest.approx(2.5) and mine[NEEDS] == pytest.approx(7.0)
        assert mine[DEMO] is None and mine[NEGO] is None


# --- stalled deals ------------------------------------------------------------------------------------------------

TODAY = date(2026, 6, 30)


def _stall_fixture(s: Session) -> dict[str, int]:
    set_rate(s, "USD", D("7"))
    acme = Account(name="Acme")
    s.add(acme)
    s.flush()
    ann = rep(s, "Ann")
    deal(s, WON, history=[(LEAD, date(2026, 1, 1)), (NEEDS, date(2026, 1, 5)),   # Lead 4, Needs 10
                          (DEMO, date(2026, 1, 15)), (WON, date(2026, 1, 20))])  # Demo 5
    deal(s, WON, history=[(LEAD, date(2026, 2, 1)), (NEEDS, date(2026, 2, 7)),   # Lead 6
                          (WON, date(2026, 2, 27))])                             # Needs 20
    deal(s, WON, history=[(LEAD, date(2026, 3, 1)), (NEEDS, date(2026, 3, 3)),   # Lead 2
                          (WON, date(2026, 3, 9))])                              # Needs 6
    deal(s, LOST, history=[(LEAD, date(2025, 1, 1)), (LOST, date(2025, 4, 11))])  # lost: ignored for thresholds
    return {
        "o1": deal(s, LEAD, "10", name="o1", owner=ann, account=acme.id, history=[(LEAD, date(2026, 6, 20))]),
        "o2": deal(s, LEAD, "20", name="o2", history=[(LEAD, date(2026, 6, 22))]),
        "o3": deal(s, NEEDS, None, name="o3", history=[(LEAD, date(2026, 5, 1)), (NEEDS, date(2026, 6, 1))]),
        "o4": deal(s, NEGO, "1", name="o4", created=date(2026, 6, 1)),
        "o5": deal(s, NEGO, "100", "USD", name="o5", created=date(2026, 5, 1)),
        "o6": deal(s, DEMO, "1", name="o6"),
        "o7": deal(s, NEGO, "1", name="o7", history=[(NEGO, date(2026, 1, 1)), (WON, date(2026, 2, 1)),
                                                     (NEGO, date(2026, 6, 20))]),
    }


def test_stall_thresholds_are_twice_the_median_won_stay(db: Database) -> None:
    with db.session() as s:
        _stall_fixture(s)
        got = stall_thresholds(s)
        # Lead stays 4, 6, 2 -> median 4 -> 8; Needs 10, 20, 6 -> median 10 -> 20; Demo 5 -> 10;
        # Negotiation: no won stay (o7 is open) -> 30
        assert got == {_stage(s, LEAD): 8.0, _stage(s, NEEDS): 20.0, _stage(s, DEMO): 10.0, _stage(s, NEGO): 30.0}


def test_stall_thresholds_default_to_30_days_without_won_deals(db: Database) -> None:
    with db.session() as s:
        assert set(stall_thresholds(s).values()) == {30.0}


def test_stalled_deals_with_default_thresholds(db: Database) -> None:
    with db.session() as s:
        ids = _stall_fixture(s)
        got = stalled_deals(s, ALL, today=TODAY)
        # o1: Lead since 20 Jun -> 10 days > 8                        stalled
        # o2: Lead since 22 Jun -> 8 days, not > 8                    not stalled
        # o3: Needs since 1 Jun -> 29 days > 20                       stalled
        # o4: Negotiation, no history, created 1 Jun -> 29 <= 30      not stalled
        # o5: Negotiation, no history, created 1 May -> 60 > 30       stalled; 100 USD x 7 = 700.00
        # o6: no history and no created date                          skipped
        # o7: latest Negotiation entry 20 Jun -> 10 days <= 30        not stalled
        assert got == [
            StalledDeal(ids["o5"], "o5", None, None, NEGO, 60, 30.0, D("700.00")),
            StalledDeal(ids["o3"], "o3", None, None, NEEDS, 29, 20.0, None),
            StalledDeal(ids["o1"], "o1", "Acme", "Ann", LEAD, 10, 8.0, D("10.00")),
        ]


def test_stalled_deals_with_explicit_thresholds(db: Database) -> None:
    with db.session() as s:
        ids = _stall_fixture(s)
        lead, needs, demo, nego = (_stage(s, n) for n in (LEAD, NEEDS, DEMO, NEGO))
        # Lead 5 and Needs 40 given; Demo and Negotiation keep their defaults (10, 30):
        # o5 60 > 30, o1 10 > 5, o2 8 > 5; o3 29 <= 40
        got = stalled_deals(s, ALL, today=TODAY, thresholds={lead: 5, needs: 40})
        assert [(d.opportunity_id, d.days_in_stage, d.threshold_days) for d in got] == [
            (ids["o5"], 60, 30.0), (ids["o1"], 10, 5), (ids["o2"], 8, 5)]
        # all given: only o5 (60 > 59)
        got = stalled_deals(s, ALL, today=TODAY, thresholds={lead: 100, needs: 100, demo: 100, nego: 59})
        assert [d.opportunity_id for d in got] == [ids["o5"]]
        # the filter applies: Ann owns only o1
        ann = s.scalar(select(Rep.id).where(Rep.name == "Ann"))
        assert [d.name for d in stalled_deals(s, MetricFilter(rep_id=ann), today=TODAY)] == ["o1"]
