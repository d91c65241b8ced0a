"""Sales-and-marketing cost entries (the spend CAC divides by the customers won): list, add, edit, delete.

Definitions (the table is ``customers.entities.CostEntry``):

* An entry is the spend of one *period*, stored as its key (2026Q3, 2026-09 or 2026; read under the database's
  fiscal start), for the company (no team and no lead source), one team, one lead source, or one team's spend on
  one lead source (both given). Its amount is positive or zero, in any currency; CAC converts it to the base
  currency.
* A lead source is kept as typed (blanks around it removed) and compared ignoring case, so "Webinar" and
  "webinar" are one source.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.customers.entities import CostEntry
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.fiscal import parse_period
from salesmgr.models.money import from_minor, normalise_currency, to_minor
from salesmgr.models.org import Team
from salesmgr.models.periods import Period
from salesmgr.models.settings import fiscal_start


@dataclass(frozen=True)
class CostInput:
    """A cost entry as a user gives it."""

    period: str
    amount: Decimal
    currency: str
    team_id: int | None = None
    lead_source: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class CostRow:
    """A stored cost entry, with its team's name."""

    id: int
    period: str
    team_id: int | None
    team: str | None
    lead_source: str | None
    amount: Decimal
    currency: str
    note: str | None

    @property
    def active(self) -> bool:  # the table models grey out inactive rows; an entry always counts
        return True


def list_costs(session: Session, period: Period | None = None) -> list[CostRow]:
    """Every entry (``period``: only those whose period lies inside it), by period, team, lead source."""
    query = (select(CostEntry, Team.name).outerjoin(Team, Team.id == CostEntry.team_id)
             .order_by(CostEntry.period, Team.name, CostEntry.lead_source, CostEntry.id))
    rows, month = [], fiscal_start(session)
    for entry, team in session.execute(query):
        if period is not None and not inside(Period.parse(entry.period, month), period):
            continue
        rows.append(CostRow(entry.id, entry.period, entry.team_id, team, entry.lead_source,
                            from_minor(entry.amount_minor, entry.currency), entry.currency, entry.note))
    return rows


def team_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every team, by name: whose spend an entry can be."""
    rows = session.execute(select(Team.id, Team.name)).all()
    return sorted(((row.id, row.name) for row in rows), key=lambda item: item[1].casefold())


def inside(part: Period, whole: Period) -> bool:
    """True when every day of ``part`` is in ``whole`` (a month or quarter of a year, the year itself)."""
    return whole.start <= part.start and part.end <= whole.end


def add_cost(session: Session, given: CostInput) -> int:
    """A new entry from ``given`` (checked as the module says); its id."""
    entry = CostEntry()
    _fill(session, entry, given)
    session.add(entry)
    session.flush()
    return entry.id


def update_cost(session: Session, cost_id: int, given: CostInput) -> None:
    _fill(session, _entry(session, cost_id), given)
    session.flush()


def delete_cost(session: Session, cost_id: int) -> None:
    session.delete(_entry(session, cost_id))
    session.flush()


def _entry(session: Session, cost_id: int) -> CostEntry:
    entry = session.get(CostEntry, cost_id)
    if entry is None:
        raise NotFoundError("no cost entry with id {id}", id=cost_id)
    return entry


def _fill(session: Session, entry: CostEntry, given: CostInput) -> None:
    period = parse_period(session, given.period)
    if given.amount < 0:
        raise ValidationError("a cost cannot be negative, not {amount}", amount=given.amount)
    if given.team_id is not None and session.get(Team, given.team_id) is None:
        raise NotFoundError("no team with id {id}", id=given.team_id)
    currency = normalise_currency(given.currency)
    entry.period = period.key
    entry.amount_minor = to_minor(given.amount, currency)
    entry.currency = currency
    entry.team_id = given.team_id
    entry.lead_source = (given.lead_source or "").strip() or None
    entry.note = (given.note or "").strip() or None
