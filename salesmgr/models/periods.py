"""Reporting periods as text: quarters ``2026Q3``, months ``2026-09`` and years ``2026``.

All bounds are inclusive dates: ``2026Q3`` is 2026-07-01 to 2026-09-30.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from salesmgr.models.errors import ValidationError

_PERIOD = re.compile(r"^(\d{4})(?:[Qq]([1-4])|-(\d{2}))?$")


def quarter_of(d: date) -> str:
    """The quarter ``d`` falls in: 2026-09-30 -> ``"2026Q3"``."""
    return f"{d.year:04d}Q{(d.month - 1) // 3 + 1}"


def month_of(d: date) -> str:
    """The month ``d`` falls in: 2026-09-30 -> ``"2026-09"``."""
    return f"{d.year:04d}-{d.month:02d}"


def current_quarter(today: date) -> str:
    """The quarter of ``today`` (passed in, so callers and tests control the clock)."""
    return quarter_of(today)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> tuple[date, date]:
    """``"2026Q3"`` / ``"2026-09"`` / ``"2026"`` -> (first day, last day), both inclusive.

    Surrounding blanks are ignored and ``q`` may be lower case. Anything else (a month 00 or 13, year 0000, a
    quarter 5, ``"Q3 2026"``) raises ``ValidationError``.
    """
    cleaned = text.strip() if isinstance(text, str) else ""
    match = _PERIOD.match(cleaned)
    year = int(match.group(1)) if match else 0
    if match is None or year < 1:
        raise ValidationError("{period} is not a period; write 2026Q3, 2026-09 or 2026", period=text)
    quarter, month = match.group(2), match.group(3)
    if quarter is not None:
        first = (int(quarter) - 1) * 3 + 1
        return date(year, first, 1), _month_end(year, first + 2)
    if month is not None:
        number = int(month)
        if not 1 <= number <= 12:
            raise ValidationError("{period} is not a period; write 2026Q3, 2026-09 or 2026", period=text)
        return date(year, number, 1), _month_end(year, number)
    return date(year, 1, 1), date(year, 12, 31)


def normalise_period(text: str) -> str:
    """The canonical spelling of a valid period (``" 2026q3 "`` -> ``"2026Q3"``); invalid text raises."""
    parse_period(text)
    return text.strip().upper()


def quarter_bounds(period: str) -> tuple[date, date]:
    """First and last day (inclusive) of a quarter such as ``"2026Q3"``; months and years are refused."""
    start, end = parse_period(period)
    if "Q" not in normalise_period(period):
        raise ValidationError("{period} is not a quarter; write it like 2026Q3", period=period)
    return start, end


def previous_quarters(period: str, n: int) -> list[str]:
    """The ``n`` quarters before ``period`` (which is not included), oldest first.

    ``previous_quarters("2026Q2", 3)`` -> ``["2025Q3", "2025Q4", "2026Q1"]``.
    """
    if n < 0:
        raise ValidationError("the number of quarters must be zero or more, not {n}", n=n)
    start, _ = quarter_bounds(period)
    index = start.year * 4 + (start.month - 1) // 3  # quarters since year 0
    found = []
    for back in range(n, 0, -1):
        year, quarter = divmod(index - back, 4)
        if year < 1:
            continue
        found.append(f"{year:04d}Q{quarter + 1}")
    return found
