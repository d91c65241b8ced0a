"""The database commands: `salesmgr init`, `info`, `stats` and `demo` (`rate` is in ``settings``)."""
from __future__ import annotations

import argparse
from dataclasses import asdict

from salesmgr import __version__
from salesmgr.cli.support import emit, open_db, terminal_progress
from salesmgr.models.database import current_revision


def cmd_init(args: argparse.Namespace) -> int:
    db = open_db(args, write=True, create=True)
    try:
        revision = current_revision(db)
        backup = str(db.backup_path) if db.backup_path else None
    finally:
        db.close()
    text = f"database ready: {db.label} (schema {revision})"
    if backup:
        text += f"\nbackup of the previous version: {backup}"
    return emit(args, {"database": db.label, "revision": revision, "backup": backup}, text)


def cmd_info(args: argparse.Namespace) -> int:
    from salesmgr.models.currency import base_currency
    from salesmgr.paths import data_dir

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            currency = base_currency(session)
        revision = current_revision(db)
    finally:
        db.close()
    payload = {"database": db.label, "revision": revision, "base_currency": currency,
               "data_dir": str(data_dir()), "version": __version__}
    return emit(args, payload, "\n".join(f"{key}: {value}" for key, value in payload.items()))


def cmd_demo(args: argparse.Namespace) -> int:
    from salesmgr.demo import load_demo
    from salesmgr.demo.samples import write_samples

    db = open_db(args, write=True, create=True)
    try:
        summary = load_demo(db, terminal_progress(), seed=args.seed, reps=args.reps,
                            opportunities=args.opportunities, force=args.force)
        samples = [str(path) for path in write_samples(db)]
    finally:
        db.close()
    counts = asdict(summary)
    text = "demo data loaded: " + ", ".join(f"{value:,} {key.replace('_', ' ')}" for key, value in counts.items())
    text += "\nsample CRM exports to try 'salesmgr import' on:\n  " + "\n  ".join(samples)
    return emit(args, {"database": db.label, "loaded": counts, "samples": samples}, text)


def cmd_stats(args: argparse.Namespace) -> int:
    from salesmgr.models.stats import table_counts

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            counts = table_counts(session)
    finally:
        db.close()
    width = max(len(name) for name in counts)
    text = "\n".join(f"{name:<{width}}  {count:>12,}" for name, count in counts.items())
    return emit(args, {"tables": counts}, text)
