"""The funnel and the dashboard as the command line's JSON: the edge where typed figures become text.

Money is a decimal string with the currency's places, ratios are numbers between 0 and 1, a figure that cannot be
computed is null with its reason under ``reasons`` (``won.reason`` for a missing quota). A stage's ``conversion``
is to the next open stage; the last open stage's is the close rate, won / reached (see ``funnel.funnel``).
``unconverted`` lists, per currency without an exchange rate, the deals left out of the amounts (counted in every
count) and their sum in that currency: ``[{"currency": "COP", "deals": 22, "amount": "1234567.00"}]``.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from salesmgr.models.metrics.summary import (
    DashboardReport,
    DashboardTiles,
    FunnelReport,
    PipelineKpis,
    StageFigures,
)
from salesmgr.models.metrics.unconverted import Unconverted

Json = dict[str, Any]


def money(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def stage_json(stage: StageFigures) -> Json:
    return {"stage": stage.stage, "kind": stage.kind, "count": stage.count, "amount": money(stage.amount),
            "reached": stage.reached, "conversion": stage.conversion}


def kpis_json(kpis: PipelineKpis) -> Json:
    return {"win_rate": kpis.win_rate, "avg_cycle_days": kpis.avg_cycle_days,
            "median_cycle_days": kpis.median_cycle_days, "weighted_pipeline": money(kpis.weighted_pipeline),
            "data_completeness": kpis.data_completeness, "reasons": dict(kpis.reasons)}


def unconverted_json(unconverted: list[Unconverted]) -> list[Json]:
    return [entry.to_json() for entry in unconverted]


def funnel_json(report: FunnelReport) -> Json:
    flt = report.filter
    return {"from": flt.date_from.isoformat() if flt.date_from else None,
            "to": flt.date_to.isoformat() if flt.date_to else None, "date_field": flt.date_field.value,
            "currency": report.currency, "stages": [stage_json(stage) for stage in report.stages],
            **kpis_json(report.kpis), "unconverted": unconverted_json(report.unconverted)}


def tiles_json(tiles: DashboardTiles) -> Json:
    won = tiles.won
    kpis = kpis_json(tiles.kpis)
    return {"currency": tiles.currency,
            "won": {"amount": money(won.amount), "quota": money(won.quota), "attainment": won.attainment,
                    **({"reason": won.reason} if won.reason else {})},
            **{key: kpis[key] for key in ("win_rate", "avg_cycle_days", "weighted_pipeline", "data_completeness")},
            "stalled_deals": tiles.stalled_deals, "reasons": kpis["reasons"]}


def dashboard_json(report: DashboardReport) -> Json:
    period = report.period
    return {"period": period.key, "from": period.start.isoformat(), "to": period.end.isoformat(),
            "currency": report.currency, **tiles_json(report.tiles),
            "stages": [stage_json(stage) for stage in report.stages],
            "unconverted": unconverted_json(report.unconverted)}
