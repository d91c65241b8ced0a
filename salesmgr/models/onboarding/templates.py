"""Editing onboarding templates: list, copy, rename and delete them, and add, change and remove their tasks.

Definitions: a template's *planned mix* is ``plans.mix_of`` over its tasks (hours by category / all hours),
shown beside ``entities.TARGET_MIX`` (70/20/10). A template's name is unique (ignoring case and surrounding
blanks). Changing a template changes no plan already made from it: a plan has its own copy of the tasks.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.onboarding.criteria import CRITERIA
from salesmgr.models.onboarding.entities import (
    CATEGORIES,
    OWNER_ROLES,
    PLAN_DAYS,
    TITLE_LIMIT,
    OnboardingPlan,
    OnboardingTemplate,
    TemplateTask,
)
from salesmgr.models.onboarding.plans import mix_of
from salesmgr.models.onboarding.template_file import ensure_default_template

NAME_LIMIT = 120


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    builtin_key: str | None
    note: str | None
    tasks: int
    hours: Decimal
    planned_mix: dict[str, float] | None
    plans: int  # plans made from it


@dataclass(frozen=True)
class TaskSpec:
    title: str
    category: str
    due_day: int
    owner_role: str
    description: str = ""
    hours: Decimal = Decimal(1)
    criterion: str | None = None

    def checked(self) -> TaskSpec:
        title = self.title.strip()
        if not title:
            raise ValidationError("give the task a title")
        if len(title) > TITLE_LIMIT:
            raise ValidationError("a task title has at most {limit} characters", limit=TITLE_LIMIT)
        if self.category not in CATEGORIES:
            raise ValidationError("a task is practice, feedback or formal training, not {category}",
                                  category=self.category)
        if self.owner_role not in OWNER_ROLES:
            raise ValidationError("a task is owned by the new hire, the mentor or the manager, not {role}",
                                  role=self.owner_role)
        if not 1 <= self.due_day <= PLAN_DAYS:
            raise ValidationError("a task is due on a day from 1 to 90 of the plan, not {day}", day=self.due_day)
        if not self.hours.is_finite() or self.hours <= 0:
            raise ValidationError("a task takes some hours: more than 0, not {hours}", hours=self.hours)
        if self.criterion is not None and self.criterion not in CRITERIA:
            raise ValidationError("unknown criterion {criterion}; use one of {known}", criterion=self.criterion,
                                  known=", ".join(CRITERIA))
        return TaskSpec(title, self.category, self.due_day, self.owner_role, self.description.strip(), self.hours,
                        self.criterion)


def parse_hours(text: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError("write the hours as a number, like 2 or 1.5, not {text}", text=text) from None


def list_templates(session: Session) -> list[TemplateInfo]:
    """Every template (the default one is added on first use), by name."""
    ensure_default_template(session)
    counts: dict[int | None, int] = {template_id: count for template_id, count in session.execute(
        select(OnboardingPlan.template_id, func.count()).group_by(OnboardingPlan.template_id))}
    found = []
    for template in session.scalars(select(OnboardingTemplate).order_by(OnboardingTemplate.name)):
        tasks = template_tasks(session, template.id)
        found.append(TemplateInfo(template.id, template.name, template.builtin_key, template.note, len(tasks),
                                  sum((t.hours for t in tasks), Decimal(0)), mix_of(tasks),
                                  int(counts.get(template.id, 0))))
    return found


def get_template(session: Session, template_id: int) -> OnboardingTemplate:
    template = session.get(OnboardingTemplate, template_id)
    if template is None:
        raise NotFoundError("no onboarding template with id {id}", id=template_id)
    return template


def find_template(session: Session, name: str) -> OnboardingTemplate:
    """A template by its name, ignoring case and surrounding blanks."""
    ensure_default_template(session)
    wanted = name.strip().casefold()
    for template in session.scalars(select(OnboardingTemplate)):
        if template.name.strip().casefold() == wanted:
            return template
    names = ", ".join(session.scalars(select(OnboardingTemplate.name).order_by(OnboardingTemplate.name)))
    raise NotFoundError("no onboarding template called {name}; the templates are {names}", name=name, names=names)


def template_tasks(session: Session, template_id: int) -> list[TemplateTask]:
    return list(session.scalars(select(TemplateTask).where(TemplateTask.template_id == template_id)
                                .order_by(TemplateTask.due_day, TemplateTask.position, TemplateTask.id)))


def _check_name(session: Session, name: str, keep: int | None = None) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError("give the template a name")
    if len(cleaned) > NAME_LIMIT:
        raise ValidationError("a template name has at most {limit} characters", limit=NAME_LIMIT)
    for template in session.scalars(select(OnboardingTemplate)):
        if template.id != keep and template.name.strip().casefold() == cleaned.casefold():
            raise ValidationError("a template called {name} exists already; choose another name", name=cleaned)
    return cleaned


def copy_template(session: Session, template_id: int, name: str) -> int:
    """A new template with the tasks of ``template_id`` (a built-in task keeps its key, so it stays translated
    while unchanged)."""
    source = get_template(session, template_id)
    copy = OnboardingTemplate(name=_check_name(session, name), note=source.note)
    session.add(copy)
    session.flush()
    for task in template_tasks(session, template_id):
        session.add(TemplateTask(template_id=copy.id, position=task.position, title=task.title,
                                 description=task.description, category=task.category, due_day=task.due_day,
                                 owner_role=task.owner_role, hours=task.hours, criterion=task.criterion,
                                 builtin_key=task.builtin_key))
    session.flush()
    return copy.id


def rename_template(session: Session, template_id: int, name: str, note: str | None = None) -> None:
    template = get_template(session, template_id)
    cleaned = _check_name(session, name, keep=template_id)
    if cleaned != template.name:
        template.name, template.builtin_key = cleaned, None
    template.note = (note or "").strip() or None
    session.flush()


def delete_template(session: Session, template_id: int) -> None:
    """Remove a template; the plans made from it keep their tasks."""
    session.delete(get_template(session, template_id))
    session.flush()


def add_template_task(session: Session, template_id: int, spec: TaskSpec) -> int:
    get_template(session, template_id)
    checked = spec.checked()
    last = max((t.position for t in template_tasks(session, template_id)), default=0)
    task = TemplateTask(template_id=template_id, position=last + 1, title=checked.title,
                        description=checked.description or None, category=checked.category,
                        due_day=checked.due_day, owner_role=checked.owner_role, hours=checked.hours,
                        criterion=checked.criterion)
    session.add(task)
    session.flush()
    return task.id


def update_template_task(session: Session, task_id: int, spec: TaskSpec) -> None:
    task = get_template_task(session, task_id)
    checked = spec.checked()
    task.title, task.description = checked.title, checked.description or None
    task.category, task.due_day, task.owner_role = checked.category, checked.due_day, checked.owner_role
    task.hours, task.criterion = checked.hours, checked.criterion
    session.flush()


def delete_template_task(session: Session, task_id: int) -> None:
    session.delete(get_template_task(session, task_id))
    session.flush()


def get_template_task(session: Session, task_id: int) -> TemplateTask:
    """The template task with this id (``NotFoundError`` when there is none)."""
    task = session.get(TemplateTask, task_id)
    if task is None:
        raise NotFoundError("no template task with id {id}", id=task_id)
    return task
