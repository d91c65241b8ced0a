"""Completion criteria the data can check, and the tasks they complete by themselves.

Definitions (the *first date* of a criterion for a rep; None while the data does not show it):

* ``first_activity``: the day of the rep's earliest activity (any kind).
* ``first_customer_visit``: the day of the earliest activity of kind ``visit`` or ``meeting``.
* ``first_opportunity``: the earliest created date of an opportunity the rep owns.
* ``first_deal_won``: the earliest close date of an opportunity the rep owns that is in a won stage.
* ``certification_passed``: the earliest day of a passed certification result (``CertificationResult``) or of a
  training session the rep's attendance is marked passed at.

``sync_criteria`` completes every open task of an active plan whose criterion has a first date on or before
today: done on the first date (the plan's start when the data is older), ``done_by`` = ``entities.DATA``. It runs
when plans are read and after an import, so a task completes itself when, say, the rep's first opportunity is
imported. Such a task cannot be unticked: the data says it is done.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models import clock
from salesmgr.models.bonus.entities import TrainingAttendance, TrainingSession
from salesmgr.models.crm import Activity, Opportunity
from salesmgr.models.onboarding.entities import DATA, CertificationResult, OnboardingPlan, PlanTask
from salesmgr.models.pipeline.entities import StageDefinition

CRITERIA = {
    "first_activity": QT_TRANSLATE_NOOP("Onboarding", "first customer activity logged"),
    "first_customer_visit": QT_TRANSLATE_NOOP("Onboarding", "first customer visit logged"),
    "first_opportunity": QT_TRANSLATE_NOOP("Onboarding", "first opportunity created"),
    "certification_passed": QT_TRANSLATE_NOOP("Onboarding", "certification passed"),
    "first_deal_won": QT_TRANSLATE_NOOP("Onboarding", "first deal won"),
}
VISIT_KINDS = ("visit", "meeting")


def criterion_label(key: str) -> str:
    return translate("Onboarding", CRITERIA[key]) if key in CRITERIA else key


def first_dates(session: Session, rep_ids: Iterable[int]) -> dict[int, dict[str, date]]:
    """Rep id -> criterion -> its first date (see the module), for the reps given; criteria not met are absent."""
    reps = list(set(rep_ids))
    found: dict[int, dict[str, date]] = {rep: {} for rep in reps}
    if not reps:
        return found
    for key, query in _queries(reps).items():
        for rep_id, first in session.execute(query):
            if first is not None:
                found[rep_id][key] = first.date() if isinstance(first, datetime) else first
    _add_training_passes(session, reps, found)
    return found


def _queries(reps: list[int]) -> dict[str, Select[Any]]:
    won = select(StageDefinition.id).where(StageDefinition.kind == "won")
    activity = select(Activity.rep_id, func.min(Activity.occurred_at)).where(Activity.rep_id.in_(reps))
    return {
        "first_activity": activity.group_by(Activity.rep_id),
        "first_customer_visit": activity.where(Activity.kind.in_(VISIT_KINDS)).group_by(Activity.rep_id),
        "first_opportunity": select(Opportunity.owner_id, func.min(Opportunity.created_date))
        .where(Opportunity.owner_id.in_(reps)).group_by(Opportunity.owner_id),
        "first_deal_won": select(Opportunity.owner_id, func.min(Opportunity.closed_date))
        .where(Opportunity.owner_id.in_(reps), Opportunity.stage_id.in_(won)).group_by(Opportunity.owner_id),
        "certification_passed": select(CertificationResult.rep_id, func.min(CertificationResult.taken_on))
        .where(CertificationResult.rep_id.in_(reps), CertificationResult.passed.is_(True))
        .group_by(CertificationResult.rep_id),
    }


def _add_training_passes(session: Session, reps: list[int], found: dict[int, dict[str, date]]) -> None:
    query = (select(TrainingAttendance.rep_id, func.min(TrainingSession.held_on))
             .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
             .where(TrainingAttendance.rep_id.in_(reps), TrainingAttendance.passed.is_(True))
             .group_by(TrainingAttendance.rep_id))
    for rep_id, held_on in session.execute(query):
        known = found[rep_id].get("certification_passed")
        if held_on is not None and (known is None or held_on < known):
            found[rep_id]["certification_passed"] = held_on


def sync_criteria(session: Session, today: date | None = None, plan_ids: Iterable[int] | None = None) -> int:
    """Complete the open criterion tasks of active plans that the data shows done (see the module); the count."""
    day = today or clock.today()
    plans_query = select(OnboardingPlan).where(OnboardingPlan.status == "active")
    if plan_ids is not None:
        plans_query = plans_query.where(OnboardingPlan.id.in_(list(plan_ids)))
    plans = {plan.id: plan for plan in session.scalars(plans_query)}
    if not plans:
        return 0
    open_tasks = list(session.scalars(select(PlanTask).where(
        PlanTask.plan_id.in_(list(plans)), PlanTask.criterion.is_not(None), PlanTask.done_on.is_(None))))
    firsts = first_dates(session, (plans[task.plan_id].rep_id for task in open_tasks))
    done = 0
    for task in open_tasks:
        plan = plans[task.plan_id]
        first = firsts[plan.rep_id].get(task.criterion or "")
        if first is not None and first <= day:
            task.done_on, task.done_by = max(first, plan.start_date), DATA
            done += 1
    session.flush()
    return done
