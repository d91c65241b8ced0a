"""`salesmgr quotas`: a quarter's quotas against won and pipeline, and the quota plan's changes.

    salesmgr quotas --period 2026Q3 [--json] [--threshold 3]    reps, teams and the company for the quarter
    salesmgr quotas plan [--year 2027] [--json]                  the fiscal year's plan, capacity and forecast
    salesmgr quotas set --rep NAME --period 2026Q3 AMOUNT        one rep's quota (a quarter or a month)
    salesmgr quotas distribute --team NAME|--company --year 2027 --amount X --method equal|share|seasonal|ramp
                               [--ramp 0.25,0.5,0.75,1] [--dry-run]
    salesmgr quotas copy --year 2027 [--growth 10] [--dry-run]   last fiscal year's quotas and target, grown
    salesmgr quotas target --year 2027 AMOUNT                    the company's annual target
    salesmgr quotas lock --period 2026Q3                         lock (approve) a quarter
    salesmgr quotas unlock --period 2026Q3 --reason TEXT         unlock it (the reason goes to the audit log)

In the quarter's rows, won, quota and attainment are the dashboard's for the same rep, team or the company
(``salesmgr dashboard --period ... --rep ...``); coverage = open pipeline expected to close in the quarter /
(quota - won), null with a reason in ``reasons`` (see salesmgr.models.goals.capacity). Besides the issue's keys a
row has ``pace`` (attainment / the share of the quarter gone by) and its ``band`` (red, amber, green: see
salesmgr.models.goals.pace), ``open_pipeline``, ``flagged`` (coverage below --threshold), ``pipeline_needed``
and ``reasons``.

``quotas plan`` is ``cli.quota_plan``'s.

A change to a locked quarter is refused with exit 1, as is locking a locked quarter or unlocking one that is not.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from decimal import Decimal
from typing import Any

from salesmgr.cli.quota_plan import cmd_quota_plan
from salesmgr.cli.support import EXIT_REFUSED, UsageError, emit, open_db
from salesmgr.cli.text import Column, error_message, json_money, money, money_text, share, table
from salesmgr.i18n import translate
from salesmgr.models.errors import UserError
from salesmgr.models.money import D
from salesmgr.models.periods import Period, PeriodKind, parse_quarter

METHODS = ("equal", "share", "seasonal", "ramp")


def add_quotas_parser(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The ``quotas`` command and its actions (``add`` is cli._add: a sub-parser with --json)."""
    quotas = add(commands, "quotas", "the quota plan: a quarter's quotas against won and pipeline; the year's "
                 "plan; set, distribute, copy, target, lock and unlock")
    quotas.add_argument("--period", help="the quarter to show (default: the current fiscal quarter)")
    quotas.add_argument("--threshold", default="3", help="coverage below this is flagged (default 3)")
    actions = quotas.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    plan = add(actions, "plan", "a fiscal year's quota plan with its subtotals, gap, capacity and forecast")
    plan.add_argument("--year", type=int, help="the fiscal year (default: the current one)")
    change = add(actions, "set", "set one rep's quota for a quarter or a month")
    change.add_argument("--rep", required=True, help="the rep, by name or e-mail")
    _period(change, "the quarter (2026Q3) or month (2026-08)")
    change.add_argument("value", metavar="AMOUNT", help="the quota")
    spread = add(actions, "distribute", "split a team's or the company's target of a fiscal year to its reps")
    scope = spread.add_mutually_exclusive_group(required=True)
    scope.add_argument("--team", help="distribute a team's target to its reps")
    scope.add_argument("--company", action="store_true", help="distribute the company's target to every rep "
                       "(and save it as the year's target)")
    spread.add_argument("--year", type=int, required=True, help="the fiscal year")
    spread.add_argument("--amount", required=True, help="the target to distribute")
    spread.add_argument("--method", choices=METHODS, required=True, help="how to distribute")
    spread.add_argument("--ramp", help="the ramp schedule for --method ramp: shares of tenure months 1, 2, ... "
                        "(default 0.25,0.5,0.75,1)")
    spread.add_argument("--dry-run", action="store_true", help="compute and print, write nothing")
    copy = add(actions, "copy", "copy the previous fiscal year's quotas and target, grown by a percentage")
    copy.add_argument("--year", type=int, required=True, help="the fiscal year to fill")
    copy.add_argument("--growth", default="0", help="percent growth (default 0)")
    copy.add_argument("--dry-run", action="store_true", help="compute and print, write nothing")
    target = add(actions, "target", "set the company's annual target of a fiscal year")
    target.add_argument("--year", type=int, required=True, help="the fiscal year")
    target.add_argument("value", metavar="AMOUNT", help="the target")
    lock = add(actions, "lock", "lock (approve) a quarter: its quotas become read-only")
    _period(lock, "the quarter, e.g. 2026Q3")
    unlock = add(actions, "unlock", "unlock a quarter (the reason goes to the audit log)")
    _period(unlock, "the quarter, e.g. 2026Q3")
    unlock.add_argument("--reason", required=True, help="why the quarter is unlocked")


def _period(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--period", required=True, default=argparse.SUPPRESS, help=help_text)


def cmd_quotas(args: argparse.Namespace) -> int:
    handler = {None: _show, "show": _show, "plan": cmd_quota_plan, "set": _set, "distribute": _distribute,
               "copy": _copy, "target": _target, "lock": _lock, "unlock": _lock}[args.action]
    return handler(args)


def _amount(text: str, what: str) -> Decimal:
    try:
        value = D(text.replace(",", ""))
    except UserError:
        value = Decimal("NaN")
    if not value.is_finite():
        raise UsageError(translate("Cli", "{value} is not a number; write the {what} like 250000").format(
            value=text, what=what))
    return value


def _refused(exc: BaseException) -> int:
    print(f"salesmgr: {error_message(exc)}", file=sys.stderr)
    return EXIT_REFUSED


def _in_fiscal_year(session: Any, period: Period) -> Period:
    """``period`` with the database's fiscal start (the key is the same; the dates follow the setting)."""
    from salesmgr.models.settings import fiscal_start

    return Period(period.kind, period.year, period.number, fiscal_start(session))


def _write(args: argparse.Namespace, work: Any) -> Any:
    """Run ``work(session)`` in one transaction; a refusal of the plan's rules is returned, not raised."""
    from salesmgr.models.goals.locks import QuotaPlanError

    db = open_db(args, write=True)
    try:
        with db.session() as session:
            return work(session)
    except QuotaPlanError as exc:
        return exc
    finally:
        db.close()


def _show(args: argparse.Namespace) -> int:
    from salesmgr.models import clock
    from salesmgr.models.goals.capacity import last_closed_quarters
    from salesmgr.models.settings import fiscal_start

    period = parse_quarter(args.period) if args.period else None
    threshold = _amount(args.threshold, "threshold")
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            quarter = (_in_fiscal_year(session, period) if period
                       else Period.quarter_of(clock.today(), fiscal_start(session)))
            payload = quarter_json(session, quarter, threshold, last_closed_quarters(session))
    finally:
        db.close()
    return emit(args, payload, _show_text(payload))


def quarter_json(session: Any, period: Period, threshold: Decimal, history: list[Period]) -> dict[str, Any]:
    """The quarter's rows: each team's reps then the team, the reps on no team, then the company."""
    from salesmgr.models.goals.capacity import coverage
    from salesmgr.models.goals.plan import load_plan

    grid = load_plan(session, period.year)
    rows = []
    for team in grid.teams:
        for rep in team.reps:
            if rep.active or (rep.rep_id, period.key) in grid.quotas:
                rows.append(_row(coverage(session, period, rep_id=rep.rep_id, threshold=threshold,
                                          history=history), rep.name, team.name))
        if team.team_id is not None and team.name is not None:
            rows.append(_row(coverage(session, period, team_id=team.team_id, threshold=threshold,
                                      history=history), team.name, team.name))
    rows.append(_row(coverage(session, period, threshold=threshold, history=history),
                     translate("Cli", "company"), None))
    return {"period": period.key, "currency": grid.currency, "locked": period.key in grid.locked, "rows": rows}



def _row(figures: Any, owner: str, team: str | None) -> dict[str, Any]:
    return {"owner": owner, "owner_type": figures.owner_type, "team": team, "quota": json_money(figures.quota),
            "won": json_money(figures.won), "attainment": figures.attainment, "pace": figures.pace,
            "band": figures.band, "coverage": figures.coverage,
            "open_pipeline": json_money(figures.open_pipeline), "flagged": figures.flagged,
            "pipeline_needed": json_money(figures.pipeline_needed), "reasons": dict(figures.reasons)}


def _show_text(payload: dict[str, Any]) -> str:
    state = translate("Cli", "locked") if payload["locked"] else translate("Cli", "open")
    heading = translate("Cli", "quotas {period} ({state}), amounts in {currency}").format(
        period=payload["period"], state=state, currency=payload["currency"])
    columns = [Column(translate("Cli", "owner"), limit=24), Column(translate("Cli", "quota"), right=True),
               Column(translate("Cli", "won"), right=True), Column(translate("Cli", "attainment"), right=True),
               Column(translate("Cli", "pace"), right=True), Column(translate("Cli", "coverage"), right=True)]
    rows = [[row["owner"], money_text(row["quota"]), money_text(row["won"]), share(row["attainment"]),
             share(row["pace"]), _coverage(row)] for row in payload["rows"]]
    return "\n".join([heading, *table(columns, rows)])



def _coverage(row: dict[str, Any]) -> str:
    if row["coverage"] is None:
        return translate("Cli", "n/a")
    text = f"{row['coverage']:.1f}x"
    return text + " !" if row["flagged"] else text


def _set(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.plan import QuotaChange, save_quotas
    from salesmgr.models.lookup import find_rep

    period = Period.parse(args.period)
    if period.kind is PeriodKind.YEAR:
        raise UsageError(translate("Cli", "a quota is for a quarter (2026Q3) or a month (2026-08), not a year"))
    amount = _amount(args.value, "quota")

    def work(session: Any) -> dict[str, Any]:
        rep_id = find_rep(session, args.rep)
        save_quotas(session, [QuotaChange(rep_id, period.key, amount)], getpass.getuser())
        return {"rep": args.rep, "rep_id": rep_id, "period": period.key, "quota": str(amount)}
    done = _write(args, work)
    if isinstance(done, Exception):
        return _refused(done)
    return emit(args, done, translate("Cli", "quota of {rep} for {period} set to {amount}").format(
        rep=args.rep, period=period.key, amount=money(amount)))


def _schedule(text: str | None) -> tuple[Decimal, ...] | None:
    if text is None:
        return None
    return tuple(_amount(part.strip(), "ramp share") for part in text.split(",") if part.strip())


def _distribute(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.allocate import distribute_plan
    from salesmgr.models.goals.distribute import DEFAULT_RAMP
    from salesmgr.models.lookup import find_team

    amount = _amount(args.amount, "amount")
    schedule = _schedule(args.ramp) or DEFAULT_RAMP

    def work(session: Any) -> dict[str, Any]:
        team_id = find_team(session, args.team) if args.team else None
        result = distribute_plan(session, args.year, amount, args.method, getpass.getuser(), team_id=team_id,
                                 dry_run=args.dry_run, schedule=schedule)
        return _distribution_json(session, result, args.dry_run)
    return _emit_distribution(args, work)


def _copy(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.allocate import copy_year

    growth = _amount(args.growth, "growth")

    def work(session: Any) -> dict[str, Any]:
        result = copy_year(session, args.year, growth, getpass.getuser(), dry_run=args.dry_run)
        return _distribution_json(session, result, args.dry_run)
    return _emit_distribution(args, work)


def _emit_distribution(args: argparse.Namespace, work: Any) -> int:
    done = _write(args, work)
    if isinstance(done, Exception):
        return _refused(done)
    columns = [Column(translate("Cli", "rep"), limit=24), Column(translate("Cli", "period")),
               Column(translate("Cli", "quota"), right=True)]
    lines = table(columns, [[row["rep"], row["period"], money_text(row["quota"])] for row in done["rows"]])
    footer = [translate("Cli", "target: {amount}").format(amount=money_text(done["target"]))]
    if Decimal(done["rounding"]):
        footer.append(translate("Cli", "rounding: {amount} (cents given to the largest remainders)").format(
            amount=money_text(done["rounding"])))
    if done["reason"]:
        footer.append(_reason_text(done["reason"]))
    if done["dry_run"]:
        footer.append(translate("Cli", "dry run: nothing was written"))
    return emit(args, done, "\n".join([*lines, *footer]))


def _reason_text(reason: str) -> str:
    """Why a distribution fell back to an equal split, in the user's language."""
    from salesmgr.models.goals.distribute import NO_SEASON_HISTORY, NO_WON_HISTORY

    known = {NO_WON_HISTORY: translate("Cli", "nobody in the scope won anything last fiscal year; split equally "
                                       "instead"),
             NO_SEASON_HISTORY: translate("Cli", "no won revenue in the last two fiscal years; split equally over "
                                          "the quarters instead")}
    return known.get(reason, reason)


def _distribution_json(session: Any, result: Any, dry_run: bool) -> dict[str, Any]:
    from sqlalchemy import select

    from salesmgr.models.org import Rep

    names = dict(session.execute(select(Rep.id, Rep.name)).all())
    return {"target": str(result.target), "method": result.method,
            "rows": [{"rep": names.get(cell.rep_id), "period": cell.period, "quota": str(cell.quota)}
                     for cell in result.cells],
            "rounding": str(result.rounding), "reason": result.reason, "dry_run": dry_run}


def _target(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.plan import set_target

    amount = _amount(args.value, "target")
    done = _write(args, lambda session: set_target(session, args.year, amount, getpass.getuser()))
    if isinstance(done, Exception):
        return _refused(done)
    return emit(args, {"year": args.year, "target": str(amount)},
                translate("Cli", "target of fiscal {year} set to {amount}").format(year=args.year,
                                                                                   amount=money(amount)))


def _lock(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.locks import lock_quarter, unlock_quarter

    unlock = args.action == "unlock"
    if unlock and not (args.reason or "").strip():
        raise UsageError(translate("Cli", "unlock needs --reason TEXT saying why"))
    period = parse_quarter(args.period)
    actor = getpass.getuser()

    def work(session: Any) -> None:
        quarter = _in_fiscal_year(session, period)
        if unlock:
            unlock_quarter(session, quarter, args.reason, actor)
        else:
            lock_quarter(session, quarter, actor)
    done = _write(args, work)
    if isinstance(done, Exception):
        return _refused(done)
    text = (translate("Cli", "{period} unlocked by {actor}") if unlock
            else translate("Cli", "{period} locked by {actor}"))
    return emit(args, {"period": period.key, "locked": not unlock, "by": actor},
                text.format(period=period.key, actor=actor))
