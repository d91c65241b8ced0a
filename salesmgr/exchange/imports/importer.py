"""Importing one CRM export: preview what would happen, then run it as one transaction.

``run_import`` reads the sheet, maps its columns, parses every row, matches or creates stages, owners and
accounts, and upserts the records. A row is rejected only when it cannot be stored; ``strict`` writes nothing
if any row would be, ``dry_run`` writes nothing at all. Cancelling or failing leaves the database as it was.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from time import perf_counter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.exchange.imports import plan_file
from salesmgr.exchange.imports.history import import_history
from salesmgr.exchange.imports.kinds import KINDS, KindSpec
from salesmgr.exchange.imports.lead_behaviours import finish_leads, take_behaviours
from salesmgr.exchange.imports.managers import link_managers
from salesmgr.exchange.imports.mapping import apply_preset, auto_map, get_preset, guess_source_system, validate_mapping
from salesmgr.exchange.imports.phases import Phases
from salesmgr.exchange.imports.rates_file import import_rates
from salesmgr.exchange.imports.records import PLANS, Context
from salesmgr.exchange.imports.resolvers import AccountResolver, RepResolver, StageResolver
from salesmgr.exchange.imports.results import ImportOptions, ImportPreview, ImportResult, Reject
from salesmgr.exchange.imports.rows import Problem, RowReader, plan_columns
from salesmgr.exchange.imports.tables import ParsedRow, ParsedTable
from salesmgr.exchange.imports.upsert import Key, Outcome, Record, upsert
from salesmgr.exchange.read.readers import read_table
from salesmgr.exchange.read.table import Cell, ImportFileError, Table
from salesmgr.models import Base, clock
from salesmgr.models.currency import base_currency
from salesmgr.models.customers.handoffs import ensure_handoffs
from salesmgr.models.database import Database
from salesmgr.models.dialect import (
    BULK_CHUNK,
    REBUILD_ABOVE,
    accepts_raw_rows,
    bulk_load,
    drop_indexes,
    insert_raw_rows,
    optimize,
    rebuild_indexes,
)
from salesmgr.models.errors import UserError, ValidationError
from salesmgr.models.metrics.unconverted import currencies_needing_rates
from salesmgr.models.onboarding.criteria import sync_criteria
from salesmgr.models.pipeline.entities import DERIVED
from salesmgr.progress import NO_PROGRESS, Progress

SAMPLE_ROWS = 20
STEP = 2000
CHUNK = 10_000  # rows parsed and built at a time
# Kinds imported as a whole table rather than row by row (their rows depend on one another).
WHOLE_TABLE: dict[str, Callable[[Session, ParsedTable, ImportResult], None]] = {
    "stage_history": import_history, "rates": import_rates,
}


class _Rollback(Exception):
    """Raised inside the transaction to undo it (dry run, or strict with rejects)."""


def kind_spec(kind: str) -> KindSpec:
    if kind not in KINDS:
        raise ValidationError("unknown kind {kind}; use one of {kinds}", kind=kind, kinds=", ".join(KINDS))
    return KINDS[kind]


def resolve_mapping(session: Session, headers: list[str], options: ImportOptions) -> dict[str, str | None]:
    if options.mapping is not None:
        mapping = {h: options.mapping.get(h) for h in headers}
    elif options.preset:
        mapping = apply_preset(get_preset(session, options.preset), headers)
    else:
        mapping = auto_map(headers, options.kind)
    validate_mapping(mapping, options.kind)
    return mapping


def preview_import(session: Session, path: Path, options: ImportOptions) -> ImportPreview:
    """What the file holds and how it would be read; nothing is written. For a quota plan workbook, ``plan``
    holds what importing it would change, and there is no column mapping."""
    spec = kind_spec(options.kind)
    if spec.name == "quotas" and plan_file.is_plan_workbook(path):
        return _plan_preview(session, path, options)
    table = read_table(path, options.sheet)
    rows = list(table.rows)
    mapping = resolve_mapping(session, table.headers, options)
    problems = _preview_problems(spec, table, mapping, rows)
    source = options.source_system or guess_source_system(table.headers) or "import"
    stage_values = _distinct(rows, table.headers, mapping, "stage")
    owner_values = _distinct(rows, table.headers, mapping, "owner")
    stages, reps = StageResolver(session, options.stage_map), RepResolver(session, source)
    return ImportPreview(
        sheet_names=table.sheet_names, sheet=table.sheet, headers=table.headers, header_row=table.header_row,
        row_count=table.row_count, sample=[cells for _, cells in rows[:SAMPLE_ROWS]], mapping=mapping,
        source_system=source, problems=[str(p) for p in problems], problem_errors=problems, stage_values=stage_values,
        stage_matches={v: (s.label if (s := stages.match(v)) else None) for v in stage_values},
        owner_values=owner_values,
        owner_matches={v: (reps.names.get(r) if (r := reps.match(v, v if "@" in v else None)) else None)
                       for v in owner_values},
    )


def _preview_problems(spec: KindSpec, table: Table, mapping: dict[str, str | None],
                      rows: list[tuple[int, list[Cell]]]) -> list[UserError]:
    """What the wizard lists before the import: what reading noticed, required fields with no column, and date
    columns whose day/month order was guessed."""
    mapped = {f for f in mapping.values() if f}
    problems = list(table.warnings)
    problems += [missing_required_error(name) for name in spec.missing_required(mapped, table.headers)]
    for plan in plan_columns(spec, table.headers, mapping, rows):
        if plan.date_format and plan.date_format.ambiguous:
            problems.append(_ambiguous_dates(plan.header, plan.date_format.order))
    return problems


def missing_required_error(name: str) -> UserError:
    """The preview's problem for a required field that no column feeds."""
    return ValidationError("no column for the required field {field}", field=name)


def _ambiguous_dates(header: str, order: str) -> UserError:
    if order == "mdy":
        return ValidationError("the dates in {header} could be day/month or month/day; they are read as "
                               "month/day", header=header)
    return ValidationError("the dates in {header} could be day/month or month/day; they are read as day/month",
                           header=header)


def _plan_preview(session: Session, path: Path, options: ImportOptions) -> ImportPreview:
    return ImportPreview(sheet_names=[], sheet=None, headers=[], header_row=0, row_count=0, sample=[], mapping={},
                         source_system=None, problems=[], stage_values=[], stage_matches={}, owner_values=[],
                         owner_matches={}, plan=plan_file.preview_plan(session, path, options))


def _distinct(rows: list[tuple[int, list[Cell]]], headers: list[str], mapping: dict[str, str | None],
              field: str) -> list[str]:
    column = next((i for i, h in enumerate(headers) if mapping.get(h) == field), None)
    if column is None:
        return []
    seen: dict[str, None] = {}
    for _, cells in rows:
        value = cells[column]
        if value not in (None, ""):
            seen.setdefault(str(value).strip(), None)
    return list(seen)


def run_import(db: Database, path: Path, options: ImportOptions, progress: Progress = NO_PROGRESS) -> ImportResult:
    """Import one file as one transaction; see the module docstring. A quota plan workbook (kind ``quotas``) is
    read as the plan it is (``plan_file``)."""
    spec = kind_spec(options.kind)
    if spec.name == "quotas" and plan_file.is_plan_workbook(path):
        return plan_file.run_plan_import(db, path, options)
    phases = Phases()
    with phases.timed("read file"), paused_collector():
        table = read_table(path, options.sheet)
    result = ImportResult(file=str(path), kind=options.kind, dry_run=options.dry_run, headers=table.headers,
                          phases=phases)
    try:
        with db.session() as session:
            import_table(session, table, options, result, progress)
            if options.dry_run or (options.strict and result.rejects):
                raise _Rollback()
            committing = perf_counter()
        phases["commit"] = perf_counter() - committing
    except _Rollback:
        result.refused = options.strict and bool(result.rejects)
    return result


def import_table(session: Session, table: Table, options: ImportOptions, result: ImportResult,
                 progress: Progress = NO_PROGRESS) -> None:
    """Import one read table into ``session`` (the caller owns the transaction: one file's, or a whole export's),
    filling in ``result`` (``result.phases``: what each step cost). The cyclic garbage collector pauses meanwhile
    (``paused_collector``)."""
    with paused_collector():
        _import_table(session, table, options, result, progress)


@contextmanager
def paused_collector() -> Iterator[None]:
    """No cyclic garbage collection inside the block (as it was before, afterwards). An import makes millions of
    objects that live until it ends and form no cycles; each full collection would walk all of them again (on
    100,000 rows that costs about a tenth of the import). Reference counting still frees everything else."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import_table(session: Session, table: Table, options: ImportOptions, result: ImportResult,
                  progress: Progress) -> None:
    spec, phases = kind_spec(options.kind), result.phases
    mapping = resolve_mapping(session, table.headers, options)
    result.mapping = mapping
    missing = spec.missing_required({f for f in mapping.values() if f}, table.headers)
    if missing:
        raise ImportFileError("no column for the required field {field}; map one of the file's columns to it",
                              field=missing[0])
    with phases.timed("rows"):
        rows = list(table.rows)
    result.rows = len(rows)
    for warning in table.warnings:
        result.warn(warning)
    if spec.name in WHOLE_TABLE:
        WHOLE_TABLE[spec.name](session, _parsed(spec, table, options, mapping, rows, result), result)
        return
    ctx = _context(session, table, options, mapping)
    records, kept = _records(spec, table, mapping, rows, ctx, result, progress)
    progress.step(result.rows, result.rows, "writing")
    plan = PLANS[spec.name]
    taken = take_behaviours(records) if spec.name == "leads" else {}
    lead_of_row: dict[int, int] | None = {} if spec.name == "leads" else None
    with phases.timed("write"):
        ctx.accounts.flush()
        outcome = upsert(session, plan.entity, records, plan.queries(), lead_of_row)
    if lead_of_row is not None:
        with phases.timed("lead scores"):
            finish_leads(session, taken, lead_of_row, rescore=not options.dry_run)
    if spec.name == "opportunities":
        with phases.timed("stage history"):
            _stage_history(session, outcome)
        with phases.timed("hand-offs"):  # a won deal, new or moved to won, gets its hand-off checklist
            result.handoffs_created = ensure_handoffs(session)
    with phases.timed("finish"):
        if ctx.managers:
            _link_managers(session, ctx, result)
        _report(result, outcome, ctx, records)
        result.missing_rates = currencies_needing_rates(session, _amounts(records))
        result.base_currency = ctx.base_currency
        _reject_ambiguous(result, outcome, kept)
        sync_criteria(session)  # a new hire's first activity, opportunity or deal completes their plan's task
        optimize(session.connection())  # keeps the planner's statistics current after big imports


def _context(session: Session, table: Table, options: ImportOptions, mapping: dict[str, str | None]) -> Context:
    source = options.source_system or guess_source_system(table.headers) or "import"
    return Context(session=session, source=source, base_currency=base_currency(session),
                   mapped={f for f in mapping.values() if f}, stages=StageResolver(session, options.stage_map),
                   reps=RepResolver(session, source), accounts=AccountResolver(session, source))


def _records(spec: KindSpec, table: Table, mapping: dict[str, str | None], rows: list[tuple[int, list[Cell]]],
             ctx: Context, result: ImportResult, progress: Progress) -> tuple[list[Record], dict[int, list[Cell]]]:
    """The records of the rows that can be stored (the others rejected or skipped), and the cells of the rows
    whose record may match several existing ones (``_reject_ambiguous`` needs them). ``rows`` is consumed: it is
    parsed and built ``CHUNK`` rows at a time, and a chunk's cells and parsed columns are let go once its records
    are built (on a million rows the cells alone are about 300 MB)."""
    with result.phases.timed("parse"):
        reader = RowReader(spec, plan_columns(spec, table.headers, mapping, rows), spec.defaults_for(table.headers))
    build, skip = PLANS[spec.name].build, PLANS[spec.name].skip
    may_be_ambiguous = _may_be_ambiguous(PLANS[spec.name].entity)
    records: list[Record] = []
    kept: dict[int, list[Cell]] = {}
    total, position = len(rows), 0
    progress.step(0, total, "reading rows")
    rows.reverse()  # chunks are taken off the end, in file order
    while rows:
        chunk = rows[-CHUNK:]
        del rows[-CHUNK:]
        chunk.reverse()
        with result.phases.timed("parse"):
            columns, problems_at = reader.parse(chunk)
        with result.phases.timed("resolve"):
            for row_number, cells, values, problems in reader.assemble(chunk, columns, problems_at):
                if position % STEP == 0:
                    progress.step(position, total, "reading rows")
                position += 1
                if (reason := skip(values)) is not None:
                    result.skip(reason)
                    if spec.name == "reps":
                        ctx.reps.remember_not_salesperson(values.get("external_id"), values.get("source_system"))
                    continue
                if not problems:
                    try:
                        columns_of_row, keys = build(values, ctx)
                    except UserError as exc:
                        problems = [Problem.of("", "", exc)]
                    else:
                        records.append(Record(row_number, columns_of_row, keys))
                        if may_be_ambiguous(keys):
                            kept[row_number] = cells
                        continue
                _reject(result, row_number, cells, problems)
    return records, kept


def _may_be_ambiguous(entity: type[Any]) -> Callable[[list[Key]], bool]:
    """Whether a record with these keys could match several existing rows (upsert's ``ambiguous``): not when it
    is identified by its own id, nor by a CRM id that a unique index over (source_system, external_id) of
    ``entity`` makes unique."""
    unique_ext = any(index.unique and [c.name for c in index.columns] == ["source_system", "external_id"]
                     for index in entity.__table__.indexes)
    certain = ("id", "ext") if unique_ext else ("id",)
    return lambda keys: not keys or keys[0][0] not in certain


def _link_managers(session: Session, ctx: Context, result: ImportResult) -> None:
    """Managers by CRM id that were not in the database while the rows were read (see managers.py)."""
    missing = link_managers(session, ctx.managers)
    if missing:
        result.warn(UserError("no rep has the manager id {ids}; those reps were imported without a manager",
                              ids=", ".join(missing[:SAMPLE_ROWS])))


def _parsed(spec: KindSpec, table: Table, options: ImportOptions, mapping: dict[str, str | None],
            rows: list[tuple[int, list[Cell]]], result: ImportResult) -> ParsedTable:
    """The rows of a whole-table kind that parse (the others are rejected), for its importer."""
    reader = RowReader(spec, plan_columns(spec, table.headers, mapping, rows), spec.defaults_for(table.headers))
    parsed = []
    for row_number, cells, values, problems in reader.read_all(rows):
        if problems:
            _reject(result, row_number, cells, problems)
        else:
            parsed.append(ParsedRow(row_number, cells, values))
    source = options.source_system or guess_source_system(table.headers) or "import"
    return ParsedTable(parsed, {f: h for h, f in mapping.items() if f}, source, options)


def _reject(result: ImportResult, row: int, cells: list[Cell], problems: list[Problem]) -> None:
    result.reject_row(row, cells, [Reject(row, p.column, p.value, p.reason, p.error) for p in problems])


def _reject_ambiguous(result: ImportResult, outcome: Outcome, cells_of: dict[int, list[Cell]]) -> None:
    """Rows without an external id whose natural key (e.g. account + name) fits several existing records:
    updating one of them at random would be wrong, so they are rejected with the reason (``cells_of``: the cells
    of the rows that could be, by row number)."""
    if not outcome.ambiguous:
        return
    reason = ValidationError("matches several existing records with the same key; add an ID column to tell them "
                             "apart")
    for row in outcome.ambiguous:
        _reject(result, row, cells_of[row], [Problem.of("", "", reason)])


def _stage_history(session: Session, outcome: Outcome) -> None:
    """A StageHistory row for each new opportunity and each one whose stage changed, marked as derived (a CRM's
    real stage history, kind ``stage_history``, replaces them). Written as tuples in stored form where the engine
    takes them (a dict and a datetime per row cost a million-row import 300 MB)."""
    now = clock.now().replace(microsecond=0)
    connection, table = session.connection(), Base.metadata.tables["stage_history"]
    changed = [(opp_id, new["stage_id"], now) for opp_id, new, old in outcome.updated
               if new["stage_id"] != old.get("stage_id")]
    if not accepts_raw_rows(connection):
        bulk_load(connection, table, [{"opportunity_id": opp_id, "stage_id": stage_id, "entered_at": entered,
                                       "origin": DERIVED}
                                      for opp_id, stage_id, entered in
                                      [(i, v["stage_id"], _entered(v, now)) for i, v in outcome.inserted] + changed])
        return
    stored: dict[Any, str] = {}
    rows = [(opp_id, values["stage_id"], _stored_entered(values, now, stored), DERIVED)
            for opp_id, values in outcome.inserted]
    rows += [(opp_id, stage_id, _stored_time(moment, stored), DERIVED) for opp_id, stage_id, moment in changed]
    existing = connection.execute(select(func.count()).select_from(table)).scalar_one()
    indexes = drop_indexes(connection, [table.name]) if len(rows) > max(existing, REBUILD_ABOVE) else []
    columns = ["opportunity_id", "stage_id", "entered_at", "origin"]
    for start in range(0, len(rows), BULK_CHUNK):
        insert_raw_rows(connection, table.name, columns, rows[start:start + BULK_CHUNK])
    rebuild_indexes(connection, indexes)


def _stored_entered(values: dict[str, Any], now: datetime, stored: dict[Any, str]) -> str:
    return _stored_time(values.get("closed_date") or values.get("created_date") or now, stored)


def _stored_time(moment: date | datetime, stored: dict[Any, str]) -> str:
    """A day (as its midnight) or a moment as SQLite stores a DateTime, made once per distinct value."""
    text = stored.get(moment)
    if text is None:
        full = moment if isinstance(moment, datetime) else datetime.combine(moment, time())
        text = stored[moment] = f"{full.isoformat(' ', 'seconds')}.{full.microsecond:06d}"
    return text


def _entered(values: dict[str, Any], now: datetime) -> datetime:
    day = values.get("closed_date") or values.get("created_date")
    return datetime.combine(day, time()) if day else now


def _amounts(records: list[Record]) -> list[tuple[str, int | None]]:
    """``(currency, minor amount)`` of the records that carry money (opportunities, quotas)."""
    return [(record.values["currency"], record.values.get("amount_minor")) for record in records
            if record.values.get("currency")]


def _report(result: ImportResult, outcome: Outcome, ctx: Context, records: list[Record]) -> None:
    result.inserted = len(outcome.inserted)
    result.updated = len(outcome.updated)
    result.unchanged = outcome.unchanged
    result.duplicate_rows = list(outcome.duplicates)
    result.duplicates = [f"row {row} repeats an earlier row" for row in outcome.duplicates]
    result.new_stages, result.new_reps = ctx.stages.new_stages, ctx.reps.new_reps
    result.new_accounts = ctx.accounts.new_accounts
    if ctx.new_teams:
        result.warn(UserError("new teams: {names}", names=", ".join(ctx.new_teams)))
    if ctx.reps.owned_by_system:
        result.warn(UserError("{rows} rows name a CRM system user (not a salesperson) as their owner; they are "
                              "imported without an owner", rows=ctx.reps.owned_by_system))
    if ctx.unknown_kinds:
        result.warn(UserError("activity types not recognised, imported as notes: {values}",
                              values=", ".join(list(ctx.unknown_kinds)[:SAMPLE_ROWS])))
