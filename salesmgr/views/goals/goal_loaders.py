"""What the Goals panel reads and writes through the runner: the period's goals with their status, a goal's
trend, the owners and stages the goal dialog offers, and the edits. No Qt here.

Definitions:

* ``GoalRow`` is ``status.GoalStatus`` plus what the panel needs to show and edit it: the metric's unit and
  whether it is manual, the owner's ids, the parameters and the base currency (money metrics are in it).
* A goal's trend is its metric measured for the same owner and parameters over ``TREND_PERIODS`` periods of the
  goal's kind ending with the goal's own period (a manual metric: the goal's latest entry in each); a period
  without data is a point with value None, never 0.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from salesmgr.models import settings
from salesmgr.models.currency import base_currency
from salesmgr.models.database import Session
from salesmgr.models.goals import goals as goal_store
from salesmgr.models.goals.catalogue import find_stage, measure, metric_def
from salesmgr.models.goals.goals import GoalSpec, Owner
from salesmgr.models.goals.status import GoalStatus, evaluate
from salesmgr.models.goals.templates import TEMPLATES, add_from_template
from salesmgr.models.metrics.funnel import pipeline_stages
from salesmgr.models.periods import Period
from salesmgr.models.team.roster import RepChoice, TeamChoice, owner_choices

TREND_PERIODS = 6


@dataclass(frozen=True)
class GoalRow:
    goal: GoalStatus
    unit: str
    manual: bool
    team_id: int | None
    rep_id: int | None
    parameters: dict[str, Any]
    currency: str
    stage_ids: dict[str, int]  # a conversion's from_stage / to_stage resolved to the stage's id
    active: bool = True  # every goal is shown normally (the table models grey out inactive rows)

    @property
    def id(self) -> int:
        return self.goal.id


@dataclass(frozen=True)
class TrendPoint:
    period: str  # the key, 2026Q3
    value: Decimal | None
    reason: str | None  # English, "Goals" context, when value is None


@dataclass(frozen=True)
class Trend:
    goal_id: int
    metric: str
    unit: str
    baseline: Decimal
    target: Decimal
    points: list[TrendPoint]


@dataclass(frozen=True)
class StageChoice:
    id: int
    name: str  # in the current language: what a goal made in the dialog stores (any language's name matches)
    kind: str  # open or won


@dataclass(frozen=True)
class GoalChoices:
    """What the goal dialog offers: teams, reps and the stages a conversion can go between."""

    teams: list[TeamChoice]
    reps: list[RepChoice]
    stages: list[StageChoice]
    named_stages: dict[str, int]  # the stages the templates name (lead_identified ...) -> their ids


@dataclass(frozen=True)
class TemplateInput:
    key: str
    period: Period
    owner: Owner
    baseline: Decimal | None  # None: the template's (or measured when it has none)
    target: Decimal | None
    parameters: dict[str, Any]
    note: str | None


def load_fiscal_start(session: Session) -> int:
    """The database's first month of the fiscal year (1-12): the period combo's quarters follow it."""
    return settings.fiscal_start(session)


def load_goals(session: Session, period: Period, today: date | None = None) -> list[GoalRow]:
    """The goals of ``period`` evaluated, in ``goals.goals_in`` order."""
    currency = base_currency(session)
    rows = []
    for goal in goal_store.goals_in(session, period):
        metric, parameters = metric_def(goal.metric), goal_store.parameters_of(goal)
        rows.append(GoalRow(evaluate(session, goal, today), metric.unit, metric.manual, goal.team_id, goal.rep_id,
                            parameters, currency, _stage_ids(session, parameters)))
    return rows


def _stage_ids(session: Session, parameters: dict[str, Any]) -> dict[str, int]:
    found = _stage_ids_of(session, {str(parameters[name]) for name in ("from_stage", "to_stage") if name in parameters})
    return {name: found[str(parameters[name])] for name in ("from_stage", "to_stage")
            if str(parameters.get(name)) in found}


def _stage_ids_of(session: Session, texts: set[str]) -> dict[str, int]:
    """Each stage text (a built-in key or a name) that names a stage, with the stage's id."""
    found = {}
    for text in texts:
        stage = find_stage(session, text)
        if stage is not None:
            found[text] = stage[0]
    return found


def load_trend(session: Session, goal_id: int, count: int = TREND_PERIODS) -> Trend:
    """The goal's metric over the ``count`` periods ending with its own (see the module)."""
    goal = goal_store.get_goal(session, goal_id)
    period = Period.parse(goal.period, settings.fiscal_start(session))
    owner, parameters = goal_store.owner_of(goal), goal_store.parameters_of(goal)
    points = []
    for each in [*period.previous(count - 1), period]:
        found = measure(session, goal.metric, owner, each, parameters, goal.id)
        points.append(TrendPoint(each.key, found.value, found.reason))
    return Trend(goal.id, goal.metric, metric_def(goal.metric).unit, goal.baseline, goal.target, points)


def load_choices(session: Session) -> GoalChoices:
    teams, reps = owner_choices(session)
    stages = [StageChoice(s.id, s.name, s.kind) for s in pipeline_stages(session) if s.kind != "lost"]
    named = {str(value) for t in TEMPLATES.values() for name, value in t.parameters.items() if name.endswith("_stage")}
    return GoalChoices(teams, reps, stages, _stage_ids_of(session, named))


def add_goal_from_template(session: Session, given: TemplateInput) -> int:
    return add_from_template(session, given.key, given.period, given.owner, baseline=given.baseline,
                             target=given.target, parameters=given.parameters or None, note=given.note)


def add_goal(session: Session, spec: GoalSpec) -> int:
    return goal_store.add_goal(session, spec)


def update_goal(session: Session, goal_id: int, spec: GoalSpec) -> None:
    goal_store.update_goal(session, goal_id, spec)


def delete_goal(session: Session, goal_id: int) -> None:
    goal_store.delete_goal(session, goal_id)


def enter_actual(session: Session, goal_id: int, value: Decimal, on: date, note: str | None) -> int:
    return goal_store.record_actual(session, goal_id, value, on, note)
