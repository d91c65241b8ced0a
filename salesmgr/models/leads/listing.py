"""The lead list and one lead's detail, with each lead's score, grade and breakdown.

Definitions: a lead's ``score`` and ``grade`` are the stored ones (``bulk.ensure_scored`` first rescores when they
are stale); its ``breakdown`` lists the points each matching rule of the current model gave, in the model's rule
order (``scoring.score_facts`` over ``facts.facts_of``, the same rules as the stored score), as
``labels.part_text`` joined with ", ". Filters: ``grade_rank`` (0 the top grade), ``status`` and ``text`` (a
case-insensitive part of the name, company or e-mail).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.crm import Lead
from salesmgr.models.errors import NotFoundError
from salesmgr.models.leads.bulk import ensure_scored
from salesmgr.models.leads.entities import LeadBehaviour, LeadScore
from salesmgr.models.leads.facts import facts_of
from salesmgr.models.leads.labels import grade_label, part_text
from salesmgr.models.leads.scoring import LeadFacts, score_facts
from salesmgr.models.leads.spec import ScoringSpec
from salesmgr.models.org import Rep


@dataclass(frozen=True)
class LeadRow:
    id: int
    name: str
    company: str | None
    industry: str | None
    company_size: int | None
    region: str | None
    source: str | None
    status: str
    owner: str | None
    created: date | None
    score: int
    grade_rank: int
    grade: str  # as shown (``labels.grade_label``)
    breakdown: str  # "+15 industry 科技, +20 attended webinar (2026-10-03)"

    @property
    def active(self) -> bool:
        return self.status != "disqualified"


@dataclass(frozen=True)
class BreakdownPart:
    rule: int  # the rule's index in the model
    points: int
    text: str


@dataclass(frozen=True)
class BehaviourDay:
    key: str
    occurred_on: date
    dated: bool  # False: the import day of a plain yes


@dataclass(frozen=True)
class LeadDetail:
    row: LeadRow
    title: str | None
    email: str | None
    phone: str | None
    owner_id: int | None
    behaviours: tuple[BehaviourDay, ...]
    parts: tuple[BreakdownPart, ...]
    model_version: int


def lead_rows(session: Session, grade_rank: int | None = None, status: str | None = None, text: str | None = None,
              limit: int | None = None) -> list[LeadRow]:
    """The leads (newest first) matching the filters, each with its score, grade and breakdown."""
    spec = ensure_scored(session)
    query = _query()
    if grade_rank is not None:
        query = query.where(LeadScore.grade_rank == grade_rank)
    if status is not None:
        query = query.where(Lead.status == status)
    if text and text.strip():
        pattern = f"%{text.strip().lower()}%"
        query = query.where(or_(*(func.lower(column).like(pattern)
                                  for column in (Lead.name, Lead.company, Lead.email))))
    query = query.order_by(Lead.created_date.desc(), Lead.id.desc())
    if limit is not None:
        query = query.limit(limit)
    records = session.execute(query).all()
    filtered = grade_rank is not None or status is not None or bool(text) or limit is not None
    facts = facts_of(session, [record.id for record in records] if filtered else None)
    today = clock.today()
    return [_row(record, spec, facts.get(record.id), today) for record in records]


def lead_detail(session: Session, lead_id: int) -> LeadDetail:
    """One lead with its score's parts and its behaviours."""
    spec = ensure_scored(session)
    record = session.execute(_query().where(Lead.id == lead_id)).first()
    lead = session.get(Lead, lead_id)
    if record is None or lead is None:
        raise NotFoundError("There is no lead {id}.", id=lead_id)
    facts = facts_of(session, [lead_id]).get(lead_id)
    today = clock.today()
    parts = () if facts is None else tuple(
        BreakdownPart(part.rule, part.points, part_text(spec.rules[part.rule], part))
        for part in score_facts(spec, facts, today).parts)
    behaviours = session.execute(select(LeadBehaviour).where(LeadBehaviour.lead_id == lead_id)
                                 .order_by(LeadBehaviour.behaviour)).scalars()
    return LeadDetail(_row(record, spec, facts, today), lead.title, lead.email, lead.phone, lead.owner_id,
                      tuple(BehaviourDay(b.behaviour, b.occurred_on, b.dated) for b in behaviours), parts,
                      spec.version or 0)


def grade_counts(session: Session) -> dict[int, int]:
    """Leads per grade rank of the current model (every rank, zero included)."""
    from salesmgr.models.leads.bulk import stored_counts

    return stored_counts(session, ensure_scored(session))


def _query() -> Select[tuple[int, str, str | None, str | None, int | None, str | None, str | None, str,
                             str | None, date | None, int, int]]:
    return (select(Lead.id, Lead.name, Lead.company, Lead.industry, Lead.company_size, Lead.region,
                   Lead.lead_source, Lead.status, Rep.name.label("owner"), Lead.created_date, LeadScore.score,
                   LeadScore.grade_rank)
            .join(LeadScore, LeadScore.lead_id == Lead.id)
            .outerjoin(Rep, Rep.id == Lead.owner_id))


def _row(record: Any, spec: ScoringSpec, facts: LeadFacts | None, today: date) -> LeadRow:
    (lead_id, name, company, industry, size, region, source, status, owner, created, score, rank) = record
    breakdown = "" if facts is None else ", ".join(
        part_text(spec.rules[part.rule], part) for part in score_facts(spec, facts, today).parts)
    return LeadRow(lead_id, name, company, industry, size, region, source, status, owner, created, score, rank,
                   grade_label(spec.grades[rank]), breakdown)
