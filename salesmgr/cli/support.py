"""What the command modules share: the usage error, opening the database, finding the --team/--rep given, the
period rule (``PERIOD_RULE``: figures default to the current fiscal quarter, data exports to every record),
printing the result, progress."""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from salesmgr.models import clock
from salesmgr.models.database import Database, open_database
from salesmgr.models.periods import Period
from salesmgr.progress import Progress

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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


@contextmanager
def session_of(args: argparse.Namespace, *, write: bool) -> Iterator[Session]:
    """One session on the command's database (``open_db``), committed when the block ends without an error; the
    database is closed either way."""
    db = open_db(args, write=write)
    try:
        with db.session() as session:
            yield session
    finally:
        db.close()


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


def current_quarter(session: Session) -> Period:
    """The fiscal quarter today falls in, under the database's fiscal start: what figures cover by default."""
    from salesmgr.models.fiscal import quarter_of

    return quarter_of(session, clock.today())


@dataclass(frozen=True)
class PeriodOption:
    """What ``--period`` said, checked before the database opens (a bad one exits 2 with nothing read or
    written) and made a ``Period`` by ``resolve`` once it is open: its quarters and years follow the database's
    fiscal start. ``text`` None: not given; ``current_by_default``: then the current fiscal quarter, else every
    date."""

    text: str | None
    current_by_default: bool

    @property
    def all_dates(self) -> bool:
        """True when ``resolve`` gives None (every date): ``all``, or nothing given and no current default."""
        if self.text is None:
            return not self.current_by_default
        return self.text.strip().casefold() == ALL_DATES

    def resolve(self, session: Session) -> Period | None:
        """The period under the database's fiscal start; None for every date."""
        from salesmgr.models.fiscal import parse_period

        if self.all_dates:
            return None
        return current_quarter(session) if self.text is None else parse_period(session, self.text)


def period_option(text: str | None, *, current_by_default: bool) -> PeriodOption:
    """``--period`` (2026Q3, 2026-09, 2026, or ``all`` for every date); anything else is refused (exit 2) here,
    before the database is opened."""
    option = PeriodOption(text, current_by_default)
    if text is not None and not option.all_dates:
        Period.parse(text)  # the text's form does not depend on the fiscal start
    return option


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
