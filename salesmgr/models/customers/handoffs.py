"""Hand-offs from sales to service: made when a deal is won, worked through as a checklist.

Definitions (the tables' own are in ``entities``):

* ``ensure_handoffs`` gives every won deal that has none a hand-off, with one item per active template item
  (``handoff_template``), each due ``due_days`` after the win. The win day is the deal's close day (today when it
  has none). Only wins from ``BACKFILL_DAYS`` days ago on get one: a hand-off is work still to do, and importing
  years of history must not open hundreds of hand-offs for customers served long ago.
  It runs after every import of opportunities, when a deal is moved to a won stage, and in the demo.
* A hand-off is *open* while one of its items is not done, *done* when every item is (one without items is done).
  An item is *overdue* on day ``d`` when it is not done and ``due_on < d``.
* Marking an item done records who (free text, the person's name) and the day (today unless given); undoing it
  clears both.
* A deal moved out of its won stage keeps its hand-off (what was done stays true), but the lists leave it out
  while the deal is not won.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.crm import Opportunity
from salesmgr.models.customers.entities import Handoff, HandoffItem
from salesmgr.models.customers.handoff_template import active_items, item_label
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.pipeline.entities import StageDefinition

BACKFILL_DAYS = 120
NAME_LIMIT = 120
NOTE_LIMIT = 2000
CHUNK = 500  # ids per IN (...)


@dataclass(frozen=True)
class ItemRow:
    """One checklist item of a hand-off, as shown."""

    id: int
    handoff_id: int
    position: int
    label: str
    department: str
    due_on: date
    done_on: date | None
    done_by: str | None
    note: str | None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def overdue(self, day: date) -> bool:
        return self.done_on is None and self.due_on < day


def won_deals_without_handoff(session: Session, since: date,
                              opportunity_ids: Collection[int] | None = None) -> list[tuple[int, int | None, date]]:
    """(opportunity id, account id, win day) of the won deals from ``since`` on that have no hand-off."""
    query = (select(Opportunity.id, Opportunity.account_id, Opportunity.closed_date)
             .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .where(StageDefinition.kind == "won",
                    (Opportunity.closed_date >= since) | Opportunity.closed_date.is_(None),
                    ~exists().where(Handoff.opportunity_id == Opportunity.id))
             .order_by(Opportunity.closed_date, Opportunity.id))
    if opportunity_ids is not None:
        query = query.where(Opportunity.id.in_(list(opportunity_ids)))
    today = clock.today()
    return [(row[0], row[1], row[2] or today) for row in session.execute(query)]


def ensure_handoffs(session: Session, opportunity_ids: Collection[int] | None = None,
                    today: date | None = None) -> int:
    """Make the missing hand-offs (see the module docstring), only for ``opportunity_ids`` when given; returns
    how many were made."""
    day = today or clock.today()
    deals = won_deals_without_handoff(session, day - timedelta(days=BACKFILL_DAYS), opportunity_ids)
    if not deals:
        return 0
    template = active_items(session)
    now = clock.utcnow()
    session.execute(insert(Handoff), [{"opportunity_id": opp_id, "account_id": account_id, "won_on": won_on,
                                       "created_at": now} for opp_id, account_id, won_on in deals])
    made: list[tuple[int, date]] = []
    ids = [deal[0] for deal in deals]
    for start in range(0, len(ids), CHUNK):
        made += [(row[0], row[1]) for row in session.execute(
            select(Handoff.id, Handoff.won_on).where(Handoff.opportunity_id.in_(ids[start:start + CHUNK])))]
    items = [{"handoff_id": handoff_id, "position": position, "builtin_key": item.builtin_key, "label": item.label,
              "department": item.department, "due_on": won_on + timedelta(days=item.due_days)}
             for handoff_id, won_on in made for position, item in enumerate(template, start=1)]
    if items:
        session.execute(insert(HandoffItem), items)
    return len(deals)


def handoff_items(session: Session, handoff_id: int) -> list[ItemRow]:
    query = (select(HandoffItem).where(HandoffItem.handoff_id == handoff_id)
             .order_by(HandoffItem.position, HandoffItem.id))
    return [item_row(item) for item in session.scalars(query)]


def item_row(item: HandoffItem) -> ItemRow:
    return ItemRow(item.id, item.handoff_id, item.position, item_label(item.label, item.builtin_key),
                   item.department, item.due_on, item.done_on, item.done_by, item.note)


def set_item_done(session: Session, item_id: int, done: bool = True, by: str | None = None,
                  on: date | None = None) -> ItemRow:
    """Tick an item (who and which day: today unless ``on``) or untick it (both cleared)."""
    item = session.get(HandoffItem, item_id)
    if item is None:
        raise NotFoundError("no hand-off item with id {id}", id=item_id)
    if done:
        who = (by or "").strip() or None
        if who is not None and len(who) > NAME_LIMIT:
            raise ValidationError("a name can be at most {limit} characters", limit=NAME_LIMIT)
        day = on or clock.today()
        if day > clock.today():
            raise ValidationError("an item cannot be done on a day still to come ({day})", day=day.isoformat())
        item.done_on, item.done_by = day, who
    else:
        item.done_on, item.done_by = None, None
    session.flush()
    return item_row(item)


def set_owners(session: Session, handoff_id: int, implementation_owner: str | None, success_owner: str | None,
               note: str | None = None) -> None:
    """Name who implements and who looks after the customer afterwards (empty: not named yet)."""
    handoff = get_handoff(session, handoff_id)
    names = [(value or "").strip() or None for value in (implementation_owner, success_owner)]
    if any(name is not None and len(name) > NAME_LIMIT for name in names):
        raise ValidationError("a name can be at most {limit} characters", limit=NAME_LIMIT)
    text = (note or "").strip() or None
    if text is not None and len(text) > NOTE_LIMIT:
        raise ValidationError("a note can be at most {limit} characters", limit=NOTE_LIMIT)
    handoff.implementation_owner, handoff.success_owner = names
    handoff.note = text
    session.flush()


def get_handoff(session: Session, handoff_id: int) -> Handoff:
    handoff = session.get(Handoff, handoff_id)
    if handoff is None:
        raise NotFoundError("no hand-off with id {id}", id=handoff_id)
    return handoff
