"""Promises sales made to a customer before signing, kept with the hand-off so service knows them.

Definitions: a promise is ``open`` until it is resolved as ``kept`` or ``broken`` on ``resolved_on`` (today unless
given); reopening it clears the day. It belongs to the hand-off's account and deal. A promise is *broken in a
period* when it was resolved as broken on a day of that period.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.customers.entities import PROMISE_STATUSES, CustomerPromise, Handoff
from salesmgr.models.errors import NotFoundError, ValidationError

TEXT_LIMIT = 1000


@dataclass(frozen=True)
class PromiseRow:
    id: int
    handoff_id: int | None
    account: str | None
    opportunity: str | None
    text: str
    made_on: date
    due_on: date | None
    status: str
    resolved_on: date | None
    note: str | None


def add_promise(session: Session, handoff_id: int, text: str, due_on: date | None = None,
                made_on: date | None = None) -> int:
    """Write down a promise of the hand-off's deal (made on the win day unless ``made_on``)."""
    handoff = session.get(Handoff, handoff_id)
    if handoff is None:
        raise NotFoundError("no hand-off with id {id}", id=handoff_id)
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError("a promise needs a text")
    if len(cleaned) > TEXT_LIMIT:
        raise ValidationError("a promise can be at most {limit} characters", limit=TEXT_LIMIT)
    promise = CustomerPromise(account_id=handoff.account_id, opportunity_id=handoff.opportunity_id,
                              handoff_id=handoff.id, text=cleaned, made_on=made_on or handoff.won_on, due_on=due_on,
                              status="open")
    session.add(promise)
    session.flush()
    return promise.id


def set_promise_status(session: Session, promise_id: int, status: str, on: date | None = None,
                       note: str | None = None) -> None:
    """Resolve a promise as kept or broken (on ``on``, else today), or reopen it (``open``)."""
    if status not in PROMISE_STATUSES:
        raise ValidationError("{value} is not a promise status; use one of {choices}", value=status,
                              choices=", ".join(PROMISE_STATUSES))
    promise = session.get(CustomerPromise, promise_id)
    if promise is None:
        raise NotFoundError("no promise with id {id}", id=promise_id)
    promise.status = status
    promise.resolved_on = None if status == "open" else (on or clock.today())
    if note is not None:
        promise.note = note.strip() or None
    session.flush()


def delete_promise(session: Session, promise_id: int) -> None:
    promise = session.get(CustomerPromise, promise_id)
    if promise is None:
        raise NotFoundError("no promise with id {id}", id=promise_id)
    session.delete(promise)
    session.flush()


def _select() -> Select[Any]:
    return (select(CustomerPromise, Account.name, Opportunity.name)
            .outerjoin(Account, Account.id == CustomerPromise.account_id)
            .outerjoin(Opportunity, Opportunity.id == CustomerPromise.opportunity_id))


def _rows(session: Session, query: Select[Any]) -> list[PromiseRow]:
    return [PromiseRow(p.id, p.handoff_id, account, deal, p.text, p.made_on, p.due_on, p.status, p.resolved_on,
                       p.note) for p, account, deal in session.execute(query)]


def promises_of(session: Session, handoff_id: int) -> list[PromiseRow]:
    return _rows(session, _select().where(CustomerPromise.handoff_id == handoff_id)
                 .order_by(CustomerPromise.made_on, CustomerPromise.id))


def broken_promises(session: Session, first: date, last: date) -> list[PromiseRow]:
    """The promises resolved as broken from ``first`` to ``last`` (both included), in that order."""
    return _rows(session, _select().where(CustomerPromise.status == "broken",
                                          CustomerPromise.resolved_on.between(first, last))
                 .order_by(CustomerPromise.resolved_on, CustomerPromise.id))


def open_promises(session: Session) -> list[PromiseRow]:
    """Promises not resolved yet, the soonest due first (those without a due day last)."""
    return _rows(session, _select().where(CustomerPromise.status == "open")
                 .order_by(CustomerPromise.due_on.is_(None), CustomerPromise.due_on, CustomerPromise.id))
