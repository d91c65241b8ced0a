"""What the command modules share: the usage error, opening the database, finding the --team/--rep given, the
period rule (``PERIOD_RULE``: figures default to the current fiscal quarter, data exports to every record),
printing the result, progress."""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from salesmgr.models import clock
from salesmgr.models.database import Database, open_database
from salesmgr.models.periods import Period
from salesmgr.progress import Progress

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Bad arguments; exit 2 with the message."""


def emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> int:
    try:
        print(json.dumps(payload, ensure_ascii=False, indent=2) if args.json else text)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped early: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def open_db(args: argparse.Namespace, *, write: bool, create: bool = False) -> Database:
    """Writers take the single-instance lock; only ``init`` and ``demo`` create a missing database."""
    return open_database(args.db, lock=write, create=create)


def owner_ids(session: Any, args: argparse.Namespace) -> tuple[int | None, int | None]:
    """The ids of ``--team`` and ``--rep`` (None when not given); an unknown or ambiguous name is refused."""
    from salesmgr.models.lookup import find_rep, find_team

    return (find_team(session, args.team) if args.team else None,
            find_rep(session, args.rep) if args.rep else None)


ALL_DATES = "all"
#: The one rule of what the commands cover, as each command's --help states it.
PERIOD_RULE = ("Figures (funnel, dashboard, every report export) cover the current fiscal quarter unless --period "
               "(2026Q3, 2026-09, 2026, or 'all' for all dates) or --from/--to (funnel) say otherwise; data "
               "exports export every record unless --period is given.")


def current_quarter() -> Period:
    """The fiscal quarter today falls in: what figures cover by default."""
    return Period.quarter_of(clock.today())


def period_option(text: str | None, default: Period | None) -> Period | None:
    """The period ``--period`` names (2026Q3, 2026-09, 2026), None for ``all`` (every date), ``default`` when it
    is not given; anything else is refused (exit 2) before the database is opened."""
    if text is None:
        return default
    if text.strip().casefold() == ALL_DATES:
        return None
    return Period.parse(text)


def terminal_progress() -> Progress:
    """A one-line progress bar on stderr when it is a terminal; silence otherwise."""
    if not sys.stderr.isatty():
        return Progress()

    def show(done: int, total: int, message: str) -> None:
        share = done / total if total else 1.0
        bar = "#" * int(share * 30)
        sys.stderr.write(f"\r[{bar:<30}] {share:6.1%} {message[:40]:<40}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return Progress(show)
