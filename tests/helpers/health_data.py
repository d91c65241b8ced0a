"""A small customer base for the health tests, every figure chosen so the score can be worked out by hand.

Today is 2026-12-01: the usage windows are Sep-Nov (recent) and Jun-Aug (earlier), tickets count from 09-03,
surveys from 2025-12-02. Rep Ann owns every account; each customer's first win closed on 2026-01-15.

* Alpha: usage 100/100/100 earlier, 90/80/not measured recent; tickets high 11-01, normal 10-10 and 09-03, low
  09-02 (before the window); CSAT 4.0 and 5.0, NPS 8; last activity 10-02; unsure; current; renews 2027-05-01.
* Beta: no usage, no ticket, no survey, no activity; unlikely; overdue; renews 2027-01-15.
* Gamma: only an activity on 11-21 (and no ticket, which counts: the database has tickets).
* Delta: churned on 2026-11-01 (not a customer any more).
* Epsilon: 3 urgent tickets in November; unlikely; late; renews 2027-06-01.
* Zeta: no won deal (not a customer).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from salesmgr.models import Account, Activity
from salesmgr.models.bonus.entities import CsatResponse
from salesmgr.models.customers.entities import SupportTicket, UsageRecord
from salesmgr.models.database import Database
from salesmgr.models.goals.goals import NpsResponse
from tests.models.metrics.test_funnel import deal, rep

TODAY = date(2026, 12, 1)


def _account(s: Session, name: str, owner: int, won: bool = True, **fields: object) -> int:
    row = Account(name=name, owner_id=owner, **fields)
    s.add(row)
    s.flush()
    if won:
        deal(s, "Won", "1000.00", owner=owner, account=row.id, created=date(2025, 12, 1), closed=date(2026, 1, 15))
    return row.id


def build(db: Database) -> dict[str, int]:
    with db.session() as s:
        ann = rep(s, "Ann")
        ids = {"ann": ann,
               "alpha": _account(s, "Alpha", ann, renewal_intent="unsure", payment_status="current",
                                 renewal_date=date(2027, 5, 1)),
               "beta": _account(s, "Beta", ann, renewal_intent="unlikely", payment_status="overdue",
                                renewal_date=date(2027, 1, 15)),
               "gamma": _account(s, "Gamma", ann),
               "delta": _account(s, "Delta", ann, churned_on=date(2026, 11, 1), renewal_intent="likely",
                                 payment_status="current"),
               "epsilon": _account(s, "Epsilon", ann, renewal_intent="unlikely", payment_status="late",
                                   renewal_date=date(2027, 6, 1)),
               "zeta": _account(s, "Zeta", ann, won=False, renewal_intent="likely", payment_status="current")}
        alpha = ids["alpha"]
        for month, count in ((6, 100), (7, 100), (8, 100), (9, 90), (10, 80), (11, None)):
            s.add(UsageRecord(account_id=alpha, month=date(2026, month, 1), usage_count=count))
        for day, severity in ((date(2026, 11, 1), "high"), (date(2026, 10, 10), "normal"),
                              (date(2026, 9, 3), "normal"), (date(2026, 9, 2), "low")):
            s.add(SupportTicket(account_id=alpha, opened_on=day, severity=severity))
        for day in (date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)):
            s.add(SupportTicket(account_id=ids["epsilon"], opened_on=day, severity="urgent"))
        s.add_all([CsatResponse(account_id=alpha, responded_on=date(2026, 3, 1), score_centi=400),
                   CsatResponse(account_id=alpha, responded_on=date(2026, 10, 1), score_centi=500),
                   NpsResponse(account_id=alpha, responded_on=date(2026, 6, 1), score=8)])
        for account_id, day in ((alpha, date(2026, 10, 2)), (ids["gamma"], date(2026, 11, 21))):
            s.add(Activity(account_id=account_id, rep_id=ann, kind="call", occurred_at=datetime.combine(
                day, datetime.min.time().replace(hour=10))))
    return ids
