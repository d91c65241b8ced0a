"""What became of the leads created in a period: their facts, whether each became an opportunity and whether
that opportunity was won, and its amount (what the monthly review and its proposals read).

Definitions:

* a lead *created in* [start, end] has a ``created_date`` from ``start`` to ``end``, both included (a lead
  without a created date is in no period);
* a lead is *converted* (to an opportunity) when it has a ``converted_opportunity_id`` or its status is
  ``converted``;
* a converted lead is *won* when its opportunity's stage is of kind ``won`` (``pipeline.entities``); a lead with
  status ``converted`` but no opportunity is converted and not won.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Lead, Opportunity
from salesmgr.models.leads.facts import facts_of
from salesmgr.models.leads.scoring import LeadFacts
from salesmgr.models.pipeline.entities import StageDefinition


@dataclass(frozen=True)
class LeadOutcome:
    """One lead of the period: its facts, ``converted``, ``won`` and, for a won deal, its amount in minor units
    (None when the deal has no amount) and currency."""

    lead_id: int
    facts: LeadFacts
    converted: bool
    won: bool
    amount_minor: int | None = None
    currency: str | None = None


def lead_outcomes(session: Session, start: date, end: date) -> list[LeadOutcome]:
    """The leads created in [start, end] (module definitions), in id order."""
    query = (select(Lead.id, Lead.status, Lead.converted_opportunity_id, StageDefinition.kind,
                    Opportunity.amount_minor, Opportunity.currency)
             .outerjoin(Opportunity, Opportunity.id == Lead.converted_opportunity_id)
             .outerjoin(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .where(Lead.created_date >= start, Lead.created_date <= end).order_by(Lead.id))
    rows = session.execute(query).all()
    facts = facts_of(session, [row[0] for row in rows]) if rows else {}
    outcomes = []
    for lead_id, status, opportunity_id, kind, minor, currency in rows:
        converted = opportunity_id is not None or status == "converted"
        won = kind == "won"
        outcomes.append(LeadOutcome(lead_id, facts[lead_id], converted, won, minor if won else None,
                                    currency if won else None))
    return outcomes
