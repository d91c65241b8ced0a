"""Demo data, onboarding part: a 90-day plan for every hire of the last year, written through the domain functions.

* Every rep with a coach (``DemoRep.coach_id``, ``demo.org``) gets a plan from the default template, starting on
  the hire date, with the coach as mentor. A plan of a rep hired in the last 90 days is still active; an earlier
  hire's plan was finished on day ``90 + 20 x (pace - 0.75)`` or so (day 90-100: a slower coach finishes later).
* Before the first opportunity the hire logs an introduction call (day 3-7) and a joint visit with the mentor
  (around day 18-26, later with a slow coach), so the criteria tasks complete themselves from the data.
* Tasks are ticked by their owner (the hire, the mentor or the team's manager) on their due date or a little
  after: on time with probability ``1.65 - 0.9 x pace`` (a fast coach's hires are nearly always on time), else
  1-5 days late (times the pace). A task due in the ``OPEN_DAYS`` before today is left open now and then, and an
  active plan always has at least one overdue task, so the current weeks show some.
* Reviews: the mentor's check-in at the end of week 1, the manager's month-1 and month-2 reviews and the weekly
  reviews of month 3 (and the 90-day review of a finished plan), each with the agenda prepared on its day, in the
  author's language (``demo.onboarding_texts``); their next steps become tasks that are ticked like the others.
* The certification (pass mark ``PASS_MARK``) around day 15-20: the first hire to take it fails (60-69) and
  passes the retake a week later; the others pass with 72-98.
Everything is replayed day by day (ticks up to a review, the criteria synced on its day, then the review), so a
saved agenda shows what was open then. The random draws come from the demo's seeded random after the bulk rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from salesmgr.demo.names import DemoRandom
from salesmgr.demo.onboarding_texts import CERTIFICATION, FIRST_CALL, FIRST_VISIT, NOTES, RETAKE_NOTE, REVIEWS
from salesmgr.demo.org import Calendar, DemoRep
from salesmgr.models.crm import Activity
from salesmgr.models.onboarding.agenda import prepare_agenda
from salesmgr.models.onboarding.criteria import sync_criteria
from salesmgr.models.onboarding.entities import PLAN_DAYS, PlanTask
from salesmgr.models.onboarding.plans import (
    NEXT_STEP_DAYS,
    ReviewInput,
    add_review,
    assign_plan,
    close_plan,
    plan_tasks,
    record_certification,
    tick_task,
    untick_task,
)
from salesmgr.models.onboarding.template_file import ensure_default_template

OPEN_DAYS = 10  # tasks due in these days before today are sometimes still open
OPEN_SHARE = 0.4
NOTE_SHARE = 0.25
PASS_MARK = 70
# (days after the start, author role, the template task the review ticks, phase of the texts)
REVIEWS_HELD = ((6, "mentor", None, "week1"), (27, "manager", "month1_review", "month1"),
                (55, "manager", "month2_review", "month2"), (62, "manager", "weekly_review_9", "month3"),
                (69, "manager", "weekly_review_10", "month3"), (76, "manager", "weekly_review_11", "month3"),
                (83, "manager", "weekly_review_12", "month3"), (89, "manager", "day90_review", "day90"))


@dataclass
class _Hire:
    """A hire's plan being replayed: who is who, until when, and the ticks still to come (task id -> day)."""

    rep: DemoRep
    plan_id: int
    mentor: str
    manager: str
    end: date  # today for an active plan, the finishing day for a finished one
    active: bool
    pending: dict[int, date]
    agendas: bool


def add_demo_onboarding(session: Session, cal: Calendar, reps: list[DemoRep], rng: DemoRandom, *,
                        agendas: bool = True) -> list[int]:
    """The plans of every hire (see the module); their ids. Without ``agendas`` the reviews are saved without
    their prepared agenda (preparing one looks for stalled deals over the whole pipeline: slow on a big demo)."""
    template = ensure_default_template(session)
    names = {rep.id: rep.name for rep in reps}
    hires = sorted((rep for rep in reps if rep.coach_id is not None and rep.hire <= cal.today),
                   key=lambda rep: (rep.hire, rep.id))
    made, failed = [], False
    for rep in hires:
        assert rep.coach_id is not None
        active = (cal.today - rep.hire).days < PLAN_DAYS
        finish = rep.hire + timedelta(days=min(99, 89 + round(20 * (rep.pace - 0.75)) + rng.between(0, 2)))
        plan_id = assign_plan(session, rep.id, template.id, rep.hire, rep.coach_id)
        hire = _Hire(rep, plan_id, names[rep.coach_id], names.get(rep.manager_id or 0, names[rep.coach_id]),
                     cal.today if active else finish, active, {}, agendas)
        _first_activities(session, rng, hire)
        failed = _certification(session, rng, hire, fail=not failed) or failed
        _replay(session, rng, hire)
        if not active:
            close_plan(session, plan_id, "finished", finish)
        made.append(plan_id)
    sync_criteria(session, cal.today)
    return made


def _language(name: str) -> str:
    return "en" if name.isascii() else "zh"


def _at(day: date, minute: int) -> datetime:
    return datetime.combine(day, time(minute // 60, minute % 60))


def _first_activities(session: Session, rng: DemoRandom, hire: _Hire) -> None:
    """The introduction call and the joint visit with the mentor, on one of the hire's accounts."""
    rep, language = hire.rep, _language(hire.rep.name)
    account = rng.pick(rep.accounts) if rep.accounts else None
    for kind, subject, day in (("call", FIRST_CALL, rng.between(3, 7)),
                               ("visit", FIRST_VISIT, round(rng.between(18, 26) * rep.pace))):
        occurred = _at(rep.hire + timedelta(days=day - 1), 540 + rng.below(480))
        if occurred.date() <= hire.end:
            late = timedelta(hours=26 + rng.below(40)) if rng.random() < rep.late else timedelta(minutes=30)
            session.add(Activity(rep_id=rep.id, account_id=account, kind=kind, subject=subject[language],
                                 occurred_at=occurred, logged_at=occurred + late))
    session.flush()


def _certification(session: Session, rng: DemoRandom, hire: _Hire, *, fail: bool) -> bool:
    """The certification (a fail and a retake when ``fail``); whether it was failed."""
    taken = hire.rep.hire + timedelta(days=round(rng.between(15, 20) * hire.rep.pace) - 1)
    if taken > hire.end:
        return False
    if fail:
        record_certification(session, hire.rep.id, CERTIFICATION, taken, rng.between(60, PASS_MARK - 1), False,
                             hire.plan_id)
        taken += timedelta(days=7)
        if taken > hire.end:
            return True
    record_certification(session, hire.rep.id, CERTIFICATION, taken, rng.between(PASS_MARK + 2, 98), True,
                         hire.plan_id, RETAKE_NOTE if fail else None)
    return fail


def _replay(session: Session, rng: DemoRandom, hire: _Hire) -> None:
    """Ticks and reviews in the order of their days (see the module)."""
    review_tasks = {key for _, _, key, _ in REVIEWS_HELD if key}
    tasks = plan_tasks(session, hire.plan_id)
    by_key = {task.builtin_key: task for task in tasks if task.builtin_key}
    _plan_ticks(rng, hire, [task for task in tasks if task.builtin_key not in review_tasks and not task.criterion])
    for offset, role, key, phase in REVIEWS_HELD:
        held = hire.rep.hire + timedelta(days=offset + _delay(rng, hire.rep.pace, on_time=0.8))
        if phase == "day90" and not hire.active:
            held = min(held, hire.end)  # the plan is finished at its 90-day review
        if held > hire.end:
            break
        _tick_until(session, rng, hire, held)
        sync_criteria(session, held, [hire.plan_id])
        author = hire.mentor if role == "mentor" else hire.manager
        agenda = prepare_agenda(session, hire.plan_id, held).to_json() if hire.agendas else None
        review_id = add_review(session, hire.plan_id, _review(rng, held, role, author, phase, agenda))
        if key in by_key:
            tick_task(session, by_key[key].id, held, author)
        _plan_ticks(rng, hire, [task for task in plan_tasks(session, hire.plan_id) if task.review_id == review_id])
    _tick_until(session, rng, hire, hire.end if hire.active else hire.end + timedelta(days=NEXT_STEP_DAYS))
    sync_criteria(session, hire.end, [hire.plan_id])
    if hire.active:
        _keep_one_overdue(session, hire)


def _delay(rng: DemoRandom, pace: float, on_time: float) -> int:
    """Days after the due date a task is done: 0 with probability ``on_time``, else 1-5 times the pace."""
    return 0 if rng.random() < on_time else max(1, round(rng.between(1, 5) * pace))


def _plan_ticks(rng: DemoRandom, hire: _Hire, tasks: list[PlanTask]) -> None:
    """The day each task will be ticked (see the module); a task left open gets none."""
    on_time = min(0.95, max(0.4, 1.65 - 0.9 * hire.rep.pace))
    for task in tasks:
        done = task.due_date + timedelta(days=_delay(rng, hire.rep.pace, on_time))
        recent = hire.active and task.due_date > hire.end - timedelta(days=OPEN_DAYS)
        last = hire.end if hire.active else hire.end + timedelta(days=NEXT_STEP_DAYS)  # stragglers after the end
        if not (recent and rng.random() < OPEN_SHARE) and done <= last:
            hire.pending[task.id] = max(done, hire.rep.hire)


def _tick_until(session: Session, rng: DemoRandom, hire: _Hire, day: date) -> None:
    for task_id, done in sorted(hire.pending.items(), key=lambda item: (item[1], item[0])):
        if done <= day:
            task = session.get(PlanTask, task_id)
            assert task is not None
            by = {"mentor": hire.mentor, "manager": hire.manager}.get(task.owner_role, hire.rep.name)
            note = rng.pick(NOTES[_language(by)]) if rng.random() < NOTE_SHARE else None
            tick_task(session, task_id, done, by, note)
            del hire.pending[task_id]


def _keep_one_overdue(session: Session, hire: _Hire) -> None:
    """An active plan shows at least one overdue task: the last one ticked that was due before today reopens."""
    tasks = plan_tasks(session, hire.plan_id)
    if any(task.done_on is None and task.due_date < hire.end for task in tasks):
        return
    ticked = [task for task in tasks if task.done_on is not None and task.due_date < hire.end
              and task.done_by != "data" and task.review_id is None and task.builtin_key
              and not task.builtin_key.startswith(("month", "weekly", "day90"))]
    if len(ticked) > 1:
        untick_task(session, max(ticked, key=lambda task: (task.due_date, task.position)).id)


def _review(rng: DemoRandom, held: date, role: str, author: str, phase: str, agenda: str | None) -> ReviewInput:
    texts = REVIEWS[phase][_language(author)]
    steps = rng.sample(texts.next_steps, 1 + rng.below(2))
    return ReviewInput(held, role, author, rng.pick(texts.went_well), rng.pick(texts.to_improve),
                       "\n".join(steps), agenda)
