"""Hand-offs listed and shown: the open ones, the overdue items, one hand-off with its items and promises.

Definitions (see ``handoffs``): on day ``d`` an item is *done* when ``done_on <= d``, *overdue* when not done and
``due_on < d``; a hand-off is *open* on ``d`` when it was made for a win on or before ``d`` and an item is not
done. The lists leave out hand-offs whose deal is no longer in a won stage. Names given to ``find_handoff`` match
the deal's or the account's name case-insensitively, or the hand-off's id.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.customers.entities import CustomerPromise, Handoff, HandoffItem
from salesmgr.models.customers.handoffs import ItemRow, handoff_items, item_row
from salesmgr.models.customers.promises import PromiseRow, promises_of
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.org import Rep
from salesmgr.models.pipeline.entities import StageDefinition

STATES = ("open", "overdue", "done", "all")


@dataclass(frozen=True)
class HandoffRow:
    """A hand-off in a list, with its counts on ``day``."""

    id: int
    opportunity_id: int
    opportunity: str
    account: str | None
    owner: str | None  # the deal's owner (the rep who sold it)
    won_on: date
    implementation_owner: str | None
    success_owner: str | None
    items: int
    done: int
    overdue: int
    next_due: date | None  # the earliest due day of the items not done
    promises_open: int
    promises_broken: int

    @property
    def is_open(self) -> bool:
        return self.done < self.items


@dataclass(frozen=True)
class HandoffDetail:
    row: HandoffRow
    note: str | None
    items: list[ItemRow]
    promises: list[PromiseRow]


@dataclass(frozen=True)
class OverdueItem:
    """An item not done after its due day, with its hand-off's deal and account."""

    item: ItemRow
    opportunity: str
    account: str | None
    days_late: int


def _query() -> Select[Any]:
    won = select(StageDefinition.id).where(StageDefinition.kind == "won")
    return _any_stage().where(Opportunity.stage_id.in_(won))


def list_handoffs(session: Session, state: str = "open", day: date | None = None,
                  account_id: int | None = None) -> list[HandoffRow]:
    """The hand-offs in ``state`` on ``day`` (today unless given), the oldest win first: ``open``, ``overdue``
    (open with an overdue item), ``done`` or ``all`` (made on or before the day)."""
    if state not in STATES:
        raise ValidationError("{value} is not a hand-off state; use one of {choices}", value=state,
                              choices=", ".join(STATES))
    on = day or clock.today()
    query = _query().where(Handoff.won_on <= on).order_by(Handoff.won_on, Handoff.id)
    if account_id is not None:
        query = query.where(Handoff.account_id == account_id)
    found = list(session.execute(query))
    ids = [row[0].id for row in found]
    items, promises = _item_facts(session, ids), _promise_counts(session, ids)
    rows = [_row(handoff, deal, account, owner, items.get(handoff.id, []), promises.get(handoff.id, (0, 0)), on)
            for handoff, deal, account, owner in found]
    keep = {"open": lambda r: r.is_open, "overdue": lambda r: r.overdue > 0, "done": lambda r: not r.is_open,
            "all": lambda r: True}[state]
    return [row for row in rows if keep(row)]


def _item_facts(session: Session, ids: list[int]) -> dict[int, list[tuple[date, date | None]]]:
    found: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = select(HandoffItem.handoff_id, HandoffItem.due_on, HandoffItem.done_on).where(
            HandoffItem.handoff_id.in_(chunk))
        for handoff_id, due_on, done_on in session.execute(query):
            found[handoff_id].append((due_on, done_on))
    return found


def _promise_counts(session: Session, ids: list[int]) -> dict[int, tuple[int, int]]:
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for start in range(0, len(ids), 500):
        query = select(CustomerPromise.handoff_id, CustomerPromise.status).where(
            CustomerPromise.handoff_id.in_(ids[start:start + 500]), CustomerPromise.status != "kept")
        for handoff_id, status in session.execute(query):
            counts[handoff_id][0 if status == "open" else 1] += 1
    return {key: (value[0], value[1]) for key, value in counts.items()}


def _row(handoff: Handoff, deal: str, account: str | None, owner: str | None,
         items: list[tuple[date, date | None]], promises: tuple[int, int], on: date) -> HandoffRow:
    not_done = [due for due, done in items if done is None or done > on]
    return HandoffRow(handoff.id, handoff.opportunity_id, deal, account, owner, handoff.won_on,
                      handoff.implementation_owner, handoff.success_owner, len(items), len(items) - len(not_done),
                      sum(1 for due in not_done if due < on), min(not_done, default=None), *promises)


def handoff_detail(session: Session, handoff_id: int, day: date | None = None) -> HandoffDetail:
    """One hand-off with its items and promises (also when its deal is no longer won)."""
    found = session.execute(_any_stage().where(Handoff.id == handoff_id)).first()
    if found is None:
        raise NotFoundError("no hand-off with id {id}", id=handoff_id)
    handoff, deal, account, owner = found
    items = _item_facts(session, [handoff.id]).get(handoff.id, [])
    promises = _promise_counts(session, [handoff.id]).get(handoff.id, (0, 0))
    row = _row(handoff, deal, account, owner, items, promises, day or clock.today())
    return HandoffDetail(row, handoff.note, handoff_items(session, handoff.id), promises_of(session, handoff.id))


def _any_stage() -> Select[Any]:
    return (select(Handoff, Opportunity.name, Account.name, Rep.name)
            .join(Opportunity, Opportunity.id == Handoff.opportunity_id)
            .outerjoin(Account, Account.id == Handoff.account_id)
            .outerjoin(Rep, Rep.id == Opportunity.owner_id))


def overdue_items(session: Session, day: date | None = None, limit: int | None = None) -> list[OverdueItem]:
    """The items not done after their due day, the longest overdue first."""
    on = day or clock.today()
    query = (select(HandoffItem, Opportunity.name, Account.name)
             .join(Handoff, Handoff.id == HandoffItem.handoff_id)
             .join(Opportunity, Opportunity.id == Handoff.opportunity_id)
             .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .outerjoin(Account, Account.id == Handoff.account_id)
             .where(StageDefinition.kind == "won", HandoffItem.done_on.is_(None), HandoffItem.due_on < on)
             .order_by(HandoffItem.due_on, HandoffItem.id))
    if limit is not None:
        query = query.limit(limit)
    return [OverdueItem(item_row(item), deal, account, (on - item.due_on).days)
            for item, deal, account in session.execute(query)]


def find_handoff(session: Session, text: str) -> int:
    """The id of the hand-off named by ``text``: its id, or its deal's or account's name (case-insensitive);
    unknown or ambiguous names are refused with the close matches."""
    cleaned = text.strip()
    if cleaned.isdigit() and session.get(Handoff, int(cleaned)) is not None:
        return int(cleaned)
    rows = session.execute(_any_stage().order_by(Handoff.id)).all()
    folded = cleaned.casefold()
    exact = [h.id for h, deal, account, _ in rows if folded in (deal.casefold(), (account or "").casefold())]
    if len(exact) == 1:
        return exact[0]
    close = [f"{deal} ({account})" if account else deal for h, deal, account, _ in rows
             if folded and (folded in deal.casefold() or folded in (account or "").casefold())]
    if exact:
        raise ValidationError("{name} names several hand-offs: {matches}; give the hand-off's id", name=cleaned,
                              matches="; ".join(close[:8]))
    if len(close) == 1:
        return next(h.id for h, deal, account, _ in rows
                    if folded in deal.casefold() or folded in (account or "").casefold())
    if close:
        raise ValidationError("{name} fits several hand-offs: {matches}; give the hand-off's id", name=cleaned,
                              matches="; ".join(close[:8]))
    raise NotFoundError("no hand-off for {name}", name=cleaned)
