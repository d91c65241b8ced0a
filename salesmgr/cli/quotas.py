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

``quotas plan`` prints what the GUI's Quota plan tab shows of a fiscal year (default: the current one), the
chosen quarter's coverage table aside (that is ``salesmgr quotas --period``): the grid (``plan.load_plan``: each
team's reps with their quarter and month quotas, ``year`` the sum of their quarter quotas, and the team's
``subtotals`` of each quarter, the year and each month some rep of the team has a month row for; ``totals`` the
same for the company; ``month_mismatch`` the quarters whose months do not add up to the quarter), the target,
``total`` (the sum of the quarter quotas) and ``gap`` = target - total; ``capacity`` (``capacity_report``: its
``gap`` is target - capacity); ``forecast``: for each fiscal quarter quota, won so far, the weighted forecast of
the open deals expected to close in it, ``landing`` = won + weighted and ``landing_attainment`` = landing /
quota, then the months with open deals (``capacity.forecast_view``); and ``accuracy``, the forecast accuracy of
the last 4 closed quarters. A figure that cannot be computed is null with its reason under ``reasons``.

A change to a locked quarter is refused with exit 1, as is locking a locked quarter or unlocking one that is not.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from decimal import Decimal
from typing import Any

from salesmgr.cli.support import EXIT_REFUSED, UsageError, emit, open_db
from salesmgr.cli.text import Column, error_message, money, share, table
from salesmgr.i18n import translate
from salesmgr.models.errors import UserError
from salesmgr.models.money import D
from salesmgr.models.periods import Period, PeriodKind, parse_quarter

METHODS = ("equal", "share", "seasonal", "ramp")
FIRST_YEAR, LAST_YEAR = 1900, 9998  # the fiscal years ``quotas plan`` accepts


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
    handler = {None: _show, "show": _show, "plan": _plan, "set": _set, "distribute": _distribute, "copy": _copy,
               "target": _target, "lock": _lock, "unlock": _lock}[args.action]
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


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _row(figures: Any, owner: str, team: str | None) -> dict[str, Any]:
    return {"owner": owner, "owner_type": figures.owner_type, "team": team, "quota": _money(figures.quota),
            "won": _money(figures.won), "attainment": figures.attainment, "pace": figures.pace,
            "band": figures.band, "coverage": figures.coverage,
            "open_pipeline": _money(figures.open_pipeline), "flagged": figures.flagged,
            "pipeline_needed": _money(figures.pipeline_needed), "reasons": dict(figures.reasons)}


def _show_text(payload: dict[str, Any]) -> str:
    state = translate("Cli", "locked") if payload["locked"] else translate("Cli", "open")
    heading = translate("Cli", "quotas {period} ({state}), amounts in {currency}").format(
        period=payload["period"], state=state, currency=payload["currency"])
    columns = [Column(translate("Cli", "owner"), limit=24), Column(translate("Cli", "quota"), right=True),
               Column(translate("Cli", "won"), right=True), Column(translate("Cli", "attainment"), right=True),
               Column(translate("Cli", "pace"), right=True), Column(translate("Cli", "coverage"), right=True)]
    rows = [[row["owner"], _text_money(row["quota"]), _text_money(row["won"]), share(row["attainment"]),
             share(row["pace"]), _coverage(row)] for row in payload["rows"]]
    return "\n".join([heading, *table(columns, rows)])


def _text_money(value: str | None) -> str:
    return money(None if value is None else Decimal(value))


def _coverage(row: dict[str, Any]) -> str:
    if row["coverage"] is None:
        return translate("Cli", "n/a")
    text = f"{row['coverage']:.1f}x"
    return text + " !" if row["flagged"] else text


def _plan(args: argparse.Namespace) -> int:
    from salesmgr.models import clock
    from salesmgr.models.settings import fiscal_start

    if args.year is not None and not FIRST_YEAR <= args.year <= LAST_YEAR:
        raise UsageError(translate("Cli", "{year} is not a fiscal year; give one like 2027").format(year=args.year))
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            year = args.year or Period.quarter_of(clock.today(), fiscal_start(session)).year
            payload = plan_json(session, year)
    finally:
        db.close()
    return emit(args, payload, _plan_text(payload))


def plan_json(session: Any, fiscal_year: int) -> dict[str, Any]:
    """The fiscal year's plan, capacity, forecast and accuracy (the module's docstring)."""
    from salesmgr.models.goals.capacity import NO_TARGET, capacity_report, forecast_view
    from salesmgr.models.goals.plan import load_plan

    grid = load_plan(session, fiscal_year)
    report = capacity_report(session, fiscal_year, grid=grid)
    view = forecast_view(session, fiscal_year)
    months = [m.key for q in grid.quarters for m in q.months()]
    teams = [_team_json(grid, team, months) for team in grid.teams]
    return {"fiscal_year": fiscal_year, "fiscal_start": grid.fiscal_start, "currency": grid.currency,
            "target": _money(grid.target), "total": _cents(grid.total, grid.currency), "gap": _money(grid.gap),
            "totals": _sums(grid, [rep.rep_id for team in grid.teams for rep in team.reps], None, months),
            "locked": sorted(grid.locked), "teams": teams,
            "reasons": {} if grid.target is not None else {"target": NO_TARGET, "gap": NO_TARGET},
            "capacity": {"capacity": _money(report.capacity), "target": _money(report.target),
                         "gap": _money(report.gap), "more_reps": report.more_reps, "reasons": dict(report.reasons)},
            "forecast": {"quarters": [_outlook_json(row) for row in view.outlook],
                         "months": [{"period": row.period, "open_count": row.open_count, "amount": str(row.amount),
                                     "weighted": str(row.weighted)} for row in view.months]},
            "accuracy": [_accuracy_json(past) for past in view.accuracy]}


def _sums(grid: Any, rep_ids: list[int], team_id: Any, months: list[str]) -> dict[str, str]:
    """A team's (``team_id``) or the company's (None) sums: quarters, the year, and months some rep has a row for."""
    keys = [*(q.key for q in grid.quarters), grid.year_key]
    sums = {key: (grid.team_totals[team_id, key] if team_id is not None else grid.company_totals[key])
            for key in keys}
    for month in months:
        found = [grid.quotas[rep, month] for rep in rep_ids if (rep, month) in grid.quotas]
        if found:
            sums[month] = sum(found, Decimal(0))
    return {key: _cents(amount, grid.currency) for key, amount in sums.items()}


def _cents(amount: Decimal, currency: str) -> str:
    """A sum written with the currency's places (``0.00``, not ``0``)."""
    from salesmgr.models.money import quantize

    return str(quantize(amount, currency))


def _team_json(grid: Any, team: Any, months: list[str]) -> dict[str, Any]:
    keys = [*(q.key for q in grid.quarters), *months]
    mismatch = set(grid.month_mismatch)
    reps = [{"rep": rep.name, "active": rep.active,
             "quotas": {key: str(grid.quotas[rep.rep_id, key]) for key in keys if (rep.rep_id, key) in grid.quotas},
             "year": _cents(sum((grid.quotas.get((rep.rep_id, q.key), Decimal(0)) for q in grid.quarters),
                                Decimal(0)), grid.currency),
             "month_mismatch": [q.key for q in grid.quarters if (rep.rep_id, q.key) in mismatch]}
            for rep in team.reps]
    subtotals = _sums(grid, [rep.rep_id for rep in team.reps], team.team_id, months)
    return {"team": team.name, "subtotals": subtotals, "reps": reps}


def _outlook_json(row: Any) -> dict[str, Any]:
    return {"period": row.period, "quota": _money(row.quota), "won": str(row.won), "weighted": str(row.weighted),
            "landing": str(row.landing), "landing_attainment": row.landing_attainment, "reasons": dict(row.reasons)}


def _accuracy_json(past: Any) -> dict[str, Any]:
    from salesmgr.models.goals.capacity import NOTHING_WON

    return {"period": past.period.key, "forecast": str(past.forecast), "won": str(past.actual),
            "accuracy": None if past.accuracy is None else round(past.accuracy, 4), "deals": past.deals,
            "unknown": past.unknown,
            "reasons": {} if past.accuracy is not None else {"accuracy": NOTHING_WON}}


def _plan_text(payload: dict[str, Any]) -> str:
    quarters = list(payload["totals"])[:4]
    locked = set(payload["locked"])
    heading = translate("Cli", "quota plan of fiscal {year}, amounts in {currency}").format(
        year=payload["fiscal_year"], currency=payload["currency"])
    columns = [Column(translate("Cli", "team"), limit=24), Column(translate("Cli", "rep"), limit=24),
               *(Column(translate("Cli", "{period} locked").format(period=q) if q in locked else q, right=True)
                 for q in quarters), Column(translate("Cli", "year"), right=True)]
    rows = []
    for team in payload["teams"]:
        name = team["team"] or translate("Cli", "no team")
        rows += [[name, rep["rep"], *(_text_money(rep["quotas"].get(q)) if q in rep["quotas"] else ""
                                      for q in quarters), _text_money(rep["year"])] for rep in team["reps"]]
        rows.append([name, translate("Cli", "subtotal"),
                     *(_text_money(team["subtotals"][key]) for key in [*quarters, str(payload["fiscal_year"])])])
    rows.append([translate("Cli", "company total"), "",
                 *(_text_money(payload["totals"][key]) for key in [*quarters, str(payload["fiscal_year"])])])
    target = (translate("Cli", "not set") if payload["target"] is None else _text_money(payload["target"]))
    line = translate("Cli", "target: {target}; sum of quotas: {total}; gap: {gap}").format(
        target=target, total=_text_money(payload["total"]), gap=_text_money(payload["gap"]))
    return "\n".join([heading, *table(columns, rows), line, _capacity_text(payload["capacity"]), "",
                      *_forecast_text(payload)])


def _plan_reason(reason: str) -> str:
    """A capacity or forecast reason in the user's language."""
    from salesmgr.models.goals import capacity as cap

    known = {cap.NO_HISTORY: translate("Cli", "no quota in the last 4 closed quarters"),
             cap.NO_TARGET: translate("Cli", "no target for the fiscal year"),
             cap.NO_RAMPED_REPS: translate("Cli", "no fully ramped rep to compare with"),
             cap.NO_QUOTA: translate("Cli", "no quota"), cap.QUOTA_ZERO: translate("Cli", "the quota is zero"),
             cap.NOTHING_WON: translate("Cli", "nothing won")}
    return known.get(reason, reason)


def _capacity_text(figures: dict[str, Any]) -> str:
    reasons = figures["reasons"]
    if figures["capacity"] is None:
        return translate("Cli", "capacity: {reason}").format(reason=_plan_reason(reasons.get("capacity", "")))
    capacity = _text_money(figures["capacity"])
    if figures["gap"] is None:
        return translate("Cli", "capacity {capacity}; {reason}").format(
            capacity=capacity, reason=_plan_reason(reasons.get("gap", "")))
    target, gap = _text_money(figures["target"]), Decimal(figures["gap"])
    if gap <= 0:
        return translate("Cli", "capacity {capacity} vs target {target}: covered, {spare} to spare").format(
            capacity=capacity, target=target, spare=money(-gap))
    more = figures["more_reps"]
    if more is None:
        more_text = _plan_reason(reasons.get("more_reps", ""))
    else:
        more_text = (translate("Cli", "about 1 more ramped rep") if more == 1
                     else translate("Cli", "about {n} more ramped reps").format(n=more))
    return translate("Cli", "capacity {capacity} vs target {target}: {gap} short; {more}").format(
        capacity=capacity, target=target, gap=money(gap), more=more_text)


def _forecast_text(payload: dict[str, Any]) -> list[str]:
    """The quarters' outlook with their months, then past quarters' forecast accuracy."""
    columns = [Column(translate("Cli", "period")), Column(translate("Cli", "quota"), right=True),
               Column(translate("Cli", "won"), right=True), Column(translate("Cli", "weighted forecast"), right=True),
               Column(translate("Cli", "landing"), right=True), Column(translate("Cli", "of quota"), right=True)]
    rows = []
    start = payload["fiscal_start"]
    for row in payload["forecast"]["quarters"]:
        share_text = (share(row["landing_attainment"]) if row["landing_attainment"] is not None
                      else _plan_reason(row["reasons"].get("landing_attainment", "")))
        rows.append([row["period"], _text_money(row["quota"]), _text_money(row["won"]),
                     _text_money(row["weighted"]), _text_money(row["landing"]), share_text])
        rows += [["  " + month["period"], "", "", _text_money(month["weighted"]), "", ""]
                 for month in payload["forecast"]["months"]
                 if Period.parse(month["period"], start).quarter().key == row["period"]]
    past = [Column(translate("Cli", "quarter")), Column(translate("Cli", "forecast"), right=True),
            Column(translate("Cli", "won"), right=True), Column(translate("Cli", "forecast accuracy"), right=True)]
    accuracy = [[row["period"], _text_money(row["forecast"]), _text_money(row["won"]),
                 share(row["accuracy"]) if row["accuracy"] is not None else _plan_reason(row["reasons"]["accuracy"])]
                for row in payload["accuracy"]]
    return [*table(columns, rows), "", *table(past, accuracy)]


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
    lines = table(columns, [[row["rep"], row["period"], _text_money(row["quota"])] for row in done["rows"]])
    footer = [translate("Cli", "target: {amount}").format(amount=_text_money(done["target"]))]
    if Decimal(done["rounding"]):
        footer.append(translate("Cli", "rounding: {amount} (cents given to the largest remainders)").format(
            amount=_text_money(done["rounding"])))
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
