"""Where accounts are in the customer journey today, how long they spend in each stage, and where they are lost.

Placement rules (``today`` from ``models.clock``; a *customer* is ``customers.retention``'s; the first rule that
applies wins):

1. A churned account (``churned_on`` on or before today) is *lost* at: **renewal** when it churned from 90 days
   before its renewal day to 30 days after it; else at **onboarding** when it churned within 90 days of becoming
   a customer or with a hand-off still open; else at **use** (``adoption``).
2. A customer with a renewal day from today to 90 days ahead is in **renewal** (entered 90 days before that day,
   or when it became a customer if later).
3. A customer that became one in the last 14 days is in **purchase** (entered on its first win), unless an item
   of its open hand-off is already done. A customer with an open hand-off (an item not done) is otherwise in
   **onboarding** (entered on the hand-off's win day).
4. Any other customer is in **use** (entered on the day its last hand-off was completed, else its first win).
5. An account that is no customer and has an open deal is in **consideration** (entered on the earliest
   ``created_date`` of its open deals); with deals that are all lost it is *lost at consideration*.
6. An account with activities and no deals is in **awareness** (entered on its first activity). A lead that is
   not converted (new, nurturing or assigned) is in awareness too (entered on its ``created_date``); a
   disqualified lead is *lost at awareness*. Accounts with nothing of this are not placed.

Time spent: ``days_now`` are the days the accounts in a stage have been in it so far (today - entered);
``days_to_leave`` are the days of the passes through a stage that the data dates at both ends: awareness, a
converted lead's ``created_date`` to its opportunity's; consideration, a customer's first opportunity created to
its first win; onboarding, a completed hand-off's win day to its last item done. Both are given as median and
average in days, None when there is nothing to measure (never 0).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.crm import Account, Activity, Lead, Opportunity
from salesmgr.models.customers.entities import JOURNEY_KEYS, Handoff, HandoffItem
from salesmgr.models.customers.retention import CustomerDates, customer_dates
from salesmgr.models.pipeline.entities import StageDefinition

RENEWAL_DAYS = 90
PURCHASE_DAYS = 14
EARLY_CHURN_DAYS = 90
OPEN_LEADS = ("new", "nurturing", "assigned")


@dataclass(frozen=True)
class Placement:
    kind: str  # "account" or "lead"
    id: int
    stage: str  # a JOURNEY_KEYS key
    lost: bool = False
    entered: date | None = None


@dataclass(frozen=True)
class Days:
    median: Decimal | None
    average: Decimal | None
    count: int

    @classmethod
    def of(cls, values: list[int]) -> Days:
        if not values:
            return cls(None, None, 0)
        average = (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"))
        return cls(Decimal(str(median(values))), average, len(values))


@dataclass(frozen=True)
class StageFigures:
    key: str
    accounts: int  # placed in the stage now (accounts, and for awareness open leads)
    leads: int  # of which leads (awareness only)
    lost: int
    days_now: Days
    days_to_leave: Days


@dataclass
class _Account:
    dates: CustomerDates | None = None
    renewal: date | None = None
    churned: date | None = None
    open_since: date | None = None
    has_open: bool = False
    has_lost: bool = False
    first_activity: date | None = None
    handoff_open: date | None = None  # the win day of its latest open hand-off
    handoff_started: bool = False  # an item of an open hand-off is done
    handoff_closed: date | None = None  # the last item done of its completed hand-offs


def place(session: Session, today: date | None = None,
          dates: dict[int, CustomerDates] | None = None) -> list[Placement]:
    """Every account and open or disqualified lead placed by the module's rules (``dates``: the customer dates
    when the caller has read them already)."""
    day = today or clock.today()
    known = customer_dates(session) if dates is None else dates
    placements = [p for account_id, facts in _accounts(session, known).items()
                  if (p := _place(account_id, facts, day)) is not None]
    for lead_id, status, created in session.execute(
            select(Lead.id, Lead.status, Lead.created_date).where(Lead.status.in_((*OPEN_LEADS, "disqualified")))):
        placements.append(Placement("lead", lead_id, "awareness", status == "disqualified", created))
    return placements


def journey_figures(session: Session, today: date | None = None) -> list[StageFigures]:
    """Per stage in JOURNEY_KEYS order: accounts in it now, lost at it, and the days spent (see the module)."""
    day = today or clock.today()
    dates = customer_dates(session)  # read once for the placing and the days to leave
    placed = place(session, day, dates)
    leaving = _days_to_leave(session, dates)
    figures = []
    for key in JOURNEY_KEYS:
        here = [p for p in placed if p.stage == key and not p.lost]
        figures.append(StageFigures(
            key, len(here), sum(1 for p in here if p.kind == "lead"),
            sum(1 for p in placed if p.stage == key and p.lost),
            Days.of([(day - p.entered).days for p in here if p.entered is not None and p.entered <= day]),
            Days.of(leaving.get(key, []))))
    return figures


def _place(account_id: int, facts: _Account, day: date) -> Placement | None:
    dates = facts.dates
    if facts.churned is not None and facts.churned <= day:
        return Placement("account", account_id, _lost_at(facts), True, facts.churned)
    if dates is not None and dates.is_customer(day):
        return Placement("account", account_id, *_customer_stage(facts, dates, day))
    if facts.has_open:
        return Placement("account", account_id, "consideration", False, facts.open_since)
    if facts.has_lost:
        return Placement("account", account_id, "consideration", True)
    if facts.first_activity is not None:
        return Placement("account", account_id, "awareness", False, facts.first_activity)
    return None


def _lost_at(facts: _Account) -> str:
    churned, dates = facts.churned, facts.dates
    assert churned is not None
    if dates is None:
        return "consideration"
    if facts.renewal is not None and (facts.renewal - timedelta(days=RENEWAL_DAYS) <= churned
                                      <= facts.renewal + timedelta(days=30)):
        return "renewal"
    if (churned - dates.since).days <= EARLY_CHURN_DAYS or facts.handoff_open is not None:
        return "onboarding"
    return "adoption"


def _customer_stage(facts: _Account, dates: CustomerDates, day: date) -> tuple[str, bool, date]:
    if facts.renewal is not None and day <= facts.renewal <= day + timedelta(days=RENEWAL_DAYS):
        return "renewal", False, max(facts.renewal - timedelta(days=RENEWAL_DAYS), dates.since)
    recent = (day - dates.since).days < PURCHASE_DAYS
    if facts.handoff_open is not None and not (recent and not facts.handoff_started):
        return "onboarding", False, facts.handoff_open
    if recent:
        return "purchase", False, dates.since
    return "adoption", False, facts.handoff_closed or dates.since


def _accounts(session: Session, dates: dict[int, CustomerDates]) -> dict[int, _Account]:
    found: dict[int, _Account] = defaultdict(_Account)
    for account_id, renewal, churned in session.execute(select(Account.id, Account.renewal_date, Account.churned_on)):
        found[account_id].renewal, found[account_id].churned = renewal, churned
    for account_id, customer in dates.items():
        found[account_id].dates = customer
    deals = (select(Opportunity.account_id, StageDefinition.kind, func.min(Opportunity.created_date))
             .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .where(Opportunity.account_id.is_not(None)).group_by(Opportunity.account_id, StageDefinition.kind))
    for account_id, kind, created in session.execute(deals):
        facts = found[account_id]
        if kind == "open":
            facts.has_open, facts.open_since = True, created
        facts.has_lost = facts.has_lost or kind == "lost"
    for account_id, first in session.execute(select(Activity.account_id, func.min(Activity.occurred_at))
                                             .where(Activity.account_id.is_not(None))
                                             .group_by(Activity.account_id)):
        found[account_id].first_activity = _as_date(first)
    _add_handoffs(session, found)
    return dict(found)


def _add_handoffs(session: Session, found: dict[int, _Account]) -> None:
    query = (select(Handoff.account_id, Handoff.won_on, func.count(HandoffItem.id),
                    func.count(HandoffItem.done_on), func.max(HandoffItem.done_on))
             .join(HandoffItem, HandoffItem.handoff_id == Handoff.id)
             .where(Handoff.account_id.is_not(None)).group_by(Handoff.id))
    for account_id, won_on, items, done, last_done in session.execute(query):
        facts = found[account_id]
        if done < items:
            if facts.handoff_open is None or won_on > facts.handoff_open:
                facts.handoff_open, facts.handoff_started = won_on, done > 0
        elif last_done is not None and (facts.handoff_closed is None or last_done > facts.handoff_closed):
            facts.handoff_closed = last_done


def _days_to_leave(session: Session, dates: dict[int, CustomerDates]) -> dict[str, list[int]]:
    leaving: dict[str, list[int]] = {}
    converted = (select(Lead.created_date, Opportunity.created_date)
                 .join(Opportunity, Opportunity.id == Lead.converted_opportunity_id)
                 .where(Lead.created_date.is_not(None), Opportunity.created_date.is_not(None)))
    leaving["awareness"] = [(opp - lead).days for lead, opp in session.execute(converted) if opp >= lead]
    first: dict[int, date] = {}
    for account_id, created in session.execute(select(Opportunity.account_id, func.min(Opportunity.created_date))
                                               .where(Opportunity.account_id.is_not(None))
                                               .group_by(Opportunity.account_id)):
        if created is not None:
            first[account_id] = created
    leaving["consideration"] = [(d.since - first[a]).days for a, d in dates.items()
                                if a in first and first[a] <= d.since]
    done = (select(Handoff.won_on, func.max(HandoffItem.done_on))
            .join(HandoffItem, HandoffItem.handoff_id == Handoff.id).group_by(Handoff.id)
            .having(func.count(HandoffItem.done_on) == func.count(HandoffItem.id)))
    leaving["onboarding"] = [(last - won).days for won, last in session.execute(done) if last is not None]
    return leaving


def _as_date(value: datetime | date | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value
