"""`salesmgr import`: one CRM export into the database, reported as text or JSON."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salesmgr.cli.support import EXIT_OK, EXIT_REFUSED, UsageError, emit, open_db, terminal_progress


def cmd_import(args: argparse.Namespace) -> int:
    from salesmgr.exchange.imports.importer import run_import
    from salesmgr.exchange.imports.results import ImportOptions

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"{args.file} is not a file; give the path of a CRM export")
    options = ImportOptions(kind=args.kind, sheet=args.sheet, preset=args.preset, dry_run=args.dry_run,
                            strict=args.strict)
    db = open_db(args, write=True, create=True)
    try:
        result = run_import(db, path, options, terminal_progress())
    finally:
        db.close()
    if args.rejects and result.rejected_rows:
        from salesmgr.exchange.imports.rejects import write_rejects  # openpyxl loads only when there is a file to write

        write_rejects(result, Path(args.rejects))
    payload = result.to_json()
    emit(args, payload, _import_text(payload, args.rejects))
    return EXIT_REFUSED if result.refused else EXIT_OK


def _import_text(payload: dict[str, Any], rejects_file: str | None) -> str:
    lines = [f"{payload['file']}: {payload['rows']:,} rows, {payload['inserted']:,} inserted, "
             f"{payload['updated']:,} updated, {payload['unchanged']:,} unchanged, {payload['rejected']:,} rejected"]
    for label in ("new_stages", "new_reps", "new_accounts", "duplicates", "warnings"):
        if payload[label]:
            lines.append(f"{label.replace('_', ' ')}: {', '.join(map(str, payload[label][:20]))}")
    lines += [f"row {r['row']}, {r['column']}: {r['reason']} ({r['value']})" for r in payload["rejects"][:20]]
    if payload["refused"]:
        lines.append("nothing was written: --strict and some rows would be rejected")
    elif payload["dry_run"]:
        lines.append("dry run: nothing was written")
    if rejects_file and payload["rejected"]:
        lines.append(f"rejected rows saved to {rejects_file}")
    return "\n".join(lines)
