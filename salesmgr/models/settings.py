"""The database's settings as one value: the base currency, the exchange rates with their dates, and the first
month of the fiscal year; and changing the base currency, which re-expresses the rates.

Definitions:

* A rate ``r`` of currency X means 1 X = r units of the base currency, as of the rate's date.
* Changing the base from B to N re-expresses every rate in N: the new rate of X is ``r(X) / r(N)``, the old
  base B gets ``1 / r(N)``, and N's own rate goes (it is 1 by definition). Each re-expressed rate is rounded
  half-up to ``RATE_DIGITS`` (8) significant digits, so that one change of base moves a converted amount by
  less than 1 in 10^7 of it. Each keeps its own date; B's new rate gets the date of N's rate.
* With rates on the database and no rate for N, the change is refused (``BaseCurrencyRefused``): the other
  rates could not be re-expressed. Without any rate the base just changes.
* The fiscal year starts on the first day of month ``fiscal_start`` (1-12, default 1 = January); see
  ``salesmgr.models.periods`` for what a fiscal quarter and year are.
* Changing the fiscal start is refused while approved bonus quarters exist (``set_fiscal_start`` says why);
  every other stored period key is re-read under the new setting (``salesmgr.models.fiscal``).
* The interface language is not here: it is per user, not per database, and the GUI keeps it in its own
  settings file (salesmgr/views/ui_settings.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.config import ExchangeRate, Setting
from salesmgr.models.currency import base_currency, check_rate, remove_rate, set_base_currency
from salesmgr.models.errors import UserError, ValidationError
from salesmgr.models.money import normalise_currency
from salesmgr.models.periods import FISCAL_START

FISCAL_START_KEY = "fiscal_start"
RATE_DIGITS = 8


class BaseCurrencyRefused(UserError):
    """The base currency cannot change to a currency without a rate while other rates exist."""


@dataclass(frozen=True)
class RateEntry:
    """1 ``currency`` = ``rate`` units of the base currency, as of ``rated_on``."""

    currency: str
    rate: Decimal
    rated_on: date


@dataclass(frozen=True)
class DatabaseSettings:
    """Every setting kept in the database."""

    base_currency: str
    fiscal_start: int
    rates: tuple[RateEntry, ...]


def fiscal_start(session: Session) -> int:
    """The first month of the fiscal year (1-12); January when it was never set."""
    value = session.scalar(select(Setting.value).where(Setting.key == FISCAL_START_KEY))
    try:
        month = int(value) if value is not None else FISCAL_START
    except ValueError:
        return FISCAL_START
    return month if 1 <= month <= 12 else FISCAL_START


class FiscalStartRefused(UserError):
    """The fiscal year's first month cannot change while approved bonus quarters exist."""


def set_fiscal_start(session: Session, month: int) -> None:
    """Make ``month`` the fiscal year's first month; refused (``FiscalStartRefused``) when it would change while an
    approved bonus quarter exists.

    Why refuse rather than re-read: stored period keys carry no fiscal start, so after a change ``2026Q1`` means
    other months. For quotas, plans and open adjustments that is what the manager asks for (they are re-read under
    the new setting), but an approved quarter is a frozen record of bonuses paid for particular months; re-reading
    its key would show it against months it was never computed for. Unapprove those quarters first (the reason
    goes to the audit log), or keep the setting."""
    if not 1 <= month <= 12:
        raise ValidationError("the fiscal year's first month must be 1 to 12, not {month}", month=month)
    if month != fiscal_start(session):
        from salesmgr.models.bonus.entities import BonusApproval  # here: the bonus package reads the settings

        approved = sorted(session.scalars(select(BonusApproval.period)))
        if approved:
            raise FiscalStartRefused(
                "cannot change the fiscal year's first month: the bonuses of {periods} are approved for the months "
                "of the current fiscal quarters; unapprove them first", periods=", ".join(approved))
    session.merge(Setting(key=FISCAL_START_KEY, value=str(month)))


def rate_entries(session: Session) -> tuple[RateEntry, ...]:
    """Every exchange rate, by currency code."""
    rows = session.scalars(select(ExchangeRate).order_by(ExchangeRate.currency))
    return tuple(RateEntry(row.currency, row.rate, row.rated_on) for row in rows)


def load_settings(session: Session) -> DatabaseSettings:
    return DatabaseSettings(base_currency(session), fiscal_start(session), rate_entries(session))


def round_rate(value: Decimal) -> Decimal:
    """``value`` rounded half-up to RATE_DIGITS significant digits, trailing zeros dropped (never in E notation
    for the values a rate takes)."""
    quantum = Decimal(1).scaleb(value.adjusted() - RATE_DIGITS + 1)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP).normalize()
    return rounded.quantize(Decimal(1)) if rounded.as_tuple().exponent > 0 else rounded  # type: ignore[operator]


def re_expressed(rates: tuple[RateEntry, ...], old_base: str, new_base: str) -> tuple[RateEntry, ...]:
    """``rates`` (in ``old_base``) expressed in ``new_base``; refused when ``new_base`` has no rate."""
    by_code = {entry.currency: entry for entry in rates}
    pivot = by_code.get(new_base)
    if pivot is None:
        raise BaseCurrencyRefused(
            "cannot make {new} the base currency: it has no exchange rate to {old}, so the other rates cannot be "
            "re-expressed; add the rate of {new} first", new=new_base, old=old_base)
    moved = [RateEntry(entry.currency, round_rate(entry.rate / pivot.rate), entry.rated_on)
             for entry in rates if entry.currency != new_base]
    moved.append(RateEntry(old_base, round_rate(1 / pivot.rate), pivot.rated_on))
    return tuple(sorted(moved, key=lambda entry: entry.currency))


def change_base_currency(session: Session, currency: str) -> None:
    """Make ``currency`` the base, re-expressing the rates (see the module's definitions)."""
    new, old = normalise_currency(currency), base_currency(session)
    if new == old:
        return
    current = rate_entries(session)
    if current:
        target = re_expressed(current, old, new)
        _replace_rates(session, target, base=new)
    set_base_currency(session, new)
    session.flush()


def save_settings(session: Session, wanted: DatabaseSettings) -> DatabaseSettings:
    """Make the database's settings ``wanted``: its rates (in the current base) replace the table, then the
    fiscal start, then the base currency changes (re-expressing those rates). All or nothing: an error leaves
    the transaction to roll back. Returns the settings now in force."""
    codes = [normalise_currency(entry.currency) for entry in wanted.rates]
    repeated = sorted({code for code in codes if codes.count(code) > 1})
    if repeated:
        raise ValidationError("{currency} has more than one exchange rate; keep one", currency=repeated[0])
    _replace_rates(session, wanted.rates, base=base_currency(session))
    set_fiscal_start(session, wanted.fiscal_start)
    change_base_currency(session, wanted.base_currency)
    session.flush()
    return load_settings(session)


def _replace_rates(session: Session, wanted: tuple[RateEntry, ...], *, base: str) -> None:
    """The rate table becomes ``wanted``, rates into ``base``; rows that do not change are left alone (their
    updated_at stays)."""
    current = {entry.currency: entry for entry in rate_entries(session)}
    keep = {normalise_currency(entry.currency) for entry in wanted}
    for code in current.keys() - keep:
        remove_rate(session, code)
    for entry in wanted:
        code = normalise_currency(entry.currency)
        if code == base:
            raise ValidationError("{currency} is the base currency; its rate is always 1", currency=code)
        if current.get(code) != RateEntry(code, entry.rate, entry.rated_on):
            check_rate(entry.rate)
            session.merge(ExchangeRate(currency=code, rate=entry.rate, rated_on=entry.rated_on))
    session.flush()
