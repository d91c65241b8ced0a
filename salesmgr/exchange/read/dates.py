"""Dates in CRM exports: ISO, year/month/day, day/month/year or month/day/year (per column, see
``detect_date_format``), Chinese "2025年3月1日", English month names and Excel serial numbers (1900 date system).

``ValueParseError`` lives here so that ``values.py`` can re-export the date parsers without a cycle.
Times with an offset ("...Z", "...+08:00") are converted to the computer's local time and returned naive.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from salesmgr.exchange.read.table import Cell
from salesmgr.models.errors import UserError


class ValueParseError(UserError, ValueError):
    """A cell that cannot be read as its field's type; the importer reports it with the row number."""


ORDERS = ("ymd", "dmy", "mdy")


@dataclass(frozen=True)
class DateFormat:
    """How one column writes its dates. ``order`` says how "01/03/2025" is read ("ymd": only values that cannot be
    misread, such as "25/03/2025", are accepted); ``ambiguous`` is True when the column's data fit both dmy and mdy
    (or contradict each other); ``serials`` is True when numeric strings ("45717") are Excel serial dates."""

    order: str = "ymd"
    ambiguous: bool = False
    serials: bool = False

    def __post_init__(self) -> None:
        if self.order not in ORDERS:
            raise ValueError(f"date order must be one of {ORDERS}, not {self.order!r}")


ISO = DateFormat("ymd", False)

_EXCEL_EPOCH = datetime(1899, 12, 30)
_MAX_SERIAL = 2958466  # serial 2958465 is 9999-12-31


def _time(sep: str) -> str:
    return (rf"(?:{sep}(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::(?P<s>\d{{2}})(?:[.,](?P<f>\d{{1,6}})\d*)?)?"
            r"\s*(?P<ap>[AaPp]\.?[Mm]\.?)?\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?\s*")


_YMD = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _time(r"(?:T|\s+)"))
_XXY = re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})" + _time(r"\s+"))
_XXY_HEAD = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)")
_CJK = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?" + _time(r"(?:T|\s*)"))
_DMONY = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?P<mon>[A-Za-z]{3,9})\.?[\s,-]+(?P<y>\d{4}|\d{2})"
                    + _time(r"(?:,?\s+)"))
_MONDY = re.compile(r"(?P<mon>[A-Za-z]{3,9})\.?[\s-]+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
                    + _time(r"(?:,?\s+)"))
_SERIAL = re.compile(r"\d+(?:\.\d+)?")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def detect_date_format(values: Iterable[Cell]) -> DateFormat:
    """One pass over a column: day-first if some "dd/mm/yyyy" has a first part over 12, month-first if some has a
    second part over 12; neither seen -> ("dmy", ambiguous); both seen -> the majority (tie: dmy), ambiguous."""
    day_first = month_first = 0
    slashed = numeric = False
    serials = True
    for value in values:
        if not isinstance(value, str):
            continue
        text = value.strip()
        if (m := _XXY_HEAD.match(text)) is not None:
            slashed = True
            a, b = int(m[1]), int(m[3])
            day_first += a > 12 >= b
            month_first += b > 12 >= a
        elif _SERIAL.fullmatch(text):
            numeric = True
            serials = serials and 1 <= float(text) < _MAX_SERIAL
    serials = numeric and serials
    if not slashed:
        return DateFormat("ymd", False, serials)
    if day_first and month_first:
        return DateFormat("mdy" if month_first > day_first else "dmy", True, serials)
    if day_first or month_first:
        return DateFormat("dmy" if day_first else "mdy", False, serials)
    return DateFormat("dmy", True, serials)


def parse_date(value: Cell, fmt: DateFormat = ISO) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    return parse_datetime(value, fmt).date()


def parse_datetime(value: Cell, fmt: DateFormat = ISO) -> datetime:
    """A cell as a naive local date-time; a date alone gives midnight."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueParseError("the cell is empty")
        return _parse_text(value, text, fmt)
    if isinstance(value, datetime):
        return value if value.tzinfo is None else value.astimezone().replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if value is None:
        raise ValueParseError("the cell is empty")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value, value)
    raise ValueParseError("{value} is not a date", value=value)


def _parse_text(raw: str, text: str, fmt: DateFormat) -> datetime:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if (m := _YMD.fullmatch(text)) is not None:
        return _build(raw, int(m["y"]), int(m["m"]), int(m["d"]), m)
    if (m := _XXY.fullmatch(text)) is not None:
        day, month = _day_month(raw, int(m["a"]), int(m["b"]), fmt.order)
        return _build(raw, _year(m["y"]), month, day, m)
    if (m := _CJK.fullmatch(text)) is not None:
        return _build(raw, int(m["y"]), int(m["m"]), int(m["d"]), m)
    if (m := _DMONY.fullmatch(text) or _MONDY.fullmatch(text)) is not None and (month := _month(m["mon"])):
        return _build(raw, _year(m["y"]), month, int(m["d"]), m)
    if fmt.serials and _SERIAL.fullmatch(text):
        return _from_serial(float(text), raw)
    raise ValueParseError("{value} is not a date", value=raw)


def _day_month(raw: str, a: int, b: int, order: str) -> tuple[int, int]:
    if order == "dmy":
        return a, b
    if order == "mdy":
        return b, a
    if a > 12 or a == b:  # no column format: accept only values that cannot be misread
        return a, b
    if b > 12:
        return b, a
    raise ValueParseError("{value} could be day/month or month/day: write dates as YYYY-MM-DD", value=raw)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # as strptime's %y: 00-68 -> 2000s, 69-99 -> 1900s
        year += 2000 if year < 69 else 1900
    return year


def _month(name: str) -> int:
    name = name.lower()
    for number, full in enumerate(_MONTHS, 1):
        if full.startswith(name):
            return number
    return 0


def _build(raw: str, year: int, month: int, day: int, m: re.Match[str]) -> datetime:
    try:
        if m["h"] is None:
            return datetime(year, month, day)
        return _with_time(year, month, day, m)
    except (ValueError, OverflowError):
        raise ValueParseError("{value} is not a date", value=raw) from None


def _with_time(year: int, month: int, day: int, m: re.Match[str]) -> datetime:
    hour, minute, second = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    if m["ap"]:
        if not 1 <= hour <= 12:
            raise ValueError("12-hour clock")
        hour = hour % 12 + (12 if m["ap"][0] in "pP" else 0)
    micro = int((m["f"] or "0").ljust(6, "0"))
    result = datetime(year, month, day, hour, minute, second, micro)
    if m["tz"]:
        result = result.replace(tzinfo=_zone(m["tz"])).astimezone().replace(tzinfo=None)
    return result


def _zone(text: str) -> timezone:
    if text == "Z":
        return UTC
    digits = text[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return timezone(-offset if text[0] == "-" else offset)


def _from_serial(serial: float, raw: Cell) -> datetime:
    """Excel's 1900 date system: 1 is 1900-01-01; 60 is Excel's non-existent 1900-02-29 and is refused.
    A fraction is the time of day, rounded to the second."""
    if not 1 <= serial < _MAX_SERIAL or int(serial) == 60:  # NaN fails the comparison too
        raise ValueParseError("{value} is not a date", value=raw)
    days = int(serial)
    seconds = round((serial - days) * 86400) if isinstance(serial, float) else 0
    try:
        return _EXCEL_EPOCH + timedelta(days=days + (days < 60), seconds=seconds)
    except OverflowError:
        raise ValueParseError("{value} is not a date", value=raw) from None


__all__ = ["ISO", "DateFormat", "ValueParseError", "detect_date_format", "parse_date", "parse_datetime"]
