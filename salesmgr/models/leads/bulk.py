"""Every lead's score at once, in SQL: the same rules as ``scoring.score_facts`` written as one expression, so
that rescoring 200,000 leads is one statement and not 200,000 round trips (``bench/score_bench.py``).

Stored in ``lead_score``: for each lead the model it was scored with, its score, its grade and the day (behaviour
decay changes scores as days pass; ``ensure_scored`` rescores when the stored scores are not today's).
"""
from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, case, cast, delete, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from salesmgr.models.clock import today as current_day
from salesmgr.models.crm import Lead
from salesmgr.models.dialect import days_between
from salesmgr.models.leads.catalogue import (
    ATTRIBUTE_FIELDS,
    CONTAINS,
    DECAY_DAYS,
    EQUALS,
    GREATER,
    IN_LIST,
    LESS,
    NUMBER,
    fold,
)
from salesmgr.models.leads.entities import LeadBehaviour, LeadScore
from salesmgr.models.leads.spec import Rule, ScoringSpec
from salesmgr.models.leads.store import current_spec

ID_CHUNK = 500  # lead ids per statement when rescoring a few leads


def rescore(session: Session, spec: ScoringSpec | None = None, lead_ids: Collection[int] | None = None,
            today: date | None = None) -> dict[int, int]:
    """Score every lead (or those of ``lead_ids``) with ``spec`` (the current model) on ``today``, store the
    scores and return the number of leads per grade rank over all leads."""
    spec = spec or current_spec(session)
    day = today or current_day()
    if lead_ids is None:
        _store(session, spec, day, None)
    else:
        ids = sorted(set(lead_ids))
        for start in range(0, len(ids), ID_CHUNK):
            _store(session, spec, day, ids[start:start + ID_CHUNK])
    return stored_counts(session, spec)


def _store(session: Session, spec: ScoringSpec, day: date, ids: list[int] | None) -> None:
    removal = delete(LeadScore)
    scored = _scores(spec, day)
    if ids is not None:
        removal = removal.where(LeadScore.lead_id.in_(ids))
        scored = scored.where(Lead.id.in_(ids))
    session.execute(removal)
    rows = scored.subquery()
    session.execute(insert(LeadScore).from_select(
        ["lead_id", "model_id", "score", "grade_rank", "scored_on"],
        select(rows.c.id, literal(spec.model_id), rows.c.score, grade_rank_of(spec, rows.c.score), literal(day))))


def preview_counts(session: Session, spec: ScoringSpec, today: date | None = None) -> dict[int, int]:
    """How many leads each grade of an unsaved ``spec`` would hold, without storing anything."""
    rows = _scores(spec, today or current_day()).subquery()
    rank = grade_rank_of(spec, rows.c.score).label("rank")
    counted = session.execute(select(rank, func.count()).group_by(rank))
    return _complete(spec, dict(counted.tuples().all()))


def stored_counts(session: Session, spec: ScoringSpec) -> dict[int, int]:
    """Leads per stored grade rank, every grade of ``spec`` included (zero when empty)."""
    rows = session.execute(select(LeadScore.grade_rank, func.count()).group_by(LeadScore.grade_rank))
    return _complete(spec, dict(rows.tuples().all()))


def ensure_scored(session: Session, today: date | None = None) -> ScoringSpec:
    """Rescore every lead when a lead has no score from the current model, or (for a model whose rules decay)
    when the stored scores are from another day; returns the current model."""
    spec = current_spec(session)
    day = today or current_day()
    stale = [LeadScore.lead_id.is_(None), LeadScore.model_id != spec.model_id]
    if any(rule.decay for rule in spec.rules):
        stale.append(LeadScore.scored_on != day)
    query = select(Lead.id).outerjoin(LeadScore, LeadScore.lead_id == Lead.id).where(or_(*stale)).limit(1)
    if session.scalar(query) is not None:
        rescore(session, spec, today=day)
    return spec


def grade_rank_of(spec: ScoringSpec, score: ColumnElement[Any]) -> ColumnElement[int]:
    """SQL for ``spec.grade_rank(score)``."""
    last = len(spec.grades) - 1
    whens = [(score >= grade.min_score, rank) for rank, grade in enumerate(spec.grades)
             if grade.min_score is not None and rank < last]
    return case(*whens, else_=last) if whens else literal(last)


def _scores(spec: ScoringSpec, day: date) -> Select[Any]:
    """``(id, score)`` of every lead under ``spec`` on ``day``."""
    attribute = [_attribute_points(rule) for rule in spec.rules if rule.kind == "attribute"]
    behaviours = [rule for rule in spec.rules if rule.kind == "behaviour"]
    total: ColumnElement[Any] = literal(0)
    for points in attribute:
        total = total + points
    if not behaviours:
        return select(Lead.id, total.label("score"))
    done = _behaviour_points(behaviours, day)
    total = total + func.coalesce(done.c.points, 0)
    return select(Lead.id, total.label("score")).outerjoin(done, done.c.lead_id == Lead.id)


def _attribute_points(rule: Rule) -> ColumnElement[Any]:
    column = getattr(Lead, rule.field)
    return case((_condition(rule, column), rule.points), else_=0)


def _condition(rule: Rule, column: Any) -> ColumnElement[bool]:
    values = rule.value if isinstance(rule.value, tuple) else (rule.value,)
    if ATTRIBUTE_FIELDS[rule.field][0] == NUMBER:
        return {EQUALS: lambda: column == values[0], IN_LIST: lambda: column.in_(values),
                GREATER: lambda: column > values[0], LESS: lambda: column < values[0]}[rule.operator or EQUALS]()
    folded = func.lower(func.trim(column))
    texts = [fold(str(value)) for value in values]
    return {EQUALS: lambda: folded == texts[0], IN_LIST: lambda: folded.in_(texts),
            CONTAINS: lambda: folded.contains(texts[0], autoescape=True)}[rule.operator or EQUALS]()


def _behaviour_points(rules: list[Rule], day: date) -> Any:
    """Per lead, the points of its behaviours: one row per lead that has any of them."""
    terms: list[ColumnElement[Any]] = [
        func.sum(case((LeadBehaviour.behaviour == rule.field, _decayed(rule, day)), else_=0)) for rule in rules]
    points = terms[0]
    for term in terms[1:]:
        points = points + term
    keys = sorted({rule.field for rule in rules})
    return (select(LeadBehaviour.lead_id, points.label("points"))
            .where(LeadBehaviour.behaviour.in_(keys)).group_by(LeadBehaviour.lead_id).subquery())


def _decayed(rule: Rule, day: date) -> ColumnElement[Any]:
    if not rule.decay:
        return literal(rule.points)
    whole = cast(days_between(literal(day), LeadBehaviour.occurred_on) / DECAY_DAYS, Integer)
    periods = case((whole < 0, 0), else_=whole)
    remaining = abs(rule.points) - rule.decay * periods
    remaining = case((remaining < 0, 0), else_=remaining)
    return remaining if rule.points >= 0 else -remaining


def _complete(spec: ScoringSpec, counts: dict[int, int]) -> dict[int, int]:
    return {rank: counts.get(rank, 0) for rank in range(len(spec.grades))}
