"""Who is a customer, and churn and retention per period.

Definitions:

* An account *becomes a customer* on the close day of its first won deal (``customer_since``) and *churns* on
  ``account.churned_on`` (set by an import, the account view or the demo). It is a customer on day ``d`` when
  ``customer_since <= d`` and it has not churned on or before ``d``.
* The *cohort* of a period is the customers on the day before the period starts. The *churn rate* of the period
  is the share of the cohort that churned during the period; the *retention rate* is the share that did not
  (1 - churn). Customers won during the period are in neither figure (they are next period's cohort).
* For a team or a rep, the accounts are those they own now (``account.owner_id``; a team: its current reps').
* An empty cohort has no rate: the functions return None with the reason, never 0.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.org import Rep
from salesmgr.models.periods import Period
from salesmgr.models.pipeline.entities import StageDefinition


@dataclass(frozen=True)
class CustomerDates:
    """One account's customer life: since its first win, until it churned (None: still a customer)."""

    account_id: int
    since: date
    churned_on: date | None

    def is_customer(self, day: date) -> bool:
        return self.since <= day and (self.churned_on is None or self.churned_on > day)


@dataclass(frozen=True)
class Retention:
    """A period's cohort (customers the day before it starts), how many of them churned in it, and the rates."""

    period: str
    cohort: int
    churned: int
    reason: str | None = None  # why there is no rate (English, marked for the "Customers" context)

    @property
    def churn_rate(self) -> Decimal | None:
        return Decimal(self.churned) / self.cohort if self.cohort else None

    @property
    def retention_rate(self) -> Decimal | None:
        return Decimal(self.cohort - self.churned) / self.cohort if self.cohort else None


NO_COHORT = QT_TRANSLATE_NOOP("Customers", "no customers at the start of the period")


def customer_dates(session: Session, *, team_id: int | None = None,
                   rep_id: int | None = None) -> dict[int, CustomerDates]:
    """account id -> its customer dates, for every account with a won deal (owned by the team or rep if given)."""
    first_win = (select(Opportunity.account_id, func.min(Opportunity.closed_date).label("since"))
                 .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
                 .where(StageDefinition.kind == "won", Opportunity.account_id.is_not(None),
                        Opportunity.closed_date.is_not(None))
                 .group_by(Opportunity.account_id).subquery())
    query = (select(Account.id, first_win.c.since, Account.churned_on)
             .join(first_win, first_win.c.account_id == Account.id))
    if rep_id is not None:
        query = query.where(Account.owner_id == rep_id)
    if team_id is not None:
        query = query.where(Account.owner_id.in_(select(Rep.id).where(Rep.team_id == team_id)))
    return {row.id: CustomerDates(row.id, row.since, row.churned_on) for row in session.execute(query)}


def retention(session: Session, period: Period, *, team_id: int | None = None,
              rep_id: int | None = None) -> Retention:
    """The period's cohort, churned customers and rates (see the module's definitions)."""
    return cohort_retention(customer_dates(session, team_id=team_id, rep_id=rep_id).values(), period)


def cohort_retention(dates: Iterable[CustomerDates], period: Period) -> Retention:
    """``retention`` of customer dates already read (several periods over one reading)."""
    eve = period.start - timedelta(days=1)
    cohort = [d for d in dates if d.is_customer(eve)]
    churned = sum(1 for d in cohort if d.churned_on is not None and d.churned_on <= period.end)
    return Retention(period.key, len(cohort), churned, None if cohort else NO_COHORT)


def customers_on(session: Session, day: date, *, team_id: int | None = None,
                 rep_id: int | None = None) -> set[int]:
    """The accounts that are customers on ``day``."""
    return {d.account_id for d in customer_dates(session, team_id=team_id, rep_id=rep_id).values()
            if d.is_customer(day)}


def new_customers(session: Session, period: Period, *, team_id: int | None = None,
                  rep_id: int | None = None) -> set[int]:
    """The accounts whose first win closed in the period (the customers CAC divides the cost by)."""
    return {d.account_id for d in customer_dates(session, team_id=team_id, rep_id=rep_id).values()
            if period.start <= d.since <= period.end}
