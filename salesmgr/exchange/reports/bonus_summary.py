"""The bonus report's printable first sheet: one line per rep with the figures a reader looks for (rep, team,
target bonus, attainment, the three scores under their plan weights, payout), each figure a live reference to
the same rep's row of the full bonus table behind it, so the summary can never disagree with the detail."""
from __future__ import annotations

from decimal import Decimal

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import SUM, CellValue, Column, Table, total_label
from salesmgr.i18n import translate
from salesmgr.models.bonus import BonusSheet, RepBonus

SUMMARY_KEY = "summary"
DETAIL_KEY = "bonus"  # the key of the full table (bonus.bonus_table) the summary refers to
FIGURES = ("target", "attainment", "sales_score", "csat_score", "process_score", "payout")


def _weighted(header: str, weight: Decimal) -> str:
    return translate("Reports", "{score} ({weight} weight)").format(score=header, weight=f"{weight * 100:.0f}%")


def summary_columns(sheet: BonusSheet) -> tuple[Column, ...]:
    """Rep, team, then each of FIGURES as ``={bonus:<key>@row}`` (the detail table's cell of the same rep)."""
    plan, currency = sheet.plan, sheet.currency

    def ref(key: str, header: str, kind: ColumnType, width: int | None = None, formula: str | None = None) -> Column:
        return Column(key, header, kind, currency if kind is ColumnType.MONEY else None,
                      formula=formula or _cell(key), width=width)

    money, percent = ColumnType.MONEY, ColumnType.PERCENT
    return (
        Column("rep", translate("Reports", "Rep"), width=16),
        Column("team", translate("Reports", "Team"), width=16),
        ref("target", f"{translate('Reports', 'Target bonus')} ({currency})", money, 14),
        ref("attainment", translate("Reports", "Attainment"), percent, 12),
        ref("sales_score", _weighted(translate("Reports", "Sales score"), plan.weight_sales), percent, 14),
        ref("csat_score", _weighted(translate("Reports", "CSAT score"), plan.weight_csat), percent, 14,
            _csat_formula()),
        ref("process_score", _weighted(translate("Reports", "Process score"), plan.weight_process), percent, 14),
        ref("payout", f"{translate('Reports', 'Payout')} ({currency})", money, 14),
    )


def _cell(key: str) -> str:
    """The detail table's cell of ``key`` on the same rep's row."""
    return f"{{{DETAIL_KEY}:{key}@row}}"


def _csat_formula() -> str:
    """The CSAT score, or "no data" when the rep had no survey responses and the plan moved the CSAT weight to
    the other scores (the detail shows 0 % there, with a CSAT weight of 0: printed alone, 0 % would mislead)."""
    no_data = translate("Reports", "no data").replace('"', "'")
    return (f'IF({_cell("csat_responses")}>0,{_cell("csat_score")},'
            f'IF({_cell("w_csat")}=0,"{no_data}",{_cell("csat_score")}))')


def _row(rep: RepBonus) -> tuple[CellValue, ...]:
    """salesmgr's figures, for reference; None (no quota: a problem) leaves the cell blank, as in the detail."""
    ok = not rep.problems
    scores = (rep.attainment, rep.sales_score, rep.csat_score or Decimal(0), rep.process_score, rep.payout)
    return (rep.rep, rep.team, rep.target_bonus, *(value if ok else None for value in scores))


def summary_table(sheet: BonusSheet, reps: list[RepBonus]) -> Table:
    """The summary over ``reps``, which must be the detail table's rows in the same order."""
    return Table(SUMMARY_KEY, summary_columns(sheet), [_row(rep) for rep in reps],
                 title=translate("Reports", "Bonus summary {period}").format(period=sheet.period.key),
                 totals={"rep": total_label(translate("Reports", "Total")), "target": SUM, "payout": SUM})


__all__ = ["FIGURES", "SUMMARY_KEY", "summary_table"]
