"""A rep's bonus statement: each figure explained in plain lines, and the records that produced it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.i18n import translate
from salesmgr.models.bonus.approval import Adjustment, adjustments
from salesmgr.models.bonus.compute import RepBonus
from salesmgr.models.bonus.entities import CsatResponse, TrainingAttendance, TrainingSession, score_from_centi
from salesmgr.models.bonus.inputs import csat_owner, won_stage_ids
from salesmgr.models.bonus.kpis import format_actual, kpi_label
from salesmgr.models.bonus.plans import BonusPlan
from salesmgr.models.bonus.sheet import bonus_sheet
from salesmgr.models.crm import Account, Activity, Opportunity
from salesmgr.models.errors import NotFoundError
from salesmgr.models.metrics.completeness import ON_TIME
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.periods import Period


@dataclass(frozen=True)
class StatementLine:
    label: str
    value: str
    detail: str


@dataclass(frozen=True)
class RepStatement:
    bonus: RepBonus
    explanation: list[StatementLine]
    won_deals: list[tuple[int, str, str | None, date, Decimal]]  # id, name, account, closed, base amount
    activities: list[tuple[int, str, datetime, datetime | None, bool]]  # id, kind, occurred, logged, on time
    csat: list[tuple[str, date, Decimal]]  # account, responded on, score
    training: list[tuple[str, date, bool]]  # session, date, attended
    adjustments: list[Adjustment]


def rep_statement(session: Session, period: Period, rep_id: int) -> RepStatement:
    """The rep's line of ``bonus_sheet(period)`` (the frozen one when approved), explained, with its records."""
    sheet = bonus_sheet(session, period)
    bonus = next((rep for rep in sheet.reps if rep.rep_id == rep_id), None)
    if bonus is None:
        raise NotFoundError("no bonus line for rep {id} in {period}", id=rep_id, period=sheet.period.key)
    start, end = sheet.period.bounds
    return RepStatement(bonus, explain(bonus, sheet.plan, sheet.period), won_deals(session, rep_id, start, end),
                        activities(session, rep_id, start, end), csat_responses(session, rep_id, start, end),
                        training(session, rep_id, start, end), adjustments(session, sheet.period, rep_id))


def _pct(value: Decimal | None) -> str:
    return translate("Bonus", "no data") if value is None else f"{value * 100:.2f}%"


def _money(value: Decimal | None, currency: str) -> str:
    return translate("Bonus", "none") if value is None else f"{value:,.2f} {currency}"


def explain(bonus: RepBonus, plan: BonusPlan, period: Period) -> list[StatementLine]:
    """Each figure of the rep's bonus with how it was computed, in the user's language."""
    c = plan.currency
    ws, wc, wp = bonus.weights
    csat_avg = translate("Bonus", "no data") if bonus.csat_avg is None else f"{bonus.csat_avg:.2f}"
    lines = [
        StatementLine(translate("Bonus", "Target bonus"), _money(bonus.target_bonus, c),
                      translate("Bonus", "the rep's own, role or default target")),
        StatementLine(translate("Bonus", "Won revenue"), _money(bonus.won, c),
                      translate("Bonus", "won deals closed in {period}, in {currency}").format(period=period,
                                                                                             currency=c)),
        StatementLine(translate("Bonus", "Quota"), _money(bonus.quota, c),
                      translate("Bonus", "the rep's quota for {period}").format(period=period)),
        StatementLine(translate("Bonus", "Attainment"), _pct(bonus.attainment),
                      translate("Bonus", "won revenue / quota")),
        StatementLine(translate("Bonus", "Sales score"), _pct(bonus.sales_score), _sales_rule(plan)),
        StatementLine(translate("Bonus", "CSAT average"), csat_avg,
                      translate("Bonus", "{n} responses on the rep's accounts").format(n=bonus.csat_responses)),
        StatementLine(translate("Bonus", "CSAT score"), _pct(bonus.csat_score), _csat_rule(plan, bonus)),
        StatementLine(translate("Bonus", "CRM timeliness"), _pct(bonus.crm_timeliness),
                      translate("Bonus", "share of {n} activities logged within 24 h").format(
                          n=bonus.activities_timed)),
        StatementLine(translate("Bonus", "Training"), _pct(bonus.training),
                      translate("Bonus", "attended of {n} required sessions").format(n=bonus.training_required)),
        *_extra_kpi_lines(bonus, plan),
        StatementLine(translate("Bonus", "Process score"), _pct(bonus.process_score),
                      translate("Bonus", "average of the available process KPIs, each actual / target, at most "
                                         "100%")),
        StatementLine(translate("Bonus", "Weights"), f"{ws:.4f} / {wc:.4f} / {wp:.4f}",
                      translate("Bonus", "sales / CSAT / process")),
        StatementLine(translate("Bonus", "Computed bonus"), _money(bonus.computed, c),
                      translate("Bonus", "target x (sales weight x sales + CSAT weight x CSAT + process weight x "
                                         "process), rounded half-up to the cent")),
        StatementLine(translate("Bonus", "Adjustments"), _money(bonus.adjustment, c),
                      translate("Bonus", "manual adjustments, each with its reason")),
        StatementLine(translate("Bonus", "Payout"), _money(bonus.payout, c),
                      translate("Bonus", "computed + adjustments, never below 0")),
    ]
    lines += [StatementLine(translate("Bonus", "Problem"), problem,
                            translate("Bonus", "no payout is computed until this is fixed"))
              for problem in bonus.problems]
    return lines


def _extra_kpi_lines(bonus: RepBonus, plan: BonusPlan) -> list[StatementLine]:
    """One line per catalogue KPI of the plan: its actual and how it is scored."""
    lines = []
    for key, actual in bonus.extra_kpis:
        target = plan.extra_kpis.get(key)
        if actual is None or target is None:
            detail = translate("Bonus", "no data: left out of the process score")
        else:
            detail = translate("Bonus", "actual / target {target}, at most 100%").format(
                target=format_actual(key, target))
        lines.append(StatementLine(kpi_label(key), format_actual(key, actual), detail))
    return lines


def _sales_rule(plan: BonusPlan) -> str:
    parts = []
    if plan.sales_threshold is not None:
        parts.append(translate("Bonus", "0 below {threshold}").format(threshold=_pct(plan.sales_threshold)))
    if plan.accelerator is not None:
        parts.append(translate("Bonus", "above 100% each point counts {factor}x").format(factor=plan.accelerator))
    parts.append(translate("Bonus", "at most {cap}").format(cap=_pct(plan.cap)))
    return translate("Bonus", "attainment; {rules}").format(rules=", ".join(parts))


def _csat_rule(plan: BonusPlan, bonus: RepBonus) -> str:
    if bonus.csat_score is not None:
        return translate("Bonus", "average / target {target}, at most 100%").format(target=plan.csat_target)
    rules = {"zero": translate("Bonus", "no responses: scored 0"),
             "full": translate("Bonus", "no responses: scored 100%"),
             "reweight": translate("Bonus", "no responses: CSAT weight moved to sales and process")}
    return rules[plan.no_csat]


def _day_range(start: date, end: date) -> tuple[datetime, datetime]:
    return datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)


def won_deals(session: Session, rep_id: int, start: date, end: date
              ) -> list[tuple[int, str, str | None, date, Decimal]]:
    convert = Converter.load(session)
    rows = session.execute(
        select(Opportunity.id, Opportunity.name, Account.name, Opportunity.closed_date, Opportunity.amount_minor,
               Opportunity.currency)
        .outerjoin(Account, Account.id == Opportunity.account_id)
        .where(Opportunity.owner_id == rep_id, Opportunity.stage_id.in_(won_stage_ids(session)),
               Opportunity.closed_date.between(start, end))
        .order_by(Opportunity.closed_date, Opportunity.id))
    return [(deal_id, name, account, closed, convert.minor_to_base(minor, currency))
            for deal_id, name, account, closed, minor, currency in rows]


def activities(session: Session, rep_id: int, start: date, end: date
               ) -> list[tuple[int, str, datetime, datetime | None, bool]]:
    first, after = _day_range(start, end)
    rows = session.execute(select(Activity.id, Activity.kind, Activity.occurred_at, Activity.logged_at)
                           .where(Activity.rep_id == rep_id, Activity.occurred_at >= first,
                                  Activity.occurred_at < after).order_by(Activity.occurred_at, Activity.id))
    return [(key, kind, occurred, logged, logged is not None and logged - occurred <= ON_TIME)
            for key, kind, occurred, logged in rows]


def csat_responses(session: Session, rep_id: int, start: date, end: date) -> list[tuple[str, date, Decimal]]:
    rows = session.execute(
        select(Account.name, CsatResponse.responded_on, CsatResponse.score_centi)
        .outerjoin(Account, Account.id == CsatResponse.account_id)
        .where(CsatResponse.responded_on.between(start, end), csat_owner() == rep_id)
        .order_by(CsatResponse.responded_on, CsatResponse.id))
    return [(account or "", day, score_from_centi(score)) for account, day, score in rows]


def training(session: Session, rep_id: int, start: date, end: date) -> list[tuple[str, date, bool]]:
    rows = session.execute(
        select(TrainingSession.name, TrainingSession.held_on, TrainingAttendance.attended)
        .join(TrainingAttendance, TrainingAttendance.session_id == TrainingSession.id)
        .where(TrainingAttendance.rep_id == rep_id, TrainingSession.held_on.between(start, end))
        .order_by(TrainingSession.held_on, TrainingSession.id))
    return [(name, day, bool(attended)) for name, day, attended in rows]
