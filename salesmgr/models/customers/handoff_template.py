"""The hand-off checklist template: the items every new hand-off starts with.

Definitions:

* The template is the active ``handoff_template_item`` rows in ``position`` order. A new database gets the seed's
  five items (BUILTIN_ITEMS: feasibility confirmed with product before signing, scope and promises written down,
  implementation owner named, kick-off held, customer-success owner introduced) the first time the template is
  read (``ensure_template``); after that the user's edits are kept, including removing every item.
* A built-in item keeps its ``builtin_key`` and an empty ``label`` until someone edits its text, so it is shown in
  the interface language (``item_label``).
* ``due_days`` counts from the day the deal was won: 0 is due on that day.
* Editing the template changes the hand-offs made afterwards, never those already made.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.config import Setting
from salesmgr.models.customers.entities import DEPARTMENTS, HandoffTemplateItem
from salesmgr.models.errors import NotFoundError, ValidationError

CONTEXT = "Customers"
LABEL_LIMIT = 300
MAX_DUE_DAYS = 365


@dataclass(frozen=True)
class BuiltinItem:
    key: str
    text: str  # English, marked for the "Customers" context
    department: str
    due_days: int


BUILTIN_ITEMS = (
    BuiltinItem("feasibility", QT_TRANSLATE_NOOP("Customers", "Pre-sale feasibility confirmed with product"),
                "product", 0),
    BuiltinItem("scope", QT_TRANSLATE_NOOP("Customers", "Scope and promises written down"), "sales", 3),
    BuiltinItem("implementation_owner", QT_TRANSLATE_NOOP("Customers", "Implementation owner named"), "service", 5),
    BuiltinItem("kickoff", QT_TRANSLATE_NOOP("Customers", "Kick-off held with the customer"), "service", 14),
    BuiltinItem("success_owner", QT_TRANSLATE_NOOP("Customers", "Customer-success owner introduced"), "service", 21),
)
_BUILTIN = {item.key: item for item in BUILTIN_ITEMS}
DEPARTMENT_LABELS = {
    "sales": QT_TRANSLATE_NOOP("Customers", "Sales"), "marketing": QT_TRANSLATE_NOOP("Customers", "Marketing"),
    "product": QT_TRANSLATE_NOOP("Customers", "Product"), "service": QT_TRANSLATE_NOOP("Customers", "Service"),
}
SEEDED_KEY = "handoffs.template_seeded"


@dataclass(frozen=True)
class TemplateItemRow:
    id: int
    position: int
    label: str  # as shown, in the current language
    builtin_key: str | None
    department: str
    due_days: int
    active: bool


def item_label(label: str | None, builtin_key: str | None) -> str:
    """An item's text as shown: its own when edited, else the built-in one in the current language."""
    if label:
        return label
    builtin = _BUILTIN.get(builtin_key or "")
    return translate(CONTEXT, builtin.text) if builtin else ""


def department_label(department: str) -> str:
    return translate(CONTEXT, DEPARTMENT_LABELS.get(department, department))


def ensure_template(session: Session) -> None:
    """Write the seed's five items when the template was never seeded (a mark in ``setting`` remembers it, so a
    template the user emptied stays empty)."""
    if session.get(Setting, SEEDED_KEY) is not None:
        return
    if not session.scalar(select(func.count()).select_from(HandoffTemplateItem)):
        session.add_all(HandoffTemplateItem(position=i, builtin_key=b.key, label=None, department=b.department,
                                            due_days=b.due_days, active=True)
                        for i, b in enumerate(BUILTIN_ITEMS, start=1))
    session.add(Setting(key=SEEDED_KEY, value="1"))
    session.flush()


def template_items(session: Session, active_only: bool = False) -> list[TemplateItemRow]:
    """The template's items in order (``active_only``: those new hand-offs get)."""
    ensure_template(session)
    query = select(HandoffTemplateItem).order_by(HandoffTemplateItem.position, HandoffTemplateItem.id)
    if active_only:
        query = query.where(HandoffTemplateItem.active.is_(True))
    return [TemplateItemRow(i.id, i.position, item_label(i.label, i.builtin_key), i.builtin_key, i.department,
                            i.due_days, i.active) for i in session.scalars(query)]


def active_items(session: Session) -> list[HandoffTemplateItem]:
    """The stored items new hand-offs get, in order (their ``label`` as stored: None for built-in texts)."""
    ensure_template(session)
    return list(session.scalars(select(HandoffTemplateItem).where(HandoffTemplateItem.active.is_(True))
                                .order_by(HandoffTemplateItem.position, HandoffTemplateItem.id)))


def _checked(label: str, department: str, due_days: int) -> str:
    text = label.strip()
    if not text:
        raise ValidationError("a checklist item needs a text")
    if len(text) > LABEL_LIMIT:
        raise ValidationError("a checklist item can be at most {limit} characters", limit=LABEL_LIMIT)
    if department not in DEPARTMENTS:
        raise ValidationError("{value} is not a department; use one of {choices}", value=department,
                              choices=", ".join(DEPARTMENTS))
    if isinstance(due_days, bool) or not 0 <= due_days <= MAX_DUE_DAYS:
        raise ValidationError("the days until an item is due must be a whole number from 0 to {most}",
                              most=MAX_DUE_DAYS)
    return text


def add_template_item(session: Session, label: str, department: str, due_days: int) -> int:
    """A new item at the end of the template."""
    text = _checked(label, department, due_days)
    ensure_template(session)
    last = session.scalar(select(func.max(HandoffTemplateItem.position))) or 0
    item = HandoffTemplateItem(position=last + 1, label=text, department=department, due_days=due_days, active=True)
    session.add(item)
    session.flush()
    return item.id


def update_template_item(session: Session, item_id: int, label: str, department: str, due_days: int,
                         active: bool = True) -> None:
    """Change an item; a built-in item whose text is left as shown keeps following the interface language."""
    item = _item(session, item_id)
    text = _checked(label, department, due_days)
    if not (item.builtin_key and text == item_label(item.label, item.builtin_key)):
        item.label = text
    item.department, item.due_days, item.active = department, due_days, active
    session.flush()


def move_template_item(session: Session, item_id: int, step: int) -> None:
    """Move an item ``step`` places up (negative) or down in the template."""
    rows = list(session.scalars(select(HandoffTemplateItem).order_by(HandoffTemplateItem.position,
                                                                     HandoffTemplateItem.id)))
    index = next((i for i, row in enumerate(rows) if row.id == item_id), None)
    if index is None:
        raise NotFoundError("no checklist item with id {id}", id=item_id)
    target = max(0, min(len(rows) - 1, index + step))
    rows.insert(target, rows.pop(index))
    for position, row in enumerate(rows, start=1):
        row.position = position
    session.flush()


def delete_template_item(session: Session, item_id: int) -> None:
    session.delete(_item(session, item_id))
    session.flush()


def _item(session: Session, item_id: int) -> HandoffTemplateItem:
    item = session.get(HandoffTemplateItem, item_id)
    if item is None:
        raise NotFoundError("no checklist item with id {id}", id=item_id)
    return item
