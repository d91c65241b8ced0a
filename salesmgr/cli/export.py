"""`salesmgr export KIND --out FILE`: a data kind (the import's kinds) or a report, to .xlsx (or .csv for data)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salesmgr.cli.support import (
    PeriodOption,
    UsageError,
    current_quarter,
    emit,
    open_db,
    owner_ids,
    period_option,
    terminal_progress,
)
from salesmgr.exchange.imports.kinds import KINDS
from salesmgr.i18n import translate
from salesmgr.models import clock

DATA_KINDS: tuple[str, ...] = tuple(KINDS)  # as exchange.export.data has them; its openpyxl loads when exporting


def report_names() -> tuple[str, ...]:
    """The reports that can be exported (imported here, not at start-up: every command loads this module)."""
    from salesmgr.exchange.reports import REPORT_NAMES

    return tuple(REPORT_NAMES)


def resolve_kind(name: str, out: Path) -> tuple[str, bool]:
    """(kind, is a data kind) for the KIND argument. ``quotas`` is both a data kind and a report: a bare name
    that is both means the report, unless the output is .csv (reports are xlsx); ``data:NAME`` and
    ``report:NAME`` choose explicitly."""
    text = name.strip().lower()
    prefix, _, rest = text.partition(":")
    reports = report_names()
    if rest and prefix in ("data", "report"):
        if rest in (DATA_KINDS if prefix == "data" else reports):
            return rest, prefix == "data"
    elif text in reports and (text not in DATA_KINDS or out.suffix.lower() != ".csv"):
        return text, False
    elif text in DATA_KINDS:
        return text, True
    known = ", ".join(dict.fromkeys((*DATA_KINDS, *reports)))
    raise UsageError(translate("Cli", "unknown kind {kind}; use one of {kinds} (data:NAME or report:NAME where both "
                                      "exist)").format(kind=repr(name), kinds=known))


DATA_FORMATS: tuple[str, ...] = (".xlsx", ".csv")
REPORT_FORMATS: tuple[str, ...] = (".xlsx",)


def check_format(kind: str, is_data: bool, out: Path) -> None:
    """Refuse an ``--out`` whose suffix is not a format the kind is written in (data: xlsx or CSV, reports: xlsx),
    naming the formats it supports."""
    formats = DATA_FORMATS if is_data else REPORT_FORMATS
    suffix = out.suffix.lower()
    if suffix in formats:
        return
    what = (translate("Cli", "{kind} data is") if is_data else translate("Cli", "the {kind} report is")).format(
        kind=kind)
    shown = (translate("Cli", "not {suffix}").format(suffix=out.suffix) if out.suffix
             else translate("Cli", "and the file name has no suffix"))
    supported = translate("Cli", " or ").join(formats)
    raise UsageError(translate("Cli", "{what} written as {supported} only, {shown}; give --out a name ending in "
                               "{supported}").format(what=what, supported=supported, shown=shown))


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    kind, is_data = resolve_kind(args.kind, out)
    check_format(kind, is_data, out)
    # data: every record unless --period; reports: the current fiscal quarter unless --period (None = all dates)
    option = period_option(args.period, current_by_default=not is_data)
    if option.all_dates and not is_data:
        from salesmgr.exchange.reports import ALL_DATES_REPORTS

        if kind not in ALL_DATES_REPORTS:
            raise UsageError(translate("Cli", "the {kind} report needs a quarter, month or year (--period 2026Q3, "
                                       "2026-09 or 2026); --period all works for {reports} and data exports").format(
                kind=kind, reports=", ".join(ALL_DATES_REPORTS)))
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            team_id, rep_id = owner_ids(session, args)
            payload = _export(session, kind, is_data, out, option, team_id, rep_id)
    finally:
        db.close()
    return emit(args, payload, payload["path"])


def _export(session: Any, kind: str, is_data: bool, out: Path, option: PeriodOption, team_id: int | None,
            rep_id: int | None) -> dict[str, Any]:
    progress = terminal_progress()
    period = option.resolve(session)  # under the database's fiscal start
    if is_data:
        from salesmgr.exchange.export.data import export_data

        result = export_data(session, kind, out, team_id=team_id, rep_id=rep_id, period=period, progress=progress)
        return {"path": str(result.path), "kind": kind, "rows": result.rows}
    from salesmgr.exchange.reports import ReportRequest, export_report

    today = clock.today()
    request = ReportRequest(period or current_quarter(session), team_id, rep_id, today, all_dates=period is None)
    path = export_report(session, kind, request, out, progress)
    return {"path": str(path), "kind": kind}
