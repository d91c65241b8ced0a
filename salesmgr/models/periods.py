"""Reporting periods: one typed value for a quarter, a month or a year, parsed once at the edge.

``Period.parse("2026Q3")`` (or ``"2026-09"``, ``"2026"``) is what the command line and the combo boxes make of the
text a user gives; everything below them takes the ``Period`` and never parses text again.

Definitions:

* The fiscal year starts on the first day of month ``fiscal_start`` (1 = January, the default; the
  database's setting is read by ``salesmgr.models.settings.fiscal_start(session)``) and is named by the
  calendar year it starts in: with ``fiscal_start=4``, fiscal 2026 is 2026-04-01 to 2027-03-31.
* A quarter ``2026Q1`` is the first three months of fiscal 2026, ``2026Q2`` the next three, and so on.
* A month ``2026-09`` is the calendar month; a year ``2026`` is the fiscal year.
* Bounds are inclusive dates: with January as the first month, ``2026Q3`` is 2026-07-01 to 2026-09-30.
* ``key`` is the canonical text (``2026Q3``, ``2026-09``, ``2026``), the form stored in the database and
  printed in JSON; it does not carry the fiscal start, which comes from the setting.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from salesmgr.models.errors import ValidationError

FISCAL_START = 1  # the default first month of the fiscal year; the setting: salesmgr.models.settings.fiscal_start
_PERIOD = re.compile(r"^(\d{4})(?:[Qq]([1-4])|-(\d{2}))?$")
_NOT_A_PERIOD = "{period} is not a period; write 2026Q3, 2026-09 or 2026"


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class Period:
    """A quarter (``number`` 1-4), a calendar month (``number`` 1-12) or a fiscal year (``number`` 0).

    ``year`` is the fiscal year for quarters and years, the calendar year for months."""

    kind: PeriodKind
    year: int
    number: int = 0
    fiscal_start: int = FISCAL_START

    def __post_init__(self) -> None:
        highest = {PeriodKind.QUARTER: 4, PeriodKind.MONTH: 12, PeriodKind.YEAR: 0}[self.kind]
        lowest = 0 if self.kind is PeriodKind.YEAR else 1
        if not (1 <= self.year <= 9998 and lowest <= self.number <= highest and 1 <= self.fiscal_start <= 12):
            raise ValidationError(_NOT_A_PERIOD, period=self.key)

    # --- making one ----------------------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str, fiscal_start: int = FISCAL_START) -> Period:
        """``"2026Q3"`` / ``"2026-09"`` / ``"2026"``; blanks around it are ignored and ``q`` may be lower case.

        Anything else (a month 00 or 13, year 0000, a quarter 5, ``"Q3 2026"``) raises ``ValidationError``."""
        cleaned = text.strip() if isinstance(text, str) else ""
        match = _PERIOD.match(cleaned)
        if match is None or int(match.group(1)) < 1:
            raise ValidationError(_NOT_A_PERIOD, period=text)
        year, quarter, month = int(match.group(1)), match.group(2), match.group(3)
        if quarter is not None:
            return cls(PeriodKind.QUARTER, year, int(quarter), fiscal_start)
        if month is not None:
            if not 1 <= int(month) <= 12:
                raise ValidationError(_NOT_A_PERIOD, period=text)
            return cls(PeriodKind.MONTH, year, int(month), fiscal_start)
        return cls(PeriodKind.YEAR, year, 0, fiscal_start)

    @classmethod
    def quarter_of(cls, day: date, fiscal_start: int = FISCAL_START) -> Period:
        """The fiscal quarter ``day`` falls in: 2026-09-30 -> ``2026Q3`` (January start), ``2026Q2`` (April)."""
        months = _months_into_fiscal_year(day, fiscal_start)
        return cls(PeriodKind.QUARTER, _fiscal_year(day, fiscal_start), months // 3 + 1, fiscal_start)

    @classmethod
    def month_of(cls, day: date, fiscal_start: int = FISCAL_START) -> Period:
        """The calendar month ``day`` falls in: 2026-09-30 -> ``2026-09``."""
        return cls(PeriodKind.MONTH, day.year, day.month, fiscal_start)

    @classmethod
    def year_of(cls, day: date, fiscal_start: int = FISCAL_START) -> Period:
        """The fiscal year ``day`` falls in."""
        return cls(PeriodKind.YEAR, _fiscal_year(day, fiscal_start), 0, fiscal_start)

    def under_fiscal_start(self, fiscal_start: int) -> Period:
        """The period of the same key read with another first month: ``2026Q1`` under April is April-June 2026.

        This is what a stored key means when the setting is ``fiscal_start``; a month stays the same month."""
        return Period(self.kind, self.year, self.number, fiscal_start)

    # --- what it is ----------------------------------------------------------------------------------------
    @property
    def key(self) -> str:
        """The canonical text: ``2026Q3``, ``2026-09`` or ``2026``."""
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year:04d}Q{self.number}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.year:04d}-{self.number:02d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.key

    @property
    def is_quarter(self) -> bool:
        return self.kind is PeriodKind.QUARTER

    @property
    def start(self) -> date:
        """The first day (inclusive)."""
        if self.kind is PeriodKind.MONTH:
            return date(self.year, self.number, 1)
        offset = self.fiscal_start - 1 + (3 * (self.number - 1) if self.kind is PeriodKind.QUARTER else 0)
        return _month_start(self.year, offset)

    @property
    def end(self) -> date:
        """The last day (inclusive)."""
        if self.kind is PeriodKind.MONTH:
            return _month_end(self.year, self.number)
        months = 3 if self.kind is PeriodKind.QUARTER else 12
        last = _month_start(self.start.year, self.start.month - 1 + months - 1)
        return _month_end(last.year, last.month)

    @property
    def bounds(self) -> tuple[date, date]:
        """(first day, last day), both inclusive."""
        return self.start, self.end

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    # --- neighbours ----------------------------------------------------------------------------------------
    def shifted(self, steps: int) -> Period:
        """The period ``steps`` periods of the same kind later (earlier when negative)."""
        if self.kind is PeriodKind.YEAR:
            return Period(self.kind, self.year + steps, 0, self.fiscal_start)
        size = 4 if self.kind is PeriodKind.QUARTER else 12
        year, index = divmod(self.year * size + self.number - 1 + steps, size)
        return Period(self.kind, year, index + 1, self.fiscal_start)

    def previous(self, count: int) -> list[Period]:
        """The ``count`` periods before this one (not included), oldest first; none before year 1."""
        if count < 0:
            raise ValidationError("the number of quarters must be zero or more, not {n}", n=count)
        earlier = []
        for back in range(count, 0, -1):
            try:
                earlier.append(self.shifted(-back))
            except ValidationError:
                continue  # before year 1
        return earlier

    def months(self) -> list[Period]:
        """The calendar months the period covers, in order."""
        first = Period.month_of(self.start, self.fiscal_start)
        count = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[self.kind]
        return [first.shifted(step) for step in range(count)]

    def quarter(self) -> Period:
        """The fiscal quarter the period starts in (a quarter is its own)."""
        return Period.quarter_of(self.start, self.fiscal_start)


def parse_quarter(text: str, fiscal_start: int = FISCAL_START) -> Period:
    """A period that must be a quarter (bonuses are quarterly): months and years are refused."""
    period = Period.parse(text, fiscal_start)
    if not period.is_quarter:
        raise ValidationError("{period} is not a quarter; write it like 2026Q3", period=text)
    return period


def require_quarter(period: Period) -> Period:
    """``period`` itself when it is a quarter; a month or a year is refused."""
    if not period.is_quarter:
        raise ValidationError("{period} is not a quarter; write it like 2026Q3", period=period.key)
    return period


def _fiscal_year(day: date, fiscal_start: int) -> int:
    return day.year if day.month >= fiscal_start else day.year - 1


def _months_into_fiscal_year(day: date, fiscal_start: int) -> int:
    return (day.month - fiscal_start) % 12


def _month_start(year: int, months_after_january: int) -> date:
    """The first day of the month ``months_after_january`` months after January of ``year``."""
    extra_years, month_index = divmod(months_after_january, 12)
    return date(year + extra_years, month_index + 1, 1)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
