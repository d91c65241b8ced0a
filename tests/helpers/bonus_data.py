"""A small hand-made quarter (2026Q3) whose bonus figures the tests work out by hand.

Ann (North, rep): quota 100,000 CNY; won 60,000 CNY + 5,000 USD at 7.10 = 95,500 (attainment 0.955); a won deal
closed 2026-10-01 and a lost one do not count. CSAT 5 and 4 on her account plus a 3 on Bob's account that names
her: average 4.00. Activities: 4 logged within 24 h (one exactly 24 h), 1 late, 1 never logged: 4/5 = 0.8.
Training: 1 of 2 sessions. Default plan, target 20,000:
  0.6 x 0.955 + 0.2 x 4/4.5 + 0.2 x (0.8/0.95 + 0.5)/2 = 0.8849883... -> 17,699.77.
Bob (North, senior): quota 50,000, nothing won; no CSAT of his own (re-weighted 0.75/0/0.25); 2 on-time
activities on Ann's account, 2 of 2 trainings: process 1 -> 0.25 x 20,000 = 5,000.00.
Cid (South): no quota -> problem, payout null; one activity on Ann's deal (cross-team).
Dee (South): hired 2026-08-01, quota 10,000, won 12,000: 0.75 x 1.2 x 20,000 = 18,000.00.
Eve: inactive, won 30,000 in the quarter, no quota -> listed with the problem. Fay: inactive, nothing: not listed.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import Account, Activity, Opportunity, Quota, Rep, StageDefinition, Team
from salesmgr.models.bonus import CsatResponse, TrainingAttendance, TrainingSession
from salesmgr.models.currency import set_rate
from salesmgr.models.database import Database
from salesmgr.models.periods import Period

PERIOD = "2026Q3"  # as typed and stored
QUARTER = Period.parse(PERIOD)  # as the domain takes it
ANN_PAYOUT, BOB_PAYOUT, DEE_PAYOUT = Decimal("17699.77"), Decimal("5000.00"), Decimal("18000.00")


def _stage(session: Session, kind: str) -> int:
    return session.scalars(select(StageDefinition.id).where(StageDefinition.kind == kind)).first()  # type: ignore


def add_deal(session: Session, owner: Rep, amount: str, closed: date, *, currency: str = "CNY",
             kind: str = "won", account: Account | None = None, name: str = "Deal") -> Opportunity:
    deal = Opportunity(name=name, owner_id=owner.id, stage_id=_stage(session, kind), currency=currency,
                       account_id=account.id if account else None, closed_date=closed)
    deal.amount = Decimal(amount)
    session.add(deal)
    session.flush()
    return deal


def _activity(session: Session, rep: Rep, occurred: datetime, delay: timedelta | None, **links: int) -> None:
    session.add(Activity(rep_id=rep.id, kind="call", occurred_at=occurred,
                         logged_at=None if delay is None else occurred + delay, **links))


def build(db: Database) -> dict[str, int]:
    """Fill ``db`` with the quarter above; returns rep name -> id."""
    with db.session() as session:
        set_rate(session, "USD", Decimal("7.10"))
        north, south = Team(name="North"), Team(name="South")
        session.add_all([north, south])
        session.flush()
        reps = {name: Rep(name=name, team_id=team.id, role=role, hire_date=hired, active=active)
                for name, team, role, hired, active in [
                    ("Ann", north, "rep", date(2020, 1, 1), True), ("Bob", north, "senior", date(2019, 1, 1), True),
                    ("Cid", south, "rep", date(2021, 1, 1), True), ("Dee", south, "rep", date(2026, 8, 1), True),
                    ("Eve", south, "rep", date(2018, 1, 1), False), ("Fay", south, "rep", date(2018, 1, 1), False)]}
        session.add_all(reps.values())
        session.flush()
        _quotas_and_deals(session, reps)
        _csat_activities_training(session, reps)
        return {name: rep.id for name, rep in reps.items()}


def _quotas_and_deals(session: Session, reps: dict[str, Rep]) -> None:
    for name, amount in (("Ann", "100000"), ("Bob", "50000"), ("Dee", "10000")):
        quota = Quota(rep_id=reps[name].id, period=PERIOD, currency="CNY")
        quota.amount = Decimal(amount)
        session.add(quota)
    ann = reps["Ann"]
    add_deal(session, ann, "60000", date(2026, 7, 10))
    add_deal(session, ann, "5000", date(2026, 9, 30), currency="USD")
    add_deal(session, ann, "99999", date(2026, 10, 1))
    add_deal(session, ann, "77777", date(2026, 8, 1), kind="lost")
    add_deal(session, reps["Dee"], "12000", date(2026, 8, 20))
    add_deal(session, reps["Eve"], "30000", date(2026, 7, 2))


def _csat_activities_training(session: Session, reps: dict[str, Rep]) -> None:
    ann, bob = reps["Ann"], reps["Bob"]
    mine, bobs = Account(name="Ann Co", owner_id=ann.id), Account(name="Bob Co", owner_id=bob.id)
    session.add_all([mine, bobs])
    session.flush()
    session.add_all([
        CsatResponse(account_id=mine.id, responded_on=date(2026, 7, 5), score_centi=500),
        CsatResponse(account_id=mine.id, responded_on=date(2026, 9, 30), score_centi=400),
        CsatResponse(account_id=mine.id, responded_on=date(2026, 6, 30), score_centi=100),
        CsatResponse(account_id=bobs.id, rep_id=ann.id, responded_on=date(2026, 8, 5), score_centi=300),
    ])
    start = datetime(2026, 7, 6, 10, 0)
    for day, delay in enumerate([timedelta(hours=1), timedelta(hours=24), timedelta(0), timedelta(hours=23),
                                 timedelta(hours=25), None]):
        _activity(session, ann, start + timedelta(days=day), delay, account_id=mine.id)
    _activity(session, ann, datetime(2026, 10, 1, 9), timedelta(days=3))  # next quarter
    for day in range(2):
        _activity(session, bob, start + timedelta(days=day), timedelta(hours=2), account_id=mine.id)
    anns_deal = session.scalars(select(Opportunity).where(Opportunity.owner_id == ann.id)).first()
    assert anns_deal is not None
    _activity(session, reps["Cid"], start, timedelta(hours=2), opportunity_id=anns_deal.id)
    first, second = TrainingSession(name="Product", held_on=date(2026, 7, 20)), \
        TrainingSession(name="Selling", held_on=date(2026, 9, 1))
    session.add_all([first, second])
    session.flush()
    session.add_all([TrainingAttendance(session_id=first.id, rep_id=ann.id, attended=True),
                     TrainingAttendance(session_id=second.id, rep_id=ann.id, attended=False),
                     TrainingAttendance(session_id=first.id, rep_id=bob.id, attended=True),
                     TrainingAttendance(session_id=second.id, rep_id=bob.id, attended=True)])
