"""What an import is asked to do and what it reports back (plain data, shared by the CLI and the GUI)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from salesmgr.exchange.imports.phases import Phases
from salesmgr.exchange.read.table import Cell
from salesmgr.models.errors import UserError
from salesmgr.models.metrics.unconverted import Unconverted


@dataclass
class ImportOptions:
    kind: str
    sheet: str | None = None
    mapping: dict[str, str | None] | None = None  # header -> field name, None = ignore; None = automatic
    preset: str | None = None  # a saved or built-in mapping preset, by name
    source_system: str | None = None  # e.g. "salesforce"; guessed from the headers when None
    stage_map: dict[str, str] = field(default_factory=dict)  # file stage value -> existing stage name
    dry_run: bool = False  # do everything, then roll back
    strict: bool = False  # write nothing if any row would be rejected
    actor: str = "import"  # who the quota plan's audit log names for the changes of a plan workbook


@dataclass(frozen=True)
class Reject:
    row: int  # file row number (1-based, as a spreadsheet shows it)
    column: str  # the file's header
    value: str
    reason: str  # in English
    error: UserError | None = field(default=None, compare=False)  # the reason's template and fields, to translate

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}


@dataclass(frozen=True)
class QuotaCellChange:
    """One quota cell of a plan workbook that differs from the database (None: no quota / cleared)."""

    sheet: str
    row: int
    rep: str
    period: str
    before: Decimal | None
    after: Decimal | None

    def to_json(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "rep": self.rep, "period": self.period,
                "before": None if self.before is None else str(self.before),
                "after": None if self.after is None else str(self.after)}

    def text(self) -> str:
        """``Ann 2027Q1: 100000.00 -> 120000.00`` (``none`` for no quota)."""
        def shown(amount: Decimal | None) -> str:
            return "none" if amount is None else f"{amount:,}"
        return f"{self.rep} {self.period}: {shown(self.before)} -> {shown(self.after)}"


@dataclass(frozen=True)
class RateSet:
    """An exchange rate a ``rates`` import wrote: 1 ``currency`` = ``rate`` base-currency units, as of ``rated_on``."""

    currency: str
    rate: Decimal
    rated_on: date

    def to_json(self) -> dict[str, object]:
        return {"currency": self.currency, "rate": str(self.rate), "rated_on": self.rated_on.isoformat()}


@dataclass
class ImportPreview:
    """What the wizard shows before anything is written."""

    sheet_names: list[str]
    sheet: str | None
    headers: list[str]
    header_row: int
    row_count: int
    sample: list[list[Cell]]  # the first data rows, as read
    mapping: dict[str, str | None]  # header -> field (None: ignored)
    source_system: str | None
    problems: list[str]  # in English: e.g. a required field with no column, ambiguous date columns
    stage_values: list[str]  # distinct stage values in the file, in order of first appearance
    stage_matches: dict[str, str | None]  # stage value -> existing stage name, None = will be added
    owner_values: list[str]
    owner_matches: dict[str, str | None]  # owner value -> existing rep name, None = will be created
    plan: ImportResult | None = None  # a quota plan workbook: what importing it would change (no mapping)
    problem_errors: list[UserError] = field(default_factory=list)  # ``problems`` as templates, to translate


@dataclass
class ImportResult:
    file: str
    kind: str
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    # rows left out on purpose, neither stored nor rejected: reason (in English) -> how many rows, e.g.
    # {"user type AutomatedProcess": 2, "deleted in the CRM": 1}; ``skip_reasons`` holds each reason's template
    skipped: dict[str, int] = field(default_factory=dict)
    skip_reasons: dict[str, UserError] = field(default_factory=dict)
    new_stages: list[str] = field(default_factory=list)
    new_reps: list[str] = field(default_factory=list)
    new_accounts: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    duplicate_rows: list[int] = field(default_factory=list)  # the file rows of ``duplicates``
    warnings: list[str] = field(default_factory=list)  # in English
    warning_errors: list[UserError] = field(default_factory=list)  # the warnings' templates and fields
    mapping: dict[str, str | None] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)  # the file's headers, for the rejected-rows workbook
    rejected_rows: list[tuple[int, list[Cell], str]] = field(default_factory=list)  # (row, original cells, reason)
    refused: bool = False  # --strict and some row would be rejected, or ``refusal``: nothing written
    dry_run: bool = False
    changes: list[QuotaCellChange] = field(default_factory=list)  # a plan workbook's changed quota cells
    refusal: UserError | None = None  # why a whole file was refused (a plan workbook changing a locked quarter)
    # the currencies of the imported records that have amounts but no rate to the base currency: per currency the
    # number of records ("deals") and their sum in it; their amounts are left out of totals until a rate is set
    missing_rates: list[Unconverted] = field(default_factory=list)
    base_currency: str = ""  # the database's, which those rates are into
    phases: Phases = field(default_factory=Phases)  # what each phase cost (not part of the JSON)
    rates_set: list[RateSet] = field(default_factory=list)  # what a ``rates`` import wrote (new or changed rates)
    handoffs_created: int = 0  # hand-offs made for won deals that had none (customers.handoffs.ensure_handoffs)

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file, "kind": self.kind, "rows": self.rows, "inserted": self.inserted,
            "updated": self.updated, "unchanged": self.unchanged, "rejected": self.rejected,
            "skipped_rows": self.skipped,
            "new_stages": self.new_stages, "new_reps": self.new_reps, "new_accounts": self.new_accounts,
            "duplicates": self.duplicates, "warnings": self.warnings, "mapping": self.mapping,
            "rejects": [r.to_json() for r in self.rejects], "refused": self.refused, "dry_run": self.dry_run,
            "changes": [c.to_json() for c in self.changes],
            "refusal": None if self.refusal is None else str(self.refusal),
            "missing_rates": [m.to_json() for m in self.missing_rates], "base_currency": self.base_currency,
            "skipped": self.skipped, "rates_set": [r.to_json() for r in self.rates_set],
            "handoffs_created": self.handoffs_created,
        }

    def skip(self, reason: UserError) -> None:
        """Count one row skipped for ``reason``."""
        key = str(reason)
        self.skipped[key] = self.skipped.get(key, 0) + 1
        self.skip_reasons.setdefault(key, reason)

    def warn(self, message: UserError) -> None:
        """Record a warning (in English, and as a template to translate)."""
        self.warnings.append(str(message))
        self.warning_errors.append(message)

    def reject_row(self, row: int, cells: list[Cell], rejects: list[Reject]) -> None:
        """Record a rejected file row: its reasons, and its cells for the rejected-rows workbook."""
        self.rejects += rejects
        self.rejected_rows.append((row, cells, "; ".join(f"{r.column}: {r.reason}" if r.column else r.reason
                                                         for r in rejects)))
        self.rejected += 1


@dataclass(frozen=True)
class SkippedFile:
    """A file of a whole export that was not imported, and why."""

    file: str
    reason: UserError

    def to_json(self) -> dict[str, object]:
        return {"file": self.file, "reason": str(self.reason)}


TOTALLED = ("rows", "inserted", "updated", "unchanged", "rejected")  # the files' counts, added up
TOTAL_KEYS = (*TOTALLED, "skipped")  # what ExportImportResult.totals gives: those and the rows skipped on purpose


@dataclass
class ExportImportResult:
    """A whole export's import: one ImportResult per imported file, in the order they were imported."""

    file: str
    source_system: str
    files: list[ImportResult] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    refused: bool = False
    dry_run: bool = False

    @property
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)

    def totals(self) -> dict[str, int]:
        """The files' counts added up; ``skipped`` counts the rows skipped on purpose (system users, deleted)."""
        totals = {name: sum(getattr(f, name) for f in self.files) for name in TOTALLED}
        return totals | {"skipped": sum(sum(f.skipped.values()) for f in self.files)}

    @property
    def base_currency(self) -> str:
        return next((f.base_currency for f in self.files if f.base_currency), "")

    @property
    def missing_rates(self) -> list[Unconverted]:
        """Per currency without a rate, the records of every file together."""
        merged: dict[str, Unconverted] = {}
        for entry in (m for f in self.files for m in f.missing_rates):
            known = merged.get(entry.currency)
            merged[entry.currency] = entry if known is None else Unconverted(
                entry.currency, known.deals + entry.deals, known.amount + entry.amount)
        return sorted(merged.values(), key=lambda m: m.currency)

    @property
    def rates_set(self) -> list[RateSet]:
        """The exchange rates the export's rate files wrote; a later file's rate for a currency replaces an
        earlier one's (DatedConversionRate.csv after CurrencyType.csv), as in the database."""
        return list({r.currency: r for f in self.files for r in f.rates_set}.values())

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file, "source_system": self.source_system, "files": [f.to_json() for f in self.files],
            "skipped_files": [s.to_json() for s in self.skipped], "totals": self.totals(),
            "rates_set": [r.to_json() for r in self.rates_set],
            "missing_rates": [m.to_json() for m in self.missing_rates], "base_currency": self.base_currency,
            "refused": self.refused, "dry_run": self.dry_run,
        }
