"""The goal metrics about customers (issue 16): churn and retention from ``customers.retention`` and the share of
healthy customers from ``customers.health``. Each returns ``(value, reason)`` like ``goals.surveys``.

* ``churn_rate`` / ``retention_rate``: the period's ``retention.retention`` rates for the owner's accounts (a rep's
  accounts: those the rep owns now; a team's: its current reps'). An empty cohort: no data.
* ``healthy_share``: of the owner's customers on the period's last day (today while the period runs) that have a
  health score on that day, the share in the healthy band. The inputs are read as of that day, except renewal
  intent and payment status, which are the accounts' current fields. No scored customer: no data.
"""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP
from salesmgr.models.clock import today
from salesmgr.models.customers.health import score_accounts
from salesmgr.models.customers.retention import customers_on, retention
from salesmgr.models.goals.goals import Owner
from salesmgr.models.periods import Period

Result = tuple[Decimal | None, str | None]
NO_COHORT = QT_TRANSLATE_NOOP("Goals", "no customers at the start of the period")
NO_SCORES = QT_TRANSLATE_NOOP("Goals", "no customers with a health score at the end of the period")


def churn_rate(session: Session, owner: Owner, period: Period) -> Result:
    rates = retention(session, period, team_id=owner.team_id, rep_id=owner.rep_id)
    return (rates.churn_rate, None) if rates.cohort else (None, NO_COHORT)


def retention_rate(session: Session, owner: Owner, period: Period) -> Result:
    rates = retention(session, period, team_id=owner.team_id, rep_id=owner.rep_id)
    return (rates.retention_rate, None) if rates.cohort else (None, NO_COHORT)


def healthy_share(session: Session, owner: Owner, period: Period) -> Result:
    day = min(period.end, today())
    accounts = customers_on(session, day, team_id=owner.team_id, rep_id=owner.rep_id)
    scored = [health for health in score_accounts(session, day, accounts) if health.band is not None]
    if not scored:
        return None, NO_SCORES
    return Decimal(sum(1 for health in scored if health.band == "healthy")) / len(scored), None
