"""What the rules read of leads, loaded from the database (for breakdowns and the review's per-rule figures)."""
from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Lead
from salesmgr.models.leads.catalogue import ATTRIBUTE_FIELDS
from salesmgr.models.leads.entities import LeadBehaviour
from salesmgr.models.leads.scoring import LeadFacts

ID_CHUNK = 500


def facts_of(session: Session, lead_ids: Collection[int] | None = None) -> dict[int, LeadFacts]:
    """The facts of the leads of ``lead_ids`` (every lead when None), by lead id."""
    fields = list(ATTRIBUTE_FIELDS)
    columns = [getattr(Lead, name) for name in fields]
    ids = None if lead_ids is None else sorted(set(lead_ids))
    facts: dict[int, LeadFacts] = {}
    for chunk in _chunks(ids):
        query = select(Lead.id, *columns)
        behaviours = select(LeadBehaviour.lead_id, LeadBehaviour.behaviour, LeadBehaviour.occurred_on)
        if chunk is not None:
            query = query.where(Lead.id.in_(chunk))
            behaviours = behaviours.where(LeadBehaviour.lead_id.in_(chunk))
        for lead_id, *values in session.execute(query):
            facts[lead_id] = LeadFacts(dict(zip(fields, values, strict=True)), {})
        for lead_id, key, day in session.execute(behaviours):
            facts[lead_id].behaviours[key] = day
    return facts


def _chunks(ids: list[int] | None) -> list[list[int] | None]:
    if ids is None:
        return [None]
    return [ids[start:start + ID_CHUNK] for start in range(0, len(ids), ID_CHUNK)]
