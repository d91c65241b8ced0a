"""What the Goals & Quotas page reads and writes through the runner, and the parsing of typed amounts. No Qt here.

Definitions:

* The page's *data* of a fiscal year and a chosen quarter: the plan grid (``plan.load_plan``), its capacity
  (``capacity.capacity_report``), the chosen quarter's coverage and attainment rows (``capacity.coverage``: each
  team's reps, then the team; the reps on no team; then the company, as ``salesmgr quotas`` lists them) and the
  year's forecast (``capacity.forecast_view``).
* A typed amount (``parse_amount``): digits with optional thousands separators (``,``, ``，``, spaces, ``'``
  and ``_``), an optional decimal point, and an optional unit: ``万`` (x 10,000), ``亿`` (x 100,000,000), ``k``
  (x 1,000) or ``m`` (x 1,000,000). Empty text means "no quota".
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from salesmgr.models import clock
from salesmgr.models.database import Session
from salesmgr.models.goals.allocate import copy_year, distribute_plan
from salesmgr.models.goals.capacity import (
    CapacityReport,
    Coverage,
    ForecastView,
    capacity_report,
    coverage,
    forecast_view,
    last_closed_quarters,
)
from salesmgr.models.goals.distribute import Distribution, Method
from salesmgr.models.goals.locks import lock_quarter, unlock_quarter
from salesmgr.models.goals.plan import PlanGrid, QuotaChange, load_plan, save_quotas, set_target
from salesmgr.models.metrics.conversion import lenient_rates
from salesmgr.models.periods import Period
from salesmgr.models.settings import fiscal_start

UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "k": Decimal(1_000), "m": Decimal(1_000_000)}
SEPARATORS = (",", "，", " ", "\u00a0", "'", "_")


class AmountError(ValueError):
    """Text that is not an amount; the page says how to write one."""


def parse_amount(text: str) -> Decimal | None:
    """The amount ``text`` says (module definition); None for empty text; ``AmountError`` otherwise."""
    cleaned = text.strip()
    for separator in SEPARATORS:
        cleaned = cleaned.replace(separator, "")
    if not cleaned:
        return None
    scale = Decimal(1)
    unit = cleaned[-1].lower()
    if unit in UNITS:
        scale, cleaned = UNITS[unit], cleaned[:-1]
    try:
        value = Decimal(cleaned) * scale
    except InvalidOperation as exc:
        raise AmountError(text) from exc
    if not value.is_finite() or value < 0:
        raise AmountError(text)
    return value


@dataclass(frozen=True)
class OwnerRow:
    """One row of the quarter's coverage and attainment: ``name`` of the rep, team or company."""

    name: str
    team: str | None
    figures: Coverage


@dataclass(frozen=True)
class PlanData:
    grid: PlanGrid
    capacity: CapacityReport
    quarter: Period
    owners: tuple[OwnerRow, ...]
    forecast: ForecastView
    left_out: tuple[str, ...] = ()  # currencies without a rate whose amounts the figures leave out


def current_fiscal_year(session: Session) -> int:
    return Period.quarter_of(clock.today(), fiscal_start(session)).year


def load_page(session: Session, fiscal_year: int | None, quarter_number: int | None) -> PlanData:
    """The page's data (module definition); the current fiscal year and quarter when not given (a quarter of
    another year: its first). Amounts in a currency without a rate are left out (lenient), and named in
    ``left_out``."""
    with lenient_rates() as left_out:
        data = _load_page(session, fiscal_year, quarter_number)
    return replace(data, left_out=tuple(left_out.codes))


def _load_page(session: Session, fiscal_year: int | None, quarter_number: int | None) -> PlanData:
    today = Period.quarter_of(clock.today(), fiscal_start(session))
    year = fiscal_year if fiscal_year is not None else today.year
    grid = load_plan(session, year)
    number = quarter_number or (today.number if today.year == year else 1)
    quarter = grid.quarters[number - 1]
    history = last_closed_quarters(session)
    owners: list[OwnerRow] = []
    for team in grid.teams:
        for rep in team.reps:
            owners.append(OwnerRow(rep.name, team.name, coverage(session, quarter, rep_id=rep.rep_id,
                                                                 history=history)))
        if team.team_id is not None:
            owners.append(OwnerRow(team.name or "", team.name, coverage(session, quarter, team_id=team.team_id,
                                                                        history=history)))
    owners.append(OwnerRow("", None, coverage(session, quarter, history=history)))
    return PlanData(grid, capacity_report(session, year, grid=grid), quarter, tuple(owners),
                    forecast_view(session, year))


def save_changes(session: Session, changes: Sequence[QuotaChange], user: str) -> None:
    """The grid's edits as one batch (refused whole when one is in a locked quarter)."""
    save_quotas(session, list(changes), user)


def save_target(session: Session, fiscal_year: int, amount: Decimal | None, user: str) -> None:
    set_target(session, fiscal_year, amount, user)


def distribute(session: Session, fiscal_year: int, amount: Decimal, method: Method, user: str,
               team_id: int | None, schedule: Sequence[Decimal], dry_run: bool) -> Distribution:
    """``allocate.distribute_plan``: a preview with ``dry_run``, else saved."""
    return distribute_plan(session, fiscal_year, amount, method, user, team_id=team_id, dry_run=dry_run,
                           schedule=schedule)


def copy_previous(session: Session, fiscal_year: int, growth: Decimal, user: str, dry_run: bool) -> Distribution:
    return copy_year(session, fiscal_year, growth, user, dry_run=dry_run)


def set_locked(session: Session, quarter_key: str, locked: bool, reason: str, user: str) -> None:
    """Lock the quarter, or unlock it with ``reason`` (the domain refuses an empty one)."""
    period = Period.parse(quarter_key, fiscal_start(session))
    if locked:
        lock_quarter(session, period, user)
    else:
        unlock_quarter(session, period, reason, user)
