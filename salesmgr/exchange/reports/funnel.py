"""The funnel report: per stage count, amount, reached and conversion (live formulas), a chart and the KPIs."""
from __future__ import annotations

from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import (
    SUM,
    BarChart,
    CellValue,
    Column,
    KeyValue,
    KeyValues,
    Report,
    Sheet,
    Table,
    total_label,
)
from salesmgr.exchange.reports.request import ReportRequest, filter_lines, generated_now
from salesmgr.i18n import translate
from salesmgr.models.metrics.summary import FunnelReport, StageFigures, funnel_report, reason_text

TABLE = "stages"
#: conversion = the next stage's reached / this stage's reached
CONVERSION = 'IF({reached}>0,{reached@+1}/{reached},"")'


def _columns(currency: str) -> tuple[Column, ...]:
    return (
        Column("stage", translate("Reports", "Stage"), width=16),
        Column("kind", translate("Reports", "Kind")),
        Column("count", translate("Reports", "Deals now"), ColumnType.INTEGER),
        Column("amount", translate("Reports", "Amount ({currency})").format(currency=currency), ColumnType.MONEY,
               currency),
        Column("reached", translate("Reports", "Reached"), ColumnType.INTEGER),
        Column("conversion", translate("Reports", "Conversion to next"), ColumnType.PERCENT, formula=CONVERSION),
    )


def kind_label(kind: str) -> str:
    labels = {"open": translate("Reports", "open"), "won": translate("Reports", "won"),
              "lost": translate("Reports", "lost")}
    return labels.get(kind, kind)


def _rows(stages: list[StageFigures]) -> list[tuple[CellValue, ...]]:
    """One row per stage; the conversion cell stays blank where salesmgr has none (last open stage, won, lost,
    nobody reached)."""
    return [(s.stage, kind_label(s.kind), s.count, s.amount, s.reached, s.conversion) for s in stages]


def _win_rate_formula(stages: list[StageFigures]) -> str | None:
    """won / (won + lost) over the Deals-now cells of the won and lost stages; None without such stages."""
    won = [f"{{{TABLE}:count@{i}}}" for i, s in enumerate(stages) if s.kind == "won"]
    lost = [f"{{{TABLE}:count@{i}}}" for i, s in enumerate(stages) if s.kind == "lost"]
    if not won and not lost:
        return None
    won_sum = "+".join(won) or "0"
    closed = "+".join(won + lost)
    missing = translate("Reports", "n/a")
    return f'IF(({closed})>0,({won_sum})/({closed}),"{missing}")'


def _kpis(data: FunnelReport) -> KeyValues:
    currency, kpis = data.currency, data.kpis
    reasons = kpis.reasons
    weighted_label = translate("Reports", "Weighted pipeline ({currency})").format(currency=currency)
    return KeyValues((
        KeyValue(translate("Reports", "Win rate"), kpis.win_rate, ColumnType.PERCENT,
                 formula=_win_rate_formula(data.stages), note=reason_text(reasons.get("win_rate"))),
        KeyValue(translate("Reports", "Average sales cycle (days)"), kpis.avg_cycle_days, ColumnType.NUMBER,
                 note=reason_text(reasons.get("cycle"))),
        KeyValue(translate("Reports", "Median sales cycle (days)"), kpis.median_cycle_days, ColumnType.NUMBER),
        KeyValue(weighted_label, kpis.weighted_pipeline, ColumnType.MONEY, currency),
        KeyValue(translate("Reports", "Data completeness"), kpis.data_completeness, ColumnType.PERCENT,
                 note=reason_text(reasons.get("data_completeness"))),
    ), title=translate("Reports", "Key figures"))


def build(session: Session, request: ReportRequest) -> Report:
    """The funnel of the deals filed by close date in the period (team/rep as asked)."""
    data = funnel_report(session, request.metric_filter())
    stages = data.stages
    chart = BarChart(translate("Reports", "Deals reached per stage"), "stage", ("reached",),
                     translate("Reports", "Deals"))
    table = Table(
        TABLE, _columns(data.currency), _rows(stages), title=translate("Reports", "Funnel by stage"),
        totals={"stage": total_label(translate("Reports", "Total")), "count": SUM, "amount": SUM}, chart=chart,
    )
    return Report(translate("Reports", "Sales funnel"), request.period.key, filter_lines(session, request),
                  generated_now(), (Sheet(translate("Reports", "Funnel"), (table, _kpis(data))),))
