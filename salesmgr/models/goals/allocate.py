"""Applying a distribution or a copy to the database: who gets a share, their history, and writing the quotas.

Definitions:

* The scope is a team (its active reps) or the company (every active rep). A rep's hire date is ``Rep.hire_date``;
  the database keeps no leaving date, so an inactive rep is not planned (``distribute.Slot.leave`` serves
  callers that know one).
* Won revenue is ``ranking.won_amount`` (deals now won, filed by their closed date, else the expected close
  date), in the base currency: a rep's of the previous fiscal year for ``share``; the scope's of each quarter of
  the two previous fiscal years, summed by quarter number, for ``seasonal``.
* ``distribute_plan`` for the company also sets the year's target to the amount; for a team it leaves the
  target alone. ``copy_year`` copies every rep's quarter quotas of the previous fiscal year to the same quarters
  of ``fiscal_year`` grown by ``growth`` % (``distribute.grown``), and the target likewise when there was one.
* Both refuse, before writing anything, when a quarter of the year is locked; ``dry_run`` computes only.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.currency import base_currency
from salesmgr.models.goals.distribute import DEFAULT_RAMP, Cell, Distribution, Method, Slot, distribute, grown
from salesmgr.models.goals.locks import refuse_locked
from salesmgr.models.goals.plan import QuotaChange, fiscal_quarters, save_quotas, set_target, target_of
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.ranking import won_amount
from salesmgr.models.org import Quota, Rep
from salesmgr.models.periods import Period, PeriodKind
from salesmgr.models.settings import fiscal_start


def slots(session: Session, fiscal_year: int, team_id: int | None) -> list[Slot]:
    """The active reps of the scope with their won revenue of the previous fiscal year."""
    query = select(Rep.id, Rep.team_id, Rep.hire_date).where(Rep.active.is_(True))
    if team_id is not None:
        query = query.where(Rep.team_id == team_id)
    last_year = Period(PeriodKind.YEAR, fiscal_year - 1, 0, fiscal_start(session))
    return [Slot(rep_id, team, hired, None,
                 won_amount(session, MetricFilter(last_year.start, last_year.end, rep_id=rep_id)))
            for rep_id, team, hired in session.execute(query)]


def seasonality(session: Session, fiscal_year: int, team_id: int | None) -> dict[int, Decimal]:
    """Won revenue of the scope by fiscal quarter number over the two fiscal years before ``fiscal_year``."""
    found: dict[int, Decimal] = {}
    for year in (fiscal_year - 2, fiscal_year - 1):
        for quarter in fiscal_quarters(session, year):
            won = won_amount(session, MetricFilter(quarter.start, quarter.end, team_id=team_id))
            found[quarter.number] = found.get(quarter.number, Decimal(0)) + won
    return found


def distribute_plan(session: Session, fiscal_year: int, amount: Decimal, method: Method, user: str, *,
                    team_id: int | None = None, dry_run: bool = False,
                    schedule: Sequence[Decimal] = DEFAULT_RAMP) -> Distribution:
    """Split ``amount`` over the scope's reps and the year's quarters by ``method`` and (unless ``dry_run``) save
    the quotas (see the module's definitions)."""
    quarters = fiscal_quarters(session, fiscal_year)
    refuse_locked(session, [q.key for q in quarters], fiscal_start(session))
    history = seasonality(session, fiscal_year, team_id) if method == "seasonal" else None
    result = distribute(amount, quarters, slots(session, fiscal_year, team_id), method, base_currency(session),
                        seasonality=history, schedule=schedule)
    if not dry_run:
        _save(session, result.cells, user)
        if team_id is None:
            set_target(session, fiscal_year, result.target, user)
    return result


def copy_year(session: Session, fiscal_year: int, growth: Decimal, user: str, *,
              dry_run: bool = False) -> Distribution:
    """The previous fiscal year's quarter quotas (and target), grown by ``growth`` %, as ``fiscal_year``'s."""
    quarters = fiscal_quarters(session, fiscal_year)
    refuse_locked(session, [q.key for q in quarters], fiscal_start(session))
    previous = {q.key: q.shifted(4).key for q in fiscal_quarters(session, fiscal_year - 1)}
    convert = Converter.load(session)
    rows = sorted((rep_id, previous[period], convert.one(minor, currency)) for rep_id, period, minor, currency in
                  session.execute(select(Quota.rep_id, Quota.period, Quota.amount_minor, Quota.currency)
                                  .where(Quota.rep_id.is_not(None), Quota.period.in_(list(previous)))))
    split = grown([amount for _, _, amount in rows], growth, convert.base)
    cells = tuple(Cell(rep_id, key, amount) for (rep_id, key, _), amount in zip(rows, split.amounts, strict=True))
    old_target = target_of(session, fiscal_year - 1)
    target = (grown([old_target], growth, convert.base).amounts[0] if old_target is not None
              else sum((cell.quota for cell in cells), Decimal(0)))
    if not dry_run:
        _save(session, cells, user)
        if old_target is not None:
            set_target(session, fiscal_year, target, user)
    return Distribution(target, "copy", cells, split.rounding)


def _save(session: Session, cells: Sequence[Cell], user: str) -> None:
    save_quotas(session, [QuotaChange(cell.rep_id, cell.period, cell.quota) for cell in cells], user)
