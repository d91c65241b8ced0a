"""How complete the opportunity data is, and how promptly activities are logged in the CRM."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from salesmgr.models.crm import Activity, Opportunity
from salesmgr.models.dialect import days_between
from salesmgr.models.metrics.filters import MetricFilter, apply
from salesmgr.models.org import Rep
from salesmgr.models.periods import Period
from salesmgr.models.pipeline.entities import StageDefinition

#: Field names used as keys of ``Completeness.fields`` / ``missing``, in display order.
FIELDS = ("account", "amount", "close_date", "created_date", "owner", "lead_source", "product")
#: An activity logged at most this long after it happened is on time.
ON_TIME = timedelta(hours=24)


def _text_filled(column: Any) -> ColumnElement[bool]:
    return and_(column.is_not(None), func.trim(column) != "")


def _filled(open_ids: list[int]) -> dict[str, ColumnElement[bool]]:
    return {
        "account": Opportunity.account_id.is_not(None),
        "amount": Opportunity.amount_minor.is_not(None),
        "close_date": or_(
            and_(Opportunity.stage_id.in_(open_ids), Opportunity.expected_close_date.is_not(None)),
            and_(Opportunity.stage_id.not_in(open_ids), Opportunity.closed_date.is_not(None)),
        ),
        "created_date": Opportunity.created_date.is_not(None),
        "owner": Opportunity.owner_id.is_not(None),
        "lead_source": _text_filled(Opportunity.lead_source),
        "product": _text_filled(Opportunity.product),
    }


@dataclass(frozen=True)
class RepCompleteness:
    """``rep_id``/``name`` None: the deals that have no owner."""

    rep_id: int | None
    name: str | None
    share: float
    deals: int


@dataclass(frozen=True)
class Completeness:
    overall: float | None
    fields: dict[str, float]
    missing: dict[str, int]
    per_rep: list[RepCompleteness]
    deals: int = 0


def data_completeness(session: Session, flt: MetricFilter) -> Completeness:
    """Share of filled values over the opportunities matching ``flt``.

    Each deal has 7 fields (the keys of ``FIELDS``), each filled or not:
    ``account`` (an account is linked), ``amount`` (amount not null; 0 counts as filled), ``close_date`` (the
    expected close date for a deal in an open stage, the closed date for a won or lost deal), ``created_date``,
    ``owner`` (an owner rep is linked), ``lead_source`` and ``product`` (not null and not blank).

    * ``fields[f]`` = deals with ``f`` filled / deals; ``missing[f]`` = deals with ``f`` empty.
    * ``overall`` = filled values / (7 x deals), i.e. the mean of ``fields``; None when there is no deal (then
      ``fields`` is empty and every ``missing`` count is 0).
    * ``per_rep``: the same overall share for each owner's deals (one row with ``rep_id`` None for deals without
      owner), lowest share first, then by name.
    Note: with ``DateField.CLOSE`` and a date range, deals that have neither a closed nor an expected close date
    match no range and so are never counted; use ``DateField.CREATED`` or an open range to see them.
    """
    open_ids = list(session.scalars(select(StageDefinition.id).where(StageDefinition.kind == "open")))
    filled = _filled(open_ids)
    sums = [func.sum(case((condition, 1), else_=0)) for condition in filled.values()]
    query = apply(
        select(Opportunity.owner_id, Rep.name, func.count(Opportunity.id), *sums)
        .outerjoin(Rep, Opportunity.owner_id == Rep.id)
        .group_by(Opportunity.owner_id, Rep.name),
        flt,
    )
    totals = dict.fromkeys(FIELDS, 0)
    deals = 0
    per_rep = []
    for owner_id, name, count, *counts in session.execute(query):
        count = int(count)
        deals += count
        for field_name, value in zip(FIELDS, counts, strict=True):
            totals[field_name] += int(value or 0)
        per_rep.append(RepCompleteness(owner_id, name, sum(int(v or 0) for v in counts) / (len(FIELDS) * count),
                                       count))
    per_rep.sort(key=lambda r: (r.share, r.name is None, r.name or "", r.rep_id or 0))
    if deals == 0:
        return Completeness(None, {}, dict.fromkeys(FIELDS, 0), [], 0)
    return Completeness(
        overall=sum(totals.values()) / (len(FIELDS) * deals),
        fields={name: totals[name] / deals for name in FIELDS},
        missing={name: deals - totals[name] for name in FIELDS},
        per_rep=per_rep,
        deals=deals,
    )


@dataclass(frozen=True)
class Timeliness:
    total: int
    on_time: int
    late: int
    unknown: int
    share_on_time: float | None


@dataclass(frozen=True)
class RepTimeliness:
    """``rep_id``/``name`` None: activities without a rep."""

    rep_id: int | None
    name: str | None
    timeliness: Timeliness


def _activity_conditions(flt: MetricFilter | Period) -> list[ColumnElement[bool]]:
    if isinstance(flt, Period):
        flt = MetricFilter(date_from=flt.start, date_to=flt.end)
    found: list[ColumnElement[bool]] = []
    if flt.date_from is not None:
        found.append(Activity.occurred_at >= datetime.combine(flt.date_from, time.min))
    if flt.date_to is not None:
        found.append(Activity.occurred_at < datetime.combine(flt.date_to + timedelta(days=1), time.min))
    if flt.rep_id is not None:
        found.append(Activity.rep_id == flt.rep_id)
    if flt.team_id is not None:
        found.append(Activity.rep_id.in_(select(Rep.id).where(Rep.team_id == flt.team_id)))
    return found


def _counts() -> list[ColumnElement[Any]]:
    # fractional days are floats (of millisecond resolution on SQLite); the epsilon absorbs float error at 24 h.
    delay_days = days_between(Activity.logged_at, Activity.occurred_at)
    limit = ON_TIME / timedelta(days=1) + 1e-8
    return [
        func.count(Activity.id),
        func.sum(case((and_(Activity.logged_at.is_not(None), delay_days <= limit), 1), else_=0)),
        func.sum(case((and_(Activity.logged_at.is_not(None), delay_days > limit), 1), else_=0)),
        func.sum(case((Activity.logged_at.is_(None), 1), else_=0)),
    ]


def _timeliness(total: Any, on_time: Any, late: Any, unknown: Any) -> Timeliness:
    on_time, late = int(on_time or 0), int(late or 0)
    share = on_time / (on_time + late) if on_time + late else None
    return Timeliness(int(total or 0), on_time, late, int(unknown or 0), share)


def activity_timeliness(session: Session, flt: MetricFilter | Period) -> Timeliness:
    """How promptly activities were logged: for each activity the delay is ``logged_at - occurred_at``.

    * on time: delay <= 24 h (a negative delay, logged ahead, is on time); late: delay > 24 h;
      unknown: ``logged_at`` is null. ``total`` = on_time + late + unknown.
    * ``share_on_time`` = on_time / (on_time + late): unknown ones are left out; None when both are 0.
    * ``flt`` selects activities by their own fields, not by deals: ``occurred_at`` on a day from ``date_from`` to
      ``date_to`` (inclusive; ``date_field`` is ignored), ``rep_id`` = the activity's rep, ``team_id`` = the
      activity's rep is on that team now. A ``Period`` may be passed instead (all its days, everyone).
    """
    row = session.execute(select(*_counts()).where(*_activity_conditions(flt))).one()
    return _timeliness(*row)


def timeliness_by_rep(session: Session, flt: MetricFilter | Period) -> list[RepTimeliness]:
    """``activity_timeliness`` per rep (activities without a rep in one row with ``rep_id`` None), ordered by
    name with that row last."""
    query = (
        select(Activity.rep_id, Rep.name, *_counts())
        .outerjoin(Rep, Activity.rep_id == Rep.id)
        .where(*_activity_conditions(flt))
        .group_by(Activity.rep_id, Rep.name)
    )
    found = [RepTimeliness(rep_id, name, _timeliness(*counts)) for rep_id, name, *counts in session.execute(query)]
    found.sort(key=lambda r: (r.rep_id is None, r.name or "", r.rep_id or 0))
    return found
