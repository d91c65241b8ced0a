"""What the health score reads about each account, gathered in a few grouped queries (no scoring here).

Definitions (``today`` is the scoring day):

* *Usage*: the average ``usage_count`` over the measured months (rows with a count; a missing month is not zero)
  of the 3 calendar months before today's month (``recent``) and of the 3 months before those (``earlier``).
* *Tickets*: the support tickets opened in the 90 days up to today (today - 89 .. today), counted per severity.
  ``tickets_known`` says whether the database holds any ticket at all: without one, tickets were never
  imported and the input is missing for everybody.
* *CSAT/NPS*: the mean CSAT (1-5) and mean NPS (0-10) of the responses of the 365 days up to today.
* *Last contact*: the day of the latest activity that occurred on or before today.
* *Renewal intent*, *payment status*, *renewal date*: the account's own fields.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.models.bonus.entities import CsatResponse
from salesmgr.models.crm import Account, Activity
from salesmgr.models.customers.entities import SupportTicket, UsageRecord
from salesmgr.models.goals.goals import NpsResponse
from salesmgr.models.org import Rep

USAGE_MONTHS = 3
TICKET_DAYS = 90
SURVEY_DAYS = 365


@dataclass
class AccountFacts:
    account_id: int
    name: str
    owner: str | None
    renewal_date: date | None
    renewal_intent: str | None
    payment_status: str | None
    usage_recent: Decimal | None = None
    usage_earlier: Decimal | None = None
    tickets: Counter[str] = field(default_factory=Counter)
    csat: Decimal | None = None
    nps: Decimal | None = None
    last_contact: date | None = None


def month_start(day: date, months_back: int) -> date:
    """The first day of the month ``months_back`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def usage_windows(today: date) -> tuple[tuple[date, date], tuple[date, date]]:
    """(first, last month start) of the recent and of the earlier window."""
    return ((month_start(today, USAGE_MONTHS), month_start(today, 1)),
            (month_start(today, 2 * USAGE_MONTHS), month_start(today, USAGE_MONTHS + 1)))


def gather_facts(session: Session, account_ids: Collection[int], today: date) -> dict[int, AccountFacts]:
    """account id -> its facts, for the given accounts."""
    ids = sorted(account_ids)
    facts: dict[int, AccountFacts] = {}
    for chunk in _chunks(ids):
        rows = session.execute(select(Account.id, Account.name, Rep.name.label("owner"), Account.renewal_date,
                                      Account.renewal_intent, Account.payment_status)
                               .outerjoin(Rep, Rep.id == Account.owner_id).where(Account.id.in_(chunk)))
        for row in rows:
            facts[row.id] = AccountFacts(row.id, row.name, row.owner, row.renewal_date, row.renewal_intent,
                                         row.payment_status)
        _add_usage(session, facts, chunk, today)
        _add_tickets(session, facts, chunk, today)
        _add_surveys(session, facts, chunk, today)
        _add_contacts(session, facts, chunk, today)
    return facts


def tickets_known(session: Session) -> bool:
    return session.scalar(select(SupportTicket.id).limit(1)) is not None


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[start:start + size] for start in range(0, len(ids), size)]


def _add_usage(session: Session, facts: dict[int, AccountFacts], ids: list[int], today: date) -> None:
    (recent_first, recent_last), (earlier_first, earlier_last) = usage_windows(today)
    window = func.sum(UsageRecord.usage_count), func.count(UsageRecord.usage_count)
    for first, last, attribute in ((recent_first, recent_last, "usage_recent"),
                                   (earlier_first, earlier_last, "usage_earlier")):
        rows = session.execute(select(UsageRecord.account_id, *window)
                               .where(UsageRecord.account_id.in_(ids), UsageRecord.month >= first,
                                      UsageRecord.month <= last, UsageRecord.usage_count.is_not(None))
                               .group_by(UsageRecord.account_id))
        for account_id, total, months in rows:
            if months:
                setattr(facts[account_id], attribute, Decimal(total) / months)


def _add_tickets(session: Session, facts: dict[int, AccountFacts], ids: list[int], today: date) -> None:
    first = today - timedelta(days=TICKET_DAYS - 1)
    rows = session.execute(select(SupportTicket.account_id, SupportTicket.severity, func.count())
                           .where(SupportTicket.account_id.in_(ids), SupportTicket.opened_on >= first,
                                  SupportTicket.opened_on <= today)
                           .group_by(SupportTicket.account_id, SupportTicket.severity))
    for account_id, severity, count in rows:
        facts[account_id].tickets[severity] += count


def _add_surveys(session: Session, facts: dict[int, AccountFacts], ids: list[int], today: date) -> None:
    first = today - timedelta(days=SURVEY_DAYS - 1)
    csat = session.execute(select(CsatResponse.account_id, func.sum(CsatResponse.score_centi), func.count())
                           .where(CsatResponse.account_id.in_(ids), CsatResponse.responded_on >= first,
                                  CsatResponse.responded_on <= today)
                           .group_by(CsatResponse.account_id))
    for account_id, total, count in csat:
        facts[account_id].csat = Decimal(total) / 100 / count
    nps = session.execute(select(NpsResponse.account_id, func.sum(NpsResponse.score), func.count())
                          .where(NpsResponse.account_id.in_(ids), NpsResponse.responded_on >= first,
                                 NpsResponse.responded_on <= today)
                          .group_by(NpsResponse.account_id))
    for account_id, total, count in nps:
        facts[account_id].nps = Decimal(total) / count


def _add_contacts(session: Session, facts: dict[int, AccountFacts], ids: list[int], today: date) -> None:
    end = datetime.combine(today + timedelta(days=1), time())
    rows = session.execute(select(Activity.account_id, func.max(Activity.occurred_at))
                           .where(Activity.account_id.in_(ids), Activity.occurred_at < end)
                           .group_by(Activity.account_id))
    for account_id, latest in rows:
        if latest is not None:
            facts[account_id].last_contact = latest.date() if isinstance(latest, datetime) else latest
