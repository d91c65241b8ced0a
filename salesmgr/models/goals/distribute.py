"""Splitting a target exactly: pure functions, no database.

Definitions:

* ``split_exact(total, weights)``: each part's exact share is ``total x w / sum(w)`` in minor units (cents); each
  part first gets its share rounded down to the cent, then the cents still missing go one each to the parts
  with the largest fractional remainders (ties: the earlier part). The parts always add up to ``total`` exactly;
  ``Split.rounding`` is what those extra cents add up to (the "rounding" line; zero when every share was whole).
* A *cell* is one rep in one quarter of the fiscal year. A method gives each cell a weight
  ``quarter factor x rep factor``; the year's target is split over all cells of the scope (a team's reps, or
  every team's reps for the company) at once, so the quotas add up exactly to the target; a team's subtotal is
  the sum of its reps' cells, which is how the company's target reaches the teams (a team gets the summed
  weight of its reps).

  - ``equal``: every cell weighs 1.
  - ``share``: a rep's factor is their won revenue of the previous fiscal year; when nobody in the scope won
    anything it falls back to ``equal`` (``reason`` says so). A rep who won nothing gets no quota this way.
  - ``seasonal``: a quarter's factor is its share of the won revenue of the last two fiscal years (quarter
    number 1-4, both years together); without any history it falls back to ``equal`` with a reason.
  - ``ramp``: a rep's factor in a quarter is their ramp share (``ramp_share``) of it.

  Under every method a rep not employed on any day of a quarter (hired after it, or left before it) gets 0.
* Ramp: a rep's *tenure month* ``k`` (1, 2, ...) on a day: the day is on or after ``hire + (k - 1) months`` and
  before ``hire + k months``, where adding months keeps the day of the month or takes the month's last day when
  it is shorter (Jan 31 + 1 month = Feb 28 or 29). The schedule gives the share of a full quota in tenure months
  1, 2, ...; after its last entry the share is 1 (default 25/50/75/100 % in months 1-4). A rep's *ramp share* of a
  period is the average of the day's share over the days of the period, a day before the hire date or after
  the leaving date counting 0; so joining or leaving mid-quarter is prorated by days. No hire date: fully ramped.
* Copying a year with growth ``g`` %: the new total is the old total x (1 + g / 100) rounded half-up to the
  cent, split over the old amounts as weights, so the copied amounts add up to it exactly.
"""
from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from salesmgr.models.errors import ValidationError
from salesmgr.models.money import exponent, from_minor, quantize, to_minor
from salesmgr.models.periods import Period

Method = Literal["equal", "share", "seasonal", "ramp"]
METHODS: tuple[Method, ...] = ("equal", "share", "seasonal", "ramp")
DEFAULT_RAMP: tuple[Decimal, ...] = (Decimal("0.25"), Decimal("0.50"), Decimal("0.75"), Decimal("1"))
Weight = Fraction | Decimal | int
NO_WON_HISTORY = "nobody in the scope won anything last fiscal year; split equally instead"
NO_SEASON_HISTORY = "no won revenue in the last two fiscal years; split equally over the quarters instead"


@dataclass(frozen=True)
class Split:
    """The parts, in the order of the weights, and the cents the largest-remainder step handed out."""

    amounts: tuple[Decimal, ...]
    rounding: Decimal


def split_exact(total: Decimal, weights: Sequence[Weight], currency: str) -> Split:
    """``total`` split in proportion to ``weights`` to the cent (see the module's definition)."""
    if total < 0:
        raise ValidationError("a target cannot be negative ({amount})", amount=total)
    parts = [Fraction(w) for w in weights]
    if any(part < 0 for part in parts):
        raise ValidationError("a distribution weight cannot be negative")
    whole = sum(parts, Fraction(0))
    if not parts or whole == 0:
        raise ValidationError("there is nobody to split {amount} to; add reps (or quotas to copy) first",
                              amount=total)
    minor = to_minor(total, currency)
    exact = [minor * part / whole for part in parts]
    floors = [int(value) for value in exact]  # non-negative, so int() rounds down
    missing = minor - sum(floors)
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - floors[i]), i))
    for index in order[:missing]:
        floors[index] += 1
    return Split(tuple(from_minor(value, currency) for value in floors), from_minor(missing, currency))


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, on the month's last day when it is shorter."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, index + 1, min(day.day, calendar.monthrange(year, index + 1)[1]))


def tenure_month(hire: date, day: date) -> int:
    """The rep's tenure month on ``day`` (1 from the hire date on; 0 before it)."""
    if day < hire:
        return 0
    months = (day.year - hire.year) * 12 + day.month - hire.month
    if add_months(hire, months) > day:
        months -= 1
    return months + 1


def check_schedule(schedule: Sequence[Decimal]) -> tuple[Decimal, ...]:
    """The schedule itself when every share is between 0 and 1."""
    if not schedule or any(not Decimal(0) <= share <= Decimal(1) for share in schedule):
        raise ValidationError("a ramp schedule lists shares between 0 and 1 for months 1, 2, ... (e.g. 0.25 0.5 "
                              "0.75 1)")
    return tuple(schedule)


def day_share(hire: date | None, day: date, schedule: Sequence[Decimal] = DEFAULT_RAMP) -> Decimal:
    """The share of a full quota on ``day`` (see the module's ramp definition)."""
    if hire is None:
        return Decimal(1)
    month = tenure_month(hire, day)
    if month == 0:
        return Decimal(0)
    return schedule[month - 1] if month <= len(schedule) else Decimal(1)


def ramp_share(period: Period, hire: date | None, leave: date | None = None,
               schedule: Sequence[Decimal] = DEFAULT_RAMP) -> Fraction:
    """The average share of a full quota over the days of ``period`` (exact)."""
    start, end = period.bounds
    days = (end - start).days + 1
    total = Fraction(0)
    day = start
    while day <= end:
        if leave is None or day <= leave:
            total += Fraction(day_share(hire, day, schedule))
        day += timedelta(days=1)
    return total / days


@dataclass(frozen=True)
class Slot:
    """A rep a target can be split to: their team, hire and leaving dates, won revenue of the last fiscal year."""

    rep_id: int
    team_id: int | None
    hire: date | None = None
    leave: date | None = None
    last_year_won: Decimal = Decimal(0)

    def employed(self, period: Period) -> bool:
        return ((self.hire is None or self.hire <= period.end)
                and (self.leave is None or self.leave >= period.start))


@dataclass(frozen=True)
class Cell:
    rep_id: int
    period: str  # the quarter's key
    quota: Decimal


@dataclass(frozen=True)
class Distribution:
    """The quotas of a split target; ``reason`` says why the method fell back to an equal split (None if not)."""

    target: Decimal
    method: str  # one of METHODS, or "copy"
    cells: tuple[Cell, ...]
    rounding: Decimal
    reason: str | None = None


def distribute(target: Decimal, quarters: Sequence[Period], slots: Sequence[Slot], method: Method, currency: str,
               *, seasonality: dict[int, Decimal] | None = None,
               schedule: Sequence[Decimal] = DEFAULT_RAMP) -> Distribution:
    """Split ``target`` over ``slots`` x ``quarters`` by ``method`` (see the module's definitions)."""
    if method not in METHODS:
        raise ValidationError("unknown distribution method {method}; use equal, share, seasonal or ramp",
                              method=method)
    schedule = check_schedule(schedule)
    quarter_factor, reason = _quarter_factors(quarters, method, seasonality)
    rep_factor = {slot.rep_id: Fraction(slot.last_year_won) for slot in slots}
    if method == "share" and not any(rep_factor.values()):
        reason, method_used = NO_WON_HISTORY, "equal"
    else:
        method_used = method
    keys: list[tuple[int, str]] = []
    weights: list[Fraction] = []
    for slot in sorted(slots, key=lambda s: (s.team_id is None, s.team_id or 0, s.rep_id)):
        for quarter in quarters:
            keys.append((slot.rep_id, quarter.key))
            weights.append(quarter_factor[quarter.key] * _rep_factor(slot, quarter, method_used, schedule))
    split = split_exact(target, weights, currency)
    cells = tuple(Cell(rep, key, amount) for (rep, key), amount in zip(keys, split.amounts, strict=True))
    return Distribution(quantize(target, currency), method, cells, split.rounding, reason)


def _quarter_factors(quarters: Sequence[Period], method: Method,
                     seasonality: dict[int, Decimal] | None) -> tuple[dict[str, Fraction], str | None]:
    if method != "seasonal":
        return {q.key: Fraction(1) for q in quarters}, None
    history = seasonality or {}
    if not any(history.get(q.number, Decimal(0)) > 0 for q in quarters):
        return {q.key: Fraction(1) for q in quarters}, NO_SEASON_HISTORY
    return {q.key: Fraction(max(Decimal(0), history.get(q.number, Decimal(0)))) for q in quarters}, None


def _rep_factor(slot: Slot, quarter: Period, method: str, schedule: Sequence[Decimal]) -> Fraction:
    if not slot.employed(quarter):
        return Fraction(0)
    if method == "share":
        return Fraction(slot.last_year_won)
    if method == "ramp":
        return ramp_share(quarter, slot.hire, slot.leave, schedule)
    return Fraction(1)


def grown(amounts: Sequence[Decimal], growth_percent: Decimal, currency: str) -> Split:
    """``amounts`` grown by ``growth_percent`` as one exact split (see the module's definition)."""
    if growth_percent <= -100:
        raise ValidationError("growth must be more than -100 %, not {growth}", growth=growth_percent)
    total = quantize(sum(amounts, Decimal(0)) * (1 + growth_percent / 100), currency)
    if total == 0:
        return Split(tuple(quantize(Decimal(0), currency) for _ in amounts), Decimal(0).scaleb(-exponent(currency)))
    return split_exact(total, list(amounts), currency)
