"""The dashboard summary: the KPI tiles (attainment as a live formula) and the rep ranking."""
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
    Thresholds,
    ValueType,
    total_formula,
    total_label,
)
from salesmgr.exchange.reports.quotas import ATTAINMENT, GREEN_FROM, NO_QUOTA, RED_BELOW
from salesmgr.exchange.reports.request import ReportRequest, filter_lines, generated_now
from salesmgr.models.currency import base_currency
from salesmgr.models.metrics.ranking import rep_ranking
from salesmgr.models.metrics.summary import dashboard_tiles
from salesmgr.models.money import D

WON, QUOTA = "dashboard_won", "dashboard_quota"
TILE_ATTAINMENT = f'IF({{${QUOTA}}}>0,{{${WON}}}/{{${QUOTA}}},"{NO_QUOTA}")'


def _money(text: str | None) -> CellValue:
    return None if text is None else D(text)


def _tiles(tiles: dict[str, Any], currency: str) -> KeyValues:
    won, reasons = tiles["won"], tiles["reasons"]
    return KeyValues((
        KeyValue(f"Won ({currency})", _money(won["amount"]), ValueType.MONEY, currency, name=WON),
        KeyValue(f"Quota ({currency})", _money(won["quota"]), ValueType.MONEY, currency, name=QUOTA,
                 note=won.get("reason", "")),
        KeyValue("Attainment", won["attainment"], ValueType.PERCENT, formula=TILE_ATTAINMENT),
        KeyValue("Win rate", tiles["win_rate"], ValueType.PERCENT, note=reasons.get("win_rate", "")),
        KeyValue("Average sales cycle (days)", tiles["avg_cycle_days"], ValueType.NUMBER,
                 note=reasons.get("cycle", "")),
        KeyValue(f"Weighted pipeline ({currency})", _money(tiles["weighted_pipeline"]), ValueType.MONEY, currency),
        KeyValue("Data completeness", tiles["data_completeness"], ValueType.PERCENT,
                 note=reasons.get("data_completeness", "")),
        KeyValue("Stalled deals", tiles["stalled_deals"], ValueType.INTEGER),
    ), title="Key figures")


def _ranking(session: Session, request: ReportRequest, period: str, currency: str) -> Table:
    ranks = [r for r in rep_ranking(session, period, request.team_id)
             if request.rep_id is None or r.rep_id == request.rep_id]
    rows = [(place, r.name, r.team, r.won_amount, r.won_count, r.quota,
             NO_QUOTA if r.attainment is None else r.attainment) for place, r in enumerate(ranks, start=1)]
    columns = (
        Column("rank", "Rank", ValueType.INTEGER),
        Column("rep", "Rep", width=14),
        Column("team", "Team"),
        Column("won", f"Won ({currency})", ValueType.MONEY, currency),
        Column("won_count", "Won deals", ValueType.INTEGER),
        Column("quota", f"Quota ({currency})", ValueType.MONEY, currency),
        Column("attainment", "Attainment", ValueType.PERCENT, formula=ATTAINMENT),
    )
    return Table("ranking", columns, rows, title="Rep ranking",
                 totals={"rep": total_label("Total"), "won": SUM, "won_count": SUM, "quota": SUM,
                         "attainment": total_formula(ATTAINMENT)},
                 thresholds=(Thresholds("attainment", RED_BELOW, GREEN_FROM),),
                 chart=BarChart("Won per rep", "rep", ("won",), currency))


def build(session: Session, request: ReportRequest) -> Report:
    """The dashboard's KPI tiles for the period and the reps ranked by won amount."""
    period = request.resolved_period()
    tiles = dashboard_tiles(session, period, team_id=request.team_id, rep_id=request.rep_id, today=request.today)
    currency = base_currency(session)
    sheets = (Sheet("Dashboard", (_tiles(tiles, currency),)),
              Sheet("Rep ranking", (_ranking(session, request, period, currency),)))
    return Report("Sales dashboard", period, filter_lines(session, request), generated_now(), sheets)
