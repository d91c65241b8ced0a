"""Which kind of record each file of a whole CRM export holds, from its name and its headers.

The rule, in order:

1. The name. Salesforce's Data Export names each file after its object (``User.csv``, ``OpportunityHistory.csv``,
   ``CurrencyType.csv``); HubSpot (``hubspot-crm-exports-all-deals-2026-11-30.csv``), Zoho (``Deals_001.csv``),
   Pipedrive (``organizations-4711.csv``) and Chinese CRMs (``商机.xlsx``) name it after the records. A name that
   fits one kind gives that kind; one that fits several leaves the choice among them to the headers.
2. The headers confirm it: the kind's required fields must all have a column (``auto_map``); otherwise the file is
   skipped with the field that is missing, and the user can choose its kind.
3. A name that says nothing is recognised by its headers alone, and only when that is clear: one kind whose
   required fields all have a column and that maps at least half of the file's columns to its fields (ids and
   names, which almost every object has, not counted), more than any other.

Files that are not data, and data of no known kind (Salesforce's ``OpportunityLineItem``, ``Campaign`` ...), are
listed as skipped with the reason.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from salesmgr.exchange.imports.kinds import KINDS
from salesmgr.exchange.imports.mapping import auto_map
from salesmgr.models.errors import UserError, ValidationError

# The order in which an export's files are imported, so that every reference resolves: rates before amounts,
# users before what they own, accounts before contacts and deals, deals before their stage history and activities.
IMPORT_ORDER = ("rates", "reps", "accounts", "contacts", "leads", "opportunities", "stage_history", "activities",
                "quotas", "csat", "nps", "tickets", "usage")
HEADER_SHARE = 0.5  # rule 3: the share of the file's columns the kind must map, ids and names not counted
GENERIC_FIELDS = frozenset({"external_id", "source_system", "name"})

# Rule 1, exact names (lower case, letters and digits only): Salesforce's object names and other CRMs' phrases.
EXACT_NAMES: dict[str, str] = {
    "user": "reps", "account": "accounts", "contact": "contacts", "lead": "leads", "opportunity": "opportunities",
    "opportunityhistory": "stage_history", "task": "activities", "event": "activities", "currencytype": "rates",
    "datedconversionrate": "rates", "stagehistory": "stage_history", "dealstagehistory": "stage_history",
    "stagehistories": "stage_history", "exchangerates": "rates", "currencies": "rates", "csat": "csat",
    "nps": "nps", "quotas": "quotas", "quota": "quotas", "case": "tickets", "cases": "tickets",
    "ticket": "tickets", "tickets": "tickets", "usage": "usage", "productusage": "usage",
}
# Rule 1, words of a longer name (split at punctuation, digits and lower-to-upper case changes).
NAME_WORDS: dict[str, str] = {
    **{w: "opportunities" for w in ("deal", "deals", "opportunity", "opportunities", "potential", "potentials")},
    **{w: "accounts" for w in ("account", "accounts", "company", "companies", "organization", "organizations",
                               "organisation", "organisations", "orgs")},
    **{w: "contacts" for w in ("contact", "contacts", "person", "persons", "people")},
    **{w: "leads" for w in ("lead", "leads")},
    **{w: "reps" for w in ("user", "users", "employee", "employees", "reps")},
    **{w: "activities" for w in ("task", "tasks", "event", "events", "call", "calls", "meeting", "meetings",
                                 "activity", "activities")},
    **{w: "tickets" for w in ("ticket", "tickets", "case", "cases")},
    **{w: "usage" for w in ("usage",)},
}
# Rule 1 for Chinese names: the longest phrase found in the name wins.
CJK_NAMES: dict[str, str] = {
    "阶段历史": "stage_history", "阶段变更": "stage_history", "汇率": "rates", "商机": "opportunities",
    "交易": "opportunities", "客户": "accounts", "公司": "accounts", "联系人": "contacts", "线索": "leads",
    "用户": "reps", "员工": "reps", "销售代表": "reps", "跟进记录": "activities", "活动": "activities",
    "任务": "activities", "满意度": "csat", "目标": "quotas", "配额": "quotas",
    "工单": "tickets", "使用情况": "usage", "用量": "usage", "使用数据": "usage",
}
_API_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+")  # Salesforce's object names: words run together
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


@dataclass(frozen=True)
class Recognition:
    """A file's kind (None: skipped, with ``reason``) and how it was found: ``name``, ``headers`` or ``user``."""

    kind: str | None
    by: str
    reason: UserError | None = None
    named: str | None = None  # the kind the name points to, when the headers did not confirm it


def recognise(name: str, headers: Sequence[str]) -> Recognition:
    """The kind of the export file ``name`` (its stem, without folders or suffix) with these headers."""
    named = kinds_from_name(name)
    if len(named) == 1:
        return _confirmed(named[0], headers)
    candidates = [k for k in (named or list(KINDS)) if k in KINDS and not _missing(k, headers)]
    share = {k: _mapped(k, headers) / max(len(headers), 1) for k in candidates}
    best = sorted(candidates, key=lambda k: -share[k])
    if not best or not (named or share[best[0]] >= HEADER_SHARE):
        return Recognition(None, "headers", ValidationError("no known kind of record; choose its kind to import it"))
    if len(best) > 1 and share[best[0]] == share[best[1]]:
        return Recognition(None, "headers", ValidationError("the file could hold either of two kinds of record; "
                                                            "choose its kind"))
    return Recognition(best[0], "headers")


def kinds_from_name(name: str) -> list[str]:
    """The kinds a file name points to (rule 1), in import order."""
    exact = re.sub(r"[^0-9a-z]", "", name.casefold())
    exact = re.sub(r"\d+$", "", exact)
    if exact in EXACT_NAMES:
        return [EXACT_NAMES[exact]]
    if _API_NAME.fullmatch(name):  # another object of the CRM (OpportunityLineItem): its words would mislead
        return []
    cjk = sorted((phrase for phrase in CJK_NAMES if phrase in name), key=len, reverse=True)
    if cjk:
        return [CJK_NAMES[cjk[0]]]
    words = {word.casefold() for word in _WORD.findall(name)}
    if {"stage", "history"} <= words:
        return ["stage_history"]
    found = {NAME_WORDS[word] for word in words if word in NAME_WORDS}
    return [kind for kind in IMPORT_ORDER if kind in found]


def _confirmed(kind: str, headers: Sequence[str]) -> Recognition:
    if kind not in KINDS:
        return Recognition(None, "name", ValidationError("salesmgr does not import this kind of record"), named=kind)
    missing = _missing(kind, headers)
    if missing:
        return Recognition(None, "name", ValidationError(
            "its name says what it holds, but it has no column for the required field {field}; choose its kind, "
            "or import it alone and map the column", field=missing[0]), named=kind)
    return Recognition(kind, "name")


def _missing(kind: str, headers: Sequence[str]) -> list[str]:
    mapped = {field for field in auto_map(headers, kind).values() if field}
    return KINDS[kind].missing_required(mapped)


def _mapped(kind: str, headers: Sequence[str]) -> int:
    """How many columns map to a field of the kind that records of other kinds do not share (ids and names
    do not count: almost every CRM object has them)."""
    return sum(1 for field in auto_map(headers, kind).values() if field and field not in GENERIC_FIELDS)


def import_rank(kind: str) -> int:
    """Where a kind comes in IMPORT_ORDER (kinds it does not list come last)."""
    return IMPORT_ORDER.index(kind) if kind in IMPORT_ORDER else len(IMPORT_ORDER)
