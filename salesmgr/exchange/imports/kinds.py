"""The kinds of record an import can hold, each with its fields, which are required, and their types."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from salesmgr.exchange.imports.names import full_name
from salesmgr.models.crm import LEAD_STATUSES
from salesmgr.models.leads.catalogue import BEHAVIOURS
from salesmgr.models.org import REP_ROLES


class FieldType(StrEnum):
    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"
    PERCENT = "percent"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    ENUM = "enum"
    BEHAVIOUR = "behaviour"  # yes / no / the day it happened (lead_values.parse_behaviour)
    EMPLOYEES = "employees"  # a number, a range or an open range of employees (lead_values.parse_employees)
    LEAD_STATUS = "lead_status"  # a CRM's lead status read as salesmgr's (lead_values.parse_lead_status)
    # customer files (customer_values): a ticket's severity, the month a usage figure measures, an account's
    # renewal intent and payment status, each read from the words CRMs and help desks use
    SEVERITY = "severity"
    MONTH = "month"
    RENEWAL_INTENT = "renewal_intent"
    PAYMENT_STATUS = "payment_status"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()


def first_given(*values: Any) -> Any:
    """The first value that is not empty (None or ""), else None."""
    return next((value for value in values if value not in (None, "")), None)


@dataclass(frozen=True)
class Fallback:
    """How a required ``field`` left empty is made from other fields of the row: ``make`` gets the values of
    ``sources`` in order and returns the field's value (None: still empty, the row is rejected). A file that
    feeds any of the sources satisfies the field. The field's own value, when given, always wins."""

    field: str
    sources: tuple[str, ...]
    make: Callable[..., Any] = first_given


@dataclass(frozen=True)
class HeaderDefault:
    """The value ``field`` takes on every row where it is empty, in a file that has one of ``headers``
    (compared ignoring case): what the kind of file says by itself, e.g. a Salesforce Event export is events."""

    field: str
    value: Any
    headers: tuple[str, ...]


@dataclass(frozen=True)
class KindSpec:
    name: str
    fields: tuple[FieldSpec, ...]
    # Required fields that others may make: exports such as the snake_case "sales pipeline" data set identify a
    # deal only by its id, which then serves as its name; a person's name from its first and last name.
    fallbacks: tuple[Fallback, ...] = ()
    defaults: tuple[HeaderDefault, ...] = ()

    def missing_required(self, mapped: set[str], headers: Iterable[str] = ()) -> list[str]:
        """The required fields that neither a column, nor a fallback's source, nor a header default feeds."""
        given = mapped | set(self.defaults_for(headers))
        return [name for name in self.required if name not in given
                and not any(source in given for fallback in self.fallbacks if fallback.field == name
                            for source in fallback.sources)]

    def defaults_for(self, headers: Iterable[str]) -> dict[str, Any]:
        """field -> value of the header defaults that a file with ``headers`` takes."""
        present = {header.strip().casefold() for header in headers}
        return {d.field: d.value for d in self.defaults if present.intersection(h.casefold() for h in d.headers)}

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


T, D, DT, M, P, INT, B, E = (FieldType.TEXT, FieldType.DATE, FieldType.DATETIME, FieldType.MONEY,
                             FieldType.PERCENT, FieldType.INTEGER, FieldType.BOOLEAN, FieldType.ENUM)


def _f(name: str, type_: FieldType = T, required: bool = False, choices: tuple[str, ...] = ()) -> FieldSpec:
    return FieldSpec(name, type_, required, choices)


EXTERNAL = (_f("external_id"), _f("source_system"))
# A reference to an account or an owner: its name, its id and the system that id belongs to (empty: the file's;
# this database's own ``salesmgr:<identity>``: salesmgr's own id), and an owner's e-mail.
ACCOUNT_REF = (_f("account"), _f("account_external_id"), _f("account_source_system"))
OWNER_REF = (_f("owner"), _f("owner_email"), _f("owner_external_id"), _f("owner_source_system"))
# A person's name in two parts; a file with no full-name column takes the name from them (names.full_name).
NAME_PARTS = (_f("first_name"), _f("last_name"))
NAME_FROM_PARTS = Fallback("name", ("first_name", "last_name"), full_name)
# Salesforce's Event export (Event.csv) holds meetings and other events: its rows are events (subtype "Event")
# even when the file has no EventSubtype column.
EVENT_HEADERS = ("EventSubtype", "ActivityDateTime", "DurationInMinutes", "IsAllDayEvent", "StartDateTime",
                 "EndDateTime")

KINDS: dict[str, KindSpec] = {k.name: k for k in (
    KindSpec("opportunities", (
        *EXTERNAL, _f("name", required=True), *ACCOUNT_REF, *OWNER_REF, _f("team"), _f("stage", required=True),
        _f("status"), _f("is_won", B), _f("is_closed", B), _f("amount", M), _f("currency"), _f("probability", P),
        _f("created_date", D), _f("engaged_date", D), _f("expected_close_date", D), _f("closed_date", D),
        _f("lead_source"), _f("opportunity_type"), _f("product"), _f("pipeline"),
    ), fallbacks=(Fallback("name", ("external_id",)),)),
    # The customer relationship: the contract's first day, its renewal day, what the customer said about renewing,
    # whether invoices are paid, and the day the customer left (churned).
    KindSpec("accounts", (
        *EXTERNAL, _f("name", required=True), _f("industry"), _f("employees", INT), _f("region"), *OWNER_REF,
        _f("contract_start", D), _f("renewal_date", D), _f("renewal_intent", FieldType.RENEWAL_INTENT),
        _f("payment_status", FieldType.PAYMENT_STATUS), _f("churned_on", D),
    )),
    KindSpec("contacts", (
        *EXTERNAL, _f("name", required=True), *NAME_PARTS, *ACCOUNT_REF, _f("title"), _f("email"), _f("phone"),
    ), fallbacks=(NAME_FROM_PARTS,)),
    # A lead's behaviours are fields named by their keys (catalogue.BEHAVIOURS), stored as lead_behaviour rows
    # (lead_behaviours.store_behaviours says what a re-import does to them).
    KindSpec("leads", (
        *EXTERNAL, _f("name", required=True), *NAME_PARTS, _f("company"), _f("title"), _f("email"), _f("phone"),
        _f("industry"), _f("company_size", FieldType.EMPLOYEES), _f("region"), _f("lead_source"),
        _f("status", FieldType.LEAD_STATUS, choices=LEAD_STATUSES), *OWNER_REF, _f("created_date", D),
        *(_f(key, FieldType.BEHAVIOUR) for key in BEHAVIOURS),
    ), fallbacks=(NAME_FROM_PARTS,)),
    # user_type: a CRM user's licence type; rows of a type that is no salesperson's are skipped (records.rep).
    # manager_external_id: the manager's CRM id, linked once every row of the file is in (managers.py).
    KindSpec("reps", (
        *EXTERNAL, _f("name", required=True), *NAME_PARTS, _f("email"), _f("team"),
        _f("role", E, choices=REP_ROLES), _f("hire_date", D), _f("manager"), _f("manager_external_id"),
        _f("mentor"), _f("active", B), _f("user_type"),
    ), fallbacks=(NAME_FROM_PARTS,)),
    # kind: the activity's type as the file writes it and subtype: Salesforce's TaskSubtype/EventSubtype, read
    # together into one of ACTIVITY_KINDS by activity_kinds.activity_kind; either satisfies the required kind.
    # occurred_at: a date-time (ActivityDateTime), else occurred_on (ActivityDate: a day is its midnight). what_id:
    # Salesforce's WhatId, an opportunity's or an account's id. is_deleted: rows deleted in the CRM are skipped.
    KindSpec("activities", (
        *EXTERNAL, _f("kind", required=True), _f("subtype"), _f("subject"), *OWNER_REF, *ACCOUNT_REF,
        _f("opportunity"), _f("opportunity_external_id"), _f("what_id"), _f("occurred_at", DT, required=True),
        _f("occurred_on", DT), _f("logged_at", DT), _f("notes"), _f("is_deleted", B),
    ), fallbacks=(Fallback("kind", ("subtype",)), Fallback("occurred_at", ("occurred_on",))),
        defaults=(HeaderDefault("subtype", "Event", EVENT_HEADERS),)),
    KindSpec("quotas", (
        _f("owner"), _f("owner_email"), _f("team"), _f("period", required=True), _f("amount", M, required=True),
        _f("currency"),
    )),
    # Survey answers for the bonus' CSAT component; the score is read like an amount (any decimal number).
    KindSpec("csat", (
        *EXTERNAL, *ACCOUNT_REF, _f("owner"), _f("owner_email"), _f("responded_on", D, required=True),
        _f("score", M, required=True), _f("comment"),
    )),
    # NPS survey answers ("how likely are you to recommend us", 0-10) for the goals' NPS metric; the score is a
    # whole number, checked against 0-10 by the record builder.
    KindSpec("nps", (
        *EXTERNAL, *ACCOUNT_REF, _f("owner"), _f("owner_email"), _f("responded_on", D, required=True),
        _f("score", INT, required=True), _f("comment"),
    )),
    # Support tickets (a help desk's or a CRM's cases): opened and closed days and the severity, about an account.
    KindSpec("tickets", (
        *EXTERNAL, *ACCOUNT_REF, _f("opened_on", D, required=True), _f("closed_on", D),
        _f("severity", FieldType.SEVERITY), _f("subject"),
    )),
    # Product use per account and calendar month (one row per account and month; an empty cell is "not measured").
    KindSpec("usage", (
        *ACCOUNT_REF, _f("month", FieldType.MONTH, required=True), _f("usage_count", INT), _f("active_users", INT),
        _f("licensed_users", INT),
    )),
    # A CRM's stage history (Salesforce OpportunityHistory): "the deal was in this stage as of entered_at";
    # imported as a whole table (``history``), not row by row.
    KindSpec("stage_history", (
        *EXTERNAL, _f("opportunity_external_id", required=True), _f("stage", required=True),
        _f("entered_at", DT, required=True), _f("is_deleted", B),
    )),
    # Exchange rates in Salesforce's terms (CurrencyType, DatedConversionRate): ``rate`` is units of the currency
    # per 1 unit of the corporate currency, read as an exact decimal (``rates_file``); imported as a whole table.
    KindSpec("rates", (
        _f("currency", required=True), _f("rate", required=True), _f("is_corporate", B), _f("is_active", B),
        _f("start_date", D), _f("next_start_date", D),
    )),
)}
# Kinds that are only imported: a CRM's stage history and its exchange-rate tables feed salesmgr's own stage
# history and rates, which are not exported as data kinds.
IMPORT_ONLY = ("stage_history", "rates")
