"""A small organisation whose quota plan, capacity and coverage the tests work out by hand (today 2026-11-15,
so the current quarter is 2026Q4 and the last closed quarters are 2025Q4, 2026Q1, 2026Q2 and 2026Q3).

History (each of the 4 closed quarters): North's Ann quota 100,000 won 80,000 (and one lost deal), Bob quota
50,000, who won 130,000 once (2026Q2): North 450,000 of 600,000 = 0.75. South's Dan quota 100,000 won 90,000:
South 360,000 / 400,000 = 0.9. Cid (South) was hired 2026-08-01, Eli (North) is hired 2027-01-01.

2026Q4: Ann quota 100,000, won 20,000 so far, open deals of 70,000 and 50,000 expected in the quarter and one of
999,999 expected 2027-01-05; Bob quota 50,000, nothing won or open.

The 2027 plan (``plan_2027``): quarter quotas Ann 100,000, Bob 50,000, Dan 100,000, Cid 40,000, Eli 40,000;
target 1,200,000.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.models import Opportunity, Quota, Rep, Team, clock
from salesmgr.models.database import Database
from salesmgr.models.goals.plan import set_target
from tests.helpers.bonus_data import _stage, add_deal

TODAY = date(2026, 11, 15)
HISTORY = ("2025Q4", "2026Q1", "2026Q2", "2026Q3")
MIDDLE = {"2025Q4": date(2025, 11, 10), "2026Q1": date(2026, 2, 10), "2026Q2": date(2026, 5, 10),
          "2026Q3": date(2026, 8, 10)}


def quota(session: Session, rep: Rep, period: str, amount: str) -> None:
    row = Quota(rep_id=rep.id, period=period, currency="CNY")
    row.amount = Decimal(amount)
    session.add(row)


def open_deal(session: Session, owner: Rep, amount: str, expected: date) -> None:
    deal = Opportunity(name="Open", owner_id=owner.id, stage_id=_stage(session, "open"), currency="CNY",
                       expected_close_date=expected, probability=50)
    deal.amount = Decimal(amount)
    session.add(deal)


def build(db: Database) -> dict[str, int]:
    """Fill ``db`` as above; returns rep (and team) name -> id."""
    with db.session() as session:
        north, south = Team(name="North"), Team(name="South")
        session.add_all([north, south])
        session.flush()
        reps = {name: Rep(name=name, team_id=team.id, hire_date=hired) for name, team, hired in [
            ("Ann", north, date(2020, 1, 1)), ("Bob", north, date(2020, 1, 1)), ("Eli", north, date(2027, 1, 1)),
            ("Dan", south, date(2019, 1, 1)), ("Cid", south, date(2026, 8, 1))]}
        session.add_all(reps.values())
        session.flush()
        for period in HISTORY:
            quota(session, reps["Ann"], period, "100000")
            quota(session, reps["Bob"], period, "50000")
            quota(session, reps["Dan"], period, "100000")
            add_deal(session, reps["Ann"], "80000", MIDDLE[period])
            add_deal(session, reps["Ann"], "1000", MIDDLE[period], kind="lost")
            add_deal(session, reps["Dan"], "90000", MIDDLE[period])
        add_deal(session, reps["Bob"], "130000", MIDDLE["2026Q2"])
        quota(session, reps["Ann"], "2026Q4", "100000")
        quota(session, reps["Bob"], "2026Q4", "50000")
        add_deal(session, reps["Ann"], "20000", date(2026, 10, 10))
        open_deal(session, reps["Ann"], "70000", date(2026, 11, 30))
        open_deal(session, reps["Ann"], "50000", date(2026, 12, 31))
        open_deal(session, reps["Ann"], "999999", date(2027, 1, 5))
        ids = {name: rep.id for name, rep in reps.items()}
        return {**ids, "North": north.id, "South": south.id}


def plan_2027(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        for name, amount in (("Ann", "100000"), ("Bob", "50000"), ("Dan", "100000"), ("Cid", "40000"),
                             ("Eli", "40000")):
            rep = session.get(Rep, ids[name])
            assert rep is not None
            for number in range(1, 5):
                quota(session, rep, f"2027Q{number}", amount)
        set_target(session, 2027, Decimal("1200000"), "test")


def planned(db: Database) -> dict[str, int]:
    """The organisation and its 2027 plan on ``TODAY`` (the clock set to it); rep name -> id."""
    clock.set_today(TODAY)
    found = build(db)
    plan_2027(db, found)
    return found
