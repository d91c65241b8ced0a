"""Won business per calendar month against the monthly quota (money through ``conversion.Converter``).

Definitions used by ``won_by_month``:

* won in a month: the deals whose current stage is of kind ``won`` and whose ``closed_date`` falls in that month
  (a won deal without a closed date is never counted; the expected close date is not used). Amounts are summed
  in the base currency; deals without an amount add nothing. The filter's team or rep narrows the deals (by
  current owner); the filter's dates and date field are ignored, the months set the dates.
* quota of a month: for the rep (filter ``rep_id``), the team (``team_id`` without a rep) or everyone, as in
  ``summary.dashboard_report``: the rep's quota row, the team's own row or the sum of its reps' rows, or the sum
  of every rep's rows. A quota row for the month itself (``2026-05``) is used when there is one; otherwise the
  quota of the month's quarter (``2026Q2``) divided by 3, rounded to the base currency's smallest unit; None when
  neither exists.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Opportunity
from salesmgr.models.dialect import year_month
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import MetricFilter, apply
from salesmgr.models.metrics.ranking import _won
from salesmgr.models.metrics.summary import quota_for
from salesmgr.models.money import quantize
from salesmgr.models.periods import Period, PeriodKind


@dataclass(frozen=True)
class MonthWon:
    """One month (a month ``Period``), the won amount and the quota (None when there is none), in the base
    currency."""

    month: Period
    won: Decimal
    quota: Decimal | None


def won_by_month(session: Session, flt: MetricFilter, months: list[Period]) -> list[MonthWon]:
    """Won amount and quota for each of ``months`` (month periods), in the given order.

    See the module docstring for the definitions; a month with no won deal has ``won`` = 0.
    """
    if not months:
        return []
    for month in months:
        if month.kind is not PeriodKind.MONTH:
            raise ValueError(f"{month} is not a month; write it like 2026-05")
    start, end = min(m.start for m in months), max(m.end for m in months)
    team_id = None if flt.rep_id is not None else flt.team_id
    narrow = MetricFilter(team_id=team_id, rep_id=flt.rep_id)
    closed_month = year_month(Opportunity.closed_date)
    query = apply(
        select(closed_month, Opportunity.currency, func.sum(Opportunity.amount_minor))
        .where(_won(), Opportunity.closed_date >= start, Opportunity.closed_date <= end)
        .group_by(closed_month, Opportunity.currency), narrow)
    sums: dict[str, list[tuple[str, int | None]]] = {}
    for name, currency, total in session.execute(query):
        sums.setdefault(name, []).append((currency, total))
    converter = Converter.load(session)
    quarters: dict[Period, Decimal | None] = {}
    found = []
    for month in months:
        quota = quota_for(session, month, team_id, flt.rep_id)
        if quota is None:
            quarter = month.quarter()
            if quarter not in quarters:
                quarters[quarter] = quota_for(session, quarter, team_id, flt.rep_id)
            whole = quarters[quarter]
            quota = None if whole is None else quantize(whole / 3, converter.base)
        found.append(MonthWon(month, converter.total(sums.get(month.key, [])), quota))
    return found


__all__ = ["MonthWon", "won_by_month"]
