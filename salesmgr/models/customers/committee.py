"""The committee review: what the cross-department meeting goes through for one fiscal quarter.

Definitions:

* The review is *as of* the quarter's last day, or today while the quarter is still running (a quarter still to
  come is refused: nothing has happened in it).
* *At-risk accounts*: the customers on that day whose health band is ``at_risk`` (``health.score_accounts`` on
  that day), the lowest score first. Health is computed from what the database holds now, read as of that day.
* *Broken promises*: promises resolved as broken on a day of the quarter (``promises.broken_promises``).
* *Open hand-offs*: the hand-offs open on that day (``handoff_lists``: made for a win on or before it, with an
  item not done by then), the oldest win first, with how many items were overdue then.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from salesmgr.models import clock
from salesmgr.models.customers.handoff_lists import HandoffRow, list_handoffs
from salesmgr.models.customers.health import AccountHealth, score_accounts
from salesmgr.models.customers.promises import PromiseRow, broken_promises
from salesmgr.models.errors import ValidationError
from salesmgr.models.fiscal import check_fiscal_start
from salesmgr.models.periods import Period


@dataclass(frozen=True)
class CommitteeReview:
    quarter: str
    first: date
    last: date
    as_of: date
    at_risk: list[AccountHealth]
    broken_promises: list[PromiseRow]
    open_handoffs: list[HandoffRow]

    @property
    def overdue_items(self) -> int:
        return sum(row.overdue for row in self.open_handoffs)


def committee_review(session: Session, quarter: Period, today: date | None = None) -> CommitteeReview:
    """The review of ``quarter`` (a fiscal quarter of this database); see the module docstring."""
    if not quarter.is_quarter:
        raise ValidationError("{period} is not a quarter; write it as 2026Q3", period=quarter.key)
    check_fiscal_start(session, quarter)
    day = today or clock.today()
    first, last = quarter.bounds
    if first > day:
        raise ValidationError("{period} has not started yet; choose a quarter up to the current one",
                              period=quarter.key)
    as_of = min(last, day)
    at_risk = sorted((h for h in score_accounts(session, today=as_of) if h.band == "at_risk"),
                     key=lambda h: (h.score if h.score is not None else 0, h.account.casefold()))
    return CommitteeReview(quarter.key, first, last, as_of, at_risk, broken_promises(session, first, last),
                           list_handoffs(session, "open", day=as_of))
