"""Ramp metrics (no Qt): how fast new hires get going, per new hire, per hiring cohort and per mentor.

Definitions (today from ``clock``; amounts in the base currency):

* A *new hire* is a rep with a hire date in the 365 days up to today, or with an onboarding plan (hired on the
  plan's start when the rep has no hire date).
* ``days_to_first_activity`` / ``_opportunity`` / ``_deal``: the first date of ``first_activity``,
  ``first_opportunity`` and ``first_deal_won`` (``criteria.first_dates``) minus the hire date, in days; None
  while the data does not show it.
* ``won_90``: the won revenue of the deals the new hire closed in days 1-90 after hire (day 1 = the hire date);
  ``observed_days`` says how many of the 90 days have passed (fewer while the rep is still in them).
* A *ramped rep* is an active rep hired at least 180 days before the 360 days up to today began (or without a
  hire date) who is not a new hire. ``ramped_90`` = their won revenue over those 360 days / their number / 4: a
  ramped rep's won revenue in 90 days. ``vs_ramped`` = won_90 / ramped_90 (None without ramped reps or revenue).
* ``on_time``: the share of the rep's plan's tasks done on or before their due date (None without a plan).
* A *cohort* is the fiscal quarter of the hire date; cohorts and mentors (the plan's, else the rep's) average
  their members' figures over the members that have them (``count`` is the members; ``with_first_deal`` how
  many have won a deal).
* The *ramp curve* of a new hire: (days since hire, cumulative won revenue) at each won deal in the first 180
  days, starting at (0, 0); the ramped reference is the straight line of ``ramped_90`` per 90 days.
"""
from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.crm import Opportunity
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.money import quantize
from salesmgr.models.onboarding.criteria import first_dates
from salesmgr.models.onboarding.entities import OnboardingPlan, PlanTask
from salesmgr.models.org import Rep
from salesmgr.models.periods import Period
from salesmgr.models.pipeline.entities import StageDefinition
from salesmgr.models.settings import fiscal_start

NEW_HIRE_DAYS = 365
RAMP_DAYS = 90
CURVE_DAYS = 180
RAMPED_AFTER_DAYS = 180
RAMPED_WINDOW_DAYS = 360
ZERO = Decimal(0)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class RampRow:
    rep_id: int
    rep: str
    hire_date: date
    cohort: str
    mentor: str | None
    days_to_first_activity: int | None
    days_to_first_opportunity: int | None
    days_to_first_deal: int | None
    won_90: Decimal
    observed_days: int
    vs_ramped: float | None
    on_time: float | None


@dataclass(frozen=True)
class RampGroup:
    """A cohort or a mentor's new hires: averages over the members that have the figure."""

    key: str
    count: int
    with_first_deal: int
    days_to_first_deal: float | None
    won_90: Decimal
    vs_ramped: float | None
    on_time: float | None


@dataclass(frozen=True)
class RampReport:
    today: date
    ramped_reps: int
    ramped_90: Decimal | None
    hires: tuple[RampRow, ...]
    cohorts: tuple[RampGroup, ...]
    mentors: tuple[RampGroup, ...]


@dataclass(frozen=True)
class RampCurve:
    rep_id: int
    rep: str
    points: tuple[tuple[int, Decimal], ...]


def ramp_report(session: Session, today: date | None = None) -> RampReport:
    """The ramp metrics of every new hire, cohort and mentor (see the module)."""
    day = today or clock.today()
    hires = _new_hires(session, day)
    ramped_count, ramped_90 = _ramped(session, day, {rep.id for rep, _, _ in hires})
    firsts = first_dates(session, [rep.id for rep, _, _ in hires])
    won = _won_deals(session, [rep.id for rep, _, _ in hires])
    start = fiscal_start(session)
    rows = []
    for rep, hired, plan in hires:
        won_90 = sum((amount for closed, amount in won.get(rep.id, []) if 0 <= (closed - hired).days < RAMP_DAYS),
                     ZERO)
        first = firsts[rep.id]
        rows.append(RampRow(
            rep.id, rep.name, hired, Period.quarter_of(hired, start).key, _mentor_name(session, rep, plan),
            _days(hired, first.get("first_activity")), _days(hired, first.get("first_opportunity")),
            _days(hired, first.get("first_deal_won")), won_90, max(0, min((day - hired).days + 1, RAMP_DAYS)),
            round(float(won_90 / ramped_90), 4) if ramped_90 else None, _on_time(session, plan)))
    rows.sort(key=lambda r: (r.hire_date, r.rep), reverse=True)
    return RampReport(day, ramped_count, ramped_90, tuple(rows), _groups(rows, lambda r: r.cohort),
                      _groups([r for r in rows if r.mentor], lambda r: r.mentor or ""))


def days_to_first_deal(session: Session, today: date | None = None) -> dict[int, int | None]:
    """Each new hire's ``days_to_first_deal`` (see the module), without the rest of the report: no ramped
    reps' revenue is read."""
    hires = _new_hires(session, today or clock.today())
    firsts = first_dates(session, [rep.id for rep, _, _ in hires])
    return {rep.id: _days(hired, firsts[rep.id].get("first_deal_won")) for rep, hired, _ in hires}


def ramp_curves(session: Session, rep_ids: Iterable[int] | None = None,
                today: date | None = None) -> list[RampCurve]:
    """The ramp curve of each new hire (or of the reps given among them), see the module."""
    day = today or clock.today()
    hires = [(rep, hired) for rep, hired, _ in _new_hires(session, day)
             if rep_ids is None or rep.id in set(rep_ids)]
    won = _won_deals(session, [rep.id for rep, _ in hires])
    curves = []
    for rep, hired in hires:
        total, points = ZERO, [(0, ZERO)]
        for closed, amount in sorted(won.get(rep.id, [])):
            since = (closed - hired).days
            if 0 <= since <= CURVE_DAYS and closed <= day:
                total += amount
                points.append((since, total))
        curves.append(RampCurve(rep.id, rep.name, tuple(points)))
    return curves


def _new_hires(session: Session, day: date) -> list[tuple[Rep, date, OnboardingPlan | None]]:
    plans = {plan.rep_id: plan for plan in session.scalars(select(OnboardingPlan).order_by(OnboardingPlan.start_date))}
    found = []
    for rep in session.scalars(select(Rep).order_by(Rep.id)):
        plan = plans.get(rep.id)
        hired = rep.hire_date or (plan.start_date if plan else None)
        recent = rep.hire_date is not None and timedelta(0) <= day - rep.hire_date <= timedelta(days=NEW_HIRE_DAYS)
        if hired is not None and hired <= day and (recent or plan is not None):
            found.append((rep, hired, plan))
    return found


def _ramped(session: Session, day: date, new_hires: set[int]) -> tuple[int, Decimal | None]:
    window_start = day - timedelta(days=RAMPED_WINDOW_DAYS - 1)
    cutoff = window_start - timedelta(days=RAMPED_AFTER_DAYS)
    ramped = [rep.id for rep in session.scalars(select(Rep).where(Rep.active.is_(True)))
              if rep.id not in new_hires and (rep.hire_date is None or rep.hire_date <= cutoff)]
    if not ramped:
        return 0, None
    won = _won_deals(session, ramped)
    total = sum((amount for deals in won.values() for closed, amount in deals if window_start <= closed <= day),
                ZERO)
    base = Converter.load(session).base
    return len(ramped), quantize(total / len(ramped) / (RAMPED_WINDOW_DAYS // RAMP_DAYS), base)


def _won_deals(session: Session, rep_ids: list[int]) -> dict[int, list[tuple[date, Decimal]]]:
    if not rep_ids:
        return {}
    converter = Converter.load(session)
    won = select(StageDefinition.id).where(StageDefinition.kind == "won")
    query = (select(Opportunity.owner_id, Opportunity.closed_date, Opportunity.amount_minor, Opportunity.currency)
             .where(Opportunity.owner_id.in_(rep_ids), Opportunity.stage_id.in_(won),
                    Opportunity.closed_date.is_not(None)))
    found: dict[int, list[tuple[date, Decimal]]] = {}
    for owner, closed, minor, currency in session.execute(query):
        amount = ZERO if minor is None else converter.minor_to_base(minor, currency)
        found.setdefault(owner, []).append((closed, amount))
    return found


def _days(hired: date, first: date | None) -> int | None:
    return None if first is None else max(0, (first - hired).days)


def _mentor_name(session: Session, rep: Rep, plan: OnboardingPlan | None) -> str | None:
    mentor_id = plan.mentor_id if plan is not None and plan.mentor_id else rep.mentor_id
    mentor = session.get(Rep, mentor_id) if mentor_id else None
    return mentor.name if mentor else None


def _on_time(session: Session, plan: OnboardingPlan | None) -> float | None:
    if plan is None:
        return None
    tasks = list(session.scalars(select(PlanTask).where(PlanTask.plan_id == plan.id)))
    if not tasks:
        return None
    on_time = sum(1 for task in tasks if task.done_on is not None and task.done_on <= task.due_date)
    return round(on_time / len(tasks), 4)


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def _groups(rows: list[RampRow], key: Callable[[RampRow], str]) -> tuple[RampGroup, ...]:
    groups: dict[str, list[RampRow]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    found = []
    for name in sorted(groups):
        members = groups[name]
        deals = [float(r.days_to_first_deal) for r in members if r.days_to_first_deal is not None]
        found.append(RampGroup(
            name, len(members), len(deals), _mean(deals),
            (sum((r.won_90 for r in members), ZERO) / len(members)).quantize(CENT),
            _mean([r.vs_ramped for r in members if r.vs_ramped is not None]),
            _mean([r.on_time for r in members if r.on_time is not None])))
    return tuple(found)
