"""A quota plan workbook (``exchange.reports.plan``), edited in Excel, imported back as the ``quotas`` kind.

Definitions:

* A plan workbook is an .xlsx/.xlsm file with a defined name ``plan_target_YYYY`` (each plan sheet's target
  cell). ``run_import`` sends such a file of kind ``quotas`` here instead of reading it as a list of quota rows.
* On each sheet the header row is the first row (of the first 40) with four consecutive cells that start with
  quarter keys (``2027Q1 (Jan–Mar)``): Q1 to Q4 of one fiscal year, read under the database's fiscal start. The
  rep's name is in the column left of the first quarter, the team's left of it; the table ends at the first row
  with nothing in those six cells. Columns further right whose header starts with a month key of the same
  fiscal year (``2027-01 (Jan)``) are the months' quotas, the grid's optional breakdown.
* A rep row is a row with a rep's name (text, not a formula). Subtotal and total rows have none and are ignored;
  so is every formula cell. A rep is found by team and name (ignoring case), else by name alone when only one
  rep has it; a name that fits no rep or several is rejected with its row.
* A cell's amount: a number, or text such as ``120,000``; an empty cell clears the quota. It is compared with the
  quota in the database rounded to the base currency: equal means unchanged.
* A change in a locked quarter refuses the whole file (nothing written), naming every such cell. Otherwise the
  changes are written with ``save_quotas`` as one batch (audit log, team rows). ``dry_run`` writes nothing;
  ``strict`` writes nothing when any row was rejected. The result's counts are of quota cells: inserted (no quota
  before), updated (changed or cleared), unchanged (the same amount; a blank cell without a quota is not counted).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.exchange.imports.results import ImportOptions, ImportResult, QuotaCellChange, Reject
from salesmgr.exchange.read import safety
from salesmgr.exchange.read.table import ImportFileError
from salesmgr.models.database import Database
from salesmgr.models.errors import UserError, ValidationError
from salesmgr.models.goals.locks import QuarterLocked
from salesmgr.models.goals.plan import PlanGrid, QuotaChange, load_plan, save_quotas
from salesmgr.models.money import quantize
from salesmgr.models.org import Rep, Team
from salesmgr.models.periods import Period
from salesmgr.models.settings import fiscal_start

if TYPE_CHECKING:  # openpyxl (and the numpy it loads) only when a plan workbook is read: a plain import skips it
    from openpyxl.worksheet.worksheet import Worksheet

TARGET_NAME = re.compile(r"^plan_target_\d{4}$")
QUARTER_HEADER = re.compile(r"^\s*(\d{4}[Qq][1-4])\b")
MONTH_HEADER = re.compile(r"^\s*(\d{4}-\d{2})\b")
HEADER_SEARCH = 40
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


class _Rollback(Exception):
    pass


@dataclass(frozen=True)
class _Cell:
    sheet: str
    row: int
    header: str
    rep_id: int
    rep: str
    period: Period
    quarter: str  # the key of the period's quarter (the period itself for a quarter): what a lock covers
    amount: Decimal | None
    text: str


def is_plan_workbook(path: Path) -> bool:
    """True for a plan workbook (see the module); any other file, readable or not, is left to the importer."""
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return False
    try:
        if safety.sniff(path) is not safety.Kind.WORKBOOK:
            return False
        safety.check_workbook(path)
        workbook = _load(path, read_only=True)
    except Exception:
        return False
    try:
        return any(TARGET_NAME.match(name) for name in workbook.defined_names)
    finally:
        workbook.close()


def _load(path: Path, *, read_only: bool = False) -> Any:
    """The workbook, opened with openpyxl (imported here, see the imports above)."""
    from openpyxl import load_workbook

    return load_workbook(path, read_only=read_only)


def run_plan_import(db: Database, path: Path, options: ImportOptions) -> ImportResult:
    """Import the plan workbook at ``path`` as one transaction (see the module)."""
    result = ImportResult(file=str(path), kind=options.kind, dry_run=options.dry_run)
    workbook = _load(path)
    try:
        with db.session() as session:
            _import(session, list(workbook.worksheets), options, result)
            if options.dry_run or result.refused:
                raise _Rollback()
    except _Rollback:
        pass
    return result


def preview_plan(session: Session, path: Path, options: ImportOptions) -> ImportResult:
    """What importing the plan workbook at ``path`` would change (a dry run: nothing is written)."""
    dry = replace(options, dry_run=True)
    result = ImportResult(file=str(path), kind=options.kind, dry_run=True)
    _import(session, list(_load(path).worksheets), dry, result)
    return result


def _import(session: Session, sheets: list[Worksheet], options: ImportOptions, result: ImportResult) -> None:
    start = fiscal_start(session)
    reps = _RepFinder(session)
    cells: list[_Cell] = []
    for sheet in sheets:
        cells += _read_sheet(sheet, start, reps, result)
    grids: dict[int, PlanGrid] = {}
    locked: list[QuotaCellChange] = []
    changes: list[QuotaChange] = []
    for cell in _unique(cells, result):
        grid = grids.get(cell.period.year) or grids.setdefault(cell.period.year, load_plan(session, cell.period.year))
        before = grid.quotas.get((cell.rep_id, cell.period.key))
        after = None if cell.amount is None else quantize(cell.amount, grid.currency)
        if before == after:
            result.unchanged += before is not None  # a blank cell where there is no quota is no quota cell
            continue
        change = QuotaCellChange(cell.sheet, cell.row, cell.rep, cell.period.key, before, after)
        result.changes.append(change)
        changes.append(QuotaChange(cell.rep_id, cell.period.key, after))
        if cell.quarter in grid.locked:
            locked.append(change)
        elif before is None:
            result.inserted += 1
        else:
            result.updated += 1
    if locked:
        _refuse_locked(result, locked)
    elif options.strict and result.rejects:
        result.refused = True
    elif changes and not options.dry_run:
        save_quotas(session, changes, options.actor)


def _refuse_locked(result: ImportResult, locked: list[QuotaCellChange]) -> None:
    listed = "; ".join(change.text() for change in locked)
    result.refusal = QuarterLocked("the file changes quotas of locked quarters, so nothing was written; undo these "
                                   "changes or unlock the quarters (with a reason) first: {cells}", cells=listed)
    result.refused = True
    result.inserted = result.updated = 0


def _unique(cells: list[_Cell], result: ImportResult) -> list[_Cell]:
    """The cells, each (rep, quarter) once: a later one is rejected."""
    seen: set[tuple[int, str]] = set()
    kept = []
    for cell in cells:
        key = (cell.rep_id, cell.period.key)
        if key in seen:
            _reject(result, cell.row, cell.header, cell.text, ValidationError(
                "{rep} has a second {period} quota in the file (sheet {sheet}); keep one", rep=cell.rep,
                period=cell.period.key, sheet=cell.sheet))
            continue
        seen.add(key)
        kept.append(cell)
    return kept


@dataclass(frozen=True)
class _Header:
    row: int
    first: int  # the first quarter's column
    periods: list[tuple[int, Period, str, str]]  # (column, quarter or month, its quarter's key, header text)


def _header(sheet: Worksheet, start: int) -> _Header | None:
    """The sheet's plan table header, None when it has no plan table."""
    found = _quarters(sheet, start)
    if found is None:
        return None
    row, first, quarters = found
    periods = [(first + i, quarter, quarter.key, str(sheet.cell(row, first + i).value)) for i, quarter in
               enumerate(quarters)]
    months = {month.key: quarter.key for quarter in quarters for month in quarter.months()}
    for cell in sheet[row][first + 3:]:
        match = MONTH_HEADER.match(cell.value) if isinstance(cell.value, str) else None
        if match and match.group(1) in months:
            periods.append((cell.column, Period.parse(match.group(1), start), months[match.group(1)], cell.value))
    return _Header(row, first, periods)


def _quarters(sheet: Worksheet, start: int) -> tuple[int, int, list[Period]] | None:
    """(header row, first quarter column, the quarters) of the sheet, None when it has none."""
    for row in sheet.iter_rows(min_row=1, max_row=HEADER_SEARCH):
        keys = [(cell.column, m.group(1).upper()) for cell in row
                if isinstance(cell.value, str) and (m := QUARTER_HEADER.match(cell.value))]
        if len(keys) < 4:
            continue
        column = keys[0][0]
        if [c for c, _ in keys[:4]] != list(range(column, column + 4)) or column < 2:
            continue
        quarters = [Period.parse(key, start) for _, key in keys[:4]]
        year = quarters[0].year
        if [(q.year, q.number) for q in quarters] != [(year, n) for n in range(1, 5)]:
            raise ImportFileError("sheet {sheet}: the quarter columns must be Q1 to Q4 of one fiscal year, in "
                                  "order; export the plan again", sheet=sheet.title)
        return row[0].row, column, quarters
    return None


def _read_sheet(sheet: Worksheet, start: int, reps: _RepFinder, result: ImportResult) -> list[_Cell]:
    header = _header(sheet, start)
    if header is None:
        return []
    header_row, first = header.row, header.first
    cells: list[_Cell] = []
    for row in range(header_row + 1, sheet.max_row + 1):
        values = [sheet.cell(row, column) for column in range(max(first - 2, 1), first + 4)]
        if all(cell.value in (None, "") for cell in values):
            break
        rep_cell = sheet.cell(row, first - 1)
        if not isinstance(rep_cell.value, str) or rep_cell.data_type == "f" or not rep_cell.value.strip():
            continue  # a subtotal or total row
        team = sheet.cell(row, first - 2).value if first > 2 else None
        result.rows += 1
        rep = reps.find(rep_cell.value, team if isinstance(team, str) else None)
        if isinstance(rep, UserError):
            _reject(result, row, str(sheet.cell(header_row, first - 1).value), rep_cell.value, rep)
            continue
        for column, period, quarter, text in header.periods:
            cell = sheet.cell(row, column)
            if cell.data_type == "f":
                continue  # a formula is not a quota
            amount = _amount(cell.value)
            if isinstance(amount, UserError):
                _reject(result, row, text, str(cell.value), amount)
                continue
            cells.append(_Cell(sheet.title, row, text, rep[0], rep[1], period, quarter, amount, str(cell.value or "")))
    return cells


def _amount(value: Any) -> Decimal | UserError | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return ValidationError("a quota is an amount, not {value}", value=value)
    try:
        amount = Decimal(str(value).strip().replace(",", "").replace(" ", ""))
    except InvalidOperation:
        return ValidationError("a quota is an amount, not {value}", value=value)
    if not amount.is_finite() or amount < 0:
        return ValidationError("a quota cannot be negative ({amount})", amount=value)
    return amount


def _reject(result: ImportResult, row: int, column: str, value: str, error: UserError) -> None:
    result.rejects.append(Reject(row, column, value, str(error), error))
    result.rejected += 1


class _RepFinder:
    """Reps by team and name, or by name alone when it is unique (ignoring case)."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Rep.id, Rep.name, Team.name).outerjoin(Team, Rep.team_id == Team.id)).all()
        self.by_name: dict[str, list[tuple[int, str, str]]] = {}
        for rep_id, name, team in rows:
            self.by_name.setdefault(name.strip().casefold(), []).append((rep_id, name, (team or "").casefold()))

    def find(self, name: str, team: str | None) -> tuple[int, str] | UserError:
        found = self.by_name.get(name.strip().casefold(), [])
        if len(found) > 1 and team:
            found = [rep for rep in found if rep[2] == team.strip().casefold()] or found
        if not found:
            return ValidationError("no rep called {name}; add the rep first or correct the name", name=name)
        if len(found) > 1:
            return ValidationError("several reps are called {name}; rename one of them", name=name)
        return found[0][0], found[0][1]


__all__ = ["is_plan_workbook", "preview_plan", "run_plan_import"]
