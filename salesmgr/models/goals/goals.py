"""SMART goals (issue 12, point 5): the tables and the functions that add, change, list and remove goals.

Definitions:

* A goal measures one catalogue metric (``catalogue.METRICS``, with its ``parameters`` as JSON, e.g. the two
  stages of a conversion) for an owner over a period: the company (``owner_type`` "company", no team or rep),
  a team or a rep. ``period`` is a ``Period`` key (``2026Q3``, ``2026-09``, ``2026``); its end is the deadline.
* ``baseline`` and ``target`` are exact decimals in the metric's unit (a share as a fraction, 0.25 = 25 %;
  days; NPS points; money in the base currency). ``direction`` says which way is better: "higher" needs
  target > baseline, "lower" target < baseline (so the progress of ``status.progress`` is defined).
* Manual metrics (``MetricDef.manual``) have their actuals entered with a date (``GoalActual``); the actual
  of a period is the latest entry dated inside it.
* ``NpsResponse``: one answer to "how likely are you to recommend us" on the 0-10 scale (imported, kind
  ``nps``, or entered), about an account and, when the survey says so, a rep.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.base import Base, DecimalText
from salesmgr.models.clock import utcnow
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.periods import Period

DIMENSIONS = ("financial", "customer", "operations", "team")
DIMENSION_LABELS = {"financial": QT_TRANSLATE_NOOP("Goals", "financial"),
                    "customer": QT_TRANSLATE_NOOP("Goals", "customer"),
                    "operations": QT_TRANSLATE_NOOP("Goals", "operations"), "team": QT_TRANSLATE_NOOP("Goals", "team")}
OWNER_TYPES = ("company", "team", "rep")
DIRECTIONS = ("higher", "lower")


def dimension_label(dimension: str) -> str:
    return translate("Goals", DIMENSION_LABELS.get(dimension, dimension))


class Goal(Base):
    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint(f"dimension IN {DIMENSIONS!r}", name="dimension"),
        CheckConstraint(f"owner_type IN {OWNER_TYPES!r}", name="owner_type"),
        CheckConstraint(f"direction IN {DIRECTIONS!r}", name="direction"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dimension: Mapped[str] = mapped_column(String(20))
    metric: Mapped[str] = mapped_column(String(40))
    parameters: Mapped[str] = mapped_column(Text, default="{}")
    owner_type: Mapped[str] = mapped_column(String(10), default="company")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(10), index=True)
    baseline: Mapped[Decimal] = mapped_column(DecimalText)
    target: Mapped[Decimal] = mapped_column(DecimalText)
    direction: Mapped[str] = mapped_column(String(6), default="higher")
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class GoalActual(Base):
    """An actual entered by hand for a goal on a manual metric."""

    __tablename__ = "goal_actual"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    value: Mapped[Decimal] = mapped_column(DecimalText)
    recorded_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class NpsResponse(Base):
    __tablename__ = "nps_response"
    __table_args__ = (
        CheckConstraint("score >= 0 AND score <= 10", name="score"),
        Index("ix_nps_response_source_external", "source_system", "external_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"), index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"), index=True)
    responded_on: Mapped[date] = mapped_column(Date, index=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))


@dataclass(frozen=True)
class Owner:
    """The company (both None), a team or a rep."""

    team_id: int | None = None
    rep_id: int | None = None

    @property
    def kind(self) -> str:
        return "rep" if self.rep_id is not None else "team" if self.team_id is not None else "company"


COMPANY = Owner()


@dataclass(frozen=True)
class GoalSpec:
    """Everything a goal is made of, as given by a user (checked by ``validate``)."""

    dimension: str
    metric: str
    period: Period
    baseline: Decimal
    target: Decimal
    owner: Owner = COMPANY
    direction: str | None = None  # None: the metric's usual direction
    parameters: dict[str, Any] = field(default_factory=dict)
    note: str | None = None


def validate(session: Session, spec: GoalSpec) -> GoalSpec:
    """``spec`` with its direction filled in; raises ``ValidationError`` naming the first rule broken."""
    from salesmgr.models.goals.catalogue import check_parameters, metric_def

    if spec.dimension not in DIMENSIONS:
        raise ValidationError("unknown goal dimension {dimension}; use financial, customer, operations or team",
                              dimension=spec.dimension)
    metric = metric_def(spec.metric)
    direction = spec.direction or metric.direction
    if direction not in DIRECTIONS:
        raise ValidationError("unknown direction {direction}; use higher or lower", direction=direction)
    if spec.owner.team_id is not None and spec.owner.rep_id is not None:
        raise ValidationError("a goal belongs to the company, a team or a rep, not to a team and a rep")
    for value in (spec.baseline, spec.target):
        metric.check_value(value)
    if direction == "higher" and not spec.target > spec.baseline:
        raise ValidationError("when higher is better the target ({target}) must be above the baseline "
                              "({baseline})", target=spec.target, baseline=spec.baseline)
    if direction == "lower" and not spec.target < spec.baseline:
        raise ValidationError("when lower is better the target ({target}) must be below the baseline "
                              "({baseline})", target=spec.target, baseline=spec.baseline)
    parameters = check_parameters(session, metric, spec.parameters)
    return GoalSpec(spec.dimension, spec.metric, spec.period, spec.baseline, spec.target, spec.owner, direction,
                    parameters, (spec.note or "").strip() or None)


def add_goal(session: Session, spec: GoalSpec) -> int:
    """Check ``spec`` and save it as a new goal; its id."""
    row = Goal()
    _fill(row, validate(session, spec))
    session.add(row)
    session.flush()
    return row.id


def update_goal(session: Session, goal_id: int, spec: GoalSpec) -> None:
    _fill(get_goal(session, goal_id), validate(session, spec))
    session.flush()


def delete_goal(session: Session, goal_id: int) -> None:
    session.delete(get_goal(session, goal_id))
    session.flush()


def get_goal(session: Session, goal_id: int) -> Goal:
    row = session.get(Goal, goal_id)
    if row is None:
        raise NotFoundError("no goal {id}", id=goal_id)
    return row


def goals_in(session: Session, period: Period | None = None) -> list[Goal]:
    """The goals of exactly ``period`` (every goal when None), by dimension in ``DIMENSIONS`` order, then id."""
    query = select(Goal)
    if period is not None:
        query = query.where(Goal.period == period.key)
    rows = list(session.scalars(query))
    rows.sort(key=lambda g: (DIMENSIONS.index(g.dimension), g.id))
    return rows


def parameters_of(goal: Goal) -> dict[str, Any]:
    loaded = json.loads(goal.parameters or "{}")
    return loaded if isinstance(loaded, dict) else {}


def owner_of(goal: Goal) -> Owner:
    return Owner(goal.team_id, goal.rep_id)


def record_actual(session: Session, goal_id: int, value: Decimal, on: date, note: str | None = None) -> int:
    """Enter the actual of a goal on a manual metric as of ``on``; refused for metrics computed from the data."""
    from salesmgr.models.goals.catalogue import metric_def

    goal = get_goal(session, goal_id)
    metric = metric_def(goal.metric)
    if not metric.manual:
        raise ValidationError("{metric} is computed from the data; actuals are entered only for manual metrics",
                              metric=goal.metric)
    metric.check_value(value)
    row = GoalActual(goal_id=goal_id, value=value, recorded_on=on, note=(note or "").strip() or None)
    session.add(row)
    session.flush()
    return row.id


def latest_actual(session: Session, goal_id: int, period: Period) -> Decimal | None:
    """The last actual entered for the goal dated inside ``period`` (the highest id on the same day)."""
    return session.scalar(select(GoalActual.value)
                          .where(GoalActual.goal_id == goal_id, GoalActual.recorded_on >= period.start,
                                 GoalActual.recorded_on <= period.end)
                          .order_by(GoalActual.recorded_on.desc(), GoalActual.id.desc()).limit(1))


def _fill(row: Goal, spec: GoalSpec) -> None:
    row.dimension, row.metric, row.period = spec.dimension, spec.metric, spec.period.key
    row.owner_type, row.team_id, row.rep_id = spec.owner.kind, spec.owner.team_id, spec.owner.rep_id
    row.baseline, row.target, row.direction = spec.baseline, spec.target, spec.direction or "higher"
    row.parameters = json.dumps(spec.parameters, ensure_ascii=False, sort_keys=True)
    row.note = spec.note
