"""A small team whose onboarding and ramp figures the tests work out by hand (today 2026-12-01, a Tuesday).

North: Mia (hired 2019-01-01) and Max (2018-05-01) are ramped: they were hired more than 180 days before the
360 days up to today (2025-12-07 .. 2026-12-01) began. Mia won 400,000 on 2026-03-10; Max won 200,000 on
2026-09-01 and 100,000 on 2025-11-01 (before the window). So a ramped rep wins (400,000 + 200,000) / 2 / 4 =
75,000.00 in 90 days.

Nia is hired on Saturday 2026-10-31, with the default plan from that day and Mia as mentor (``nia_plan``). Her
data: an open deal "Inherited deal" created 2026-10-31 (in the first open stage ever since: 31 days on
2026-12-01, past the 30-day default stall threshold); a call on 2026-11-03 10:00 logged 2026-11-05 12:00 (50 h
late); a visit on 2026-11-12 logged within the hour; a won deal of 30,000 closed 2026-11-25. Her firsts: activity
day 3, visit 2026-11-12, opportunity day 0, won deal day 25; won in 90 days 30,000 = 0.4 of a ramped rep's.

Ola (South) was hired 2026-06-15 (cohort 2026Q2), Max is her mentor (Rep.mentor_id), no plan; she won 90,000 on
2026-07-10 (day 26 after hire, inside her 90 days) and 60,000 on 2026-10-01 (day 109, outside): won in 90 days
90,000 = 1.2 of a ramped rep's; first deal after 25 days.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import Activity, Opportunity, Rep, StageDefinition, Team
from salesmgr.models.database import Database
from salesmgr.models.onboarding.plans import assign_plan
from tests.helpers.bonus_data import add_deal

TODAY = date(2026, 12, 1)
NIA_START = date(2026, 10, 31)


def _open_stage(session: Session) -> int:
    return session.scalars(select(StageDefinition.id).where(StageDefinition.kind == "open")
                           .order_by(StageDefinition.position)).first()  # type: ignore[return-value]


def build(db: Database) -> dict[str, int]:
    """The team above (no plan yet); rep name -> id."""
    with db.session() as session:
        north, south = Team(name="North"), Team(name="South")
        session.add_all([north, south])
        session.flush()
        reps = {name: Rep(name=name, team_id=team.id, hire_date=hired) for name, team, hired in [
            ("Mia", north, date(2019, 1, 1)), ("Max", north, date(2018, 5, 1)), ("Nia", north, NIA_START),
            ("Ola", south, date(2026, 6, 15))]}
        session.add_all(reps.values())
        session.flush()
        reps["Ola"].mentor_id = reps["Max"].id
        add_deal(session, reps["Mia"], "400000", date(2026, 3, 10))
        add_deal(session, reps["Max"], "200000", date(2026, 9, 1))
        add_deal(session, reps["Max"], "100000", date(2025, 11, 1))
        add_deal(session, reps["Nia"], "30000", date(2026, 11, 25))
        add_deal(session, reps["Ola"], "90000", date(2026, 7, 10))
        add_deal(session, reps["Ola"], "60000", date(2026, 10, 1))
        inherited = Opportunity(name="Inherited deal", owner_id=reps["Nia"].id, stage_id=_open_stage(session),
                                currency="CNY", created_date=NIA_START)
        inherited.amount = Decimal(50000)
        session.add(inherited)
        session.add_all([
            Activity(rep_id=reps["Nia"].id, kind="call", occurred_at=datetime(2026, 11, 3, 10),
                     logged_at=datetime(2026, 11, 5, 12), subject="Intro call"),
            Activity(rep_id=reps["Nia"].id, kind="visit", occurred_at=datetime(2026, 11, 12, 14),
                     logged_at=datetime(2026, 11, 12, 15), subject="First visit"),
        ])
        return {name: rep.id for name, rep in reps.items()}


def nia_plan(db: Database, ids: dict[str, int]) -> int:
    """Nia's plan from the default template, starting on her hire date, Mia mentoring."""
    with db.session() as session:
        return assign_plan(session, ids["Nia"], None, NIA_START, ids["Mia"])
