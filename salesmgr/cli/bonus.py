"""`salesmgr bonus`: a quarter's bonuses as text or JSON, the bonus workbook, approval and unapproval.

    salesmgr bonus --period 2026Q3 [--json] [--strict]      the quarter's table (frozen when approved)
    salesmgr bonus --period 2026Q3 --out bonus.xlsx         the bonus report with live formulas
    salesmgr bonus approve --period 2026Q3                  freeze inputs and results
    salesmgr bonus unapprove --period 2026Q3 --reason TEXT  unfreeze (the reason goes to the audit log)

Each rep's ``process_kpis`` holds the actual of every process KPI of the plan (CRM timeliness, training and the
plan's catalogue KPIs), null when there is no data for it (``process_kpis_reason`` names those of the catalogue).

A rep without a quota for the quarter is listed with ``payout`` null and a ``reason``; the exit status stays 0
(the manager sees who to fix) unless ``--strict`` is given, which exits 1 naming those reps. Approving an
approved quarter, or unapproving one that is not, is refused with exit 1.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from salesmgr.cli.support import EXIT_REFUSED, UsageError, emit, open_db, terminal_progress
from salesmgr.cli.text import Column, error_message, money, share, table
from salesmgr.i18n import translate
from salesmgr.models.periods import Period, parse_quarter

RATIO_PLACES = Decimal("0.0001")
ACTIONS = ("show", "approve", "unapprove")


def add_bonus_parser(commands: Any, add: Any) -> None:
    """The ``bonus`` command's arguments (``add`` is cli._add: a sub-parser with --json)."""
    bonus = add(commands, "bonus", "quarterly bonuses: show, write the Excel report, approve or unapprove")
    bonus.add_argument("action", nargs="?", default="show", choices=ACTIONS, help="show (default), approve or "
                       "unapprove")
    bonus.add_argument("--period", required=True, help="the quarter, e.g. 2026Q3")
    bonus.add_argument("--out", metavar="FILE.xlsx", help="write the bonus report (show only)")
    bonus.add_argument("--reason", help="why the quarter is unapproved (required for unapprove)")
    bonus.add_argument("--strict", action="store_true", help="exit 1 when a rep has no quota for the quarter")


def cmd_bonus(args: argparse.Namespace) -> int:
    if args.action == "unapprove" and not (args.reason or "").strip():
        raise UsageError(translate("Cli", "unapprove needs --reason TEXT saying why"))
    if args.out and args.action != "show":
        raise UsageError(translate("Cli", "--out writes the report; use it without approve/unapprove"))
    if args.out and Path(args.out).suffix.lower() != ".xlsx":
        raise UsageError(translate("Cli", "the bonus report is an .xlsx file; give --out a name ending in .xlsx"))
    period = parse_quarter(args.period)  # checked here: a bad one is refused before the database opens
    # its months follow the database's fiscal start: `in_database` re-reads the key once the database is open
    if args.action == "show":
        return _show(args, period)
    return _change(args, period)


def in_database(session: Any, period: Period) -> Period:
    """The quarter of the same key under the database's fiscal start (2026Q1 is April-June when it starts in
    April)."""
    from salesmgr.models.settings import fiscal_start

    return period.under_fiscal_start(fiscal_start(session))


def _refused(message: str) -> int:
    print(f"salesmgr: {message}", file=sys.stderr)
    return EXIT_REFUSED


def _change(args: argparse.Namespace, period: Period) -> int:
    from salesmgr.models.bonus import BonusError, approve, unapprove

    actor = getpass.getuser()
    db = open_db(args, write=True)
    try:
        with db.session() as session:
            period = in_database(session, period)
            if args.action == "approve":
                approve(session, period, actor)
            else:
                unapprove(session, period, args.reason, actor)
    except BonusError as exc:
        return _refused(error_message(exc))
    finally:
        db.close()
    done = (translate("Cli", "bonuses of {period} approved by {actor}") if args.action == "approve"
            else translate("Cli", "bonuses of {period} unapproved by {actor}"))
    return emit(args, {"period": period.key, "approved": args.action == "approve", "by": actor},
                done.format(period=period, actor=actor))


def _show(args: argparse.Namespace, period: Period) -> int:
    from salesmgr.models.bonus import bonus_sheet

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            period = in_database(session, period)
            sheet = bonus_sheet(session, period)
            if args.out:
                _write(session, args, period)
    finally:
        db.close()
    missing = [rep.rep for rep in sheet.reps if rep.problems]
    if args.strict and missing:
        return _refused(translate("Domain", "no quota for {period} for {reps}; import their quotas first").format(
            period=sheet.period, reps=", ".join(missing)))
    payload = sheet_json(sheet)
    written = "\n" + translate("Cli", "report written: {path}").format(path=args.out) if args.out else ""
    text = _text(payload) + written
    return emit(args, payload, text)


def _write(session: Any, args: argparse.Namespace, period: Period) -> None:
    from salesmgr.exchange.reports import ReportRequest, export_report

    export_report(session, "bonus", ReportRequest(period), Path(args.out), terminal_progress())


def _ratio(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(RATIO_PLACES))


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def rep_json(rep: Any) -> dict[str, Any]:
    """One rep's line: money and ratios as decimal strings (ratios to 4 places), null with a reason."""
    problem = "; ".join(rep.problems) or None
    return {
        "rep_id": rep.rep_id, "rep": rep.rep, "team": rep.team, "role": rep.role,
        "target_bonus": _money(rep.target_bonus), "quota": _money(rep.quota), "won": _money(rep.won),
        "attainment": _ratio(rep.attainment), "sales_score": None if problem else _ratio(rep.sales_score),
        "csat_avg": None if rep.csat_avg is None else str(rep.csat_avg.quantize(Decimal("0.01"))),
        "csat_responses": rep.csat_responses, "csat_score": _ratio(rep.csat_score),
        "csat_reason": "no CSAT responses in the quarter" if rep.csat_avg is None else None,
        "crm_timeliness": _ratio(rep.crm_timeliness),
        "crm_timeliness_reason": "no activities in the quarter" if rep.crm_timeliness is None else None,
        "training": _ratio(rep.training),
        "training_reason": "no required training in the quarter" if rep.training is None else None,
        "process_kpis": process_kpis_json(rep),
        "process_kpis_reason": {key: "no data in the quarter" for key, actual in rep.extra_kpis if actual is None},
        "process_score": _ratio(rep.process_score),
        "weights": {"sales": _ratio(rep.weights[0]), "csat": _ratio(rep.weights[1]),
                    "process": _ratio(rep.weights[2])},
        "computed": None if problem else _money(rep.computed), "adjustment": _money(rep.adjustment),
        "payout": None if problem else _money(rep.payout), "reason": problem,
    }


def process_kpis_json(rep: Any) -> dict[str, str | None]:
    """Every process KPI's actual (null: no data): shares to 4 places, counts as whole numbers."""
    from salesmgr.models.bonus.kpis import PROCESS_KPIS

    found = {"crm_timeliness": _ratio(rep.crm_timeliness), "training": _ratio(rep.training)}
    for key, actual in rep.extra_kpis:
        kpi = PROCESS_KPIS.get(key)
        count = kpi is not None and kpi.kind == "count"
        found[key] = None if actual is None else f"{actual:.0f}" if count else _ratio(actual)
    return found


def sheet_json(sheet: Any) -> dict[str, Any]:
    """The issue's JSON for a ``BonusSheet`` (plus ids, effective weights and the reasons for nulls)."""
    plan = sheet.plan
    return {
        "period": sheet.period.key, "currency": sheet.currency,
        "weights": {"sales": f"{plan.weight_sales:.2f}", "csat": f"{plan.weight_csat:.2f}",
                    "process": f"{plan.weight_process:.2f}"},
        "reps": [rep_json(rep) for rep in sheet.reps], "total": _money(sheet.total), "approved": sheet.approved,
        "approved_at": sheet.approved_at.isoformat() + "+00:00" if sheet.approved_at else None,
        "approved_by": sheet.approved_by, "live_differs": sheet.live_differs,
    }


def _text(payload: dict[str, Any]) -> str:
    state = translate("Cli", "approved") if payload["approved"] else translate("Cli", "not approved")
    heading = translate("Cli", "bonuses {period} ({state}), amounts in {currency}").format(
        period=payload["period"], state=state, currency=payload["currency"])
    columns = [Column(translate("Cli", "rep"), limit=20), Column(translate("Cli", "attainment"), right=True),
               Column(translate("Cli", "sales"), right=True), Column(translate("Cli", "CSAT"), right=True),
               Column(translate("Cli", "process"), right=True),
               Column(translate("Cli", "payout"), right=True, limit=80)]
    rows = [[rep["rep"], _pct(rep["attainment"]), _pct(rep["sales_score"]), _pct(rep["csat_score"]),
             _pct(rep["process_score"]), _payout(rep)] for rep in payload["reps"]]
    total = translate("Cli", "total: {amount}").format(amount=_amount(payload["total"]))
    return "\n".join([heading, *table(columns, rows), total])


def _payout(rep: dict[str, Any]) -> str:
    if rep["payout"] is not None:
        return _amount(rep["payout"])
    return translate("Cli", "n/a ({reason})").format(reason=rep["reason"])


def _amount(value: str | None) -> str:
    return money(None if value is None else Decimal(value))


def _pct(value: str | None) -> str:
    return share(None if value is None else Decimal(value))
