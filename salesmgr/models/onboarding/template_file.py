"""The onboarding template that ships in ``resources/onboarding/default_template.json`` (the seed's 90-day plan).

Definitions:

* The file holds the template's key (``default``, its name in the database and on the command line), its label
  and note in each interface language, and its tasks: key, due day, category, owner role, hours, optional
  criterion, and title and description in each language.
* ``ensure_default_template`` adds it to the database once (English texts; a task remembers its key); a user may
  edit or delete it afterwards, and it is not added again while a template of that name exists.
* Shown texts: a built-in task whose title (description) is still the shipped English one is shown in the
  interface language (``task_title``, ``task_description``); one the user changed is shown as written. The same
  holds for the template's label (``template_label``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.i18n import language
from salesmgr.models.onboarding.entities import OnboardingTemplate, TemplateTask
from salesmgr.paths import resource

DEFAULT_KEY = "default"
FALLBACK = "en"


@dataclass(frozen=True)
class ShippedTask:
    key: str
    due_day: int
    category: str
    owner_role: str
    hours: Decimal
    criterion: str | None
    title: dict[str, str]
    description: dict[str, str]


@dataclass(frozen=True)
class ShippedTemplate:
    key: str
    label: dict[str, str]
    note: dict[str, str]
    tasks: tuple[ShippedTask, ...]


@cache
def shipped() -> ShippedTemplate:
    """The template of the resources file."""
    data: dict[str, Any] = json.loads(resource("onboarding", "default_template.json").read_text(encoding="utf-8"))
    tasks = tuple(ShippedTask(t["key"], int(t["due_day"]), t["category"], t["owner_role"], Decimal(t["hours"]),
                              t.get("criterion"), t["title"], t["description"]) for t in data["tasks"])
    return ShippedTemplate(data["key"], data["name"], data["note"], tasks)


def _text(texts: dict[str, str]) -> str:
    return texts.get(language(), texts[FALLBACK])


def ensure_default_template(session: Session) -> OnboardingTemplate:
    """The default template, added from the resources file when no template has its name."""
    found = session.scalar(select(OnboardingTemplate).where(OnboardingTemplate.name == DEFAULT_KEY))
    if found is not None:
        return found
    template = shipped()
    row = OnboardingTemplate(name=template.key, builtin_key=template.key, note=template.note[FALLBACK])
    session.add(row)
    session.flush()
    for position, task in enumerate(template.tasks, start=1):
        session.add(TemplateTask(template_id=row.id, position=position, title=task.title[FALLBACK],
                                 description=task.description[FALLBACK], category=task.category,
                                 due_day=task.due_day, owner_role=task.owner_role, hours=task.hours,
                                 criterion=task.criterion, builtin_key=task.key))
    session.flush()
    return row


def _shipped_task(key: str | None) -> ShippedTask | None:
    return next((task for task in shipped().tasks if task.key == key), None) if key else None


def task_title(title: str, builtin_key: str | None) -> str:
    """A task's title as shown (see the module)."""
    task = _shipped_task(builtin_key)
    return _text(task.title) if task is not None and title == task.title[FALLBACK] else title


def task_description(description: str | None, builtin_key: str | None) -> str:
    task = _shipped_task(builtin_key)
    if task is not None and description == task.description[FALLBACK]:
        return _text(task.description)
    return description or ""


def template_label(name: str, builtin_key: str | None) -> str:
    """The default template is shown by its label in the interface language while it keeps its name."""
    template = shipped()
    return _text(template.label) if builtin_key == template.key and name == template.key else name


def template_note(note: str | None, builtin_key: str | None) -> str:
    template = shipped()
    if builtin_key == template.key and note == template.note[FALLBACK]:
        return _text(template.note)
    return note or ""
