"""The filter every metric takes: a period on one of the opportunity's dates, and a team or a rep."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.sql.elements import ColumnElement

from salesmgr.models.crm import Opportunity
from salesmgr.models.org import Rep
from salesmgr.models.periods import Period


class DateField(StrEnum):
    CLOSE = "close"  # the closed date of closed deals, else the expected close date
    CREATED = "created"


@dataclass(frozen=True)
class MetricFilter:
    """``date_from``/``date_to`` are inclusive; None means open-ended. ``team_id`` and ``rep_id`` narrow to the
    deals owned by that team's reps or that rep."""

    date_from: date | None = None
    date_to: date | None = None
    date_field: DateField = DateField.CLOSE
    team_id: int | None = None
    rep_id: int | None = None


def period_filter(period: Period, team_id: int | None = None, rep_id: int | None = None) -> MetricFilter:
    """The deals filed by close date inside ``period``, of the team or rep when given."""
    return MetricFilter(period.start, period.end, DateField.CLOSE, team_id, rep_id)


def deal_date() -> ColumnElement[Any]:
    """The date a deal is filed under for ``DateField.CLOSE``: closed date if closed, else expected close."""
    return func.coalesce(Opportunity.closed_date, Opportunity.expected_close_date)


def conditions(flt: MetricFilter) -> list[ColumnElement[bool]]:
    """WHERE conditions on ``Opportunity`` for the filter (the team condition joins through ``Rep``)."""
    column = deal_date() if flt.date_field == DateField.CLOSE else Opportunity.created_date
    found: list[ColumnElement[bool]] = []
    if flt.date_from is not None:
        found.append(column >= flt.date_from)
    if flt.date_to is not None:
        found.append(column <= flt.date_to)
    if flt.rep_id is not None:
        found.append(Opportunity.owner_id == flt.rep_id)
    if flt.team_id is not None:
        found.append(Opportunity.owner_id.in_(select(Rep.id).where(Rep.team_id == flt.team_id)))
    return found


def apply(query: Select[Any], flt: MetricFilter) -> Select[Any]:
    where = conditions(flt)
    return query.where(and_(*where)) if where else query
