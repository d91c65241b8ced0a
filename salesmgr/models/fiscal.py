"""Periods under the database's fiscal year: what a key such as ``2026Q1`` means in this database.

Definitions:

* A period's key (``2026Q1``, ``2026``) is read under the setting ``fiscal_start`` (``salesmgr.models.settings``):
  with April as the first month, ``2026Q1`` is 2026-04-01 to 2026-06-30. Months (``2026-04``) are calendar months
  whatever the setting.
* Keys stored in the database (quotas, bonus plans, adjustments, approvals) carry no fiscal start: they are read
  under the setting in force. Changing the setting therefore moves every stored quarter to other months, which is
  why it is refused while approved bonus quarters exist (``salesmgr.models.settings.set_fiscal_start``).
* A ``Period`` made under another first month (a page that did not reload after the setting changed) is refused by
  ``check_fiscal_start`` at the domain's entry points instead of being computed over months the user did not see.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from salesmgr.models.errors import ValidationError
from salesmgr.models.periods import Period, parse_quarter
from salesmgr.models.settings import fiscal_start


def parse_period(session: Session, text: str) -> Period:
    """``text`` (2026Q3, 2026-09, 2026) read under the database's fiscal start."""
    return Period.parse(text, fiscal_start(session))


def parse_fiscal_quarter(session: Session, text: str) -> Period:
    """A quarter key read under the database's fiscal start; months and years are refused."""
    return parse_quarter(text, fiscal_start(session))


def quarter_of(session: Session, day: date) -> Period:
    """The database's fiscal quarter ``day`` falls in."""
    return Period.quarter_of(day, fiscal_start(session))


def check_fiscal_start(session: Session, period: Period) -> Period:
    """``period`` itself when it was made under the database's fiscal start; else refused (choose it again)."""
    month = fiscal_start(session)
    if period.fiscal_start != month:
        raise ValidationError("{period} was chosen with the fiscal year starting in month {used}, but this "
                              "database's fiscal year starts in month {month}; choose the period again",
                              period=period.key, used=period.fiscal_start, month=month)
    return period
