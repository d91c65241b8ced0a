"""What the Value and Journey tabs read and write, as plain data (no Qt): LTV/CAC for a quarter with the cost
entries, the teams for the cost dialog, and the journey map with its figures, its stages and touchpoints."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salesmgr.models import clock
from salesmgr.models.customers.costs import (
    CostInput,
    CostRow,
    add_cost,
    delete_cost,
    list_costs,
    team_choices,
    update_cost,
)
from salesmgr.models.customers.journey import (
    Edit,
    StageView,
    add_touchpoint,
    delete_touchpoint,
    ensure_journey,
    journey_map,
    reset_journey,
    update_stage,
    update_touchpoint,
)
from salesmgr.models.customers.journey_figures import StageFigures, journey_figures
from salesmgr.models.customers.value import ValueReport, value_report
from salesmgr.models.database import Session
from salesmgr.models.errors import NotFoundError
from salesmgr.models.fiscal import parse_period
from salesmgr.models.periods import Period
from salesmgr.models.settings import fiscal_start

__all__ = ["CostInput", "Edit"]


@dataclass(frozen=True)
class ValueData:
    today: date
    fiscal_start: int
    report: ValueReport
    costs: list[CostRow]
    teams: list[tuple[int, str]]


@dataclass(frozen=True)
class JourneyData:
    stages: list[StageView]
    figures: dict[str, StageFigures]


def load_value(session: Session, period_key: str | None) -> ValueData:
    """LTV/CAC of the quarter ``period_key`` (None: the last complete one) and its cost entries."""
    today = clock.today()
    month = fiscal_start(session)
    period = parse_period(session, period_key) if period_key else Period.quarter_of(today, month).shifted(-1)
    return ValueData(today, month, value_report(session, period), list_costs(session, period),
                     team_choices(session))


def save_cost(session: Session, cost_id: int | None, given: CostInput) -> None:
    if cost_id is None:
        add_cost(session, given)
    else:
        update_cost(session, cost_id, given)


def remove_cost(session: Session, cost_id: int) -> None:
    delete_cost(session, cost_id)


def load_journey(session: Session) -> JourneyData:
    return JourneyData(journey_map(session), {f.key: f for f in journey_figures(session)})


def save_stage(session: Session, key: str, given: Edit) -> None:
    update_stage(session, key, given)


def load_stage(session: Session, key: str) -> StageView:
    """The stage ``key`` of the map as it is now (with its touchpoints)."""
    found = next((stage for stage in journey_map(session) if stage.key == key), None)
    if found is None:
        raise NotFoundError("no journey stage {key}", key=key)
    return found


@dataclass(frozen=True)
class PointRef:
    """A touchpoint as the dialog shows it: its id, or (None) the ``index``-th of the stage ``key`` while the
    map is still the unwritten default."""

    key: str
    index: int
    touchpoint_id: int | None


def save_touchpoint(session: Session, point: PointRef | None, key: str, given: Edit) -> None:
    """A new touchpoint at the end of the stage ``key`` (``point`` None), or the changed texts of ``point``."""
    if point is None:
        add_touchpoint(session, key, given)
    else:
        update_touchpoint(session, _touchpoint_id(session, point), given)


def remove_touchpoint(session: Session, point: PointRef) -> None:
    delete_touchpoint(session, _touchpoint_id(session, point))


def _touchpoint_id(session: Session, point: PointRef) -> int:
    if point.touchpoint_id is not None:
        return point.touchpoint_id
    ensure_journey(session)
    points = load_stage(session, point.key).touchpoints
    found = points[point.index].id if 0 <= point.index < len(points) else None
    if found is None:
        raise NotFoundError("no journey touchpoint with id {id}", id=point.index)
    return found


def reset_map(session: Session) -> None:
    reset_journey(session)
