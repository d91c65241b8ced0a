"""Time spent in stages, from StageHistory: average stays, stall thresholds and the open deals that stalled.

A *stay* is one StageHistory entry followed by another entry of the same deal (ordered by ``entered_at``, then
id); it lasts from its ``entered_at`` to the next entry's ``entered_at``, in fractional days. The last entry of
a deal is the stay still running and is never counted as completed. Only stays in open stages are reported.
Days are ``dialect.days_between``.
"""
from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.dialect import days_between
from salesmgr.models.metrics.cache import MetricCache, OpenStay
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import MetricFilter, apply
from salesmgr.models.metrics.funnel import pipeline_stages
from salesmgr.models.org import Rep
from salesmgr.models.pipeline.entities import StageHistory

DEFAULT_STALL_DAYS = 30.0
STALL_FACTOR = 2.0
_CHUNK = 500


def _stays(deals: Select[Any]) -> Select[Any]:
    """``(stage_id, days)`` of every completed stay of the deals whose ids ``deals`` selects."""
    following = func.lead(StageHistory.entered_at).over(partition_by=StageHistory.opportunity_id,
                                                         order_by=(StageHistory.entered_at, StageHistory.id))
    entries = (select(StageHistory.stage_id, StageHistory.entered_at, following.label("next_at"))
               .where(StageHistory.opportunity_id.in_(deals)).subquery())
    days = days_between(entries.c.next_at, entries.c.entered_at)
    return select(entries.c.stage_id, days.label("days")).where(entries.c.next_at.is_not(None))


def stage_durations(session: Session, flt: MetricFilter) -> dict[str, float | None]:
    """Average days the deals in the filter spent in each open stage, over completed stays only.

    ``{open stage name: average days}`` in pipeline order; None for a stage without a completed stay. Every
    deal counts (open, won or lost); a deal that entered a stage twice contributes two stays.
    """
    open_stages = [s for s in pipeline_stages(session) if s.kind == "open"]
    stays = _stays(apply(select(Opportunity.id), flt)).subquery()
    rows = session.execute(select(stays.c.stage_id, func.avg(stays.c.days)).group_by(stays.c.stage_id))
    averages = {stage_id: float(avg) for stage_id, avg in rows if avg is not None}
    return {s.name: averages.get(s.id) for s in open_stages}


def stall_thresholds(session: Session) -> dict[int, float]:
    """``{open stage id: days}``: a deal stalls in a stage after ``2 x`` the median number of days that won
    deals (all of them, currently in a won stage) spent in that stage over their completed stays; 30 days for a
    stage without such a stay."""
    stages = pipeline_stages(session)
    won_ids = [s.id for s in stages if s.kind == "won"]
    samples: dict[int, list[float]] = defaultdict(list)
    if won_ids:
        won = select(Opportunity.id).where(Opportunity.stage_id.in_(won_ids))
        for stage_id, days in session.execute(_stays(won)):
            samples[stage_id].append(float(days))
    return {s.id: STALL_FACTOR * statistics.median(samples[s.id]) if samples[s.id] else DEFAULT_STALL_DAYS
            for s in stages if s.kind == "open"}


@dataclass(frozen=True)
class StalledDeal:
    opportunity_id: int
    name: str
    account: str | None
    owner: str | None
    stage: str
    days_in_stage: int
    threshold_days: float
    amount: Decimal | None  # base currency; None when the deal has no amount


def stalled_deals(session: Session, flt: MetricFilter, today: date | None = None,
                  thresholds: dict[int, float] | None = None, cache: MetricCache | None = None
                  ) -> list[StalledDeal]:
    """The open deals in the filter that have sat in their current stage longer than the stage's threshold.

    Days in stage = ``today`` minus the date of the deal's latest StageHistory entry for its current stage, or
    minus its created date when there is no such entry (whole calendar days); deals with neither are skipped.
    A deal stalls when its days in stage exceed the threshold (strictly). ``thresholds`` maps stage id to days;
    stages it leaves out use ``stall_thresholds``. Sorted by days in stage, longest first, then by id. Amounts
    are converted to the base currency (``MissingRateError`` for a currency without a rate; None in lenient
    mode). ``cache`` keeps the thresholds and every open deal's stage entry between calls.
    """
    stages = {s.id: s for s in pipeline_stages(session) if s.kind == "open"}
    limits = _limits(session, stages, thresholds, cache)
    late = _late(session, flt, today or clock.today(), stages, limits, cache)
    converter = Converter.load(session)
    found: list[StalledDeal] = []
    ids = list(late)
    for start in range(0, len(ids), _CHUNK):
        details = (select(Opportunity.id, Opportunity.name, Account.name, Rep.name, Opportunity.amount_minor,
                          Opportunity.currency)
                   .outerjoin(Account, Account.id == Opportunity.account_id)
                   .outerjoin(Rep, Rep.id == Opportunity.owner_id)
                   .where(Opportunity.id.in_(ids[start:start + _CHUNK])))
        for opp_id, name, account, owner, minor, currency in session.execute(details):
            stage_id, days = late[opp_id]
            amount = converter.maybe_to_base(minor, currency)
            found.append(StalledDeal(opp_id, name, account, owner, stages[stage_id].name, days, limits[stage_id],
                                     amount))
    found.sort(key=lambda d: (-d.days_in_stage, d.opportunity_id))
    return found


def stalled_count(session: Session, flt: MetricFilter, today: date | None = None,
                  thresholds: dict[int, float] | None = None, cache: MetricCache | None = None) -> int:
    """How many deals ``stalled_deals`` would list, without reading their names and amounts."""
    stages = {s.id: s for s in pipeline_stages(session) if s.kind == "open"}
    limits = _limits(session, stages, thresholds, cache)
    return len(_late(session, flt, today or clock.today(), stages, limits, cache))


def _limits(session: Session, stages: dict[int, Any], thresholds: dict[int, float] | None,
            cache: MetricCache | None) -> dict[int, float]:
    limits = dict(thresholds or {})
    if any(stage_id not in limits for stage_id in stages):
        if cache is None:
            computed = stall_thresholds(session)
        else:
            computed = cache.get("stall_thresholds", lambda: stall_thresholds(session),
                                 lambda kept: all(stage_id in kept for stage_id in stages))
        limits = {**computed, **limits}
    return limits


def _open_stays(session: Session, flt: MetricFilter, stages: dict[int, Any]) -> dict[int, OpenStay]:
    """``{deal id: its stage and the day it entered it}`` for the open deals in the filter."""
    query = apply(
        select(Opportunity.id, Opportunity.stage_id, Opportunity.created_date, func.max(StageHistory.entered_at))
        .select_from(Opportunity)
        # "+ 0" keeps SQLite off the stage_id indexes: looking history up by stage_id scans a whole stage per
        # deal, and reading most deals through ix_opportunity_stage_close is slower than a table scan
        .outerjoin(StageHistory, and_(StageHistory.opportunity_id == Opportunity.id,
                                      StageHistory.stage_id + 0 == Opportunity.stage_id))
        .where((Opportunity.stage_id + 0).in_(list(stages))), flt,
    ).group_by(Opportunity.id)
    stays: dict[int, OpenStay] = {}
    for opp_id, stage_id, created, entered in session.execute(query):
        since = _day(entered) if entered is not None else _day(created) if created is not None else None
        stays[opp_id] = OpenStay(stage_id, since)
    return stays


def _cached_open_stays(session: Session, flt: MetricFilter, stages: dict[int, Any], cache: MetricCache
                       ) -> dict[int, OpenStay]:
    every = cache.get("open_stays", lambda: _open_stays(session, MetricFilter(), stages),
                      lambda kept: all(stay.stage_id in stages for stay in kept.values()))
    if flt == MetricFilter():
        return every
    ids = session.scalars(apply(select(Opportunity.id).where((Opportunity.stage_id + 0).in_(list(stages))), flt))
    return {opp_id: every[opp_id] for opp_id in ids if opp_id in every}


def _late(session: Session, flt: MetricFilter, today: date, stages: dict[int, Any], limits: dict[int, float],
          cache: MetricCache | None) -> dict[int, tuple[int, int]]:
    """``{deal id: (stage id, days in stage)}`` for the open deals past their stage's threshold."""
    if not stages:
        return {}
    stays = _open_stays(session, flt, stages) if cache is None else _cached_open_stays(session, flt, stages, cache)
    late: dict[int, tuple[int, int]] = {}
    for opp_id, stay in stays.items():
        if stay.since is None:
            continue
        days = (today - stay.since).days
        if days > limits[stay.stage_id]:
            late[opp_id] = (stay.stage_id, days)
    return late


def _day(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


__all__ = ["StalledDeal", "stage_durations", "stall_thresholds", "stalled_deals"]
