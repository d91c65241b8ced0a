"""The base currency setting and conversion of amounts into it with the exchange-rate table."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.clock import today
from salesmgr.models.config import ExchangeRate, Setting
from salesmgr.models.errors import NotFoundError, UserError, ValidationError
from salesmgr.models.money import DEFAULT_CURRENCY, normalise_currency, quantize

BASE_CURRENCY_KEY = "base_currency"


class MissingRateError(UserError, LookupError):
    """No exchange rate for a currency that a report needs."""

    def __init__(self, currency: str, base: str) -> None:
        super().__init__("no exchange rate from {currency} to {base}; add one with 'salesmgr rate set {currency} RATE'",
                         currency=currency, base=base)
        self.currency = currency


def base_currency(session: Session) -> str:
    value = session.scalar(select(Setting.value).where(Setting.key == BASE_CURRENCY_KEY))
    return value or DEFAULT_CURRENCY


def set_base_currency(session: Session, currency: str) -> None:
    session.merge(Setting(key=BASE_CURRENCY_KEY, value=normalise_currency(currency)))


def set_rate(session: Session, currency: str, rate: Decimal, rated_on: date | None = None) -> None:
    """Add or replace the rate of ``currency``: one unit is worth ``rate`` units of the base currency, as of
    ``rated_on`` (default: today). The base currency itself has no rate (it is 1 by definition)."""
    code = normalise_currency(currency)
    check_rate(rate)
    if code == base_currency(session):
        raise ValidationError("{currency} is the base currency; its rate is always 1", currency=code)
    session.merge(ExchangeRate(currency=code, rate=rate, rated_on=rated_on or today()))


def check_rate(rate: Decimal) -> None:
    """Refuse a rate that is not a positive number."""
    if not rate.is_finite() or rate <= 0:
        raise ValidationError("an exchange rate must be positive, not {rate}", rate=rate)


def remove_rate(session: Session, currency: str) -> None:
    """Delete the rate of ``currency``; amounts in it can then no longer be converted."""
    row = session.get(ExchangeRate, normalise_currency(currency))
    if row is None:
        raise NotFoundError("there is no exchange rate for {currency}", currency=normalise_currency(currency))
    session.delete(row)
    session.flush()


def rates(session: Session) -> dict[str, Decimal]:
    return {r.currency: r.rate for r in session.scalars(select(ExchangeRate))}


def to_base(session: Session, amount: Decimal, currency: str, *, base: str | None = None,
            known_rates: dict[str, Decimal] | None = None) -> Decimal:
    """``amount`` in ``currency`` converted to the base currency, rounded to its smallest unit."""
    base = base or base_currency(session)
    currency = normalise_currency(currency)
    if currency == base:
        return amount
    table = known_rates if known_rates is not None else rates(session)
    if currency not in table:
        raise MissingRateError(currency, base)
    return quantize(amount * table[currency], base)
