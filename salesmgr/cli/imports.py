"""`salesmgr import`: one CRM export into the database, reported as text or JSON."""
from __future__ import annotations

import argparse
import getpass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from salesmgr.cli.support import EXIT_OK, EXIT_REFUSED, UsageError, emit, open_db, terminal_progress
from salesmgr.cli.text import count, error_message
from salesmgr.i18n import translate

if TYPE_CHECKING:  # the importer loads when the command runs
    from salesmgr.exchange.imports.results import ImportResult, Reject

SHOWN = 20  # the text output lists at most this many names, duplicates and rejects of each kind


def cmd_import(args: argparse.Namespace) -> int:
    from salesmgr.exchange.imports.importer import run_import
    from salesmgr.exchange.imports.results import ImportOptions

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(translate("Cli", "{file} is not a file; give the path of a CRM export").format(
            file=args.file))
    options = ImportOptions(kind=args.kind, sheet=args.sheet, preset=args.preset, dry_run=args.dry_run,
                            strict=args.strict, actor=getpass.getuser())
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


def _import_text(result: ImportResult, rejects_file: str | None) -> str:
    lines = [translate("Cli", "{file}: {rows} rows, {inserted} inserted, {updated} updated, {unchanged} unchanged, "
                              "{rejected} rejected").format(
        file=result.file, rows=count(result.rows), inserted=count(result.inserted), updated=count(result.updated),
        unchanged=count(result.unchanged), rejected=count(result.rejected))]
    lists = [(translate("Cli", "new stages: {names}"), result.new_stages),
             (translate("Cli", "new reps: {names}"), result.new_reps),
             (translate("Cli", "new accounts: {names}"), result.new_accounts),
             (translate("Cli", "rows that repeat an earlier row: {names}"), list(map(str, result.duplicate_rows)))]
    lines += [template.format(names=translate("Cli", ", ").join(names[:SHOWN])) for template, names in lists if names]
    lines += [translate("Cli", "warning: {message}").format(message=error_message(warning))
              for warning in result.warning_errors[:SHOWN]]
    lines += [_reject_line(reject) for reject in result.rejects[:SHOWN]]
    if result.skipped:
        lines.append(translate("Cli", "skipped {count} rows the CRM marks as deleted or inactive").format(
            count=count(result.skipped)))
    lines += [translate("Cli", "rate set: 1 {currency} = {rate} {base} (as of {date})").format(
        currency=entry.currency, rate=entry.rate, base=result.base_currency, date=entry.rated_on.isoformat())
        for entry in result.rates_set]
    lines += [translate("Cli", "changed: {rep} {period}: {before} -> {after}").format(
        rep=change.rep, period=change.period, before=_amount(change.before), after=_amount(change.after))
        for change in result.changes[:SHOWN]]
    if len(result.changes) > SHOWN:
        lines.append(translate("Cli", "... and {count} more changes").format(count=count(len(result.changes) - SHOWN)))
    if result.refusal is not None:
        lines.append(error_message(result.refusal))
    elif result.refused:
        lines.append(translate("Cli", "nothing was written: --strict and some rows would be rejected"))
    elif result.dry_run:
        lines.append(translate("Cli", "dry run: nothing was written"))
    if rejects_file and result.rejected:
        lines.append(translate("Cli", "rejected rows saved to {path}").format(path=rejects_file))
    return "\n".join(lines)


def rate_commands(result: ImportResult, db: str | None) -> str:
    """What the text output adds when imported amounts have no exchange rate: each currency with its deals and
    the exact command that gives it a rate (``RATE``: what one unit is worth in the base currency)."""
    if not result.missing_rates or result.refused:
        return ""
    lines = [translate("Cli", "no exchange rate to {base} for: {currencies}; their amounts are left out of the "
                              "figures until you set one (RATE = what 1 unit is worth in {base}):").format(
        base=result.base_currency, currencies=translate("Cli", ", ").join(
            (translate("Cli", "{deals} {currency} deals ({amount})") if entry.deals != 1 else
             translate("Cli", "{deals} {currency} deal ({amount})")).format(
                deals=count(entry.deals), currency=entry.currency, amount=entry.amount_text())
            for entry in result.missing_rates))]
    where = f" --db {_quoted(db)}" if db else ""
    lines += [f"  salesmgr{where} rate set {entry.currency} RATE" for entry in result.missing_rates]
    return "\n" + "\n".join(lines)


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
