"""The funnel report: per stage count, amount, reached and conversion (live formulas; the last open stage's is the
close rate, won / reached), a chart and the KPIs. Its totals are the open pipeline's (deals now and amount in the
open stages) and, apart, the won deals'; lost deals are in no total."""
from __future__ import annotations

from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import (
    BarChart,
    CellValue,
    Column,
    KeyValue,
    KeyValues,
    Report,
    Sheet,
    Table,
    Total,
    total_formula,
    total_label,
)
from salesmgr.exchange.reports.request import ReportRequest, filter_lines, generated_now, unconverted_lines
from salesmgr.i18n import translate
from salesmgr.models.metrics.summary import FunnelReport, StageFigures, funnel_report, reason_text

TABLE = "stages"
#: conversion = the next stage's reached / this stage's reached
CONVERSION = 'IF({reached}>0,{reached@+1}/{reached},"")'


def _close_rate_formula(stages: list[StageFigures]) -> str:
    """The last open stage's conversion (the close rate): the won stages' Deals now / its reached."""
    won = _sum_of("count", [i for i, s in enumerate(stages) if s.kind == "won"])
    return f'IF({{reached}}>0,({won})/{{reached}},"")'


def _columns(currency: str, stages: list[StageFigures]) -> tuple[Column, ...]:
    last_open = [i for i, s in enumerate(stages) if s.kind == "open"][-1:]
    return (
        Column("stage", translate("Reports", "Stage"), width=16),
        Column("kind", translate("Reports", "Kind")),
        Column("count", translate("Reports", "Deals now"), ColumnType.INTEGER),
        Column("amount", translate("Reports", "Amount ({currency})").format(currency=currency), ColumnType.MONEY,
               currency),
        Column("reached", translate("Reports", "Reached"), ColumnType.INTEGER),
        Column("conversion", translate("Reports", "Conversion to next"), ColumnType.PERCENT, formula=CONVERSION,
               row_formulas=tuple((i, _close_rate_formula(stages)) for i in last_open)),
    )


def _sum_of(key: str, indexes: list[int]) -> str:
    """An expression adding column ``key`` of the data rows ``indexes`` (ascending): the cell itself for one, a
    SUM over a range when they are consecutive; ``0`` for none."""
    if not indexes:
        return "0"
    if len(indexes) == 1:
        return f"{{{key}@{indexes[0]}}}"
    if indexes == list(range(indexes[0], indexes[-1] + 1)):
        return f"SUM({{{key}@{indexes[0]}}}:{{{key}@{indexes[-1]}}})"
    return "+".join(f"{{{key}@{i}}}" for i in indexes)


def _totals(stages: list[StageFigures], kind: str, label: str) -> dict[str, Total]:
    """A totals row of the deals now in the stages of ``kind``: count and amount (reached does not add up)."""
    rows = [i for i, s in enumerate(stages) if s.kind == kind]
    return {"stage": total_label(label), "count": total_formula(_sum_of("count", rows)),
            "amount": total_formula(_sum_of("amount", rows))}


def kind_label(kind: str) -> str:
    labels = {"open": translate("Reports", "open"), "won": translate("Reports", "won"),
              "lost": translate("Reports", "lost")}
    return labels.get(kind, kind)


def _rows(stages: list[StageFigures]) -> list[tuple[CellValue, ...]]:
    """One row per stage; the conversion cell stays blank where salesmgr has none (won, lost, nobody reached)."""
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
    """The funnel of the deals filed by close date in the period, or of every date (team/rep as asked)."""
    data = funnel_report(session, request.metric_filter())
    stages = data.stages
    chart = BarChart(translate("Reports", "Deals reached per stage"), "stage", ("reached",),
                     translate("Reports", "Deals"))
    table = Table(
        TABLE, _columns(data.currency, stages), _rows(stages), title=translate("Reports", "Funnel by stage"),
        totals=_totals(stages, "open", translate("Reports", "Open pipeline total")), chart=chart,
        more_totals=(_totals(stages, "won", translate("Reports", "Won total")),),
    )
    return Report(translate("Reports", "Sales funnel"), request.period_text(),
                  (*filter_lines(session, request), *unconverted_lines(data.unconverted)), generated_now(),
                  (Sheet(translate("Reports", "Funnel"), (table, _kpis(data))),))
