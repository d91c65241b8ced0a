"""A small hand-built database for won per month against quota, shared by the metric and the chart tests.

North (Ann, Bob; team quota 12,000 for 2026Q2), South (Cy). Quotas: Ann 9,000 for 2026Q2 and 5,000 for 2026-05;
Bob 1,000 for 2026Q2; Cy 2,000 for 2026-04 only.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import Opportunity, Rep, StageDefinition, StageHistory, Team
from salesmgr.models.database import Database
from salesmgr.models.money import D
from salesmgr.models.org import Quota


def stage_ids(s: Session) -> dict[str, int]:
    return {name: id_ for id_, name in s.execute(select(StageDefinition.id, StageDefinition.name))}


def _quota(s: Session, amount: str, period: str, *, rep: int | None = None, team: int | None = None) -> None:
    row = Quota(rep_id=rep, team_id=team, period=period, currency="CNY")
    row.amount = D(amount)
    s.add(row)


def make_months_db(db: Database) -> dict[str, int]:
    """North (Ann, Bob; team quota 12,000 for 2026Q2), South (Cy). Quotas: Ann 9,000 for 2026Q2 and 5,000 for
    2026-05; Bob 1,000 for 2026Q2; Cy 2,000 for 2026-04 only."""
    with db.session() as s:
        stages = stage_ids(s)
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
