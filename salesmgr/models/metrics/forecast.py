"""The weighted pipeline, the forecast by month or quarter, and how well past forecasts came true.

"Open" means the deal's stage is of kind ``open``; won and lost deals are never in the pipeline. Amounts are in
the base currency (see ``conversion.Converter``: per-currency SQL sums, one rate table per call, ``MissingRateError``
for a currency without a rate).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from salesmgr.models.crm import Opportunity
from salesmgr.models.dialect import year_month
from salesmgr.models.errors import ValidationError
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import MetricFilter, apply, conditions
from salesmgr.models.periods import Period, require_quarter
from salesmgr.models.pipeline.entities import StageDefinition, StageHistory


def _open() -> ColumnElement[bool]:
    return Opportunity.stage_id.in_(select(StageDefinition.id).where(StageDefinition.kind == "open"))


def _probability(use_stage_probability: bool) -> ColumnElement[Any]:
    if not use_stage_probability:
        return Opportunity.probability.expression
    default = select(StageDefinition.default_probability).where(StageDefinition.id == Opportunity.stage_id)
    return func.coalesce(Opportunity.probability, default.scalar_subquery())


def weighted_pipeline(session: Session, flt: MetricFilter, *, use_stage_probability: bool = False) -> Decimal:
    """Sum over the open deals matching ``flt`` of ``amount x probability / 100``, in the base currency.

    A deal without an amount, or without a probability, contributes nothing (``unweighted_open_deals`` counts
    them). The deal's stage default probability is NOT used in place of a missing probability unless
    ``use_stage_probability=True`` (then ``coalesce(probability, stage.default_probability)``), so the default
    figure only weights what the CRM actually says. Rounded once, at the end, to the base currency's smallest unit.
    """
    probability = _probability(use_stage_probability)
    query = apply(
        select(Opportunity.currency, func.sum(Opportunity.amount_minor * probability))
        .where(_open(), Opportunity.amount_minor.is_not(None), probability.is_not(None))
        .group_by(Opportunity.currency),
        flt,
    )
    return Converter.load(session).total(((row[0], row[1]) for row in session.execute(query)), extra_places=2)


def unweighted_open_deals(session: Session, flt: MetricFilter, *, use_stage_probability: bool = False) -> int:
    """The number of open deals matching ``flt`` that ``weighted_pipeline`` skips: no amount or no probability."""
    probability = _probability(use_stage_probability)
    query = apply(
        select(func.count(Opportunity.id)).where(
            _open(), or_(Opportunity.amount_minor.is_(None), probability.is_(None))
        ),
        flt,
    )
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class ForecastRow:
    """One month (``2026-09``) or quarter (``2026Q3``) of expected closes."""

    period: str
    open_count: int
    amount: Decimal
    weighted: Decimal


def forecast_by_period(session: Session, flt: MetricFilter, by: Literal["month", "quarter"] = "month", *,
                       use_stage_probability: bool = False) -> list[ForecastRow]:
    """Open deals matching ``flt`` grouped by the month or quarter of their expected close date, oldest first.

    * ``open_count``: every open deal in the period (with or without amount and probability);
    * ``amount``: sum of the amounts (deals without one add nothing);
    * ``weighted``: as ``weighted_pipeline``, for the deals of that period.
    Open deals without an expected close date belong to no period and are left out; periods with no open deal
    are not listed.
    """
    if by not in ("month", "quarter"):
        raise ValidationError("a forecast is grouped by month or quarter, not {by}", by=by)
    key = year_month(Opportunity.expected_close_date)
    probability = _probability(use_stage_probability)
    weighted = func.sum(
        case((and_(Opportunity.amount_minor.is_not(None), probability.is_not(None)),
              Opportunity.amount_minor * probability), else_=None)
    )
    query = apply(
        select(key, Opportunity.currency, func.count(Opportunity.id), func.sum(Opportunity.amount_minor), weighted)
        .where(_open(), Opportunity.expected_close_date.is_not(None))
        .group_by(key, Opportunity.currency)
        .order_by(key),
        flt,
    )
    convert = Converter.load(session)
    grouped: dict[str, tuple[int, list[tuple[str, int | None]], list[tuple[str, int | None]]]] = {}
    for month, currency, count, amount, weight in session.execute(query):
        year, number = str(month).split("-")
        period = str(month) if by == "month" else f"{year}Q{(int(number) - 1) // 3 + 1}"
        entry = grouped.setdefault(period, (0, [], []))
        entry[1].append((currency, amount))
        entry[2].append((currency, weight))
        grouped[period] = (entry[0] + int(count), entry[1], entry[2])
    return [
        ForecastRow(period, count, convert.total(amounts), convert.total(weights, extra_places=2))
        for period, (count, amounts, weights) in sorted(grouped.items())
    ]


@dataclass(frozen=True)
class ForecastAccuracy:
    """``deals``: deals in the forecast; ``unknown``: deals open at the start left out of it because their amount,
    or the stage they were in at the start, is unknown."""

    period: Period
    forecast: Decimal
    actual: Decimal
    accuracy: float | None
    deals: int = 0
    unknown: int = 0


def forecast_accuracy(session: Session, period: Period, *, team_id: int | None = None,
                      rep_id: int | None = None) -> ForecastAccuracy:
    """How close the weighted pipeline at the start of quarter ``period`` came to what was won in it.

    * start = the quarter's first day at 00:00. A deal's stage at the start is the stage of its last
      ``StageHistory`` entry with ``entered_at`` < start (ties: the later id). A deal with history but no entry
      before the start entered the pipeline later and is not in the forecast. A deal with no history at all is
      taken to be in its current stage at the start if its ``created_date`` is on/before the start (unknown
      created date: left out) and it was not closed before the start (``closed_date`` null or >= start; a closed
      stage without a closed date counts as closed before). If its current stage is closed (closed since the
      start) the stage it had at the start is unknown: it is counted in ``unknown`` and adds nothing.
    * forecast = sum of ``amount x p / 100`` over the deals that were open at the start and whose (current)
      expected close date is inside the quarter, where ``p`` is the DEFAULT PROBABILITY OF THE STAGE THE DEAL WAS IN
      AT THE START. The deal's own ``probability`` field is not used: it holds today's value (usually 100 or 0 once
      the deal closed) and would leak the outcome into the forecast. Deals without an amount are counted in
      ``unknown``. Amounts are today's amounts (their history is not kept).
    * actual = sum of the amounts of the deals whose current stage is ``won`` and whose ``closed_date`` is inside
      the quarter (whether or not they were in the forecast).
    * accuracy = max(0, 1 - |forecast - actual| / actual); None when actual is 0.
    ``team_id`` / ``rep_id`` narrow both sides to the deals owned by that team's reps or that rep (as
    ``MetricFilter``).
    """
    start, end = require_quarter(period).bounds
    start_at = datetime.combine(start, time.min)
    owner = conditions(MetricFilter(team_id=team_id, rep_id=rep_id))
    convert = Converter.load(session)
    stages = {sid: (kind, prob) for sid, kind, prob in session.execute(
        select(StageDefinition.id, StageDefinition.kind, StageDefinition.default_probability))}

    candidates = session.execute(
        select(Opportunity.id, Opportunity.stage_id, Opportunity.amount_minor, Opportunity.currency,
               Opportunity.created_date, Opportunity.closed_date)
        .where(Opportunity.expected_close_date >= start, Opportunity.expected_close_date <= end, *owner)
    ).all()
    ids = [row[0] for row in candidates]
    has_history: set[int] = set()
    at_start: dict[int, int] = {}
    for chunk in range(0, len(ids), 500):
        for opp_id, stage_id, entered_at in session.execute(
            select(StageHistory.opportunity_id, StageHistory.stage_id, StageHistory.entered_at)
            .where(StageHistory.opportunity_id.in_(ids[chunk:chunk + 500]))
            .order_by(StageHistory.opportunity_id, StageHistory.entered_at, StageHistory.id)
        ):
            has_history.add(opp_id)
            if entered_at < start_at:
                at_start[opp_id] = stage_id  # ordered, so the last one before the start wins

    weighted: dict[str, int] = {}
    deals = unknown = 0
    for opp_id, current_stage, amount_minor, currency, created, closed in candidates:
        stage: int | None
        if opp_id in has_history:
            stage = at_start.get(opp_id)
            if stage is None or stages[stage][0] != "open":
                continue
        else:
            if created is None or created > start:
                continue
            if stages[current_stage][0] != "open":
                if closed is None or closed < start:
                    continue
                unknown += 1  # open at the start, but in which stage?
                continue
            stage = current_stage
        if amount_minor is None:
            unknown += 1
            continue
        deals += 1
        weighted[currency] = weighted.get(currency, 0) + amount_minor * stages[stage][1]
    forecast = convert.total(weighted.items(), extra_places=2)

    won = select(StageDefinition.id).where(StageDefinition.kind == "won")
    actual = convert.total((row[0], row[1]) for row in session.execute(
        select(Opportunity.currency, func.sum(Opportunity.amount_minor))
        .where(Opportunity.stage_id.in_(won), Opportunity.closed_date >= start, Opportunity.closed_date <= end,
               *owner)
        .group_by(Opportunity.currency)
    ))
    accuracy = None if actual == 0 else max(0.0, 1.0 - float(abs(forecast - actual) / actual))
    return ForecastAccuracy(period, forecast, actual, accuracy, deals, unknown)
