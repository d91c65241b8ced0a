"""The quota attainment report: per rep and team, live SUM subtotals, attainment formulas, red/amber/green."""
from __future__ import annotations

from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import (
    SUM,
    CellValue,
    Column,
    Report,
    Sheet,
    Table,
    Thresholds,
    total_formula,
    total_label,
)
from salesmgr.exchange.reports.request import ReportRequest, filter_lines, generated_now
from salesmgr.i18n import translate
from salesmgr.models.currency import base_currency
from salesmgr.models.metrics.attainment import AttainmentReport, quota_attainment

RED_BELOW, GREEN_FROM = 0.7, 1.0


def no_quota() -> str:
    return translate("Reports", "no quota")


def attainment_formula() -> str:
    """won / quota, never a division by zero."""
    return f'IF({{quota}}>0,{{won}}/{{quota}},"{no_quota()}")'


def _columns(currency: str) -> tuple[Column, ...]:
    money = translate("Reports", "Quota ({currency})").format(currency=currency)
    won = translate("Reports", "Won ({currency})").format(currency=currency)
    return (
        Column("team", translate("Reports", "Team"), width=14),
        Column("rep", translate("Reports", "Rep"), width=14),
        Column("quota", money, ColumnType.MONEY, currency),
        Column("won", won, ColumnType.MONEY, currency),
        Column("won_count", translate("Reports", "Won deals"), ColumnType.INTEGER),
        Column("attainment", translate("Reports", "Attainment"), ColumnType.PERCENT, formula=attainment_formula()),
    )


def _rows(report: AttainmentReport) -> list[tuple[CellValue, ...]]:
    rows: list[tuple[CellValue, ...]] = []
    for team in report.teams:
        for rep in team.reps:
            attainment = no_quota() if rep.attainment is None else rep.attainment
            team_name = team.name or translate("Reports", "(no team)")
            rows.append((team_name, rep.name, rep.quota, rep.won, rep.won_count, attainment))
    return rows


def build(session: Session, request: ReportRequest) -> Report:
    """Quota, won and attainment per rep, with team subtotals and a grand total, for the period."""
    period = request.period
    currency = base_currency(session)
    report = quota_attainment(session, period, team_id=request.team_id, rep_id=request.rep_id)
    title = translate("Reports", "Quota attainment by rep and team")
    table = Table(
        "attainment", _columns(currency), _rows(report), title=title,
        totals={"team": total_label(translate("Reports", "Total")), "quota": SUM, "won": SUM, "won_count": SUM,
                "attainment": total_formula(attainment_formula())},
        group_by="team", thresholds=(Thresholds("attainment", RED_BELOW, GREEN_FROM),),
    )
    return Report(translate("Reports", "Quota attainment"), request.period_text(), filter_lines(session, request),
                  generated_now(),
                  (Sheet(translate("Reports", "Quota attainment"), (table,)),))
