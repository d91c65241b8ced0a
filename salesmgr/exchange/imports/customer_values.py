"""The values of customer files (tickets, usage, an account's contract) that need more than the common parsers.

Definitions:

* A *ticket severity* is read into TICKET_SEVERITIES (low, normal, high, urgent) from the words CRMs and help
  desks use (Zendesk's low/normal/high/urgent, Salesforce Case priorities Low/Medium/High/Critical, Jira's
  P1-P4 and Lowest..Highest, Chinese 低/中/普通/高/紧急), compared ignoring case, spaces, "_"
  and "-".
* A *usage month* is the calendar month a usage figure measures, stored as its first day: a date (any day of
  the month), "2026-09", "2026/9", "2026年9月", "Sep 2026" or "September 2026".
* A *renewal intent* (RENEWAL_INTENTS likely / unsure / unlikely) and a *payment status* (PAYMENT_STATUSES
  current / late / overdue) are read from the words of RENEWAL_WORDS and PAYMENT_WORDS in the same way.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from salesmgr.exchange.read.table import Cell
from salesmgr.exchange.read.values import ValueParseError, parse_date
from salesmgr.models.crm import PAYMENT_STATUSES, RENEWAL_INTENTS
from salesmgr.models.customers.entities import TICKET_SEVERITIES

SEVERITY_WORDS: dict[str, tuple[str, ...]] = {
    "low": ("low", "lowest", "minor", "trivial", "P4", "P5", "Sev 4", "S4", "低", "较低", "轻微", "一般"),
    "normal": ("normal", "medium", "moderate", "P3", "Sev 3", "S3", "中", "普通", "正常", "中等"),
    "high": ("high", "major", "P2", "Sev 2", "S2", "高", "较高", "严重", "重要"),
    "urgent": ("urgent", "critical", "highest", "blocker", "emergency", "P1", "P0", "Sev 1", "S1", "紧急",
               "非常紧急", "致命", "最高"),
}
RENEWAL_WORDS: dict[str, tuple[str, ...]] = {
    "likely": ("likely", "yes", "will renew", "renewing", "committed", "high", "很可能", "会续约", "是", "高",
               "确定续约", "续约"),
    "unsure": ("unsure", "maybe", "unknown", "undecided", "at risk", "medium", "不确定", "待定", "中", "观望"),
    "unlikely": ("unlikely", "no", "will not renew", "not renewing", "churn", "low", "不太可能", "不续约", "否",
                 "低", "流失"),
}
PAYMENT_WORDS: dict[str, tuple[str, ...]] = {
    "current": ("current", "paid", "on time", "up to date", "ok", "good", "正常", "已付款", "按时", "已结清"),
    "late": ("late", "delayed", "1-30 days", "slow", "延迟", "迟付", "逾期30天内", "延期"),
    "overdue": ("overdue", "past due", "delinquent", "unpaid", "in collection", "逾期", "欠款", "未付款", "拖欠"),
}
_MONTH_NAMES = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}
_YEAR_MONTH = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?")
_NAMED_MONTH = re.compile(r"([a-z]+)\.?\s*[-/ ]?\s*(\d{4})")


def _key(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def _table(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_key(word): value for value, spelled in words.items() for word in spelled}


_SEVERITY, _RENEWAL, _PAYMENT = _table(SEVERITY_WORDS), _table(RENEWAL_WORDS), _table(PAYMENT_WORDS)


def _shown(value: Cell) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_severity(value: Cell) -> str:
    found = _SEVERITY.get(_key(_shown(value)))
    if found is None:
        raise ValueParseError("{value} is not a ticket severity; use one of {choices}", value=_shown(value),
                              choices=", ".join(TICKET_SEVERITIES))
    return found


def parse_renewal_intent(value: Cell) -> str:
    found = _RENEWAL.get(_key(_shown(value)))
    if found is None:
        raise ValueParseError("{value} is not a renewal intent; use one of {choices}", value=_shown(value),
                              choices=", ".join(RENEWAL_INTENTS))
    return found


def parse_payment_status(value: Cell) -> str:
    found = _PAYMENT.get(_key(_shown(value)))
    if found is None:
        raise ValueParseError("{value} is not a payment status; use one of {choices}", value=_shown(value),
                              choices=", ".join(PAYMENT_STATUSES))
    return found


def parse_month(value: Cell) -> date:
    """The first day of the month ``value`` names (see the module docstring)."""
    if isinstance(value, datetime):
        return value.date().replace(day=1)
    if isinstance(value, date):
        return value.replace(day=1)
    text = unicodedata.normalize("NFKC", _shown(value)).casefold()
    if (m := _YEAR_MONTH.fullmatch(text)) and 1 <= int(m[2]) <= 12:
        return date(int(m[1]), int(m[2]), 1)
    if (m := _NAMED_MONTH.fullmatch(text)) and m[1] in _MONTH_NAMES:
        return date(int(m[2]), _MONTH_NAMES[m[1]], 1)
    try:
        return parse_date(text).replace(day=1)
    except ValueParseError:
        raise ValueParseError("{value} is not a month; write it as 2026-09 or a date in that month",
                              value=_shown(value)) from None
