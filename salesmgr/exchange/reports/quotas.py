"""The quota attainment report: per rep and team, live SUM subtotals, attainment formulas, red/amber/green."""
from __future__ import annotations

from sqlalchemy.orm import Session

from salesmgr.exchange.reports.model import (
    SUM,
    CellValue,
    Column,
    Report,
    Sheet,
    Table,
    Thresholds,
    ValueType,
    total_formula,
    total_label,
)
from salesmgr.exchange.reports.request import ReportRequest, filter_lines, generated_now
from salesmgr.models.currency import base_currency
from salesmgr.models.metrics.attainment import AttainmentReport, quota_attainment

NO_QUOTA = "no quota"
NO_TEAM = "(no team)"
#: won / quota, never a division by zero
ATTAINMENT = f'IF({{quota}}>0,{{won}}/{{quota}},"{NO_QUOTA}")'
RED_BELOW, GREEN_FROM = 0.7, 1.0


def _columns(currency: str) -> tuple[Column, ...]:
    return (
        Column("team", "Team", width=14),
        Column("rep", "Rep", width=14),
        Column("quota", f"Quota ({currency})", ValueType.MONEY, currency),
        Column("won", f"Won ({currency})", ValueType.MONEY, currency),
        Column("won_count", "Won deals", ValueType.INTEGER),
        Column("attainment", "Attainment", ValueType.PERCENT, formula=ATTAINMENT),
    )


def _rows(report: AttainmentReport) -> list[tuple[CellValue, ...]]:
    rows: list[tuple[CellValue, ...]] = []
    for team in report.teams:
        for rep in team.reps:
            attainment = NO_QUOTA if rep.attainment is None else rep.attainment
            rows.append((team.name or NO_TEAM, rep.name, rep.quota, rep.won, rep.won_count, attainment))
    return rows


def build(session: Session, request: ReportRequest) -> Report:
    """Quota, won and attainment per rep, with team subtotals and a grand total, for the period."""
    period = request.resolved_period()
    currency = base_currency(session)
    report = quota_attainment(session, period, team_id=request.team_id, rep_id=request.rep_id)
    table = Table(
        "attainment", _columns(currency), _rows(report), title="Quota attainment by rep and team",
        totals={"team": total_label("Total"), "quota": SUM, "won": SUM, "won_count": SUM,
                "attainment": total_formula(ATTAINMENT)},
        group_by="team", thresholds=(Thresholds("attainment", RED_BELOW, GREEN_FROM),),
    )
    return Report("Quota attainment", period, filter_lines(session, request), generated_now(),
                  (Sheet("Quota attainment", (table,)),))
