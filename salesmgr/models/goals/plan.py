"""The quota plan of a fiscal year: the company's target, each rep's quota per quarter, and the gap.

Definitions:

* The plan's unit is the rep's quota of a fiscal quarter, an ``org.Quota`` row with the quarter's key
  (``2026Q3``; quarters follow the fiscal-start setting). That row is what attainment, bonuses and the dashboard
  measure. A rep may also have month rows (``2026-08``): an optional breakdown, never summed into the quarter;
  ``PlanGrid.month_mismatch`` lists the quarters whose months do not add up to the quarter's quota.
* The target is the company's annual target of the fiscal year (``quota_tables.QuotaTarget``); the plan's total
  is the sum of every listed rep's quarter quotas of the year; gap = target - total (None without a target).
* A team's own quota row, where there is one, is kept equal to the sum of its reps' rows of the same period
  whenever ``save_quotas`` changes one of them, so a team's dashboard shows the planned figure.
* Amounts are written in the base currency; rows in another currency are read converted to it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.currency import base_currency
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.goals.locks import locked_quarters, quarter_key, record, refuse_locked, under_audit
from salesmgr.models.goals.quota_tables import QuotaTarget
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.money import quantize, to_minor
from salesmgr.models.org import Quota, Rep, Team
from salesmgr.models.periods import Period, PeriodKind
from salesmgr.models.settings import fiscal_start

ZERO = Decimal(0)


@dataclass(frozen=True)
class QuotaChange:
    """One cell of the grid: the rep's quota for ``period`` (a quarter or month key); None clears it."""

    rep_id: int
    period: str
    amount: Decimal | None


@dataclass(frozen=True)
class PlanRep:
    rep_id: int
    name: str
    team_id: int | None
    hire_date: date | None
    active: bool


@dataclass(frozen=True)
class PlanTeam:
    """``team_id`` None: the reps on no team (listed last)."""

    team_id: int | None
    name: str | None
    reps: tuple[PlanRep, ...]


@dataclass(frozen=True)
class PlanGrid:
    """What the planning grid shows. ``quotas``: (rep id, period key) -> amount, quarters and months;
    ``team_totals``: (team id, quarter key or the year's key) -> the sum of its reps' quarter quotas;
    ``company_totals``: quarter key or year key -> the sum over every team."""

    fiscal_year: int
    fiscal_start: int
    currency: str
    quarters: tuple[Period, ...]
    teams: tuple[PlanTeam, ...]
    quotas: dict[tuple[int, str], Decimal]
    team_totals: dict[tuple[int | None, str], Decimal]
    company_totals: dict[str, Decimal]
    total: Decimal
    target: Decimal | None
    gap: Decimal | None
    locked: frozenset[str]
    month_mismatch: tuple[tuple[int, str], ...] = ()

    @property
    def year_key(self) -> str:
        return f"{self.fiscal_year:04d}"


def fiscal_quarters(session: Session, fiscal_year: int) -> tuple[Period, ...]:
    start = fiscal_start(session)
    return tuple(Period(PeriodKind.QUARTER, fiscal_year, number, start) for number in range(1, 5))


def target_of(session: Session, fiscal_year: int) -> Decimal | None:
    """The company's annual target of the fiscal year in the base currency; None when it was never set."""
    row = session.get(QuotaTarget, fiscal_year)
    return None if row is None else Converter.load(session).one(row.amount_minor, row.currency)


def set_target(session: Session, fiscal_year: int, amount: Decimal | None, actor: str) -> None:
    """Set (None: remove) the year's target; logged when any quarter of the year is under audit."""
    if amount is not None and amount < 0:
        raise ValidationError("a target cannot be negative ({amount})", amount=amount)
    currency = base_currency(session)
    before = target_of(session, fiscal_year)
    row = session.get(QuotaTarget, fiscal_year)
    if amount is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(QuotaTarget(fiscal_year=fiscal_year, amount_minor=to_minor(amount, currency), currency=currency,
                                updated_by=actor))
    else:
        row.amount_minor, row.currency, row.updated_by = to_minor(amount, currency), currency, actor
    if under_audit(session, [q.key for q in fiscal_quarters(session, fiscal_year)]) and before != amount:
        record(session, actor, "target", f"{fiscal_year:04d}", _money(before),
               _money(None if amount is None else quantize(amount, currency)))
    session.flush()


def _money(amount: Decimal | None) -> dict[str, str] | None:
    return None if amount is None else {"amount": str(amount)}


def load_plan(session: Session, fiscal_year: int) -> PlanGrid:
    """The grid of ``fiscal_year``: every active rep and every rep with a quota in the year, grouped by team."""
    quarters = fiscal_quarters(session, fiscal_year)
    keys = [q.key for q in quarters] + [m.key for q in quarters for m in q.months()]
    convert = Converter.load(session)
    quotas = {(rep_id, period): convert.one(minor, currency) for rep_id, period, minor, currency in session.execute(
        select(Quota.rep_id, Quota.period, Quota.amount_minor, Quota.currency)
        .where(Quota.rep_id.is_not(None), Quota.period.in_(keys)))}
    teams = _teams(session, {rep_id for rep_id, _ in quotas})
    listed = {rep.rep_id for team in teams for rep in team.reps}
    quotas = {key: amount for key, amount in quotas.items() if key[0] in listed}
    year = f"{fiscal_year:04d}"
    team_totals: dict[tuple[int | None, str], Decimal] = {}
    company: dict[str, Decimal] = {key: ZERO for key in [*(q.key for q in quarters), year]}
    for team in teams:
        for quarter in quarters:
            amount = sum((quotas.get((rep.rep_id, quarter.key), ZERO) for rep in team.reps), ZERO)
            team_totals[team.team_id, quarter.key] = amount
            team_totals[team.team_id, year] = team_totals.get((team.team_id, year), ZERO) + amount
            company[quarter.key] += amount
            company[year] += amount
    target = target_of(session, fiscal_year)
    return PlanGrid(fiscal_year, quarters[0].fiscal_start, convert.base, quarters, teams, quotas, team_totals,
                    company, company[year], target, None if target is None else target - company[year],
                    frozenset(locked_quarters(session, [q.key for q in quarters])),
                    _month_mismatch(quotas, quarters))


def _teams(session: Session, with_quota: set[int]) -> tuple[PlanTeam, ...]:
    rows = session.execute(
        select(Rep.id, Rep.name, Rep.team_id, Rep.hire_date, Rep.active, Team.name)
        .outerjoin(Team, Rep.team_id == Team.id)
        .where(Rep.active.is_(True) | Rep.id.in_(with_quota))).all()
    grouped: dict[int | None, tuple[str | None, list[PlanRep]]] = {}
    for rep_id, name, team_id, hired, active, team_name in rows:
        grouped.setdefault(team_id, (team_name, []))[1].append(PlanRep(rep_id, name, team_id, hired, bool(active)))
    ordered = sorted(grouped.items(), key=lambda item: (item[0] is None, (item[1][0] or "").casefold(), item[0] or 0))
    return tuple(PlanTeam(team_id, name, tuple(sorted(reps, key=lambda r: (r.name.casefold(), r.rep_id))))
                 for team_id, (name, reps) in ordered)


def _month_mismatch(quotas: dict[tuple[int, str], Decimal], quarters: Sequence[Period]) -> tuple[tuple[int, str], ...]:
    found = []
    for rep_id in sorted({rep for rep, _ in quotas}):
        for quarter in quarters:
            months = [quotas[rep_id, m.key] for m in quarter.months() if (rep_id, m.key) in quotas]
            if months and sum(months, ZERO) != quotas.get((rep_id, quarter.key)):
                found.append((rep_id, quarter.key))
    return tuple(found)


def save_quotas(session: Session, changes: Sequence[QuotaChange], user: str) -> None:
    """Write the changes as one batch: refused whole (``QuarterLocked`` naming the quarter) when any change is in
    a locked quarter; every change to a quarter under audit is logged; teams' own rows follow (module docs)."""
    start = fiscal_start(session)
    periods = [_quota_period(change.period, start) for change in changes]
    refuse_locked(session, [p.key for p in periods], start)
    currency = base_currency(session)
    reps = {rep.id: rep for rep in session.scalars(select(Rep).where(Rep.id.in_({c.rep_id for c in changes})))}
    audited = under_audit(session, {quarter_key(p.key, start) for p in periods})
    touched: set[tuple[int, str]] = set()
    for change, period in zip(changes, periods, strict=True):
        rep = reps.get(change.rep_id)
        if rep is None:
            raise NotFoundError("no rep with id {id}", id=change.rep_id)
        if change.amount is not None and change.amount < 0:
            raise ValidationError("a quota cannot be negative ({amount})", amount=change.amount)
        before = _write(session, rep.id, period.key, change.amount, currency)
        after = None if change.amount is None else quantize(change.amount, currency)
        if quarter_key(period.key, start) in audited and before != after:
            record(session, user, "quota", quarter_key(period.key, start),
                   None if before is None else {"rep_id": rep.id, "rep": rep.name, "period": period.key,
                                                "amount": str(before)},
                   None if after is None else {"rep_id": rep.id, "rep": rep.name, "period": period.key,
                                               "amount": str(after)})
        if rep.team_id is not None:
            touched.add((rep.team_id, period.key))
    session.flush()
    _sync_team_rows(session, touched, currency)


def _quota_period(text: str, start: int) -> Period:
    period = Period.parse(text, start)
    if period.kind is PeriodKind.YEAR:
        raise ValidationError("a quota is planned per quarter or month, not for the year {period}", period=text)
    return period


def _write(session: Session, rep_id: int, key: str, amount: Decimal | None, currency: str) -> Decimal | None:
    """Set or clear one rep quota row; returns the amount it had (base currency), None when there was none."""
    row = session.scalar(select(Quota).where(Quota.rep_id == rep_id, Quota.period == key))
    before = None if row is None else Converter.load(session).one(row.amount_minor, row.currency)
    if amount is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Quota(rep_id=rep_id, period=key, amount_minor=to_minor(amount, currency), currency=currency))
    else:
        row.amount_minor, row.currency = to_minor(amount, currency), currency
    return before


def _sync_team_rows(session: Session, touched: set[tuple[int, str]], currency: str) -> None:
    convert = Converter.load(session)
    for team_id, key in sorted(touched):
        own = session.scalar(select(Quota).where(Quota.team_id == team_id, Quota.period == key))
        if own is None:
            continue
        rows = session.execute(select(Quota.amount_minor, Quota.currency).where(
            Quota.period == key, Quota.rep_id.in_(select(Rep.id).where(Rep.team_id == team_id)))).all()
        total = convert.total((row_currency, minor) for minor, row_currency in rows)
        own.amount_minor, own.currency = to_minor(total, currency), currency
    session.flush()


def quota_amount(session: Session, rep_id: int, key: str) -> Decimal | None:
    """One rep's quota row for ``key`` in the base currency, None when there is none."""
    row = session.execute(select(Quota.amount_minor, Quota.currency)
                          .where(Quota.rep_id == rep_id, Quota.period == key)).first()
    return None if row is None else Converter.load(session).one(row[0], row[1])


def planned_years(session: Session) -> list[int]:
    """The fiscal years with at least one rep quota (a quarter's or a month's) or a target, oldest first."""
    start = fiscal_start(session)
    years = set(session.scalars(select(QuotaTarget.fiscal_year)))
    for key in session.scalars(select(Quota.period).where(Quota.rep_id.is_not(None)).distinct()):
        try:
            period = Period.parse(key, start)
        except ValidationError:
            continue  # a stored key the plan cannot place
        years.add(Period.year_of(period.start, start).year)
    return sorted(years)
