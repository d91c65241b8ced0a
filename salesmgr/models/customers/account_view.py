"""One account's profile: everything the database knows about it, read in one go for the account view and
``salesmgr accounts show``.

Definitions:

* *Open* deals are those in an open stage, *closed* ones those in a won or lost stage; each carries its stage
  history (the stages it entered, oldest first).
* *Ticket counts* are per severity (TICKET_SEVERITIES): every ticket of the account, and those still open (no
  closed day). *Usage* is one line per measured month, oldest first; None is "not measured".
* *Survey responses* are the CSAT answers (1-5) and the NPS answers (0-10) about the account, newest first.
* A *hand-off* is open while any item is not done; an item is overdue when it is not done and its due day is
  before today. *Promises* are the account's, with their status as stored.
* The lifetime revenue, customer and team are ``accounts``'s; the health is ``health.score_accounts``'s (None
  for an account that is not a customer today).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.bonus.entities import CsatResponse, score_from_centi
from salesmgr.models.crm import Account, Activity, Contact, Opportunity
from salesmgr.models.currency import base_currency
from salesmgr.models.customers.accounts import LifetimeRevenue, lifetime_revenues
from salesmgr.models.customers.entities import (
    TICKET_SEVERITIES,
    CustomerPromise,
    Handoff,
    HandoffItem,
    SupportTicket,
    UsageRecord,
)
from salesmgr.models.customers.health import AccountHealth, score_accounts
from salesmgr.models.customers.retention import customer_dates
from salesmgr.models.errors import NotFoundError
from salesmgr.models.goals.goals import NpsResponse
from salesmgr.models.money import from_minor
from salesmgr.models.org import Rep, Team
from salesmgr.models.pipeline.entities import StageDefinition, StageHistory


@dataclass(frozen=True)
class ContactLine:
    name: str
    title: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class StageStep:
    """The deal entered ``stage`` (its kind: open, won, lost) at ``entered_at``."""

    stage: str
    kind: str
    entered_at: datetime


@dataclass(frozen=True)
class DealLine:
    """One opportunity of the account; ``kind`` is its stage's (open, won, lost)."""

    id: int
    name: str
    stage: str
    kind: str
    amount: Decimal | None
    currency: str
    owner: str | None
    created: date | None
    expected_close: date | None
    closed: date | None
    history: tuple[StageStep, ...] = ()


@dataclass(frozen=True)
class ActivityLine:
    occurred_at: datetime
    kind: str
    subject: str | None
    rep: str | None
    deal: str | None


@dataclass(frozen=True)
class SurveyLine:
    """A CSAT (score 1-5) or NPS (score 0-10) answer; ``kind`` is "csat" or "nps"."""

    kind: str
    responded_on: date
    score: Decimal
    comment: str | None


@dataclass(frozen=True)
class TicketLine:
    opened_on: date
    closed_on: date | None
    severity: str
    subject: str | None


@dataclass(frozen=True)
class TicketCounts:
    """Tickets per severity (every severity present, lowest first): all of them, and those still open."""

    total: dict[str, int]
    open: dict[str, int]

    @property
    def all_count(self) -> int:
        return sum(self.total.values())

    @property
    def open_count(self) -> int:
        return sum(self.open.values())


@dataclass(frozen=True)
class UsageLine:
    month: date
    usage_count: int | None
    active_users: int | None
    licensed_users: int | None


@dataclass(frozen=True)
class HandoffItemLine:
    label: str
    department: str
    due_on: date
    done_on: date | None
    overdue: bool


@dataclass(frozen=True)
class HandoffLine:
    id: int
    deal: str
    won_on: date
    implementation_owner: str | None
    success_owner: str | None
    items: tuple[HandoffItemLine, ...]

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item.done_on is not None)

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.overdue)

    @property
    def is_open(self) -> bool:
        return self.done < len(self.items)


@dataclass(frozen=True)
class PromiseLine:
    text: str
    made_on: date
    due_on: date | None
    status: str
    resolved_on: date | None


@dataclass(frozen=True)
class AccountProfile:
    """Everything about one account (see the module's definitions). ``health`` None: not scored."""

    id: int
    name: str
    industry: str | None
    region: str | None
    employees: int | None
    owner: str | None
    team: str | None
    customer: bool
    customer_since: date | None
    contract_start: date | None
    renewal_date: date | None
    renewal_intent: str | None
    payment_status: str | None
    churned_on: date | None
    revenue: LifetimeRevenue
    contacts: tuple[ContactLine, ...]
    open_deals: tuple[DealLine, ...]
    closed_deals: tuple[DealLine, ...]
    activities: tuple[ActivityLine, ...]
    surveys: tuple[SurveyLine, ...]
    tickets: tuple[TicketLine, ...]
    ticket_counts: TicketCounts
    usage: tuple[UsageLine, ...]
    handoffs: tuple[HandoffLine, ...]
    promises: tuple[PromiseLine, ...]
    health: AccountHealth | None = None


def account_profile(session: Session, account_id: int, today: date | None = None) -> AccountProfile:
    """The profile of the account (module definitions); an unknown id is refused."""
    day = today or clock.today()
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError("no account with id {id}", id=account_id)
    owner, team = _owner_and_team(session, account.owner_id)
    since = customer_dates(session).get(account_id)
    base = base_currency(session)
    deals = _deals(session, account_id)
    tickets = _tickets(session, account_id)
    return AccountProfile(
        account.id, account.name, account.industry, account.region, account.employees, owner, team,
        since is not None and since.is_customer(day), since.since if since else None, account.contract_start,
        account.renewal_date, account.renewal_intent, account.payment_status, account.churned_on,
        lifetime_revenues(session, [account_id]).get(account_id, LifetimeRevenue(from_minor(0, base), base)),
        _contacts(session, account_id), tuple(d for d in deals if d.kind == "open"),
        tuple(d for d in deals if d.kind != "open"), _activities(session, account_id), _surveys(session, account_id),
        tickets, ticket_counts(tickets), _usage(session, account_id), _handoffs(session, account_id, day),
        _promises(session, account_id), account_health(session, account_id, day))


def account_health(session: Session, account_id: int, day: date) -> AccountHealth | None:
    """The account's health (None when it is not scored: not a customer today)."""
    healths = score_accounts(session, day, [account_id])
    return healths[0] if healths else None


def _owner_and_team(session: Session, owner_id: int | None) -> tuple[str | None, str | None]:
    if owner_id is None:
        return None, None
    row = session.execute(select(Rep.name, Team.name).outerjoin(Team, Team.id == Rep.team_id)
                          .where(Rep.id == owner_id)).one_or_none()
    return (row[0], row[1]) if row else (None, None)


def _contacts(session: Session, account_id: int) -> tuple[ContactLine, ...]:
    query = select(Contact).where(Contact.account_id == account_id).order_by(Contact.name, Contact.id)
    return tuple(ContactLine(c.name, c.title, c.email, c.phone) for c in session.scalars(query))


def _deals(session: Session, account_id: int) -> list[DealLine]:
    """The account's deals, newest first (by close day, else expected close, else created)."""
    stages = {stage.id: stage for stage in session.scalars(select(StageDefinition))}
    owners = dict(session.execute(select(Rep.id, Rep.name)).tuples().all())
    deals = list(session.scalars(select(Opportunity).where(Opportunity.account_id == account_id)))
    history: dict[int, list[StageStep]] = {}
    if deals:
        query = (select(StageHistory.opportunity_id, StageHistory.stage_id, StageHistory.entered_at)
                 .where(StageHistory.opportunity_id.in_([deal.id for deal in deals]))
                 .order_by(StageHistory.entered_at, StageHistory.id))
        for deal_id, stage_id, entered_at in session.execute(query):
            history.setdefault(deal_id, []).append(StageStep(stages[stage_id].label, stages[stage_id].kind,
                                                                    entered_at))
    lines = [DealLine(deal.id, deal.name, stages[deal.stage_id].label, stages[deal.stage_id].kind, deal.amount,
                      deal.currency, owners.get(deal.owner_id) if deal.owner_id else None, deal.created_date,
                      deal.expected_close_date, deal.closed_date, tuple(history.get(deal.id, ())))
             for deal in deals]
    return sorted(lines, key=lambda d: (d.closed or d.expected_close or d.created or date.min, d.id), reverse=True)


def _activities(session: Session, account_id: int) -> tuple[ActivityLine, ...]:
    query = (select(Activity.occurred_at, Activity.kind, Activity.subject, Rep.name, Opportunity.name)
             .outerjoin(Rep, Rep.id == Activity.rep_id)
             .outerjoin(Opportunity, Opportunity.id == Activity.opportunity_id)
             .where(Activity.account_id == account_id).order_by(Activity.occurred_at.desc(), Activity.id.desc()))
    return tuple(ActivityLine(*row) for row in session.execute(query))


def _surveys(session: Session, account_id: int) -> tuple[SurveyLine, ...]:
    csat = [SurveyLine("csat", r.responded_on, score_from_centi(r.score_centi), r.comment)
            for r in session.scalars(select(CsatResponse).where(CsatResponse.account_id == account_id))]
    nps = [SurveyLine("nps", r.responded_on, Decimal(r.score), r.comment)
           for r in session.scalars(select(NpsResponse).where(NpsResponse.account_id == account_id))]
    return tuple(sorted(csat + nps, key=lambda s: (s.responded_on, s.kind), reverse=True))


def _tickets(session: Session, account_id: int) -> tuple[TicketLine, ...]:
    query = (select(SupportTicket).where(SupportTicket.account_id == account_id)
             .order_by(SupportTicket.opened_on.desc(), SupportTicket.id.desc()))
    return tuple(TicketLine(t.opened_on, t.closed_on, t.severity, t.subject) for t in session.scalars(query))


def ticket_counts(tickets: Sequence[TicketLine]) -> TicketCounts:
    """Every severity with its number of tickets, and of open tickets (zero where there are none)."""
    total = {severity: 0 for severity in TICKET_SEVERITIES}
    still_open = dict(total)
    for ticket in tickets:
        total[ticket.severity] = total.get(ticket.severity, 0) + 1
        if ticket.closed_on is None:
            still_open[ticket.severity] = still_open.get(ticket.severity, 0) + 1
    return TicketCounts(total, still_open)


def _usage(session: Session, account_id: int) -> tuple[UsageLine, ...]:
    query = select(UsageRecord).where(UsageRecord.account_id == account_id).order_by(UsageRecord.month)
    return tuple(UsageLine(u.month, u.usage_count, u.active_users, u.licensed_users) for u in session.scalars(query))


def _handoffs(session: Session, account_id: int, day: date) -> tuple[HandoffLine, ...]:
    query = (select(Handoff, Opportunity.name).join(Opportunity, Opportunity.id == Handoff.opportunity_id)
             .where(Handoff.account_id == account_id).order_by(Handoff.won_on.desc(), Handoff.id.desc()))
    handoffs = session.execute(query).all()
    items: dict[int, list[HandoffItemLine]] = {}
    if handoffs:
        rows = session.scalars(select(HandoffItem).where(HandoffItem.handoff_id.in_([h.id for h, _ in handoffs]))
                               .order_by(HandoffItem.position, HandoffItem.id))
        for item in rows:
            items.setdefault(item.handoff_id, []).append(HandoffItemLine(
                item_label(item.label, item.builtin_key), item.department, item.due_on, item.done_on,
                item.done_on is None and item.due_on < day))
    return tuple(HandoffLine(h.id, name, h.won_on, h.implementation_owner, h.success_owner,
                             tuple(items.get(h.id, ()))) for h, name in handoffs)


def item_label(label: str | None, builtin_key: str | None) -> str:
    """A hand-off item's text: as edited, else the built-in item's (its key until the template module names it)."""
    return label or builtin_key or ""


def _promises(session: Session, account_id: int) -> tuple[PromiseLine, ...]:
    query = (select(CustomerPromise).where(CustomerPromise.account_id == account_id)
             .order_by(CustomerPromise.made_on.desc(), CustomerPromise.id.desc()))
    return tuple(PromiseLine(p.text, p.made_on, p.due_on, p.status, p.resolved_on) for p in session.scalars(query))
