"""The diagnosis of the seed's fourth section (issue 12, point 7): every catalogue metric for a baseline period,
beside the goal that measures it.

Definitions:

* For each metric of ``catalogue.METRICS`` (catalogue order) and an owner (the company or a team): the *goal*
  beside it is the owner's goal on that metric for the baseline period itself, else the owner's latest goal on it
  (highest id), else none.
* The *value* is ``catalogue.measure`` for the owner over the baseline period, with the goal's parameters when
  there is a goal, else the parameters of the metric's template (``default_parameters``: e.g. the seed's
  conversion 合格线索到商机). A metric that needs a parameter no template gives (the
  high-margin products) has no value without a goal; a manual metric's value is its goal's latest actual in the
  period. No value: None with the reason (English, "Goals" context), never 0.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP
from salesmgr.models.goals.catalogue import METRICS, MetricDef, measure
from salesmgr.models.goals.goals import COMPANY, Goal, Owner, parameters_of
from salesmgr.models.goals.templates import TEMPLATES
from salesmgr.models.periods import Period

NEEDS_GOAL = QT_TRANSLATE_NOOP("Goals", "needs a goal that sets its parameters")
NO_GOAL_FOR_MANUAL = QT_TRANSLATE_NOOP("Goals", "entered by hand: add a goal to enter its actual")


@dataclass(frozen=True)
class DiagnosisRow:
    metric: str
    unit: str
    dimension: str | None  # the goal's dimension, else the template's, else None
    value: Decimal | None
    reason: str | None
    goal_id: int | None
    goal_period: str | None
    baseline: Decimal | None
    target: Decimal | None
    direction: str


def diagnose(session: Session, period: Period, owner: Owner = COMPANY) -> list[DiagnosisRow]:
    """One row per catalogue metric (see the module docstring)."""
    return [_row(session, metric, period, owner) for metric in METRICS.values()]


def _row(session: Session, metric: MetricDef, period: Period, owner: Owner) -> DiagnosisRow:
    goal = goal_for(session, metric.key, period, owner)
    template = next((t for t in TEMPLATES.values() if t.metric == metric.key), None)
    parameters = parameters_of(goal) if goal is not None else default_parameters(metric)
    value: Decimal | None
    reason: str | None
    if parameters is None:
        value, reason = None, NEEDS_GOAL
    elif metric.manual and goal is None:
        value, reason = None, NO_GOAL_FOR_MANUAL
    else:
        found = measure(session, metric.key, owner, period, parameters, None if goal is None else goal.id)
        value, reason = found.value, found.reason
    dimension = goal.dimension if goal is not None else template.dimension if template is not None else None
    return DiagnosisRow(metric.key, metric.unit, dimension, value, reason, None if goal is None else goal.id,
                        None if goal is None else goal.period, None if goal is None else goal.baseline,
                        None if goal is None else goal.target, goal.direction if goal is not None else metric.direction)


def default_parameters(metric: MetricDef) -> dict[str, Any] | None:
    """The parameters of the metric's template (none needed: {}); None when it needs some no template gives."""
    template = next((t for t in TEMPLATES.values() if t.metric == metric.key), None)
    given = dict(template.parameters) if template is not None else {}
    return None if any(name not in given for name in metric.parameters) else given


def goal_for(session: Session, metric_key: str, period: Period, owner: Owner) -> Goal | None:
    """The owner's goal on the metric for ``period``, else the owner's latest goal on it."""
    query = select(Goal).where(Goal.metric == metric_key, Goal.owner_type == owner.kind)
    if owner.team_id is not None:
        query = query.where(Goal.team_id == owner.team_id)
    if owner.rep_id is not None:
        query = query.where(Goal.rep_id == owner.rep_id)
    rows = list(session.scalars(query.order_by(Goal.id.desc())))
    return next((g for g in rows if g.period == period.key), rows[0] if rows else None)
