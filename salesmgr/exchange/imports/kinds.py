"""The kinds of record an import can hold, each with its fields, which are required, and their types."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from salesmgr.models.crm import ACTIVITY_KINDS, LEAD_STATUSES
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


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class KindSpec:
    name: str
    fields: tuple[FieldSpec, ...]
    # A required field that another may stand in for: exports such as the snake_case "sales pipeline" data set
    # identify a deal only by its id, which then serves as its name.
    fallbacks: tuple[tuple[str, str], ...] = ()

    def missing_required(self, mapped: set[str]) -> list[str]:
        stand_ins = dict(self.fallbacks)
        return [name for name in self.required if name not in mapped and stand_ins.get(name) not in mapped]

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

KINDS: dict[str, KindSpec] = {k.name: k for k in (
    KindSpec("opportunities", (
        *EXTERNAL, _f("name", required=True), *ACCOUNT_REF, *OWNER_REF, _f("team"), _f("stage", required=True),
        _f("status"), _f("is_won", B), _f("is_closed", B), _f("amount", M), _f("currency"), _f("probability", P),
        _f("created_date", D), _f("engaged_date", D), _f("expected_close_date", D), _f("closed_date", D),
        _f("lead_source"), _f("opportunity_type"), _f("product"), _f("pipeline"),
    ), fallbacks=(("name", "external_id"),)),
    KindSpec("accounts", (
        *EXTERNAL, _f("name", required=True), _f("industry"), _f("employees", INT), _f("region"), *OWNER_REF,
    )),
    KindSpec("contacts", (
        *EXTERNAL, _f("name", required=True), *ACCOUNT_REF, _f("title"), _f("email"), _f("phone"),
    )),
    KindSpec("leads", (
        *EXTERNAL, _f("name", required=True), _f("company"), _f("title"), _f("email"), _f("phone"),
        _f("industry"), _f("company_size", INT), _f("lead_source"), _f("status", E, choices=LEAD_STATUSES),
        *OWNER_REF, _f("created_date", D),
    )),
    KindSpec("reps", (
        *EXTERNAL, _f("name", required=True), _f("email"), _f("team"), _f("role", E, choices=REP_ROLES),
        _f("hire_date", D), _f("manager"), _f("mentor"), _f("active", B),
    )),
    KindSpec("activities", (
        *EXTERNAL, _f("kind", E, required=True, choices=ACTIVITY_KINDS), _f("subject"), _f("owner"),
        _f("owner_email"), *ACCOUNT_REF, _f("opportunity"), _f("opportunity_external_id"),
        _f("occurred_at", DT, required=True), _f("logged_at", DT), _f("notes"),
    )),
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
