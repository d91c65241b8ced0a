"""Importing a whole CRM export (a ZIP or a folder of one file per object) as one transaction.

``scan_export`` lists the export's files with the kind each holds (``recognise``); ``run_export_import`` imports
the files of a known kind in ``IMPORT_ORDER`` (rates, users, accounts, contacts, leads, opportunities, stage
history, activities), all with the export's one source system, so that the CRM ids of one file find the records of
another (an opportunity's ``OwnerId`` the rep from ``User.csv``). Nothing is written when the run is a dry run, when
``strict`` and some row would be rejected, when a file cannot be read, or when it is cancelled.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from salesmgr.exchange.imports.importer import import_table
from salesmgr.exchange.imports.kinds import KINDS
from salesmgr.exchange.imports.mapping import guess_source_system
from salesmgr.exchange.imports.recognise import Recognition, import_rank, recognise
from salesmgr.exchange.imports.results import ExportImportResult, ImportOptions, ImportResult, SkippedFile
from salesmgr.exchange.read.export_files import ExportFile, open_export
from salesmgr.exchange.read.readers import read_table
from salesmgr.exchange.read.table import ImportFileError
from salesmgr.models.database import Database
from salesmgr.models.errors import UserError, ValidationError
from salesmgr.progress import NO_PROGRESS, Progress

SKIP = "skip"  # the kind a user chooses for a file that is not to be imported


@dataclass(frozen=True)
class ScannedFile:
    """One file of an export as the scan saw it: its headers, row count and recognised kind."""

    name: str
    headers: list[str]
    rows: int
    recognition: Recognition
    source_system: str | None  # the CRM its headers point to

    @property
    def kind(self) -> str | None:
        return self.recognition.kind


@dataclass
class ExportScan:
    """What an export holds: its data files (readable) and what cannot be read at all."""

    files: list[ScannedFile] = field(default_factory=list)
    unreadable: list[SkippedFile] = field(default_factory=list)

    @property
    def source_system(self) -> str:
        """The CRM most files' headers point to (ties: the first in name order); ``import`` when none does."""
        votes = Counter(f.source_system for f in self.files if f.kind and f.source_system)
        return votes.most_common(1)[0][0] if votes else "import"


@dataclass
class ExportOptions:
    kinds: dict[str, str] = field(default_factory=dict)  # file name -> kind chosen by the user, or SKIP
    source_system: str | None = None  # default: ExportScan.source_system
    dry_run: bool = False
    strict: bool = False
    actor: str = "import"


def scan_export(path: Path) -> ExportScan:
    """Reads each file of the export once, for its headers; nothing is written."""
    with open_export(path) as files:
        return _scan(files)


def _scan(files: list[ExportFile]) -> ExportScan:
    scan = ExportScan()
    if not files:
        raise ImportFileError("the export has no files; choose the ZIP or folder the CRM exported")
    for export_file in files:
        if not export_file.data:
            scan.unreadable.append(SkippedFile(export_file.name, ValidationError(
                "not a spreadsheet or CSV file")))
            continue
        try:
            table = read_table(export_file.path)
        except ImportFileError as error:
            scan.unreadable.append(SkippedFile(export_file.name, error))
            continue
        scan.files.append(ScannedFile(export_file.name, table.headers, table.row_count,
                                      recognise(export_file.stem, table.headers), guess_source_system(table.headers)))
    return scan


def run_export_import(db: Database, path: Path, options: ExportOptions,
                      progress: Progress = NO_PROGRESS) -> ExportImportResult:
    """Import every file of a known kind, in IMPORT_ORDER, as one transaction; see the module docstring."""
    with open_export(path) as files:
        scan = _scan(files)
        chosen = _chosen_kinds(scan, options)
        result = ExportImportResult(file=str(path), source_system=options.source_system or scan.source_system,
                                    dry_run=options.dry_run)
        result.skipped = scan.unreadable + _skipped(scan, options)
        by_name = {f.name: f for f in files}
        try:
            with db.session() as session:
                for position, (name, kind) in enumerate(chosen):
                    file_progress = _within(progress, position, len(chosen), name)
                    file_progress.step(0, 1)
                    result.files.append(_import_file(session, by_name[name], kind, result.source_system, options,
                                                     file_progress))
                if options.dry_run or (options.strict and result.rejected):
                    raise _Rollback()
        except _Rollback:
            result.refused = options.strict and result.rejected > 0
    return result


class _Rollback(Exception):
    """Raised inside the transaction to undo it (dry run, or strict with rejects)."""


def _within(progress: Progress, position: int, count: int, name: str) -> Progress:
    """The progress of file ``position`` of ``count`` as a share of the whole export's (per mille of a file)."""
    def show(done: int, total: int, _message: str) -> None:
        share = done * 1000 // total if total else 1000
        progress.step(position * 1000 + min(share, 1000), count * 1000, name)
    return Progress(show, progress.is_cancelled)


def _import_file(session: Session, export_file: ExportFile, kind: str, source: str, options: ExportOptions,
                 progress: Progress) -> ImportResult:
    table = read_table(export_file.path)
    file_options = ImportOptions(kind=kind, source_system=source, dry_run=options.dry_run, strict=options.strict,
                                 actor=options.actor)
    result = ImportResult(file=export_file.name, kind=kind, dry_run=options.dry_run, headers=table.headers)
    try:
        import_table(session, table, file_options, result, progress)
    except UserError as error:
        raise ImportFileError("{file}: {reason}", file=export_file.name, reason=error) from error
    return result


def _chosen_kinds(scan: ExportScan, options: ExportOptions) -> list[tuple[str, str]]:
    """``(file name, kind)`` of the files to import, in import order (then by name)."""
    unknown = set(options.kinds) - {f.name for f in scan.files}
    if unknown:
        raise ValidationError("the export has no file {file}; its files are: {files}", file=sorted(unknown)[0],
                              files=", ".join(f.name for f in scan.files))
    bad = sorted(kind for kind in options.kinds.values() if kind not in KINDS and kind != SKIP)
    if bad:
        raise ValidationError("unknown kind {kind}; use one of {kinds}", kind=bad[0],
                              kinds=", ".join([*KINDS, SKIP]))
    chosen = [(f.name, options.kinds.get(f.name, f.kind)) for f in scan.files]
    picked = [(name, kind) for name, kind in chosen if kind and kind != SKIP]
    return sorted(picked, key=lambda item: (import_rank(item[1]), item[0].casefold()))


def _skipped(scan: ExportScan, options: ExportOptions) -> list[SkippedFile]:
    skipped = []
    for scanned in scan.files:
        choice = options.kinds.get(scanned.name)
        if choice == SKIP:
            skipped.append(SkippedFile(scanned.name, ValidationError("skipped as you chose")))
        elif choice is None and scanned.kind is None:
            reason = scanned.recognition.reason or ValidationError("no known kind of record")
            skipped.append(SkippedFile(scanned.name, reason))
    return skipped


def recognise_file(path: Path) -> Recognition:
    """The kind of one file on its own, by the same rule as in an export."""
    return recognise(path.stem, read_table(path).headers)
