"""The dashboard summary: the KPI tiles (attainment as a live formula) and the rep ranking."""
from __future__ import annotations

from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import (
    SUM,
    BarChart,
    Column,
    KeyValue,
    KeyValues,
    Report,
    Sheet,
    Table,
    Thresholds,
    total_formula,
    total_label,
)
from salesmgr.exchange.reports.quotas import GREEN_FROM, RED_BELOW, attainment_formula, no_quota
from salesmgr.exchange.reports.request import ReportRequest, filter_lines, generated_now, unconverted_lines
from salesmgr.i18n import translate
from salesmgr.models.currency import base_currency
from salesmgr.models.metrics.conversion import lenient_rates
from salesmgr.models.metrics.ranking import rep_ranking
from salesmgr.models.metrics.summary import DashboardTiles, dashboard_tiles, reason_text

WON, QUOTA = "dashboard_won", "dashboard_quota"


def _tile_attainment() -> str:
    return f'IF({{${QUOTA}}}>0,{{${WON}}}/{{${QUOTA}}},"{no_quota()}")'


def _tiles(tiles: DashboardTiles, currency: str) -> KeyValues:
    won, kpis = tiles.won, tiles.kpis
    reasons = kpis.reasons
    won_label = translate("Reports", "Won ({currency})").format(currency=currency)
    quota_label = translate("Reports", "Quota ({currency})").format(currency=currency)
    weighted_label = translate("Reports", "Weighted pipeline ({currency})").format(currency=currency)
    return KeyValues((
        KeyValue(won_label, won.amount, ColumnType.MONEY, currency, name=WON),
        KeyValue(quota_label, won.quota, ColumnType.MONEY, currency, name=QUOTA, note=reason_text(won.reason)),
        KeyValue(translate("Reports", "Attainment"), won.attainment, ColumnType.PERCENT,
                 formula=_tile_attainment()),
        KeyValue(translate("Reports", "Win rate"), kpis.win_rate, ColumnType.PERCENT,
                 note=reason_text(reasons.get("win_rate"))),
        KeyValue(translate("Reports", "Average sales cycle (days)"), kpis.avg_cycle_days, ColumnType.NUMBER,
                 note=reason_text(reasons.get("cycle"))),
        KeyValue(weighted_label, kpis.weighted_pipeline, ColumnType.MONEY, currency),
        KeyValue(translate("Reports", "Data completeness"), kpis.data_completeness, ColumnType.PERCENT,
                 note=reason_text(reasons.get("data_completeness"))),
        KeyValue(translate("Reports", "Stalled deals"), tiles.stalled_deals, ColumnType.INTEGER),
    ), title=translate("Reports", "Key figures"))


def _ranking(session: Session, request: ReportRequest, currency: str) -> Table:
    ranks = [r for r in rep_ranking(session, request.period, request.team_id)
             if request.rep_id is None or r.rep_id == request.rep_id]
    rows = [(place, r.name, r.team, r.won_amount, r.won_count, r.quota,
             no_quota() if r.attainment is None else r.attainment) for place, r in enumerate(ranks, start=1)]
    columns = (
        Column("rank", translate("Reports", "Rank"), ColumnType.INTEGER),
        Column("rep", translate("Reports", "Rep"), width=14),
        Column("team", translate("Reports", "Team")),
        Column("won", translate("Reports", "Won ({currency})").format(currency=currency), ColumnType.MONEY,
               currency),
        Column("won_count", translate("Reports", "Won deals"), ColumnType.INTEGER),
        Column("quota", translate("Reports", "Quota ({currency})").format(currency=currency), ColumnType.MONEY,
               currency),
        Column("attainment", translate("Reports", "Attainment"), ColumnType.PERCENT, formula=attainment_formula()),
    )
    return Table("ranking", columns, rows, title=translate("Reports", "Rep ranking"),
                 totals={"rep": total_label(translate("Reports", "Total")), "won": SUM, "won_count": SUM, "quota": SUM,
                         "attainment": total_formula(attainment_formula())},
                 thresholds=(Thresholds("attainment", RED_BELOW, GREEN_FROM),),
                 chart=BarChart(translate("Reports", "Won per rep"), "rep", ("won",), currency))


def build(session: Session, request: ReportRequest) -> Report:
    """The dashboard's KPI tiles for the period and the reps ranked by won amount; amounts without a rate are
    left out, as the heading says."""
    tiles = dashboard_tiles(session, request.period, team_id=request.team_id, rep_id=request.rep_id,
                            today=request.today)
    currency = base_currency(session)
    with lenient_rates():
        ranking = _ranking(session, request, currency)
    sheets = (Sheet(translate("Reports", "Dashboard"), (_tiles(tiles, currency),)),
              Sheet(translate("Reports", "Rep ranking"), (ranking,)))
    return Report(translate("Reports", "Sales dashboard"), request.period_text(),
                  (*filter_lines(session, request), *unconverted_lines(tiles.unconverted)), generated_now(), sheets)
