"""Exact money: ``Decimal`` in code, integer minor units plus an ISO 4217 code in the database."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from salesmgr.models.errors import UserError

# ISO 4217 minor-unit exponents that differ from the usual 2.
_EXPONENTS: dict[str, int] = {
    "JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "UGX": 0, "XAF": 0, "XOF": 0, "PYG": 0,
    "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3, "IQD": 3, "LYD": 3,
}
DEFAULT_CURRENCY = "CNY"


class MoneyError(UserError, ValueError):
    """A value that cannot be read as money, or an unknown currency code."""


def D(value: str | int | Decimal) -> Decimal:
    """The one constructor for exact numbers; floats are refused on purpose."""
    if isinstance(value, float):
        raise MoneyError("money must not come from a float; pass a string")
    try:
        return Decimal(value)
    except (InvalidOperation, ValueError) as exc:
        raise MoneyError("not a number: {value}", value=value) from exc


@lru_cache(maxsize=256)
def normalise_currency(code: str) -> str:
    code = code.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise MoneyError("not an ISO 4217 currency code: {code} (use three letters such as CNY, USD, EUR)", code=code)
    return code


@lru_cache(maxsize=256)
def exponent(currency: str) -> int:
    return _EXPONENTS.get(normalise_currency(currency), 2)


@lru_cache(maxsize=256)
def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-exponent(currency))


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round half-up to the currency's smallest unit (the cent, the fen)."""
    return amount.quantize(_quantum(currency), rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal, currency: str) -> int:
    """Decimal amount -> integer minor units, rounding half-up to the smallest unit."""
    return int(quantize(amount, currency).scaleb(exponent(currency)))


def from_minor(minor: int, currency: str) -> Decimal:
    """Integer minor units -> Decimal with the currency's number of decimal places."""
    return quantize(Decimal(minor).scaleb(-exponent(currency)), currency)


def format_money(amount: Decimal, currency: str) -> str:
    """``1234567.5, 'CNY'`` -> ``'1,234,567.50 CNY'``: thousands separators, fixed decimals."""
    places = exponent(currency)
    return f"{quantize(amount, currency):,.{places}f} {normalise_currency(currency)}"


SHORT_FROM = Decimal(10_000)  # below this an amount is short enough to show exactly
# (scale, suffix, decimal places), largest first: Chinese counts in 万 (10^4) and 亿 (10^8), English in K, M, B
_SHORT_UNITS: dict[str, tuple[tuple[Decimal, str, int], ...]] = {
    "zh": ((Decimal(10) ** 8, "亿", 2), (Decimal(10) ** 4, "万", 2)),
    "en": ((Decimal(10) ** 9, " B", 2), (Decimal(10) ** 6, " M", 2), (Decimal(10) ** 3, " K", 1)),
}


def format_money_short(amount: Decimal, currency: str, language: str = "en") -> str:
    """A rounded amount that fits a tile: ``6260693.5`` -> ``'626.07万 CNY'`` in Chinese (``language`` starting
    with "zh"), ``'6.26 M CNY'`` in English (``'626.1 K'``, ``'1.23 B'``).

    An amount under 10,000 (in absolute value) is shown exactly, as ``format_money`` does. Above, the amount is
    divided by the largest unit in which it still rounds (half up) to at least 1: so 99,999,999 is
    ``'1.00亿'`` rather than ``'10,000.00万'``. The sign is kept.
    """
    if abs(amount) < SHORT_FROM:
        return format_money(amount, currency)
    units = _SHORT_UNITS["zh" if language.lower().startswith("zh") else "en"]
    for scale, suffix, places in units:
        value = (amount / scale).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if abs(value) >= 1 or scale == units[-1][0]:
            return f"{value:,.{places}f}{suffix} {normalise_currency(currency)}"
    raise AssertionError("unreachable: the last unit always returns")
