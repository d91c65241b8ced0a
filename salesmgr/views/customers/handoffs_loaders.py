"""What the Hand-offs and Committee tabs show, and the edits they make, as
runner operations (no Qt). Definitions are the domain's (``models.customers.handoffs``, ``handoff_lists``,
``promises``, ``committee``). The Dashboard's panel has its own (``views.dashboard.handoffs_loaders``)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from salesmgr.models.customers import handoff_template as template
from salesmgr.models.customers.committee import CommitteeReview, committee_review
from salesmgr.models.customers.handoff_lists import (
    HandoffDetail,
    HandoffRow,
    handoff_detail,
    list_handoffs,
)
from salesmgr.models.customers.handoffs import set_item_done, set_owners
from salesmgr.models.customers.promises import add_promise, set_promise_status
from salesmgr.models.database import Session
from salesmgr.models.fiscal import parse_fiscal_quarter


@dataclass(frozen=True)
class HandoffsView:
    rows: list[HandoffRow]
    open_count: int
    overdue_items: int


def load_handoffs(session: Session, state: str, today: date) -> HandoffsView:
    rows = list_handoffs(session, state, today)
    opened = rows if state == "open" else list_handoffs(session, "open", today)
    return HandoffsView(rows, len(opened), sum(row.overdue for row in opened))


def load_detail(session: Session, handoff_id: int, today: date) -> HandoffDetail:
    return handoff_detail(session, handoff_id, today)


def tick_item(session: Session, item_id: int, done: bool, by: str | None) -> None:
    set_item_done(session, item_id, done, by)


def save_owners(session: Session, handoff_id: int, implementation: str, success: str, note: str) -> None:
    set_owners(session, handoff_id, implementation, success, note)


def new_promise(session: Session, handoff_id: int, text: str, due_on: date | None) -> int:
    return add_promise(session, handoff_id, text, due_on)


def resolve_promise(session: Session, promise_id: int, status: str) -> None:
    set_promise_status(session, promise_id, status)


# --- the checklist template ---------------------------------------------------------------------------------
def load_template(session: Session) -> list[template.TemplateItemRow]:
    return template.template_items(session)


def save_template_item(session: Session, item_id: int | None, label: str, department: str, due_days: int,
                       active: bool = True) -> None:
    """A new item (``item_id`` None) or an edited one."""
    if item_id is None:
        template.add_template_item(session, label, department, due_days)
    else:
        template.update_template_item(session, item_id, label, department, due_days, active)


def move_template_item(session: Session, item_id: int, step: int) -> None:
    template.move_template_item(session, item_id, step)


def delete_template_item(session: Session, item_id: int) -> None:
    template.delete_template_item(session, item_id)


# --- the committee review -----------------------------------------------------------------------------------
def load_committee(session: Session, quarter: str, today: date) -> CommitteeReview:
    return committee_review(session, parse_fiscal_quarter(session, quarter), today)


def export_committee(session: Session, quarter: str, today: date, out: Path) -> Path:
    from salesmgr.exchange.reports.committee import export_committee as write

    return write(load_committee(session, quarter, today), out)
