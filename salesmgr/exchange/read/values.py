"""Reading CRM export cells as typed values: money, percentages, whole numbers, yes/no, text (dates: ``dates.py``,
re-exported here). Every parser raises ``ValueParseError`` on an empty cell (None or blanks) and on unreadable values.

Money never passes through float arithmetic: text is turned into a ``Decimal`` digit for digit and a float cell
becomes ``Decimal(repr(x))`` (so 0.1 gives Decimal("0.1")). "¥" and "￥" are read as CNY (they are also the yen
sign; a JPY export should carry the code JPY). Separators: the last of "," and "." is the decimal point when both
occur; a lone "," is a decimal comma when 1-2 digits follow it ("1 234,5"), otherwise a thousands separator; a lone
"." is a decimal point ("1.234" is 1.234); repeated "." are thousands separators ("1.234.567").
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from salesmgr.exchange.read.dates import (
    ISO,
    DateFormat,
    ValueParseError,
    detect_date_format,
    parse_date,
    parse_datetime,
)
from salesmgr.exchange.read.table import Cell

__all__ = ["ISO", "DateFormat", "ValueParseError", "clean_text", "detect_date_format", "parse_bool", "parse_date",
           "parse_datetime", "parse_int", "parse_money", "parse_percent"]

_SYMBOLS = {"$": "USD", "US$": "USD", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "S$": "SGD", "NT$": "TWD",
            "€": "EUR", "£": "GBP", "¥": "CNY", "CN¥": "CNY", "元": "CNY", "RMB": "CNY"}
_MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
_CURRENCY = r"[A-Za-z]{3}|[A-Z]{1,2}\$|CN¥|[$€£¥]"
_NUMBER = r"\d(?:[\d,.' ’]*\d)?"
_MONEY = re.compile(rf"(?P<s1>[-+])?\s*(?P<pre>{_CURRENCY})?\s*(?P<s2>[-+])?\s*(?P<num>{_NUMBER})"
                    rf"\s*(?P<mul>[万亿])?\s*(?P<suf>{_CURRENCY}|元)?\s*(?P<s3>-)?")
_SIGNED = re.compile(rf"(?P<sign>[-+])?\s*(?P<num>{_NUMBER})")
_GROUP_MARKS = re.compile(r"[ '’]")
_WHOLE = re.compile(r"\d+|\d{1,3}(?P<g>[,._])\d{3}(?:(?P=g)\d{3})*")
_PERCENT = re.compile(r"(?P<num>\d+(?:[.,]\d+)?|[.,]\d+)\s*(?P<pct>%)?")
_HUNDRED = Decimal(100)
_TRUE = frozenset({"true", "yes", "y", "1", "1.0", "t", "x", "on", "是", "√", "✓", "✔"})
_FALSE = frozenset({"false", "no", "n", "0", "0.0", "f", "off", "否"})
_INVISIBLE = "\ufeff\u200b"


def _normalise(text: str) -> str:
    """Full-width digits, signs and symbols (Chinese input) to ASCII; the Unicode minus to "-"."""
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-") if not text.isascii() else text


def _float_decimal(value: float) -> Decimal | None:
    """A float cell's shortest repr as an exact Decimal; None for NaN and infinities."""
    return Decimal(repr(value)) if value - value == 0 else None


def _digits(num: str) -> Decimal | None:
    """"1,234,567.89", "1.234.567,89", "1 234 567,89" -> Decimal; None when the separators make no sense."""
    num = _GROUP_MARKS.sub("_", num)
    comma, dot = num.rfind(","), num.rfind(".")
    point: str | None = None
    if comma > dot and (dot >= 0 or (num.count(",") == 1 and len(num) - comma <= 3)):
        point = ","
    elif dot > comma and (comma >= 0 or num.count(".") == 1):
        point = "."
    whole, fraction = num.rsplit(point, 1) if point else (num, "")
    if not _WHOLE.fullmatch(whole) or (point and not fraction.isdigit()):
        return None
    whole = whole.replace(",", "").replace(".", "").replace("_", "")
    return Decimal(f"{whole}.{fraction}" if point else whole)


def parse_money(value: Cell) -> tuple[Decimal, str | None]:
    """A cell as (amount, ISO currency code or None): "¥1,200.00" -> (1200.00, "CNY"), "12.5万" -> (125000, None),
    "(1,200.00)" -> (-1200.00, None), "USD 1,200" / "1200 EUR", "1.2万元" -> (12000, "CNY")."""
    if isinstance(value, str):
        return _money_text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value), None
    if isinstance(value, float) and (amount := _float_decimal(value)) is not None:
        return amount, None
    if value is None:
        raise ValueParseError("the cell is empty")
    raise ValueParseError("{value} is not an amount of money", value=value)


def _money_text(value: str) -> tuple[Decimal, str | None]:
    text = _normalise(value.strip())
    if not text:
        raise ValueParseError("the cell is empty")
    negative = text[0] == "(" and text[-1] == ")"
    m = _MONEY.fullmatch(text[1:-1].strip() if negative else text)
    amount = _digits(m["num"]) if m is not None else None
    if m is None or amount is None:
        raise ValueParseError("{value} is not an amount of money", value=value)
    signs = [sign for sign in (m["s1"], m["s2"], m["s3"]) if sign]
    if len(signs) + negative > 1:
        raise ValueParseError("{value} is not an amount of money", value=value)
    if m["mul"]:
        amount *= _MULTIPLIERS[m["mul"]]
    if negative or signs == ["-"]:
        amount = -amount
    return amount, _currency(value, m["pre"], m["suf"])


def _currency(value: str, prefix: str | None, suffix: str | None) -> str | None:
    codes = {_SYMBOLS.get(mark.upper(), mark.upper()) for mark in (prefix, suffix) if mark}
    if len(codes) > 1:
        raise ValueParseError("{value} names two different currencies", value=value)
    code = codes.pop() if codes else None
    if code is not None and not code.isalpha():  # an unknown "X$"
        raise ValueParseError("{value} is not an amount of money", value=value)
    return code


def parse_percent(value: Cell) -> Decimal:
    """A fraction 0..1: "35%" / "35 %" / 35 -> 0.35; a number up to 1 is already a fraction (0.35 -> 0.35, so 1 means
    100%); above 1 and up to 100 is a percentage; "%" always means a percentage ("0.5%" -> 0.005)."""
    number: Decimal | None = None
    percent = False
    if isinstance(value, str):
        text = _normalise(value.strip())
        if not text:
            raise ValueParseError("the cell is empty")
        if (m := _PERCENT.fullmatch(text)) is not None:
            number, percent = Decimal(m["num"].replace(",", ".")), m["pct"] is not None
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, float):
        number = _float_decimal(value)
    elif value is None:
        raise ValueParseError("the cell is empty")
    if number is None or not 0 <= number <= _HUNDRED:
        raise ValueParseError("{value} is not a percentage between 0 and 100", value=value)
    return number if number <= 1 and not percent else number.scaleb(-2)


def parse_int(value: Cell) -> int:
    """1200, 1200.0, "1,200", "1 200", "1200.00" -> 1200; a fraction (12.5) is refused."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and text.isascii():
            return int(text)
        if not text:
            raise ValueParseError("the cell is empty")
        m = _SIGNED.fullmatch(_normalise(text))
        number = _digits(m["num"]) if m is not None else None
        if number is not None and number == number.to_integral_value():
            return -int(number) if m is not None and m["sign"] == "-" else int(number)
    if value is None:
        raise ValueParseError("the cell is empty")
    raise ValueParseError("{value} is not a whole number", value=value)


def parse_bool(value: Cell) -> bool:
    """True/False cells, 1/0, and (any case) true/false, yes/no, y/n, t/f, on/off, 1/0, 是/否; "x", "√", "✓" -> True."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        if not text:
            raise ValueParseError("the cell is empty")
    elif isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    elif value is None:
        raise ValueParseError("the cell is empty")
    raise ValueParseError("{value} is not yes or no", value=value)


def clean_text(value: Cell) -> str | None:
    """A cell as stripped text, None when empty; 13800138000.0 -> "13800138000", 2.5 -> "2.5", NaN -> None,
    dates as ISO ("2025-03-01", "2025-03-01 10:00:00")."""
    if isinstance(value, str):
        return value.strip().strip(_INVISIBLE).strip() or None
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
