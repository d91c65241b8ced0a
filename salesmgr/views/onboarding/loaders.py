"""What the Onboarding page reads and writes through the runner: the plan list (after the criteria the data
checks have completed their tasks), a plan's detail, the assign dialog's choices, the review's agenda, the
templates with their tasks, and the ramp metrics and curves. No Qt here.

Definitions:

* ``PlanRow`` is ``plans.PlanSummary`` plus ``review_late`` (the next review's day is before today).
* A task's ``week`` is ``plans.task_week``; its shown title and description are ``template_file.task_title`` and
  ``task_description`` (a built-in text in the interface language while it is unchanged).
* The assign dialog's default rep is the most recently hired active rep without an active plan; its default
  start is that rep's hire date (today when the rep has none), its default mentor the rep's ``mentor_id``.
* Saving a template task keeps a built-in text built in: a title (description) sent back exactly as it was
  shown is stored as the shipped English one (``keep_builtin``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from salesmgr.models import clock
from salesmgr.models.currency import base_currency
from salesmgr.models.database import Session
from salesmgr.models.metrics.conversion import lenient_rates
from salesmgr.models.onboarding import plans, templates
from salesmgr.models.onboarding.agenda import Agenda, prepare_agenda
from salesmgr.models.onboarding.criteria import sync_criteria
from salesmgr.models.onboarding.plans import PlanSummary, ReviewInput, task_week
from salesmgr.models.onboarding.ramp import RampCurve, RampReport, ramp_curves, ramp_report
from salesmgr.models.onboarding.template_file import task_description, task_title, template_label, template_note
from salesmgr.models.onboarding.templates import TaskSpec, TemplateInfo
from salesmgr.models.team.roster import get_rep, list_reps

Choice = tuple[int, str]


@dataclass(frozen=True)
class PlanRow:
    summary: PlanSummary
    review_late: bool

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def active(self) -> bool:
        return self.summary.status == "active"


@dataclass(frozen=True)
class PlansData:
    today: date
    rows: list[PlanRow]
    mentors: list[Choice]  # every mentor of a plan, by name: the mentor filter's choices
    completed: int  # tasks the criteria completed while loading


@dataclass(frozen=True)
class TaskRow:
    id: int
    week: int
    due: date
    title: str  # as shown
    description: str
    category: str
    owner_role: str
    hours: Decimal
    criterion: str | None
    done_on: date | None
    done_by: str | None
    done_note: str | None
    overdue: bool
    from_review: bool
    active: bool = True


@dataclass(frozen=True)
class ReviewRow:
    id: int
    held_on: date
    author_role: str
    author: str | None
    went_well: str
    to_improve: str
    next_steps: str
    active: bool = True


@dataclass(frozen=True)
class CertificationRow:
    id: int
    name: str
    taken_on: date
    score: int
    passed: bool
    note: str | None
    active: bool = True


@dataclass(frozen=True)
class PlanDetail:
    plan_id: int
    rep_id: int
    rep: str
    mentor: str | None
    manager: str | None
    start: date
    status: str
    today: date
    tasks: list[TaskRow]
    reviews: list[ReviewRow]
    certifications: list[CertificationRow]


@dataclass(frozen=True)
class RepOption:
    id: int
    name: str
    hire_date: date | None
    mentor_id: int | None
    has_plan: bool  # an active plan already


@dataclass(frozen=True)
class AssignChoices:
    today: date
    reps: list[RepOption]
    templates: list[Choice]  # id, label as shown
    default_rep: int | None
    default_template: int | None


@dataclass(frozen=True)
class AssignInput:
    rep_id: int
    template_id: int
    start: date
    mentor_id: int | None


@dataclass(frozen=True)
class TemplateTaskRow:
    id: int
    due_day: int
    title: str  # as shown
    description: str  # as shown
    category: str
    owner_role: str
    hours: Decimal
    criterion: str | None
    builtin: bool  # a task of the shipped template (its texts may be shown translated)
    active: bool = True


@dataclass(frozen=True)
class TemplateRow:
    info: TemplateInfo
    label: str
    note: str
    tasks: list[TemplateTaskRow]
    active: bool = True

    @property
    def id(self) -> int:
        return self.info.id


@dataclass(frozen=True)
class RampData:
    report: RampReport
    curves: list[RampCurve]
    currency: str
    left_out: tuple[str, ...] = ()  # currencies without a rate, whose deals the amounts leave out


# --- plans ----------------------------------------------------------------------------------------------------
def load_plans(session: Session, mentor_id: int | None, include_finished: bool,
               today: date | None = None) -> PlansData:
    """Complete the criterion tasks the data shows done (so run with ``edits=True``), then the plan list."""
    day = today or clock.today()
    completed = sync_criteria(session, day)
    rows = [PlanRow(s, s.next_review is not None and s.next_review < day)
            for s in plans.plan_summaries(session, day, mentor_id=mentor_id, include_finished=include_finished)]
    return PlansData(day, rows, plans.plan_mentors(session), completed)


def load_detail(session: Session, plan_id: int, today: date | None = None) -> PlanDetail:
    day = today or clock.today()
    plan = plans.get_plan(session, plan_id)
    rep = get_rep(session, plan.rep_id)
    mentor = get_rep(session, plan.mentor_id) if plan.mentor_id else None
    tasks = [TaskRow(t.id, task_week(plan.start_date, t.due_date), t.due_date, task_title(t.title, t.builtin_key),
                     task_description(t.description, t.builtin_key), t.category, t.owner_role, t.hours, t.criterion,
                     t.done_on, t.done_by, t.done_note, t.done_on is None and t.due_date < day,
                     t.review_id is not None)
             for t in plans.plan_tasks(session, plan_id)]
    reviews = [ReviewRow(r.id, r.held_on, r.author_role, r.author, r.went_well or "", r.to_improve or "",
                         r.next_steps or "") for r in plans.plan_reviews(session, plan_id)]
    certs = [CertificationRow(c.id, c.name, c.taken_on, c.score, c.passed, c.note)
             for c in plans.certifications(session, plan.rep_id)]
    return PlanDetail(plan.id, plan.rep_id, rep.name, mentor.name if mentor else None, rep.manager_name,
                      plan.start_date, plan.status, day, tasks, reviews, certs)


def load_assign_choices(session: Session, today: date | None = None) -> AssignChoices:
    day = today or clock.today()
    planned = plans.reps_with_active_plan(session)
    reps = [RepOption(r.id, r.name, r.hire_date, r.mentor_id, r.id in planned) for r in list_reps(session)
            if r.active]
    free = [r for r in reps if not r.has_plan and r.hire_date is not None]
    default_rep = max(free, key=lambda r: (r.hire_date or date.min, r.id)).id if free else None
    infos = templates.list_templates(session)
    choices = [(t.id, template_label(t.name, t.builtin_key)) for t in infos]
    default = next((t.id for t in infos if t.name == "default"), infos[0].id if infos else None)
    return AssignChoices(day, reps, choices, default_rep, default)


def assign(session: Session, given: AssignInput) -> int:
    return plans.assign_plan(session, given.rep_id, given.template_id, given.start, given.mentor_id)


def tick(session: Session, task_id: int, on: date, by: str | None, note: str | None) -> None:
    plans.tick_task(session, task_id, on, by, note)


def untick(session: Session, task_id: int) -> None:
    plans.untick_task(session, task_id)


def close(session: Session, plan_id: int, status: str, on: date) -> None:
    plans.close_plan(session, plan_id, status, on)


def agenda(session: Session, plan_id: int, on: date) -> Agenda:
    return prepare_agenda(session, plan_id, on)


def add_review(session: Session, plan_id: int, given: ReviewInput) -> int:
    return plans.add_review(session, plan_id, given)


@dataclass(frozen=True)
class CertificationInput:
    name: str
    taken_on: date
    score: int
    passed: bool
    note: str | None


def record_certification(session: Session, plan_id: int, given: CertificationInput) -> int:
    plan = plans.get_plan(session, plan_id)
    return plans.record_certification(session, plan.rep_id, given.name, given.taken_on, given.score, given.passed,
                                      plan_id, given.note)


# --- templates ------------------------------------------------------------------------------------------------
def load_templates(session: Session) -> list[TemplateRow]:
    """Every template with its tasks (the default one is added on first use)."""
    found = []
    for info in templates.list_templates(session):
        tasks = [TemplateTaskRow(t.id, t.due_day, task_title(t.title, t.builtin_key),
                                 task_description(t.description, t.builtin_key), t.category, t.owner_role, t.hours,
                                 t.criterion, t.builtin_key is not None)
                 for t in templates.template_tasks(session, info.id)]
        found.append(TemplateRow(info, template_label(info.name, info.builtin_key),
                                 template_note(info.note, info.builtin_key), tasks))
    return found


def keep_builtin(typed: str, stored: str | None, shown: str) -> str:
    """What to store for a text the user sent back: the stored one when it is exactly what was shown."""
    return (stored or "") if typed.strip() == shown.strip() else typed


def add_task(session: Session, template_id: int, spec: TaskSpec) -> int:
    return templates.add_template_task(session, template_id, spec)


def update_task(session: Session, task_id: int, spec: TaskSpec) -> None:
    """Save a template task; a built-in title or description left as shown stays built in (see the module)."""
    task = templates.get_template_task(session, task_id)
    title = keep_builtin(spec.title, task.title, task_title(task.title, task.builtin_key))
    description = keep_builtin(spec.description, task.description,
                               task_description(task.description, task.builtin_key))
    templates.update_template_task(session, task_id, replace(spec, title=title, description=description))


def delete_task(session: Session, task_id: int) -> None:
    templates.delete_template_task(session, task_id)


def copy_template(session: Session, template_id: int, name: str) -> int:
    return templates.copy_template(session, template_id, name)


def rename_template(session: Session, template_id: int, name: str, note: str) -> None:
    """Rename a template; its label and note left as shown keep it as it was (the default stays built in)."""
    template = templates.get_template(session, template_id)
    name = keep_builtin(name, template.name, template_label(template.name, template.builtin_key))
    note = keep_builtin(note, template.note, template_note(template.note, template.builtin_key))
    templates.rename_template(session, template_id, name, note)


def delete_template(session: Session, template_id: int) -> None:
    templates.delete_template(session, template_id)


# --- ramp -----------------------------------------------------------------------------------------------------
def load_ramp(session: Session, today: date | None = None) -> RampData:
    """The ramp report and curves; amounts in a currency without a rate are left out (lenient) and named."""
    day = today or clock.today()
    with lenient_rates() as left_out:
        report, curves = ramp_report(session, day), ramp_curves(session, today=day)
    return RampData(report, curves, base_currency(session), tuple(left_out.codes))
