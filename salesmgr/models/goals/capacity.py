"""Checks beside the plan: capacity against the target, pipeline coverage of a quarter, and the forecast.

Definitions (amounts in the base currency; a figure that cannot be computed is None with its reason):

* The *last closed quarters* are the 4 fiscal quarters before the one today falls in (``clock.today``).
* A team's *historical attainment* = the sum of its won revenue over the last closed quarters / the sum of its
  quotas over those of them that have a quota (won: ``ranking.won_amount`` of the team's reps; quota: as the
  dashboard's, ``summary.quota_for``). The reps on no team, and a team without quota history, use the
  company's (every rep's won / every rep's quota); without any quota history it is None.
* A rep's *capacity* in the fiscal year = the sum over the year's quarters of quota x ramp share
  (``distribute.ramp_share`` with the default schedule) x historical attainment; the plan's capacity sums the
  listed reps (``plan.load_plan``). gap = target - capacity (positive: short).
* *More reps*: a *ramped rep* has a ramp share of 1 in every quarter of the year; ``more_reps`` = the gap /
  the average over ramped reps of (their annual quota x attainment), rounded up; 0 when there is no gap.
* *Coverage* of a rep, team or the company in a quarter = open pipeline expected to close in the quarter (the
  amounts of the deals now open whose expected close date is in it) / (quota - won so far); won and quota as the
  dashboard's (so attainment agrees with ``salesmgr dashboard`` and the funnel's won stage). None without a
  quota or when the quota is met. ``flagged`` when coverage is below the threshold (default 3).
* *Pace* and its red/amber/green *band*: attainment against the share of the quarter gone by (``pace``).
* *Pipeline needed* = (quota - won) / the historical win rate (``funnel.win_rate`` of the deals closed in the
  last closed quarters, of the same owner).
* The forecast is ``forecast.forecast_by_period`` by month for the fiscal year, its months summed into fiscal
  quarters, and ``forecast.forecast_accuracy`` of the last closed quarters (accuracy None when nothing was won
  in the quarter).
* The *outlook* of each fiscal quarter of the year, for the company, a team or a rep: its quota (as coverage's,
  ``summary.quota_for``), won so far (``ranking.won_amount`` of the quarter, as coverage's), the weighted
  forecast of the deals now open expected to close in it (the quarter's sum of the months above; an open deal
  whose expected date has passed still counts in its quarter), *landing* = won + weighted forecast, and
  landing / quota (None without a quota, or with a zero one).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.crm import Opportunity
from salesmgr.models.goals.distribute import ramp_share
from salesmgr.models.goals.pace import band, pace
from salesmgr.models.goals.plan import PlanGrid, load_plan
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import MetricFilter, apply, period_filter
from salesmgr.models.metrics.forecast import ForecastAccuracy, ForecastRow, forecast_accuracy, forecast_by_period
from salesmgr.models.metrics.funnel import win_rate
from salesmgr.models.metrics.ranking import won_amount
from salesmgr.models.metrics.summary import quota_for
from salesmgr.models.money import quantize
from salesmgr.models.periods import Period, PeriodKind
from salesmgr.models.pipeline.entities import StageDefinition
from salesmgr.models.settings import fiscal_start

HISTORY_QUARTERS = 4
COVERAGE_THRESHOLD = Decimal(3)
RATIO_PLACES = Decimal("0.0001")  # landing / quota: 4 places, half up
NO_HISTORY = "no quota in the last 4 closed quarters"
NO_TARGET = "no target for the fiscal year"
NO_RAMPED_REPS = "no fully ramped rep with a quota and an attainment to compare with"
NO_QUOTA = "no quota for this period"
QUOTA_MET = "the quota is already met"
NO_WIN_RATE = "no won or lost deals in the last 4 closed quarters"
QUOTA_ZERO = "the quota is zero"
NOTHING_WON = "nothing won in the quarter"


def last_closed_quarters(session: Session, today: date | None = None) -> list[Period]:
    current = Period.quarter_of(today or clock.today(), fiscal_start(session))
    return current.previous(HISTORY_QUARTERS)


def historical_attainment(session: Session, team_id: int | None, quarters: list[Period]) -> Decimal | None:
    """Won / quota over ``quarters`` for the team (None: every rep); None without quota history."""
    won, quota = Decimal(0), Decimal(0)
    for quarter in quarters:
        planned = quota_for(session, quarter, team_id, None)
        if planned is None:
            continue
        quota += planned
        won += won_amount(session, period_filter(quarter, team_id))
    return won / quota if quota else None


@dataclass(frozen=True)
class RepCapacity:
    rep_id: int
    team_id: int | None
    quota: Decimal  # the year's quarter quotas
    ramped: bool
    attainment: Decimal | None
    capacity: Decimal | None


@dataclass(frozen=True)
class CapacityReport:
    fiscal_year: int
    target: Decimal | None
    total: Decimal
    capacity: Decimal | None
    gap: Decimal | None
    more_reps: int | None
    reps: tuple[RepCapacity, ...]
    reasons: dict[str, str]


def capacity_report(session: Session, fiscal_year: int, *, today: date | None = None,
                    grid: PlanGrid | None = None) -> CapacityReport:
    """Capacity, gap and more reps of the year's plan (see the module's definitions)."""
    grid = grid or load_plan(session, fiscal_year)
    history = last_closed_quarters(session, today)
    company = historical_attainment(session, None, history)
    reps = []
    for team in grid.teams:
        own = historical_attainment(session, team.team_id, history) if team.team_id is not None else None
        attainment = own if own is not None else company
        for rep in team.reps:
            shares = [ramp_share(q, rep.hire_date) for q in grid.quarters]
            quota = sum((grid.quotas.get((rep.rep_id, q.key), Decimal(0)) for q in grid.quarters), Decimal(0))
            raw = sum((grid.quotas.get((rep.rep_id, q.key), Decimal(0)) * Decimal(s.numerator) / Decimal(s.denominator)
                       for q, s in zip(grid.quarters, shares, strict=True)), Decimal(0))
            reps.append(RepCapacity(rep.rep_id, team.team_id, quota, all(s == 1 for s in shares), attainment,
                                    None if attainment is None else raw * attainment))
    reasons: dict[str, str] = {}
    capacity = None
    if company is None:
        reasons["capacity"] = NO_HISTORY
    else:
        capacity = quantize(sum((r.capacity or Decimal(0) for r in reps), Decimal(0)), grid.currency)
    gap = None if capacity is None or grid.target is None else grid.target - capacity
    if grid.target is None:
        reasons["gap"] = NO_TARGET
    more = _more_reps(gap, reps, reasons)
    return CapacityReport(fiscal_year, grid.target, grid.total, capacity, gap, more, tuple(reps), reasons)


def _more_reps(gap: Decimal | None, reps: list[RepCapacity], reasons: dict[str, str]) -> int | None:
    if gap is None:
        reasons.setdefault("more_reps", reasons.get("capacity") or reasons.get("gap") or NO_TARGET)
        return None
    if gap <= 0:
        return 0
    ramped = [r.quota * r.attainment for r in reps if r.ramped and r.quota and r.attainment]
    if not ramped:
        reasons["more_reps"] = NO_RAMPED_REPS
        return None
    return math.ceil(gap / (sum(ramped, Decimal(0)) / len(ramped)))


@dataclass(frozen=True)
class Coverage:
    """One row of the quarter's coverage: a rep, a team or the company (``owner_type``)."""

    owner_type: str
    owner_id: int | None
    quota: Decimal | None
    won: Decimal
    attainment: float | None
    open_pipeline: Decimal
    coverage: float | None
    flagged: bool
    win_rate: float | None
    pipeline_needed: Decimal | None
    reasons: dict[str, str]
    pace: float | None = None  # attainment against the time gone by (``pace``)
    band: str | None = None  # red, amber or green of the pace


def open_pipeline(session: Session, flt: MetricFilter) -> Decimal:
    """The amounts of the deals now open filed under the filter's dates (their expected close date)."""
    query = apply(select(Opportunity.currency, func.sum(Opportunity.amount_minor))
                  .where(Opportunity.stage_id.in_(select(StageDefinition.id).where(StageDefinition.kind == "open")))
                  .group_by(Opportunity.currency), flt)
    return Converter.load(session).total((row[0], row[1]) for row in session.execute(query))


def coverage(session: Session, period: Period, *, team_id: int | None = None, rep_id: int | None = None,
             threshold: Decimal = COVERAGE_THRESHOLD, today: date | None = None,
             history: list[Period] | None = None) -> Coverage:
    """Quota, won, attainment, coverage and pipeline needed of one owner in ``period``."""
    flt = period_filter(period, team_id, rep_id)
    currency = Converter.load(session).base
    won, quota = quantize(won_amount(session, flt), currency), quota_for(session, period, team_id, rep_id)
    pipeline = open_pipeline(session, flt)
    history = history if history is not None else last_closed_quarters(session, today)
    rate = win_rate(session, MetricFilter(history[0].start, history[-1].end, team_id=team_id, rep_id=rep_id)
                    ) if history else None
    reasons: dict[str, str] = {}
    remaining = None if quota is None else quota - won
    ratio = None
    if quota is None:
        reasons["attainment"] = reasons["coverage"] = reasons["pipeline_needed"] = NO_QUOTA
    elif remaining is not None and remaining <= 0:
        reasons["coverage"] = QUOTA_MET
    else:
        ratio = round(float(pipeline / remaining), 4) if remaining else None
    needed = None
    if remaining is not None:
        if not rate:
            reasons["pipeline_needed"] = NO_WIN_RATE
        else:
            needed = quantize(max(remaining, Decimal(0)) / Decimal(str(rate)), currency)
    attainment = round(float(won / quota), 4) if quota else None
    if quota == 0:
        reasons["attainment"] = QUOTA_ZERO
    owner_type = "rep" if rep_id is not None else "team" if team_id is not None else "company"
    paced = pace(attainment, period, today or clock.today())
    return Coverage(owner_type, rep_id if rep_id is not None else team_id,
                    None if quota is None else quantize(quota, currency), won, attainment, pipeline, ratio,
                    ratio is not None and Decimal(str(ratio)) < threshold, None if rate is None else round(rate, 4),
                    needed, reasons, paced, band(paced))


@dataclass(frozen=True)
class Outlook:
    """One fiscal quarter's quota, won so far, weighted forecast and landing (the module's definitions)."""

    period: str
    quota: Decimal | None
    won: Decimal
    weighted: Decimal
    landing: Decimal
    landing_attainment: float | None  # landing / quota
    reasons: dict[str, str]


@dataclass(frozen=True)
class ForecastView:
    """The year's weighted forecast by month and by fiscal quarter (those with open deals), each fiscal quarter's
    outlook (all four), and past quarters' forecast accuracy."""

    months: tuple[ForecastRow, ...]
    quarters: tuple[ForecastRow, ...]
    accuracy: tuple[ForecastAccuracy, ...]
    outlook: tuple[Outlook, ...] = ()


def forecast_view(session: Session, fiscal_year: int, *, team_id: int | None = None, rep_id: int | None = None,
                  today: date | None = None) -> ForecastView:
    """What the planning page shows of the forecast (see the module's definitions)."""
    start = fiscal_start(session)
    year = Period(PeriodKind.YEAR, fiscal_year, 0, start)
    months = forecast_by_period(session, MetricFilter(year.start, year.end, team_id=team_id, rep_id=rep_id))
    by_quarter: dict[str, ForecastRow] = {}
    for row in months:
        key = Period.parse(row.period, start).quarter().key
        old = by_quarter.get(key, ForecastRow(key, 0, Decimal(0), Decimal(0)))
        by_quarter[key] = ForecastRow(key, old.open_count + row.open_count, old.amount + row.amount,
                                      old.weighted + row.weighted)
    accuracy = tuple(forecast_accuracy(session, q, team_id=team_id, rep_id=rep_id)
                     for q in last_closed_quarters(session, today))
    quarters = [Period(PeriodKind.QUARTER, fiscal_year, number, start) for number in range(1, 5)]
    outlook = tuple(quarter_outlook(session, q, by_quarter.get(q.key), team_id, rep_id) for q in quarters)
    return ForecastView(tuple(months), tuple(by_quarter[k] for k in sorted(by_quarter)), accuracy, outlook)


def quarter_outlook(session: Session, quarter: Period, forecast: ForecastRow | None, team_id: int | None,
                    rep_id: int | None) -> Outlook:
    """The quarter's outlook (module definition); ``forecast``: its summed months, None without open deals."""
    currency = Converter.load(session).base
    won = quantize(won_amount(session, period_filter(quarter, team_id, rep_id)), currency)
    planned = quota_for(session, quarter, team_id, rep_id)
    quota = None if planned is None else quantize(planned, currency)
    weighted = quantize(forecast.weighted if forecast else Decimal(0), currency)
    landing = won + weighted
    reasons: dict[str, str] = {}
    if quota is None:
        reasons["landing_attainment"] = NO_QUOTA
    elif not quota:
        reasons["landing_attainment"] = QUOTA_ZERO
    ratio = float((landing / quota).quantize(RATIO_PLACES, ROUND_HALF_UP)) if quota else None
    return Outlook(quarter.key, quota, won, weighted, landing, ratio, reasons)
