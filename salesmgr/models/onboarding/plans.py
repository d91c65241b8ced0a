"""Plans for people: assigning a template to a new hire, the plan list, ticking tasks, reviews and certifications.

Definitions (today from ``clock``; a plan's days are calendar days, day 1 being its start date):

* ``day`` of a plan on a date = (date - start) + 1, at most 90 once the 90 days are over, 0 before the start.
* ``done`` = done tasks / all tasks of the plan (a count; None for a plan without tasks).
* ``overdue`` = tasks not done whose due date is before today.
* ``mix`` of completed work = the hours of the done tasks by category / the hours of all done tasks (None while
  nothing is done); ``planned_mix`` the same over every task.
* ``next_review`` = the last review's day + 7, or the start + 6 (the end of week 1) before any review; None for
  a plan that is not active.
* ``on_time`` = tasks done on or before their due date / all tasks (the ramp metrics' plan completion on time).
* A task's ``week`` = (due date - start) // 7 + 1.
A rep has at most one active plan; a mentor is another rep. ``add_review`` saves a review and turns each line of
its next steps into a practice task for the new hire, due a week after the review.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.onboarding.entities import (
    CATEGORIES,
    DATA,
    PLAN_DAYS,
    CertificationResult,
    OnboardingPlan,
    OnboardingTemplate,
    PlanReview,
    PlanTask,
    TemplateTask,
)
from salesmgr.models.onboarding.template_file import ensure_default_template
from salesmgr.models.org import Rep, Team

NUMBERED = re.compile(r"^\d+(?:[.)]\s+|、\s*)")
REVIEW_EVERY_DAYS = 7
NEXT_STEP_DAYS = 7
ZERO = Decimal(0)


@dataclass(frozen=True)
class PlanSummary:
    """One line of the plan list (see the module for the definitions)."""

    id: int
    rep_id: int
    rep: str
    team: str | None
    mentor_id: int | None
    mentor: str | None
    template: str | None
    template_key: str | None
    start: date
    status: str
    day: int
    tasks: int
    done_tasks: int
    done: float | None
    overdue: int
    mix: dict[str, float] | None
    next_review: date | None
    last_review: date | None


def plan_day(start: date, on: date) -> int:
    """The plan's day on ``on`` (see the module)."""
    return max(0, min((on - start).days + 1, PLAN_DAYS))


def task_week(start: date, due: date) -> int:
    return (due - start).days // 7 + 1


def mix_of(tasks: list[PlanTask] | list[TemplateTask]) -> dict[str, float] | None:
    """Hours by category / all hours of ``tasks``; None for no hours."""
    hours = {category: ZERO for category in CATEGORIES}
    for task in tasks:
        hours[task.category] += task.hours
    total = sum(hours.values(), ZERO)
    return None if total == 0 else {category: round(float(hours[category] / total), 4) for category in CATEGORIES}


def assign_plan(session: Session, rep_id: int, template_id: int | None, start: date,
                mentor_id: int | None = None) -> int:
    """A plan for the rep from the template (the default one when None), with its tasks dated from ``start``."""
    rep = session.get(Rep, rep_id)
    if rep is None:
        raise NotFoundError("no rep with id {id}", id=rep_id)
    if mentor_id is not None and mentor_id == rep_id:
        raise ValidationError("{rep} cannot be their own mentor; choose another rep", rep=rep.name)
    if mentor_id is not None and session.get(Rep, mentor_id) is None:
        raise NotFoundError("no rep with id {id}", id=mentor_id)
    active = session.scalar(select(OnboardingPlan).where(OnboardingPlan.rep_id == rep_id,
                                                         OnboardingPlan.status == "active"))
    if active is not None:
        raise ValidationError("{rep} already has an onboarding plan that started on {start}; finish or cancel it "
                              "first", rep=rep.name, start=active.start_date.isoformat())
    template = ensure_default_template(session) if template_id is None else session.get(OnboardingTemplate,
                                                                                          template_id)
    if template is None:
        raise NotFoundError("no onboarding template with id {id}", id=template_id)
    tasks = list(session.scalars(select(TemplateTask).where(TemplateTask.template_id == template.id)
                                 .order_by(TemplateTask.due_day, TemplateTask.position)))
    if not tasks:
        raise ValidationError("the template {name} has no tasks; add some first", name=template.name)
    plan = OnboardingPlan(rep_id=rep_id, template_id=template.id, mentor_id=mentor_id, start_date=start)
    session.add(plan)
    session.flush()
    for position, task in enumerate(tasks, start=1):
        session.add(PlanTask(plan_id=plan.id, position=position, title=task.title, description=task.description,
                             category=task.category, due_date=start + timedelta(days=task.due_day - 1),
                             owner_role=task.owner_role, hours=task.hours, criterion=task.criterion,
                             builtin_key=task.builtin_key))
    session.flush()
    return plan.id


def get_plan(session: Session, plan_id: int) -> OnboardingPlan:
    plan = session.get(OnboardingPlan, plan_id)
    if plan is None:
        raise NotFoundError("no onboarding plan with id {id}", id=plan_id)
    return plan


def plan_of_rep(session: Session, rep_id: int) -> OnboardingPlan:
    """The rep's active plan, else their latest one."""
    plans = list(session.scalars(select(OnboardingPlan).where(OnboardingPlan.rep_id == rep_id)
                                 .order_by(OnboardingPlan.start_date.desc(), OnboardingPlan.id.desc())))
    if not plans:
        rep = session.get(Rep, rep_id)
        raise NotFoundError("{rep} has no onboarding plan; assign one first", rep=rep.name if rep else rep_id)
    return next((plan for plan in plans if plan.status == "active"), plans[0])


def plan_tasks(session: Session, plan_id: int) -> list[PlanTask]:
    return list(session.scalars(select(PlanTask).where(PlanTask.plan_id == plan_id)
                                .order_by(PlanTask.due_date, PlanTask.position, PlanTask.id)))


def plan_reviews(session: Session, plan_id: int) -> list[PlanReview]:
    return list(session.scalars(select(PlanReview).where(PlanReview.plan_id == plan_id)
                                .order_by(PlanReview.held_on, PlanReview.id)))


def summarize(session: Session, plan: OnboardingPlan, today: date | None = None) -> PlanSummary:
    """The plan's line of the list (see the module)."""
    day = today or clock.today()
    tasks, reviews = plan_tasks(session, plan.id), plan_reviews(session, plan.id)
    rep, mentor = session.get(Rep, plan.rep_id), session.get(Rep, plan.mentor_id) if plan.mentor_id else None
    team = session.get(Team, rep.team_id) if rep is not None and rep.team_id else None
    template = session.get(OnboardingTemplate, plan.template_id) if plan.template_id else None
    done = [task for task in tasks if task.done_on is not None]
    last = reviews[-1].held_on if reviews else None
    next_review = None
    if plan.status == "active":
        next_review = last + timedelta(days=REVIEW_EVERY_DAYS) if last else plan.start_date + timedelta(days=6)
    return PlanSummary(
        plan.id, plan.rep_id, rep.name if rep else "", team.name if team else None, plan.mentor_id,
        mentor.name if mentor else None, template.name if template else None,
        template.builtin_key if template else None, plan.start_date, plan.status,
        plan_day(plan.start_date, day), len(tasks), len(done), round(len(done) / len(tasks), 4) if tasks else None,
        sum(1 for task in tasks if task.done_on is None and task.due_date < day), mix_of(done), next_review, last)


def plan_summaries(session: Session, today: date | None = None, *, mentor_id: int | None = None,
                   include_finished: bool = False) -> list[PlanSummary]:
    """Every active plan (and finished ones when asked), of one mentor's mentees when ``mentor_id`` is given,
    newest start first."""
    query = select(OnboardingPlan).order_by(OnboardingPlan.start_date.desc(), OnboardingPlan.id)
    if not include_finished:
        query = query.where(OnboardingPlan.status == "active")
    if mentor_id is not None:
        query = query.where(OnboardingPlan.mentor_id == mentor_id)
    return [summarize(session, plan, today) for plan in session.scalars(query)]


def plan_mentors(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every rep who mentors a plan (active or not), by name: the plan list's mentor filter."""
    query = (select(Rep.id, Rep.name).join(OnboardingPlan, OnboardingPlan.mentor_id == Rep.id).distinct()
             .order_by(Rep.name, Rep.id))
    return [(rep_id, name) for rep_id, name in session.execute(query)]


def reps_with_active_plan(session: Session) -> set[int]:
    """The ids of the reps who have an active plan (a rep has at most one)."""
    return set(session.scalars(select(OnboardingPlan.rep_id).where(OnboardingPlan.status == "active")))


def tick_task(session: Session, task_id: int, on: date, by: str | None = None, note: str | None = None) -> None:
    """Mark a task done on ``on``."""
    task = _task(session, task_id)
    plan = get_plan(session, task.plan_id)
    if on < plan.start_date:
        raise ValidationError("a task cannot be done before its plan starts ({start})",
                              start=plan.start_date.isoformat())
    task.done_on, task.done_by, task.done_note = on, by, (note or "").strip() or None
    session.flush()


def untick_task(session: Session, task_id: int) -> None:
    task = _task(session, task_id)
    if task.done_by == DATA:
        raise ValidationError("this task completed itself from the data; it stays done while the data shows it")
    task.done_on = task.done_by = task.done_note = None
    session.flush()


def _task(session: Session, task_id: int) -> PlanTask:
    task = session.get(PlanTask, task_id)
    if task is None:
        raise NotFoundError("no onboarding task with id {id}", id=task_id)
    return task


@dataclass(frozen=True)
class ReviewInput:
    held_on: date
    author_role: str  # manager or mentor
    author: str | None
    went_well: str
    to_improve: str
    next_steps: str
    agenda: str | None = None  # the prepared agenda as JSON (agenda.Agenda.to_json)


def add_review(session: Session, plan_id: int, given: ReviewInput) -> int:
    """Save a review; each line of its next steps becomes a task (see the module). The review's id."""
    plan = get_plan(session, plan_id)
    if given.author_role not in ("manager", "mentor"):
        raise ValidationError("a review is written by the manager or the mentor, not {role}", role=given.author_role)
    if given.held_on < plan.start_date:
        raise ValidationError("a review cannot be held before its plan starts ({start})",
                              start=plan.start_date.isoformat())
    if not any(text.strip() for text in (given.went_well, given.to_improve, given.next_steps)):
        raise ValidationError("write at least one of what went well, what to improve and the next steps")
    review = PlanReview(plan_id=plan_id, held_on=given.held_on, author_role=given.author_role,
                        author=given.author, went_well=given.went_well.strip() or None,
                        to_improve=given.to_improve.strip() or None, next_steps=given.next_steps.strip() or None,
                        agenda=given.agenda)
    session.add(review)
    session.flush()
    last = max((task.position for task in plan_tasks(session, plan_id)), default=0)
    for offset, step in enumerate(next_steps(given.next_steps), start=1):
        session.add(PlanTask(plan_id=plan_id, position=last + offset, title=step[:200], category="practice",
                             due_date=given.held_on + timedelta(days=NEXT_STEP_DAYS), owner_role="new_hire",
                             hours=Decimal(1), review_id=review.id))
    session.flush()
    return review.id


def next_steps(text: str) -> list[str]:
    """The next steps of a review, one per non-empty line, without a leading bullet ("-", "*", "•") or number
    ("1." or "1)" followed by a blank, or "1、")."""
    steps = []
    for line in text.splitlines():
        step = NUMBERED.sub("", line.strip().lstrip("-*•").strip())
        if step:
            steps.append(step)
    return steps


def record_certification(session: Session, rep_id: int, name: str, taken_on: date, score: int, passed: bool,
                         plan_id: int | None = None, note: str | None = None) -> int:
    if not name.strip():
        raise ValidationError("name the certification")
    if not 0 <= score <= 100:
        raise ValidationError("a certification score is between 0 and 100, not {score}", score=score)
    row = CertificationResult(rep_id=rep_id, plan_id=plan_id, name=name.strip(), taken_on=taken_on, score=score,
                              passed=passed, note=note)
    session.add(row)
    session.flush()
    return row.id


def certifications(session: Session, rep_id: int) -> list[CertificationResult]:
    return list(session.scalars(select(CertificationResult).where(CertificationResult.rep_id == rep_id)
                                .order_by(CertificationResult.taken_on, CertificationResult.id)))


def close_plan(session: Session, plan_id: int, status: str, on: date) -> None:
    """Finish or cancel a plan on ``on``."""
    if status not in ("finished", "cancelled"):
        raise ValidationError("a plan is closed as finished or cancelled, not {status}", status=status)
    plan = get_plan(session, plan_id)
    plan.status, plan.finished_on = status, on
    session.flush()
