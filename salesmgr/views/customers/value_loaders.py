"""What the Value and Journey tabs read and write, as plain data (no Qt): LTV/CAC for a quarter with the cost
entries, the teams for the cost dialog, and the journey map with its figures."""
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
from salesmgr.models.customers.journey import Edit, StageView, journey_map, reset_journey, update_stage
from salesmgr.models.customers.journey_figures import StageFigures, journey_figures
from salesmgr.models.customers.value import ValueReport, value_report
from salesmgr.models.database import Session
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


def reset_map(session: Session) -> None:
    reset_journey(session)
