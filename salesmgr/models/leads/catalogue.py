"""What a scoring rule can look at: the lead fields of attribute rules, the behaviours, and the operators.

Text comparisons ignore surrounding spaces and the case of ASCII letters (``fold``), the same in Python and in
SQL (``lower`` and ``trim`` of every engine agree on ASCII); a missing value matches no rule.
"""
from __future__ import annotations

from salesmgr.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LeadScoring"

TEXT, NUMBER = "text", "number"
# field: (type, label)
ATTRIBUTE_FIELDS: dict[str, tuple[str, str]] = {
    "industry": (TEXT, QT_TRANSLATE_NOOP("LeadScoring", "industry")),
    "company_size": (NUMBER, QT_TRANSLATE_NOOP("LeadScoring", "company size")),
    "region": (TEXT, QT_TRANSLATE_NOOP("LeadScoring", "region")),
    "lead_source": (TEXT, QT_TRANSLATE_NOOP("LeadScoring", "lead source")),
    "title": (TEXT, QT_TRANSLATE_NOOP("LeadScoring", "job title")),
    "company": (TEXT, QT_TRANSLATE_NOOP("LeadScoring", "company")),
}

BEHAVIOURS: dict[str, str] = {
    "white_paper": QT_TRANSLATE_NOOP("LeadScoring", "downloaded white paper"),
    "webinar": QT_TRANSLATE_NOOP("LeadScoring", "attended webinar"),
    "pricing_page": QT_TRANSLATE_NOOP("LeadScoring", "visited pricing page"),
    "demo_request": QT_TRANSLATE_NOOP("LeadScoring", "requested a demo"),
    "email_click": QT_TRANSLATE_NOOP("LeadScoring", "clicked a campaign email"),
}

EQUALS, IN_LIST, GREATER, LESS, CONTAINS = "equals", "in", "gt", "lt", "contains"
OPERATORS: dict[str, str] = {
    EQUALS: QT_TRANSLATE_NOOP("LeadScoring", "equals"),
    IN_LIST: QT_TRANSLATE_NOOP("LeadScoring", "in list"),
    GREATER: QT_TRANSLATE_NOOP("LeadScoring", "greater than"),
    LESS: QT_TRANSLATE_NOOP("LeadScoring", "less than"),
    CONTAINS: QT_TRANSLATE_NOOP("LeadScoring", "contains"),
}
TEXT_OPERATORS = (EQUALS, IN_LIST, CONTAINS)
NUMBER_OPERATORS = (EQUALS, IN_LIST, GREATER, LESS)

DECAY_DAYS = 30

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """``text`` without surrounding spaces and with ASCII letters in lower case (what SQL's lower/trim do)."""
    return text.strip(" ").translate(_ASCII_LOWER)


def operators_for(field: str) -> tuple[str, ...]:
    """The operators that make sense for an attribute field."""
    return NUMBER_OPERATORS if ATTRIBUTE_FIELDS[field][0] == NUMBER else TEXT_OPERATORS
