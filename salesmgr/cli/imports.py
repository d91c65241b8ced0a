"""`salesmgr import`: one CRM export file, or a whole export (a ZIP or folder of files), into the database,
reported as text or JSON."""
from __future__ import annotations

import argparse
import getpass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from salesmgr.cli.support import EXIT_OK, EXIT_REFUSED, UsageError, emit, open_db, terminal_progress
from salesmgr.cli.text import count, error_message
from salesmgr.i18n import translate
from salesmgr.models.errors import UserError

if TYPE_CHECKING:  # the importer loads when the command runs
    from salesmgr.exchange.imports.results import ExportImportResult, ImportResult, Reject
    from salesmgr.models.metrics.unconverted import Unconverted

SHOWN = 20  # the text output lists at most this many names, duplicates and rejects of each kind


def cmd_import(args: argparse.Namespace) -> int:
    from salesmgr.exchange.imports.importer import run_import
    from salesmgr.exchange.imports.results import ImportOptions
    from salesmgr.exchange.read.export_files import is_export

    path = Path(args.file)
    if is_export(path):
        return _import_export(args, path)
    if not path.is_file():
        raise UsageError(translate("Cli", "{file} is not a file; give the path of a CRM export").format(
            file=args.file))
    if args.file_kind:
        raise UsageError(translate("Cli", "--file-kind is for a ZIP or folder of files; give --kind for one file"))
    options = ImportOptions(kind=args.kind or _recognised_kind(path), sheet=args.sheet, preset=args.preset,
                            dry_run=args.dry_run, strict=args.strict, actor=getpass.getuser())
    db = open_db(args, write=True, create=True)
    try:
        result = run_import(db, path, options, terminal_progress())
    finally:
        db.close()
    if args.rejects and result.rejected_rows:
        from salesmgr.exchange.imports.rejects import write_rejects  # openpyxl loads only when there is a file to write

        write_rejects(result, Path(args.rejects))
    emit(args, result.to_json(), _import_text(result, args.rejects) + rate_commands(result, args.db))
    return EXIT_REFUSED if result.refused else EXIT_OK


def _import_text(result: ImportResult, rejects_file: str | None, final: bool = True) -> str:
    """A file's line and what it noticed; ``final``: also what became of the run (a whole export says that once,
    after its files)."""
    lines = [translate("Cli", "{file}: {rows} rows, {inserted} inserted, {updated} updated, {unchanged} unchanged, "
                              "{rejected} rejected").format(
        file=result.file, rows=count(result.rows), inserted=count(result.inserted), updated=count(result.updated),
        unchanged=count(result.unchanged), rejected=count(result.rejected))]
    lines += [(translate("Cli", "skipped {count} rows: {reason}") if rows != 1 else
               translate("Cli", "skipped {count} row: {reason}")).format(
        count=count(rows), reason=error_message(result.skip_reasons[key]) if key in result.skip_reasons else key)
        for key, rows in result.skipped.items()]
    lists = [(translate("Cli", "new stages: {names}"), result.new_stages),
             (translate("Cli", "new reps: {names}"), result.new_reps),
             (translate("Cli", "new accounts: {names}"), result.new_accounts),
             (translate("Cli", "rows that repeat an earlier row: {names}"), list(map(str, result.duplicate_rows)))]
    lines += [template.format(names=translate("Cli", ", ").join(names[:SHOWN])) for template, names in lists if names]
    lines += [translate("Cli", "warning: {message}").format(message=error_message(warning))
              for warning in result.warning_errors[:SHOWN]]
    lines += [_reject_line(reject) for reject in result.rejects[:SHOWN]]
    lines += [translate("Cli", "rate set: 1 {currency} = {rate} {base} (as of {date})").format(
        currency=entry.currency, rate=entry.rate, base=result.base_currency, date=entry.rated_on.isoformat())
        for entry in result.rates_set]
    lines += [translate("Cli", "changed: {rep} {period}: {before} -> {after}").format(
        rep=change.rep, period=change.period, before=_amount(change.before), after=_amount(change.after))
        for change in result.changes[:SHOWN]]
    if len(result.changes) > SHOWN:
        lines.append(translate("Cli", "... and {count} more changes").format(count=count(len(result.changes) - SHOWN)))
    if not final:
        return "\n".join([lines[0], *("  " + line for line in lines[1:])])
    lines += _outcome_lines(result.refused, result.dry_run, result.refusal)
    if rejects_file and result.rejected:
        lines.append(translate("Cli", "rejected rows saved to {path}").format(path=rejects_file))
    return "\n".join(lines)


def _outcome_lines(refused: bool, dry_run: bool, refusal: UserError | None) -> list[str]:
    if refusal is not None:
        return [error_message(refusal)]
    if refused:
        return [translate("Cli", "nothing was written: --strict and some rows would be rejected")]
    if dry_run:
        return [translate("Cli", "dry run: nothing was written")]
    return []


def rate_commands(result: ImportResult, db: str | None) -> str:
    """What the text output adds when imported amounts have no exchange rate (see ``missing_rate_lines``)."""
    return missing_rate_lines(result.missing_rates, result.base_currency, db, result.refused)


def missing_rate_lines(missing: list[Unconverted], base: str, db: str | None, refused: bool) -> str:
    """Each currency without a rate with its deals, and the exact command that gives it a rate (``RATE``: what
    one unit is worth in the base currency); empty when there is none or nothing was written."""
    if not missing or refused:
        return ""
    lines = [translate("Cli", "no exchange rate to {base} for: {currencies}; their amounts are left out of the "
                              "figures until you set one (RATE = what 1 unit is worth in {base}):").format(
        base=base, currencies=translate("Cli", ", ").join(
            (translate("Cli", "{deals} {currency} deals ({amount})") if entry.deals != 1 else
             translate("Cli", "{deals} {currency} deal ({amount})")).format(
                deals=count(entry.deals), currency=entry.currency, amount=entry.amount_text())
            for entry in missing))]
    where = f" --db {_quoted(db)}" if db else ""
    lines += [f"  salesmgr{where} rate set {entry.currency} RATE" for entry in missing]
    return "\n" + "\n".join(lines)


def _recognised_kind(path: Path) -> str:
    """The kind of a single file given without --kind: from its name and headers, as in a whole export."""
    from salesmgr.exchange.imports.whole_export import recognise_file

    recognition = recognise_file(path)
    if recognition.kind is None:
        raise UsageError(translate("Cli", "cannot tell what {file} holds ({reason}); give --kind").format(
            file=path.name, reason=error_message(recognition.reason) if recognition.reason else ""))
    return recognition.kind


def _import_export(args: argparse.Namespace, path: Path) -> int:
    """A ZIP or folder of files, imported as one transaction (exchange.imports.whole_export)."""
    from salesmgr.exchange.imports.whole_export import ExportOptions, run_export_import

    if args.kind or args.sheet or args.preset:
        raise UsageError(translate("Cli", "{file} is a whole export: each file's kind is recognised; use "
                                          "--file-kind NAME=KIND to choose one, not --kind, --sheet or --preset"
                                   ).format(file=path.name))
    options = ExportOptions(kinds=_file_kinds(args.file_kind or []), dry_run=args.dry_run, strict=args.strict,
                            actor=getpass.getuser())
    db = open_db(args, write=True, create=True)
    try:
        result = run_export_import(db, path, options, terminal_progress())
    finally:
        db.close()
    if args.rejects and result.rejected:
        from salesmgr.exchange.imports.rejects import write_export_rejects

        write_export_rejects(result.files, Path(args.rejects))
    text = export_text(result, args.rejects) + missing_rate_lines(result.missing_rates, result.base_currency,
                                                                  args.db, result.refused)
    emit(args, result.to_json(), text)
    return EXIT_REFUSED if result.refused else EXIT_OK


def _file_kinds(pairs: list[str]) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for pair in pairs:
        name, sep, kind = pair.rpartition("=")
        if not sep or not name or not kind:
            raise UsageError(translate("Cli", "--file-kind takes NAME=KIND, e.g. --file-kind Calls.csv=activities "
                                              "or --file-kind Notes.csv=skip; not {value}").format(value=pair))
        kinds[name.strip()] = kind.strip()
    return kinds


def export_text(result: ExportImportResult, rejects_file: str | None) -> str:
    """Per file its line (as a single-file import's), the skipped files with the reason, then the totals."""
    lines = [translate("Cli", "{file} ({source}): {imported} files imported, {skipped} skipped").format(
        file=result.file, source=result.source_system, imported=count(len(result.files)),
        skipped=count(len(result.skipped)))]
    for file_result in result.files:
        lines.append(_import_text(file_result, None, final=False))
    lines += [translate("Cli", "skipped {file}: {reason}").format(file=s.file, reason=error_message(s.reason))
              for s in result.skipped]
    totals = result.totals()
    lines.append(translate("Cli", "total: {rows} rows, {inserted} inserted, {updated} updated, {unchanged} "
                                  "unchanged, {rejected} rejected, {skipped} skipped").format(
        **{k: count(v) for k, v in totals.items()}))
    lines += _outcome_lines(result.refused, result.dry_run, None)
    if rejects_file and result.rejected:
        lines.append(translate("Cli", "rejected rows saved to {path}").format(path=rejects_file))
    return "\n".join(lines)


def _quoted(text: str) -> str:
    return f'"{text}"' if any(char.isspace() for char in text) else text


def _amount(amount: Decimal | None) -> str:
    return translate("Cli", "none") if amount is None else f"{amount:,}"


def _reject_line(reject: Reject) -> str:
    """A rejected value and why, the reason in the current language."""
    reason = error_message(reject.error) if reject.error else reject.reason
    if reject.column:
        return translate("Cli", "row {row}, {column}: {reason} ({value})").format(
            row=reject.row, column=reject.column, reason=reason, value=reject.value)
    return translate("Cli", "row {row}: {reason}").format(row=reject.row, reason=reason)
