"""The funnel report: per stage count, amount, reached and conversion (live formulas), a chart and the KPIs."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

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
    ValueType,
    total_label,
)
from salesmgr.exchange.reports.request import ReportRequest, filter_lines, generated_now
from salesmgr.models.metrics.summary import funnel_report
from salesmgr.models.money import D

TABLE = "stages"
#: conversion = the next stage's reached / this stage's reached
CONVERSION = 'IF({reached}>0,{reached@+1}/{reached},"")'


def _columns(currency: str) -> tuple[Column, ...]:
    return (
        Column("stage", "Stage", width=16),
        Column("kind", "Kind"),
        Column("count", "Deals now", ValueType.INTEGER),
        Column("amount", f"Amount ({currency})", ValueType.MONEY, currency),
        Column("reached", "Reached", ValueType.INTEGER),
        Column("conversion", "Conversion to next", ValueType.PERCENT, formula=CONVERSION),
    )


def _rows(stages: list[dict[str, Any]]) -> list[tuple[CellValue, ...]]:
    """One row per stage; the conversion cell stays blank where salesmgr has none (last open stage, won, lost,
    nobody reached)."""
    return [(s["stage"], s["kind"], s["count"], D(s["amount"]), s["reached"], s["conversion"]) for s in stages]


def _win_rate_formula(stages: list[dict[str, Any]]) -> str | None:
    """won / (won + lost) over the Deals-now cells of the won and lost stages; None without such stages."""
    won = [f"{{{TABLE}:count@{i}}}" for i, s in enumerate(stages) if s["kind"] == "won"]
    lost = [f"{{{TABLE}:count@{i}}}" for i, s in enumerate(stages) if s["kind"] == "lost"]
    if not won and not lost:
        return None
    won_sum = "+".join(won) or "0"
    closed = "+".join(won + lost)
    return f'IF(({closed})>0,({won_sum})/({closed}),"n/a")'


def _kpis(data: dict[str, Any]) -> KeyValues:
    currency, reasons = data["currency"], data["reasons"]
    weighted = data["weighted_pipeline"]
    return KeyValues((
        KeyValue("Win rate", data["win_rate"], ValueType.PERCENT, formula=_win_rate_formula(data["stages"]),
                 note=reasons.get("win_rate", "")),
        KeyValue("Average sales cycle (days)", data["avg_cycle_days"], ValueType.NUMBER,
                 note=reasons.get("cycle", "")),
        KeyValue("Median sales cycle (days)", data["median_cycle_days"], ValueType.NUMBER),
        KeyValue(f"Weighted pipeline ({currency})", None if weighted is None else D(weighted), ValueType.MONEY,
                 currency),
        KeyValue("Data completeness", data["data_completeness"], ValueType.PERCENT,
                 note=reasons.get("data_completeness", "")),
    ), title="Key figures")


def build(session: Session, request: ReportRequest) -> Report:
    """The funnel of the deals filed by close date in the period (team/rep as asked)."""
    data = funnel_report(session, request.metric_filter())
    stages = data["stages"]
    table = Table(
        TABLE, _columns(data["currency"]), _rows(stages), title="Funnel by stage",
        totals={"stage": total_label("Total"), "count": SUM, "amount": SUM},
        chart=BarChart("Deals reached per stage", "stage", ("reached",), "Deals"),
    )
    return Report("Sales funnel", request.resolved_period(), filter_lines(session, request), generated_now(),
                  (Sheet("Funnel", (table, _kpis(data))),))
