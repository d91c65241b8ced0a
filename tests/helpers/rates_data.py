"""A small database whose deals are in three currencies, two of them without an exchange rate (base CNY, USD at
7.10; COP and EUR have none), for the figures that must still show what they can. Period 2026Q2, today
2026-05-15; Ann of team North has a 2026Q2 quota of 10,000.00 CNY.

Deal     stage            amount            owner  dates
A        Won              6,000.00 CNY      Ann    created 04-01, closed 04-10
B        Negotiation      500.00 USD        Ann    created 04-05, expected 06-30, probability 50
C        Negotiation      1,000,000.00 COP  Ann    created 04-06, expected 06-20, probability 50
D        Won              234,567.00 COP    Ann    created 04-02, closed 05-02
E        Lead identified  100.00 EUR        -      created 04-03, expected 06-15
F        Lead identified  (no amount) COP   -      created 04-04, expected 06-10

By hand, for 2026Q2 by close date: Won 2 deals, 6,000.00 (D left out); Negotiation 2 deals, 500 x 7.10 =
3,550.00 (C left out); Lead identified 2 deals, 0.00; weighted pipeline 3,550.00 x 50 % = 1,775.00; won
6,000.00 of 10,000.00 = 60 %. Unconverted: COP 2 deals (C, D; F has no amount) 1,234,567.00; EUR 1 deal 100.00.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import Opportunity, Rep, StageDefinition, Team
from salesmgr.models.currency import set_rate
from salesmgr.models.database import Database
from salesmgr.models.org import Quota

TODAY = date(2026, 5, 15)
PERIOD = "2026Q2"
UNCONVERTED = [{"currency": "COP", "deals": 2, "amount": "1234567.00"},
               {"currency": "EUR", "deals": 1, "amount": "100.00"}]


def _deal(s: Session, name: str, stage: str, amount: str | None, currency: str, owner: int | None, created: date,
          *, closed: date | None = None, expected: date | None = None, probability: int | None = None) -> None:
    stage_id = s.scalar(select(StageDefinition.id).where(StageDefinition.name == stage))
    opp = Opportunity(name=name, stage_id=stage_id, currency=currency, owner_id=owner, created_date=created,
                      closed_date=closed, expected_close_date=expected, probability=probability)
    if amount is not None:
        opp.amount = Decimal(amount)
    s.add(opp)


def build(db: Database) -> None:
    with db.session() as s:
        set_rate(s, "USD", Decimal("7.10"), date(2026, 4, 1))
        team = Team(name="North")
        s.add(team)
        s.flush()
        ann = Rep(name="Ann", team_id=team.id)
        s.add(ann)
        s.flush()
        quota = Quota(rep_id=ann.id, period=PERIOD, currency="CNY")
        quota.amount = Decimal("10000")
        s.add(quota)
        d = date
        _deal(s, "A", "Won", "6000", "CNY", ann.id, d(2026, 4, 1), closed=d(2026, 4, 10))
        _deal(s, "B", "Negotiation", "500", "USD", ann.id, d(2026, 4, 5), expected=d(2026, 6, 30), probability=50)
        _deal(s, "C", "Negotiation", "1000000", "COP", ann.id, d(2026, 4, 6), expected=d(2026, 6, 20),
              probability=50)
        _deal(s, "D", "Won", "234567", "COP", ann.id, d(2026, 4, 2), closed=d(2026, 5, 2))
        _deal(s, "E", "Lead identified", "100", "EUR", None, d(2026, 4, 3), expected=d(2026, 6, 15))
        _deal(s, "F", "Lead identified", None, "COP", None, d(2026, 4, 4), expected=d(2026, 6, 10))
