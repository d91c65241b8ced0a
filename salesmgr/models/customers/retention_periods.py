"""Churn and retention over a run of periods (retention.retention for each), for the health tab and the CLI.

Definitions: the periods are the ``count`` fiscal quarters (or calendar months, or fiscal years) that end with
the one today falls in, oldest first; the current one is still running, so its churn is the churn so far.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from salesmgr.models.clock import today as clock_today
from salesmgr.models.customers.retention import Retention, cohort_retention, customer_dates
from salesmgr.models.errors import ValidationError
from salesmgr.models.fiscal import quarter_of
from salesmgr.models.periods import Period

KINDS = ("quarter", "month", "year")
MAX_PERIODS = 40


def recent_periods(session: Session, count: int, kind: str = "quarter", today: date | None = None) -> list[Period]:
    """The ``count`` periods of ``kind`` up to the current one, oldest first."""
    if kind not in KINDS:
        raise ValidationError("The period kind must be one of {choices}, not {kind}.", choices=", ".join(KINDS),
                              kind=kind)
    if not 1 <= count <= MAX_PERIODS:
        raise ValidationError("Give between 1 and {limit} periods, not {count}.", limit=MAX_PERIODS, count=count)
    quarter = quarter_of(session, today or clock_today())
    day = today or clock_today()
    current = {"quarter": quarter, "month": Period.month_of(day, quarter.fiscal_start),
               "year": Period.year_of(day, quarter.fiscal_start)}[kind]
    return [*current.previous(count - 1), current]


def retention_series(session: Session, periods: list[Period], *, team_id: int | None = None,
                     rep_id: int | None = None) -> list[Retention]:
    """Each period's cohort, churned customers and rates (see retention.retention)."""
    dates = customer_dates(session, team_id=team_id, rep_id=rep_id).values()  # read once for every period
    return [cohort_retention(dates, period) for period in periods]
