"""Seventy leads created in November 2026 whose review and proposal the tests work out by hand (default model,
today 2026-12-01; base currency CNY, no exchange rate for COP).

Four groups of leads, ``i`` their index in the group; ``region`` is East for even ``i``, West for odd ``i``; the
first ``converted`` of each group became opportunities, the first ``won`` of them won:

=====  =====  ========  =====  ============================  =====  =========  ===  ==================
group  leads  industry  size   behaviours                    score  grade      con  won
=====  =====  ========  =====  ============================  =====  =========  ===  ==================
A      20     科技       2000   webinar, pricing page         65     MQL        10   5 (8,000; 12,000;
                                                                                        10,000; 14,000 CNY;
                                                                                        5,000,000 COP)
B      20     制造       500    white paper, webinar          30     SQL        4    1 (20,000 CNY)
C      20     制造       none   none                          0      Lead       1    0 (status converted,
                                                                                        no opportunity)
D      10     金融       5000   webinar                       45     SQL        0    0
=====  =====  ========  =====  ============================  =====  =========  ===  ==================

The first five leads of A came from lead source "Fair". One lead created 2026-10-31 (outside November) and one
with no created date are in no November review.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import Lead, Opportunity, StageDefinition
from salesmgr.models.database import Database
from salesmgr.models.leads.entities import LeadBehaviour

TODAY = date(2026, 12, 1)
START, END = date(2026, 11, 1), date(2026, 11, 30)
# group: (leads, industry, size, behaviours, converted, won amounts as (amount, currency))
GROUPS: dict[str, tuple[int, str, int | None, tuple[str, ...], int, tuple[tuple[str, str], ...]]] = {
    "A": (20, "科技", 2000, ("webinar", "pricing_page"), 10,
          (("8000", "CNY"), ("12000", "CNY"), ("10000", "CNY"), ("14000", "CNY"), ("5000000", "COP"))),
    "B": (20, "制造", 500, ("white_paper", "webinar"), 4, (("20000", "CNY"),)),
    "C": (20, "制造", None, (), 1, ()),
    "D": (10, "金融", 5000, ("webinar",), 0, ()),
}


def _stage(session: Session, kind: str) -> int:
    return session.scalars(select(StageDefinition.id).where(StageDefinition.kind == kind)
                           .order_by(StageDefinition.position)).first()  # type: ignore[return-value]


def _opportunity(session: Session, name: str, stage: int, amount: str, currency: str) -> int:
    deal = Opportunity(name=name, stage_id=stage, currency=currency, created_date=date(2026, 11, 20))
    deal.amount = Decimal(amount)
    session.add(deal)
    session.flush()
    return deal.id


def _lead(session: Session, group: str, index: int) -> None:
    _count, industry, size, behaviours, converted, won = GROUPS[group]
    lead = Lead(name=f"{group}{index}", company=f"{group} company {index}", industry=industry, company_size=size,
                region="East" if index % 2 == 0 else "West", lead_source="Fair" if group == "A" and index < 5
                else "Web", created_date=date(2026, 11, 1 + index), status="new")
    if index < converted:
        lead.status = "converted"
        if group != "C":
            stage, (amount, currency) = ((_stage(session, "won"), won[index]) if index < len(won)
                                         else (_stage(session, "open"), ("5000", "CNY")))
            lead.converted_opportunity_id = _opportunity(session, lead.name, stage, amount, currency)
    session.add(lead)
    session.flush()
    session.add_all(LeadBehaviour(lead_id=lead.id, behaviour=key, occurred_on=date(2026, 11, 1 + index))
                    for key in behaviours)


def build(db: Database) -> None:
    """The leads above, and the two outside November."""
    with db.session() as session:
        for group, (count, *_rest) in GROUPS.items():
            for index in range(count):
                _lead(session, group, index)
        session.add_all([Lead(name="October", industry="科技", created_date=date(2026, 10, 31)),
                         Lead(name="Undated", industry="科技")])
