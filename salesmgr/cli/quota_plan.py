"""`salesmgr quotas plan [--year 2027] [--json]`: a fiscal year's quota plan as the Quota plan tab shows it.

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
"""
from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from salesmgr.cli.support import UsageError, emit, session_of
from salesmgr.cli.text import Column, json_money, money, money_text, share, table
from salesmgr.i18n import translate
from salesmgr.models.periods import Period

FIRST_YEAR, LAST_YEAR = 1900, 9998  # the fiscal years ``quotas plan`` accepts




def cmd_quota_plan(args: argparse.Namespace) -> int:
    from salesmgr.models import clock
    from salesmgr.models.settings import fiscal_start

    if args.year is not None and not FIRST_YEAR <= args.year <= LAST_YEAR:
        raise UsageError(translate("Cli", "{year} is not a fiscal year; give one like 2027").format(year=args.year))
    with session_of(args, write=False) as session:
        year = args.year or Period.quarter_of(clock.today(), fiscal_start(session)).year
        payload = plan_json(session, year)
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
            "target": json_money(grid.target), "total": _cents(grid.total, grid.currency), "gap": json_money(grid.gap),
            "totals": _sums(grid, [rep.rep_id for team in grid.teams for rep in team.reps], None, months),
            "locked": sorted(grid.locked), "teams": teams,
            "reasons": {} if grid.target is not None else {"target": NO_TARGET, "gap": NO_TARGET},
            "capacity": {"capacity": json_money(report.capacity), "target": json_money(report.target),
                         "gap": json_money(report.gap), "more_reps": report.more_reps, "reasons": dict(report.reasons)},
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
    return {"period": row.period, "quota": json_money(row.quota), "won": str(row.won), "weighted": str(row.weighted),
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
        rows += [[name, rep["rep"], *(money_text(rep["quotas"].get(q)) if q in rep["quotas"] else ""
                                      for q in quarters), money_text(rep["year"])] for rep in team["reps"]]
        rows.append([name, translate("Cli", "subtotal"),
                     *(money_text(team["subtotals"][key]) for key in [*quarters, str(payload["fiscal_year"])])])
    rows.append([translate("Cli", "company total"), "",
                 *(money_text(payload["totals"][key]) for key in [*quarters, str(payload["fiscal_year"])])])
    target = (translate("Cli", "not set") if payload["target"] is None else money_text(payload["target"]))
    line = translate("Cli", "target: {target}; sum of quotas: {total}; gap: {gap}").format(
        target=target, total=money_text(payload["total"]), gap=money_text(payload["gap"]))
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
    capacity = money_text(figures["capacity"])
    if figures["gap"] is None:
        return translate("Cli", "capacity {capacity}; {reason}").format(
            capacity=capacity, reason=_plan_reason(reasons.get("gap", "")))
    target, gap = money_text(figures["target"]), Decimal(figures["gap"])
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
        rows.append([row["period"], money_text(row["quota"]), money_text(row["won"]),
                     money_text(row["weighted"]), money_text(row["landing"]), share_text])
        rows += [["  " + month["period"], "", "", money_text(month["weighted"]), "", ""]
                 for month in payload["forecast"]["months"]
                 if Period.parse(month["period"], start).quarter().key == row["period"]]
    past = [Column(translate("Cli", "quarter")), Column(translate("Cli", "forecast"), right=True),
            Column(translate("Cli", "won"), right=True), Column(translate("Cli", "forecast accuracy"), right=True)]
    accuracy = [[row["period"], money_text(row["forecast"]), money_text(row["won"]),
                 share(row["accuracy"]) if row["accuracy"] is not None else _plan_reason(row["reasons"]["accuracy"])]
                for row in payload["accuracy"]]
    return [*table(columns, rows), "", *table(past, accuracy)]
