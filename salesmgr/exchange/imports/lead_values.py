"""The values of a leads file that need more than the common parsers: behaviours, employee counts, lead statuses.

Definitions:

* A *behaviour cell* (a white paper downloaded, a webinar attended, ...) says yes or no (yes/no, 是/否, true/false,
  1/0, y/n, x, ...: ``values.parse_bool``) or gives the day it happened (any date the import reads, in the
  column's own day/month order). It is read as ``True`` (yes, no day), ``False`` (no) or that ``date``.
* An *employee count* is a whole number (thousands separators allowed, "人"/"employees" after it), a range
  ("1001-5000", "1,001–5,000", "1001~5000", "1001至5000") counting as its lower bound, or an open range
  ("10000+", "5000以上", "1000人以上", "10,000 or more") counting as its number.
* A *lead status* of a CRM is read into salesmgr's (``LEAD_STATUSES``) by ``LEAD_STATUS_SYNONYMS``: spelled as
  each CRM spells it, compared ignoring case, spaces, "_" and "-". HubSpot's UNQUALIFIED is disqualified, while
  its BAD_TIMING is nurturing (the lead fits but not now: marketing keeps it warm), as is Zoho's "Contact in
  Future"; Zoho's "Pre-Qualified" and salesmgr's old "qualified" are assigned (handed to sales).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from salesmgr.exchange.read.table import Cell
from salesmgr.exchange.read.values import DateFormat, ValueParseError, parse_bool, parse_date, parse_int
from salesmgr.models.crm import LEAD_STATUSES

_COUNT = r"\d{1,3}(?:[,  ']\d{3})+|\d+"
_UNIT = r"(?:\s*(?:人|名|employees?|people|staff))?"
_PLAIN = re.compile(rf"(?P<n>{_COUNT}){_UNIT}", re.IGNORECASE)
_RANGE = re.compile(rf"(?P<n>{_COUNT}){_UNIT}\s*(?:-|–|—|~|至|到|to)\s*(?P<m>{_COUNT}){_UNIT}", re.IGNORECASE)
_OPEN = re.compile(rf"(?P<n>{_COUNT}){_UNIT}\s*(?:\+|以上|及以上|or more)", re.IGNORECASE)

LEAD_STATUS_SYNONYMS: dict[str, tuple[str, ...]] = {
    "new": ("new", "open", "Open - Not Contacted", "Not Contacted", "新建", "未处理", "新线索", "未联系"),
    "nurturing": ("nurturing", "nurture", "BAD_TIMING", "Contact in Future", "培育中", "培育", "待培育"),
    "assigned": (
        "assigned", "qualified", "Working - Contacted", "Working", "IN_PROGRESS", "ATTEMPTED_TO_CONTACT",
        "CONNECTED", "Contacted", "Attempted to Contact", "Pre-Qualified", "跟进中", "已分配", "已联系",
    ),
    "converted": ("converted", "Closed - Converted", "OPEN_DEAL", "已转化", "已转换", "转化"),
    "disqualified": (
        "disqualified", "Closed - Not Converted", "UNQUALIFIED", "Junk Lead", "Lost Lead", "Not Qualified", "无效",
        "已关闭", "无效线索", "不合格",
    ),
}


def _status_key(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


_STATUS_OF = {_status_key(label): status for status, labels in LEAD_STATUS_SYNONYMS.items() for label in labels}


def parse_lead_status(value: Cell) -> str:
    """A CRM's lead status as salesmgr's (see the module docstring)."""
    status = _STATUS_OF.get(_status_key(str(value)))
    if status is None:
        raise ValueParseError("{value} is not a lead status salesmgr knows; use one of {choices}",
                              value=str(value).strip(), choices=", ".join(LEAD_STATUSES))
    return status


def parse_behaviour(value: Cell, fmt: DateFormat | None = None) -> bool | date:
    """A behaviour cell as ``True`` (yes), ``False`` (no) or the day it happened (see the module docstring)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        try:
            return parse_bool(value)
        except ValueParseError:
            pass
        try:
            return parse_date(value, fmt) if fmt else parse_date(value)
        except ValueParseError:
            pass
    raise ValueParseError("{value} is neither yes/no nor a date", value=value)


def parse_employees(value: Cell) -> int:
    """An employee count (see the module docstring); anything else is refused with what to write."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            count = parse_int(value)
        except ValueParseError:
            raise _not_employees(value) from None
        if count < 0:
            raise _not_employees(value)
        return count
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if (m := _PLAIN.fullmatch(text) or _OPEN.fullmatch(text)) is not None:
        return _whole(m["n"])
    if (m := _RANGE.fullmatch(text)) is not None:
        low, high = _whole(m["n"]), _whole(m["m"])
        if low <= high:
            return low
    raise _not_employees(value)


def _whole(text: str) -> int:
    return int(re.sub(r"[,  ']", "", text))


def _not_employees(value: Cell) -> ValueParseError:
    return ValueParseError("{value} is not a number of employees; write a number such as 250, a range such as "
                           "1001-5000 or an open range such as 5000+", value=value)
