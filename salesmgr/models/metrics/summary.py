"""The funnel report and the dashboard's KPI tiles as plain JSON-ready dicts (money as decimal strings, ratios
between 0 and 1, a value that cannot be computed is None with a reason beside it)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.i18n import translate
from salesmgr.models import clock
from salesmgr.models.currency import base_currency
from salesmgr.models.metrics.cache import MetricCache
from salesmgr.models.metrics.completeness import data_completeness
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import DateField, MetricFilter
from salesmgr.models.metrics.forecast import weighted_pipeline
from salesmgr.models.metrics.funnel import funnel, sales_cycle, win_rate
from salesmgr.models.metrics.ranking import team_quota, won_amount
from salesmgr.models.metrics.stages import stalled_count
from salesmgr.models.money import quantize
from salesmgr.models.org import Quota
from salesmgr.models.periods import Period

NO_CLOSED_DEALS = "no won or lost deals in the filter"
NO_WON_DEALS = "no won deals with both dates in the filter"
NO_DEALS = "no deals in the filter"
NO_QUOTA = "no quota for this period"


def _money(amount: Decimal | None, currency: str) -> str | None:
    """A decimal string with the currency's places: "0.00", not "0"."""
    return None if amount is None else str(quantize(amount, currency))


def _round(value: float | None, places: int = 4) -> float | None:
    return None if value is None else round(value, places)


def _stage_rows(session: Session, flt: MetricFilter, currency: str, cache: MetricCache | None
                ) -> list[dict[str, Any]]:
    return [{"stage": s.stage, "kind": s.kind, "count": s.count, "amount": _money(s.amount, currency),
             "reached": s.reached, "conversion": _round(s.conversion)} for s in funnel(session, flt, cache)]


def _kpis(session: Session, flt: MetricFilter, currency: str) -> dict[str, Any]:
    """Win rate, cycle, weighted pipeline and completeness, with the reasons of the ones that are None."""
    cycle = sales_cycle(session, flt)
    rate = win_rate(session, flt)
    completeness = data_completeness(session, flt)
    reasons = {"win_rate": NO_CLOSED_DEALS if rate is None else None,
               "cycle": NO_WON_DEALS if cycle.average_days is None else None,
               "data_completeness": NO_DEALS if completeness.overall is None else None}
    return {
        "win_rate": _round(rate),
        "avg_cycle_days": _round(cycle.average_days, 1),
        "median_cycle_days": _round(cycle.median_days, 1),
        "weighted_pipeline": _money(weighted_pipeline(session, flt), currency),
        "data_completeness": _round(completeness.overall),
        "reasons": {key: value for key, value in reasons.items() if value},
    }


def funnel_report(session: Session, flt: MetricFilter, cache: MetricCache | None = None) -> dict[str, Any]:
    """Per stage count, amount, reached and conversion, with win rate, cycle, weighted pipeline, completeness."""
    currency = base_currency(session)
    return {
        "from": flt.date_from.isoformat() if flt.date_from else None,
        "to": flt.date_to.isoformat() if flt.date_to else None,
        "date_field": flt.date_field.value,
        "currency": currency,
        "stages": _stage_rows(session, flt, currency, cache),
        **_kpis(session, flt, currency),
    }


def period_filter(period: Period, team_id: int | None = None, rep_id: int | None = None) -> MetricFilter:
    """The deals filed by close date inside ``period``, of the team or rep when given."""
    return MetricFilter(period.start, period.end, DateField.CLOSE, team_id, rep_id)


def dashboard_stages(session: Session, period: Period, *, team_id: int | None = None,
                     rep_id: int | None = None, cache: MetricCache | None = None) -> dict[str, Any]:
    """The period's funnel stages as the dashboard draws them (the first part of ``dashboard_report``)."""
    flt = period_filter(period, team_id, rep_id)
    currency = base_currency(session)
    assert flt.date_from is not None and flt.date_to is not None
    return {"period": period.key, "from": flt.date_from.isoformat(), "to": flt.date_to.isoformat(),
            "currency": currency, "stages": _stage_rows(session, flt, currency, cache)}


def dashboard_tiles(session: Session, period: Period, *, team_id: int | None = None,
                    rep_id: int | None = None, today: date | None = None, cache: MetricCache | None = None
                    ) -> dict[str, Any]:
    """The KPI tiles of ``dashboard_report`` without the stages; stalled deals are counted on ``today``."""
    today = today or clock.today()
    flt = period_filter(period, team_id, rep_id)
    currency = base_currency(session)
    won = won_amount(session, flt)
    quota = quota_for(session, period, team_id, rep_id)
    kpis = _kpis(session, flt, currency)
    return {
        "currency": currency,
        "won": {"amount": _money(won, currency), "quota": _money(quota, currency),
                "attainment": _round(float(won / quota)) if quota else None,
                **({"reason": NO_QUOTA} if not quota else {})},
        "win_rate": kpis["win_rate"], "avg_cycle_days": kpis["avg_cycle_days"],
        "weighted_pipeline": kpis["weighted_pipeline"], "data_completeness": kpis["data_completeness"],
        "stalled_deals": stalled_count(session, replace(flt, date_from=None, date_to=None), today, cache=cache),
        "reasons": kpis["reasons"],
    }


def dashboard_report(session: Session, period: Period, *, team_id: int | None = None,
                     rep_id: int | None = None, today: date | None = None, cache: MetricCache | None = None
                     ) -> dict[str, Any]:
    """The KPI tiles for one period: won vs quota, win rate, average cycle,
    weighted pipeline of the deals expected to close in it, data completeness and the number of stalled deals,
    with the funnel's stages for the period (the dashboard draws them)."""
    today = today or clock.today()
    stages = dashboard_stages(session, period, team_id=team_id, rep_id=rep_id, cache=cache)
    tiles = dashboard_tiles(session, period, team_id=team_id, rep_id=rep_id, today=today, cache=cache)
    return {**{key: stages[key] for key in ("period", "from", "to", "currency")}, **tiles,
            "stages": stages["stages"]}


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
    }
    return known.get(reason, reason)
