"""The funnel report and the dashboard's KPI tiles as typed values, at the precision salesmgr shows them: money
quantized to the currency's places, ratios (0..1) rounded to 4 places, days to 1; a figure that cannot be
computed is None with its reason in ``reasons`` (or ``WonVsQuota.reason``). The CLI turns them into JSON, the
reports into workbooks and the Dashboard into tiles and bars; none of them reads a figure by a string key.

The reports are computed in lenient mode (``conversion.lenient_rates``): a deal whose currency has no exchange
rate still counts in every count but is left out of every amount, and ``unconverted`` lists those deals per
currency (``unconverted.unconverted_deals`` of the same filter), so a missing rate never hides the whole report.
The quota is the exception: one that needs a missing rate is None with ``NO_QUOTA_RATE``, never understated."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.i18n import translate
from salesmgr.models import clock
from salesmgr.models.currency import MissingRateError, base_currency
from salesmgr.models.fiscal import check_fiscal_start
from salesmgr.models.metrics.cache import MetricCache
from salesmgr.models.metrics.completeness import data_completeness
from salesmgr.models.metrics.conversion import Converter, lenient_rates, strict_rates
from salesmgr.models.metrics.filters import MetricFilter, period_filter
from salesmgr.models.metrics.forecast import weighted_pipeline
from salesmgr.models.metrics.funnel import funnel, sales_cycle, win_rate
from salesmgr.models.metrics.ranking import team_quota, won_amount
from salesmgr.models.metrics.stages import stalled_count
from salesmgr.models.metrics.unconverted import Unconverted, unconverted_deals
from salesmgr.models.money import quantize
from salesmgr.models.org import Quota
from salesmgr.models.periods import Period

NO_CLOSED_DEALS = "no won or lost deals in the filter"
NO_WON_DEALS = "no won deals with both dates in the filter"
NO_DEALS = "no deals in the filter"
NO_QUOTA = "no quota for this period"
NO_QUOTA_RATE = "the quota is in a currency without an exchange rate"


@dataclass(frozen=True)
class StageFigures:
    """One stage of the funnel: the deals now in it and their amount, how many reached it and the conversion to
    the next stage; for the last open stage the conversion is the close rate, won / reached (see
    ``funnel.funnel``)."""

    stage: str
    kind: str
    count: int
    amount: Decimal
    reached: int
    conversion: float | None


@dataclass(frozen=True)
class PipelineKpis:
    """Win rate, average and median sales cycle in days, weighted pipeline and data completeness; ``reasons``
    maps ``win_rate``, ``cycle`` and ``data_completeness`` to why the figure is None (only those that are)."""

    win_rate: float | None
    avg_cycle_days: float | None
    median_cycle_days: float | None
    weighted_pipeline: Decimal
    data_completeness: float | None
    reasons: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FunnelReport:
    """The funnel of the deals in ``filter`` (its dates, date field, team and rep) with the pipeline KPIs."""

    filter: MetricFilter
    currency: str
    stages: list[StageFigures]
    kpis: PipelineKpis
    unconverted: list[Unconverted] = field(default_factory=list)


@dataclass(frozen=True)
class WonVsQuota:
    """Won in the period against the quota; ``attainment`` = won / quota, None with ``reason`` without one."""

    amount: Decimal
    quota: Decimal | None
    attainment: float | None
    reason: str | None = None


@dataclass(frozen=True)
class DashboardTiles:
    """The KPI tiles: won vs quota, the pipeline KPIs of the period and the deals stalled today."""

    currency: str
    won: WonVsQuota
    kpis: PipelineKpis
    stalled_deals: int
    unconverted: list[Unconverted] = field(default_factory=list)


@dataclass(frozen=True)
class DashboardStages:
    """The funnel stages of the deals filed by close date in ``period``."""

    period: Period
    currency: str
    stages: list[StageFigures]
    unconverted: list[Unconverted] = field(default_factory=list)


@dataclass(frozen=True)
class DashboardReport:
    """The dashboard of one period: its tiles and its funnel stages."""

    period: Period
    currency: str
    tiles: DashboardTiles
    stages: list[StageFigures]
    unconverted: list[Unconverted] = field(default_factory=list)


def _round(value: float | None, places: int = 4) -> float | None:
    return None if value is None else round(value, places)


def _stages(session: Session, flt: MetricFilter, currency: str, cache: MetricCache | None) -> list[StageFigures]:
    return [StageFigures(s.stage, s.kind, s.count, quantize(s.amount, currency), s.reached, _round(s.conversion))
            for s in funnel(session, flt, cache)]


def pipeline_kpis(session: Session, flt: MetricFilter, currency: str) -> PipelineKpis:
    """Win rate, cycle, weighted pipeline and completeness, with the reasons of the ones that are None."""
    cycle = sales_cycle(session, flt)
    rate = win_rate(session, flt)
    completeness = data_completeness(session, flt)
    reasons = {"win_rate": NO_CLOSED_DEALS if rate is None else None,
               "cycle": NO_WON_DEALS if cycle.average_days is None else None,
               "data_completeness": NO_DEALS if completeness.overall is None else None}
    return PipelineKpis(_round(rate), _round(cycle.average_days, 1), _round(cycle.median_days, 1),
                        quantize(weighted_pipeline(session, flt), currency), _round(completeness.overall),
                        {key: value for key, value in reasons.items() if value})


def funnel_report(session: Session, flt: MetricFilter, cache: MetricCache | None = None) -> FunnelReport:
    """Per stage count, amount, reached and conversion, with win rate, cycle, weighted pipeline, completeness, and
    the deals left out of the amounts for want of a rate."""
    currency = base_currency(session)
    with lenient_rates():
        stages, kpis = _stages(session, flt, currency, cache), pipeline_kpis(session, flt, currency)
    return FunnelReport(flt, currency, stages, kpis, unconverted_deals(session, flt))


def dashboard_stages(session: Session, period: Period, *, team_id: int | None = None,
                     rep_id: int | None = None, cache: MetricCache | None = None) -> DashboardStages:
    """The period's funnel stages as the dashboard draws them (the first part of ``dashboard_report``)."""
    currency = base_currency(session)
    check_fiscal_start(session, period)
    flt = period_filter(period, team_id, rep_id)
    with lenient_rates():
        stages = _stages(session, flt, currency, cache)
    return DashboardStages(period, currency, stages, unconverted_deals(session, flt))


def dashboard_tiles(session: Session, period: Period, *, team_id: int | None = None,
                    rep_id: int | None = None, today: date | None = None, cache: MetricCache | None = None
                    ) -> DashboardTiles:
    """The KPI tiles of ``dashboard_report`` without the stages; stalled deals are counted on ``today``."""
    today = today or clock.today()
    flt = period_filter(check_fiscal_start(session, period), team_id, rep_id)
    currency = base_currency(session)
    quota, quota_reason = _quota(session, period, team_id, rep_id)
    with lenient_rates():
        won, kpis = won_amount(session, flt), pipeline_kpis(session, flt, currency)
    versus = WonVsQuota(quantize(won, currency), None if quota is None else quantize(quota, currency),
                        _round(float(won / quota)) if quota else None, None if quota else quota_reason)
    stalled = stalled_count(session, replace(flt, date_from=None, date_to=None), today, cache=cache)
    return DashboardTiles(currency, versus, kpis, stalled, unconverted_deals(session, flt))


def _quota(session: Session, period: Period, team_id: int | None, rep_id: int | None
           ) -> tuple[Decimal | None, str]:
    """The quota (strictly converted) and the reason when it is None."""
    try:
        with strict_rates():
            return quota_for(session, period, team_id, rep_id), NO_QUOTA
    except MissingRateError:
        return None, NO_QUOTA_RATE


def dashboard_report(session: Session, period: Period, *, team_id: int | None = None,
                     rep_id: int | None = None, today: date | None = None, cache: MetricCache | None = None
                     ) -> DashboardReport:
    """The KPI tiles for one period: won vs quota, win rate, average cycle, weighted pipeline of the deals
    expected to close in it, data completeness and the number of stalled deals, with the funnel's stages for the
    period (the dashboard draws them)."""
    today = today or clock.today()
    stages = dashboard_stages(session, period, team_id=team_id, rep_id=rep_id, cache=cache)
    tiles = dashboard_tiles(session, period, team_id=team_id, rep_id=rep_id, today=today, cache=cache)
    return DashboardReport(period, stages.currency, tiles, stages.stages, stages.unconverted)


def quota_for(session: Session, period: Period, team_id: int | None, rep_id: int | None) -> Decimal | None:
    """The rep's quota, the team's (its own or its reps' sum), or for everyone the sum of every rep's quota."""
    if team_id is not None and rep_id is None:
        return team_quota(session, team_id, period)
    query = select(Quota.currency, func.sum(Quota.amount_minor)).where(Quota.period == period.key)
    query = query.where(Quota.rep_id == rep_id) if rep_id is not None else query.where(Quota.rep_id.is_not(None))
    rows = [(currency, total) for currency, total in session.execute(query.group_by(Quota.currency))]
    return Converter.load(session).total(rows) if rows else None


def reason_text(reason: str | None) -> str:
    """Why a figure is None (one of the reasons above), in the user's language; "" for none."""
    if not reason:
        return ""
    known = {
        NO_CLOSED_DEALS: translate("Reports", "no won or lost deals in the filter"),
        NO_WON_DEALS: translate("Reports", "no won deals with both dates in the filter"),
        NO_DEALS: translate("Reports", "no deals in the filter"),
        NO_QUOTA: translate("Reports", "no quota for this period"),
        NO_QUOTA_RATE: translate("Reports", "the quota is in a currency without an exchange rate"),
    }
    return known.get(reason, reason)
