"""The account list and what every account's line shows: owner and team, whether it is a customer, its
renewal, its lifetime revenue and its health; finding an account by id or name; editing its customer
relationship (contract, renewal, intent, payment, churn day).

Definitions:

* An account's *lifetime revenue* is the sum of the amounts of its won deals (every won deal, whatever its close
  day), in the base currency at the current rates. Amounts in a currency without a rate are *left out* of that
  sum and named (``Unconverted``: per currency the number of deals and their sum in it); deals without an amount
  count for nothing. An account without a won deal has a lifetime revenue of zero.
* *Customer* and *customer since* are ``retention.customer_dates``'s: from the first won deal's close day until
  ``churned_on``, checked on today (``clock.today``).
* The *team* is the owner's current team.
* The *health* (score and band) is ``health.score_accounts``'s, for the customers of today only; other accounts
  have none.
* A *search* matches when the text (ignoring case) is part of the name, industry, region, owner or team.
"""
from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.crm import PAYMENT_STATUSES, RENEWAL_INTENTS, Account, Opportunity
from salesmgr.models.currency import base_currency, rates, to_base
from salesmgr.models.customers.health import score_accounts
from salesmgr.models.customers.retention import CustomerDates, customer_dates
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.metrics.unconverted import Unconverted
from salesmgr.models.money import from_minor, normalise_currency
from salesmgr.models.org import Rep, Team
from salesmgr.models.pipeline.entities import StageDefinition


@dataclass(frozen=True)
class LifetimeRevenue:
    """The lifetime revenue in ``currency`` (the base currency) and what was left out for want of a rate."""

    amount: Decimal
    currency: str
    left_out: tuple[Unconverted, ...] = ()
    won_deals: int = 0

    def to_json(self) -> dict[str, object]:
        return {"amount": str(self.amount), "currency": self.currency, "won_deals": self.won_deals,
                "left_out": [entry.to_json() for entry in self.left_out]}


@dataclass(frozen=True)
class AccountRow:
    """One line of the account list (see the module's definitions)."""

    id: int
    name: str
    industry: str | None
    region: str | None
    owner_id: int | None
    owner: str | None
    team_id: int | None
    team: str | None
    customer: bool
    customer_since: date | None
    churned_on: date | None
    renewal_date: date | None
    renewal_intent: str | None
    payment_status: str | None
    open_deals: int
    revenue: LifetimeRevenue
    score: int | None = None
    band: str | None = None

    @property
    def active(self) -> bool:
        """False once the account churned (the list greys it out)."""
        return self.churned_on is None

    def matches(self, text: str) -> bool:
        """True when ``text`` (ignoring case and surrounding blanks) is part of the name, industry, region, owner
        or team; blank text matches every account."""
        typed = text.strip().casefold()
        return not typed or any(typed in (value or "").casefold()
                                for value in (self.name, self.industry, self.region, self.owner, self.team))

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "industry": self.industry, "region": self.region,
                "owner": self.owner, "team": self.team, "customer": self.customer,
                "customer_since": _iso(self.customer_since), "churned_on": _iso(self.churned_on),
                "renewal_date": _iso(self.renewal_date), "renewal_intent": self.renewal_intent,
                "payment_status": self.payment_status, "open_deals": self.open_deals,
                "lifetime_revenue": self.revenue.to_json(), "health_score": self.score, "health_band": self.band}


@dataclass(frozen=True)
class AccountList:
    """The accounts (by name, then id), the base currency, and every currency some revenue was left out in."""

    rows: list[AccountRow]
    currency: str
    left_out: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RelationshipEdit:
    """The customer relationship of one account as edited; None clears a field (not known)."""

    contract_start: date | None = None
    renewal_date: date | None = None
    renewal_intent: str | None = None
    payment_status: str | None = None
    churned_on: date | None = None


def list_accounts(session: Session, *, search: str = "", owner_id: int | None = None, team_id: int | None = None,
                  customers_only: bool = False, today: date | None = None,
                  with_health: bool = True) -> AccountList:
    """Every account matching the filters, with its figures (module definitions)."""
    day = today or clock.today()
    base = base_currency(session)
    revenue = lifetime_revenues(session)
    since = customer_dates(session)
    open_deals = _open_deal_counts(session)
    rows = [_row(record, since.get(record.id), day, open_deals.get(record.id, 0),
                 revenue.get(record.id, LifetimeRevenue(from_minor(0, base), base)))
            for record in session.execute(_account_query())]
    rows = [row for row in rows if row.matches(search) and (owner_id is None or row.owner_id == owner_id)
            and (team_id is None or row.team_id == team_id) and (not customers_only or row.customer)]
    if with_health:
        rows = add_health(session, rows, day)
    left_out = sorted({entry.currency for row in rows for entry in row.revenue.left_out})
    return AccountList(rows, base, left_out)


def _account_query() -> Select[Any]:
    return (select(Account.id, Account.name, Account.industry, Account.region, Account.owner_id,
                   Rep.name.label("owner"), Rep.team_id, Team.name.label("team"), Account.churned_on,
                   Account.renewal_date, Account.renewal_intent, Account.payment_status)
            .outerjoin(Rep, Rep.id == Account.owner_id).outerjoin(Team, Team.id == Rep.team_id)
            .order_by(Account.name, Account.id))


def _row(record: Row[Any], since: CustomerDates | None, day: date, open_deals: int,
         revenue: LifetimeRevenue) -> AccountRow:
    return AccountRow(record.id, record.name, record.industry, record.region, record.owner_id, record.owner,
                      record.team_id, record.team, since is not None and since.is_customer(day),
                      since.since if since else None, record.churned_on, record.renewal_date,
                      record.renewal_intent, record.payment_status, open_deals, revenue)


def add_health(session: Session, rows: list[AccountRow], day: date) -> list[AccountRow]:
    """``rows`` with the score and band of those that are customers (``health.score_accounts``)."""
    wanted = [row.id for row in rows if row.customer]
    healths = {health.account_id: health for health in score_accounts(session, day, wanted)} if wanted else {}
    return [replace(row, score=healths[row.id].score, band=healths[row.id].band) if row.id in healths else row
            for row in rows]


def _open_deal_counts(session: Session) -> dict[int, int]:
    query = (select(Opportunity.account_id, func.count())
             .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .where(StageDefinition.kind == "open", Opportunity.account_id.is_not(None))
             .group_by(Opportunity.account_id))
    return {account_id: int(count) for account_id, count in session.execute(query)}


def lifetime_revenues(session: Session, account_ids: Collection[int] | None = None) -> dict[int, LifetimeRevenue]:
    """account id -> its lifetime revenue (module definition), for the accounts with a won deal (among
    ``account_ids`` when given)."""
    query = (select(Opportunity.account_id, Opportunity.currency, func.count(), func.sum(Opportunity.amount_minor))
             .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .where(StageDefinition.kind == "won", Opportunity.account_id.is_not(None))
             .group_by(Opportunity.account_id, Opportunity.currency))
    if account_ids is not None:
        query = query.where(Opportunity.account_id.in_(list(account_ids)))
    sums: dict[int, list[tuple[str, int, int | None]]] = {}
    for account_id, currency, count, minor in session.execute(query):
        sums.setdefault(account_id, []).append((currency, int(count), None if minor is None else int(minor)))
    base, table = base_currency(session), rates(session)
    return {account_id: revenue_of(session, parts, base, table) for account_id, parts in sums.items()}


def revenue_of(session: Session, parts: Iterable[tuple[str, int, int | None]], base: str,
               table: dict[str, Decimal]) -> LifetimeRevenue:
    """``(currency, won deals, their sum in minor units or None)`` -> the lifetime revenue in ``base``."""
    total = from_minor(0, base)
    left_out: list[Unconverted] = []
    deals = 0
    for currency, count, minor in sorted(parts):
        deals += count
        if minor is None:
            continue
        code = normalise_currency(currency)
        if code != base and code not in table:
            left_out.append(Unconverted(code, count, from_minor(minor, code)))
            continue
        total += to_base(session, from_minor(minor, code), code, base=base, known_rates=table)
    return LifetimeRevenue(total, base, tuple(left_out), deals)


def find_account(session: Session, text: str) -> int:
    """The id of the account given by id (digits) or name, as ``lookup`` finds teams: the exact name ignoring
    case, else the one name containing the text. A name that several accounts carry is refused listing them with
    their ids; a part several names contain listing them; an unknown name listing the close matches."""
    typed = text.strip()
    if typed.isdigit() and session.get(Account, int(typed)) is not None:
        return int(typed)
    rows = session.execute(select(Account.id, Account.name).order_by(Account.name, Account.id)).all()
    found = [row for row in rows if row.name.casefold() == typed.casefold()]
    if len(found) == 1:
        return int(found[0].id)
    if found:
        raise NotFoundError("more than one account is called {name}: {matches}; give the id instead",
                            name=typed, matches=_with_ids(found))
    part = [row for row in rows if typed and typed.casefold() in row.name.casefold()]
    if len(part) == 1:
        return int(part[0].id)
    if part:
        raise NotFoundError("more than one account's name contains {name}: {matches}; give more of the name or "
                            "the id", name=typed, matches=_with_ids(part[:10]))
    alike = difflib.get_close_matches(typed, [row.name for row in rows], n=5, cutoff=0.5)
    raise NotFoundError("no account called {name}; close matches: {matches}", name=typed,
                        matches=", ".join(dict.fromkeys(alike)) or "-")


def _with_ids(rows: Sequence[Row[Any]]) -> str:
    return ", ".join(f"{row.name} (id {row.id})" for row in rows)


def set_relationship(session: Session, account_id: int, edit: RelationshipEdit) -> None:
    """Store the edited customer relationship of the account (checked first; nothing written on a refusal)."""
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError("no account with id {id}", id=account_id)
    check_relationship(edit)
    account.contract_start, account.renewal_date = edit.contract_start, edit.renewal_date
    account.renewal_intent, account.payment_status = edit.renewal_intent, edit.payment_status
    account.churned_on = edit.churned_on
    session.flush()


def check_relationship(edit: RelationshipEdit) -> None:
    """Refuse an unknown intent or payment status, and a renewal before the contract starts."""
    if edit.renewal_intent is not None and edit.renewal_intent not in RENEWAL_INTENTS:
        raise ValidationError("unknown renewal intent {value}; use one of {choices}", value=edit.renewal_intent,
                              choices=", ".join(RENEWAL_INTENTS))
    if edit.payment_status is not None and edit.payment_status not in PAYMENT_STATUSES:
        raise ValidationError("unknown payment status {value}; use one of {choices}", value=edit.payment_status,
                              choices=", ".join(PAYMENT_STATUSES))
    if edit.contract_start and edit.renewal_date and edit.renewal_date < edit.contract_start:
        raise ValidationError("the renewal day {renewal} is before the contract start {start}; correct one of them",
                              renewal=edit.renewal_date, start=edit.contract_start)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
