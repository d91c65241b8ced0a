"""Scoring models in the database: the current one, any version, saving a new version, the version history."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.models.errors import NotFoundError
from salesmgr.models.leads.entities import ScoringGrade, ScoringModel, ScoringRule
from salesmgr.models.leads.spec import DEFAULT_SPEC, Grade, Rule, ScoringSpec, Value, check_spec

DEFAULT_AUTHOR = "salesmgr"


@dataclass(frozen=True)
class VersionInfo:
    version: int
    changed_by: str
    changed_at: datetime
    origin: str
    note: str | None


def current_spec(session: Session) -> ScoringSpec:
    """The highest version; the seed's default model (saved as version 1) when there is none yet."""
    version = session.scalar(select(func.max(ScoringModel.version)))
    if version is None:
        save_spec(session, DEFAULT_SPEC, DEFAULT_AUTHOR, origin="default")
        version = 1
    return spec_of_version(session, version)


def spec_of_version(session: Session, version: int) -> ScoringSpec:
    model = session.scalar(select(ScoringModel).where(ScoringModel.version == version))
    if model is None:
        raise NotFoundError("There is no scoring model version {version}.", version=version)
    rules = session.scalars(select(ScoringRule).where(ScoringRule.model_id == model.id)
                            .order_by(ScoringRule.position))
    grades = session.scalars(select(ScoringGrade).where(ScoringGrade.model_id == model.id)
                             .order_by(ScoringGrade.rank))
    return ScoringSpec(tuple(_rule(row) for row in rules), tuple(_grade(row) for row in grades),
                       model.version, model.id, model.changed_by, model.note)


def save_spec(session: Session, spec: ScoringSpec, changed_by: str, note: str | None = None,
              origin: str = "user") -> ScoringSpec:
    """Check ``spec`` and save it as the next version (nothing is ever edited in place); returns it saved."""
    check_spec(spec)
    version = (session.scalar(select(func.max(ScoringModel.version))) or 0) + 1
    model = ScoringModel(version=version, changed_by=changed_by.strip() or DEFAULT_AUTHOR,
                         note=(note or "").strip() or None, origin=origin)
    session.add(model)
    session.flush()
    session.add_all(ScoringRule(model_id=model.id, position=position, kind=rule.kind, field=rule.field,
                                operator=rule.operator, value=_stored_value(rule.value), points=rule.points,
                                decay=rule.decay or None)
                    for position, rule in enumerate(spec.rules, start=1))
    session.add_all(ScoringGrade(model_id=model.id, rank=rank, name=grade.name.strip(),
                                 builtin_key=grade.builtin_key, min_score=grade.min_score, action=grade.action)
                    for rank, grade in enumerate(spec.grades))
    session.flush()
    return replace(spec, version=version, model_id=model.id, changed_by=model.changed_by, note=model.note)


def versions(session: Session) -> list[VersionInfo]:
    """Every saved version, newest first."""
    rows = session.scalars(select(ScoringModel).order_by(ScoringModel.version.desc()))
    return [VersionInfo(row.version, row.changed_by, row.changed_at, row.origin, row.note) for row in rows]


def _stored_value(value: Value | tuple[Value, ...] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)


def _loaded_value(text: str | None) -> Value | tuple[Value, ...] | None:
    if text is None:
        return None
    value = json.loads(text)
    return tuple(value) if isinstance(value, list) else value


def _rule(row: ScoringRule) -> Rule:
    return Rule(row.kind, row.field, row.points, row.operator, _loaded_value(row.value), row.decay)


def _grade(row: ScoringGrade) -> Grade:
    return Grade(row.name, row.min_score, row.action, row.builtin_key)
