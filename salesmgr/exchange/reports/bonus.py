"""The bonus report: the quarter's inputs as values, every score and payout as a live formula over them.

Sheets: a printable summary first (``bonus_summary``: one line per rep, each figure referring to the bonus
table), the bonus table (inputs, then scores capped with MIN and weighted with the plan's weights, the payout
rounded with ROUND to the cent, so the workbook recalculates to exactly the payouts salesmgr shows), the plan's
parameters as named cells (``{$w_sales}`` ...), and one statement sheet per rep whose won deals add up (SUM) to
the won input. A rep without a quota has blank formula cells and the problem in the last column. Each catalogue
KPI of the plan (``kpis``) is an input column (blank: no data) with its target a named cell (``{$target_<key>}``).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.bonus_summary import summary_table
from salesmgr.exchange.reports.model import (
    SUM,
    CellValue,
    Column,
    KeyValue,
    KeyValues,
    Report,
    Sheet,
    Table,
    total_label,
)
from salesmgr.exchange.reports.request import ReportRequest, filter_lines, generated_now, period_label
from salesmgr.i18n import translate
from salesmgr.models.bonus import BonusPlan, BonusSheet, RepBonus, bonus_sheet
from salesmgr.models.bonus.approval import adjustments
from salesmgr.models.bonus.kpis import PROCESS_KPIS, kpi_label
from salesmgr.models.bonus.statements import activities, csat_responses, explain, training, won_deals
from salesmgr.models.money import exponent
from salesmgr.models.org import Rep

MONEY, PERCENT, NUMBER, INTEGER = ColumnType.MONEY, ColumnType.PERCENT, ColumnType.NUMBER, ColumnType.INTEGER
ATTAINMENT = "{won}/{quota}"
SALES = ("IF({attainment}<{$threshold},0,MIN({$cap},IF({attainment}>1,1+({attainment}-1)*{$accelerator},"
         "{attainment})))")
CSAT = 'IF({csat_responses}>0,MIN({csat_avg}/{$csat_target},1),IF({$no_csat}="full",1,0))'
_CRM, _TRAINING = "MIN({crm_timeliness}/{$timeliness_target},1)", "MIN({training}/{$training_target},1)"
_REWEIGHT = 'IF({csat_responses}>0,{$w_%s},IF({$no_csat}="reweight",%s,{$w_%s}))'
W_SALES = _REWEIGHT % ("sales", "{$w_sales}/({$w_sales}+{$w_process})", "sales")
W_CSAT = _REWEIGHT % ("csat", "0", "csat")
W_PROCESS = _REWEIGHT % ("process", "{$w_process}/({$w_sales}+{$w_process})", "process")
PAYOUT = "MAX(0,{computed}+{adjustment})"


def kpi_column(key: str) -> str:
    return f"kpi_{key}"


def kpi_target_name(key: str) -> str:
    return f"target_{key}"


def process_formula(plan: BonusPlan) -> str:
    """The average of the available process KPIs, each MIN(actual/target,1): timeliness when an activity's delay
    is known, training when a session was required, a catalogue KPI when its cell holds a number (COUNT)."""
    parts = [("{activities_timed}>0", _CRM), ("{training_required}>0", _TRAINING)]
    parts += [(f"COUNT({{{kpi_column(key)}}})>0", f"MIN({{{kpi_column(key)}}}/{{${kpi_target_name(key)}}},1)")
              for key in plan.extra_kpis]
    scores = "+".join(f"IF({available},{score},0)" for available, score in parts)
    counted = "+".join(f"IF({available},1,0)" for available, _score in parts)
    return f"IF(({counted})>0,({scores})/({counted}),0)"


def _kpi_columns(plan: BonusPlan) -> tuple[Column, ...]:
    def column(key: str) -> Column:
        kpi = PROCESS_KPIS.get(key)
        if kpi is None or kpi.kind == "share":
            return Column(kpi_column(key), kpi_label(key), PERCENT)
        return Column(kpi_column(key), kpi_label(key), INTEGER)

    return tuple(column(key) for key in plan.extra_kpis)


def computed_formula(currency: str) -> str:
    return (f"ROUND({{target}}*({{w_sales}}*{{sales_score}}+{{w_csat}}*{{csat_score}}+{{w_process}}*"
            f"{{process_score}}),{exponent(currency)})")


def _columns(plan: BonusPlan) -> tuple[Column, ...]:
    currency = plan.currency

    def money(key: str, header: str, formula: str | None = None) -> Column:
        return Column(key, f"{header} ({currency})", MONEY, currency, formula=formula)

    return (
        Column("rep", translate("Reports", "Rep"), width=14),
        Column("team", translate("Reports", "Team")),
        Column("role", translate("Reports", "Role")),
        money("target", translate("Reports", "Target bonus")),
        money("quota", translate("Reports", "Quota")),
        money("won", translate("Reports", "Won")),
        Column("attainment", translate("Reports", "Attainment"), PERCENT, formula=ATTAINMENT),
        Column("sales_score", translate("Reports", "Sales score"), PERCENT, formula=SALES),
        Column("csat_responses", translate("Reports", "CSAT responses"), INTEGER),
        Column("csat_avg", translate("Reports", "CSAT average"), NUMBER, places=2),
        Column("csat_score", translate("Reports", "CSAT score"), PERCENT, formula=CSAT),
        Column("activities_timed", translate("Reports", "Activities"), INTEGER),
        Column("crm_timeliness", translate("Reports", "CRM timeliness"), PERCENT),
        Column("training_required", translate("Reports", "Required trainings"), INTEGER),
        Column("training", translate("Reports", "Training"), PERCENT),
        *_kpi_columns(plan),
        Column("process_score", translate("Reports", "Process score"), PERCENT, formula=process_formula(plan)),
        Column("w_sales", translate("Reports", "Sales weight"), PERCENT, formula=W_SALES),
        Column("w_csat", translate("Reports", "CSAT weight"), PERCENT, formula=W_CSAT),
        Column("w_process", translate("Reports", "Process weight"), PERCENT, formula=W_PROCESS),
        money("computed", translate("Reports", "Computed bonus"), computed_formula(currency)),
        money("adjustment", translate("Reports", "Adjustments")),
        money("payout", translate("Reports", "Payout"), PAYOUT),
        Column("problem", translate("Reports", "Problem"), width=20),
    )


def _kpi_actuals(rep: RepBonus, plan: BonusPlan) -> tuple[CellValue, ...]:
    """The rep's actual of each of the plan's catalogue KPIs, blank for no data."""
    actuals = dict(rep.extra_kpis)
    return tuple(actuals.get(key) for key in plan.extra_kpis)


def _row(rep: RepBonus, plan: BonusPlan) -> tuple[CellValue, ...]:
    """Inputs as values; formula columns get salesmgr's figure (None: the cell stays blank, for no quota)."""
    ok = not rep.problems
    ws, wc, wp = rep.weights

    def formula(value: CellValue) -> CellValue:
        return value if ok else None

    return (rep.rep, rep.team, rep.role, rep.target_bonus, rep.quota, rep.won, formula(rep.attainment),
            formula(rep.sales_score), rep.csat_responses, rep.csat_avg, formula(rep.csat_score or Decimal(0)),
            rep.activities_timed, rep.crm_timeliness, rep.training_required, rep.training,
            *_kpi_actuals(rep, plan), formula(rep.process_score), formula(ws), formula(wc), formula(wp),
            formula(rep.computed), rep.adjustment, formula(rep.payout), "; ".join(rep.problems) or None)


def bonus_table(sheet: BonusSheet, reps: list[RepBonus]) -> Table:
    return Table("bonus", _columns(sheet.plan), [_row(rep, sheet.plan) for rep in reps],
                 title=translate("Reports", "Bonuses {period}").format(period=sheet.period.key),
                 totals={"rep": total_label(translate("Reports", "Total")), "target": SUM, "won": SUM, "computed": SUM,
                         "adjustment": SUM, "payout": SUM})


def plan_values(plan: BonusPlan) -> KeyValues:
    """The plan's parameters as named cells; no threshold is written as 0 and no accelerator as 1 (the same
    scores)."""
    c = plan.currency
    items = [
        KeyValue(translate("Reports", "Sales weight"), plan.weight_sales, PERCENT, name="w_sales"),
        KeyValue(translate("Reports", "CSAT weight"), plan.weight_csat, PERCENT, name="w_csat"),
        KeyValue(translate("Reports", "Process weight"), plan.weight_process, PERCENT, name="w_process"),
        KeyValue(translate("Reports", "Sales threshold"), plan.sales_threshold or Decimal(0), PERCENT,
                 name="threshold", note="" if plan.sales_threshold is not None else translate("Reports", "none")),
        KeyValue(translate("Reports", "Accelerator above 100%"), plan.accelerator or Decimal(1), NUMBER,
                 name="accelerator", places=2,
                 note="" if plan.accelerator is not None else translate("Reports", "none")),
        KeyValue(translate("Reports", "Sales cap"), plan.cap, PERCENT, name="cap"),
        KeyValue(translate("Reports", "CSAT target"), plan.csat_target, NUMBER, name="csat_target", places=2),
        KeyValue(translate("Reports", "CSAT scale"), plan.csat_scale, INTEGER),
        KeyValue(translate("Reports", "No CSAT responses"), plan.no_csat, name="no_csat",
                 note=translate("Reports", "zero, full or reweight")),
        KeyValue(translate("Reports", "CRM timeliness target"), plan.timeliness_target, PERCENT,
                 name="timeliness_target"),
        KeyValue(translate("Reports", "Training target"), plan.training_target, PERCENT, name="training_target"),
        *_kpi_targets(plan),
        KeyValue(translate("Reports", "Default target bonus"), plan.default_target, MONEY, c),
        *(KeyValue(translate("Reports", "Target bonus: {role}").format(role=role), value, MONEY, c)
          for role, value in sorted(plan.role_targets.items())),
    ]
    title = translate("Reports", "Plan in force from {period}").format(period=plan.period.key)
    return KeyValues(tuple(items), title=title)


def _kpi_targets(plan: BonusPlan) -> tuple[KeyValue, ...]:
    def target(key: str, value: Decimal) -> KeyValue:
        header = translate("Reports", "{kpi} target").format(kpi=kpi_label(key))
        kpi = PROCESS_KPIS.get(key)
        if kpi is None or kpi.kind == "share":
            return KeyValue(header, value, PERCENT, name=kpi_target_name(key))
        return KeyValue(header, value, NUMBER, name=kpi_target_name(key), places=0)

    return tuple(target(key, value) for key, value in plan.extra_kpis.items())


def _rep_overrides(session: Session, plan: BonusPlan) -> Table:
    names = {key: name for key, name in session.execute(select(Rep.id, Rep.name).where(Rep.id.in_(plan.rep_targets)))}
    rows = [(names.get(rep_id, str(rep_id)), value) for rep_id, value in sorted(plan.rep_targets.items())]
    return Table("overrides", (Column("rep", translate("Reports", "Rep"), width=14),
                               Column("target", translate("Reports", "Target bonus"), MONEY, plan.currency)), rows,
                 title=translate("Reports", "Per-rep target bonus"))


def statement_sheet(session: Session, sheet: BonusSheet, rep: RepBonus, index: int) -> Sheet:
    """One rep's explanation and the records behind it; the won deals' SUM equals the won input."""
    start, end = sheet.period.bounds
    lines = KeyValues(tuple(KeyValue(line.label, line.value, note=line.detail)
                            for line in explain(rep, sheet.plan, sheet.period)), title=rep.rep)
    tables = (_deals(session, sheet.currency, rep, index, start, end), _csat(session, rep, index, start, end),
              _training(session, rep, index, start, end), _activities(session, rep, index, start, end),
              _adjustments(session, sheet, rep, index))
    return Sheet(rep.rep, (lines, *tables))


def _amount(currency: str) -> str:
    return translate("Reports", "Amount ({currency})").format(currency=currency)


def _deals(session: Session, currency: str, rep: RepBonus, index: int, start: date, end: date) -> Table:
    columns = (Column("id", "ID", INTEGER), Column("name", translate("Reports", "Opportunity"), width=20),
               Column("account", translate("Reports", "Account")),
               Column("closed", translate("Reports", "Closed"), ColumnType.DATE),
               Column("amount", _amount(currency), MONEY, currency))
    rows: list[tuple[CellValue, ...]] = [tuple(deal) for deal in won_deals(session, rep.rep_id, start, end)]
    return Table(f"deals_{index}", columns, rows, title=translate("Reports", "Won deals"),
                 totals={"name": total_label(translate("Reports", "Total")), "amount": SUM})


def _csat(session: Session, rep: RepBonus, index: int, start: date, end: date) -> Table:
    columns = (Column("account", translate("Reports", "Account"), width=20),
               Column("date", translate("Reports", "Responded on"), ColumnType.DATE),
               Column("score", translate("Reports", "Score"), NUMBER, places=2))
    rows: list[tuple[CellValue, ...]] = [tuple(row) for row in csat_responses(session, rep.rep_id, start, end)]
    return Table(f"csat_{index}", columns, rows, title=translate("Reports", "CSAT responses"))


def _training(session: Session, rep: RepBonus, index: int, start: date, end: date) -> Table:
    columns = (Column("session", translate("Reports", "Session"), width=20),
               Column("date", translate("Reports", "Date"), ColumnType.DATE),
               Column("attended", translate("Reports", "Attended"), INTEGER))
    rows = [(name, day, int(attended)) for name, day, attended in training(session, rep.rep_id, start, end)]
    return Table(f"training_{index}", columns, rows, title=translate("Reports", "Training"))


def _activities(session: Session, rep: RepBonus, index: int, start: date, end: date) -> Table:
    columns = (Column("kind", translate("Reports", "Activity")), Column("occurred", translate("Reports", "Happened")),
               Column("logged", translate("Reports", "Logged")),
               Column("on_time", translate("Reports", "Within 24 h"), INTEGER))
    rows = [(kind, f"{occurred:%Y-%m-%d %H:%M}", f"{logged:%Y-%m-%d %H:%M}" if logged else None, int(ok))
            for _id, kind, occurred, logged, ok in activities(session, rep.rep_id, start, end)]
    return Table(f"activities_{index}", columns, rows, title=translate("Reports", "Activities"))


def _adjustments(session: Session, sheet: BonusSheet, rep: RepBonus, index: int) -> Table:
    columns = (Column("amount", _amount(sheet.currency), MONEY, sheet.currency),
               Column("reason", translate("Reports", "Reason"), width=24), Column("by", translate("Reports", "By")))
    rows = [(a.amount, a.reason, a.made_by) for a in adjustments(session, sheet.period, rep.rep_id)]
    return Table(f"adjustments_{index}", columns, rows, title=translate("Reports", "Adjustments"))


def _selected(session: Session, sheet: BonusSheet, request: ReportRequest) -> list[RepBonus]:
    reps = sheet.reps
    if request.team_id is not None:
        team_reps = set(session.scalars(select(Rep.id).where(Rep.team_id == request.team_id)))
        reps = [rep for rep in reps if rep.rep_id in team_reps]
    if request.rep_id is not None:
        reps = [rep for rep in reps if rep.rep_id == request.rep_id]
    return reps


def build(session: Session, request: ReportRequest) -> Report:
    """A printable summary, the quarter's full bonus table with live formulas, the plan, and a statement sheet
    per rep."""
    sheet = bonus_sheet(session, request.period)
    reps = _selected(session, sheet, request)
    plan_blocks: tuple[KeyValues | Table, ...] = (plan_values(sheet.plan),)
    if sheet.plan.rep_targets:
        plan_blocks += (_rep_overrides(session, sheet.plan),)
    filters = filter_lines(session, request)
    if sheet.approved:
        filters += (translate("Reports", "Approved by {who} on {when} (frozen figures)").format(
            who=sheet.approved_by or "", when=f"{sheet.approved_at:%Y-%m-%d}" if sheet.approved_at else ""),)
    sheets = (Sheet(translate("Reports", "Summary"), (summary_table(sheet, reps),)),
              Sheet(translate("Reports", "Bonuses"), (bonus_table(sheet, reps),)),
              Sheet(translate("Reports", "Plan"), plan_blocks),
              *(statement_sheet(session, sheet, rep, index) for index, rep in enumerate(reps)))
    return Report(translate("Reports", "Quarterly bonuses"), period_label(sheet.period), filters, generated_now(),
                  sheets)
