"""`salesmgr ltv`, `salesmgr costs`, `salesmgr journey`: customer value and acquisition cost, the cost entries
behind CAC, and the customer journey.

    salesmgr ltv [--period 2026Q3] [--json]     LTV, CAC and LTV/CAC: company, per team, per lead source
    salesmgr costs [list] [--period P] [--json] the cost entries (inside the period when given)
    salesmgr costs add --period P --amount N [--currency C] [--team NAME] [--source TEXT] [--note TEXT]
    salesmgr journey [--json]                   the journey map with accounts now, days spent and lost per stage

Definitions are ``models.customers.value``, ``costs``, ``journey`` and ``journey_figures``'. ``ltv`` covers the
last complete fiscal quarter unless --period says otherwise. Money is a string in the base currency, rates
(churn) a number from 0 to 1, and a figure that cannot be computed is null with its ``*_reason``.
"""
from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import Any

from salesmgr.cli.support import UsageError, emit, period_option, session_of
from salesmgr.cli.text import json_money
from salesmgr.i18n import translate
from salesmgr.models import clock

CONTEXT = "Customers"


def add_value_parsers(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    ltv = add(commands, "ltv", "customer lifetime value, acquisition cost and LTV/CAC for the company, each team "
              "and each lead source")
    ltv.add_argument("--period", help="2026Q3, 2026-09 or 2026 (default: the last complete fiscal quarter)")
    costs = add(commands, "costs", "the sales-and-marketing cost entries that CAC divides by new customers")
    costs.add_argument("--period", help="only the entries inside this period")
    actions = costs.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    listing = add(actions, "list", "the cost entries (the default)")
    listing.add_argument("--period", dest="list_period", help="only the entries inside this period")
    new = add(actions, "add", "add a cost entry for a period: the company's, a team's and/or a lead source's")
    new.add_argument("--period", dest="cost_period", required=True, help="2026Q3, 2026-09 or 2026")
    new.add_argument("--amount", required=True, help="the amount, e.g. 120000 or 120000.50")
    new.add_argument("--currency", help="ISO code (default: the base currency)")
    new.add_argument("--team", help="the team whose spend it is (default: the company's)")
    new.add_argument("--source", help="the lead source it was spent on")
    new.add_argument("--note", help="a note")
    add(commands, "journey", "the customer journey: stages with touchpoints, departments and hand-over "
        "requirements; accounts in each stage now, days spent there and where they are lost")


def cmd_ltv(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.value import value_report
    from salesmgr.models.fiscal import quarter_of

    option = period_option(args.period, current_by_default=True)
    with session_of(args, write=False) as session:
        period = option.resolve(session) if args.period else quarter_of(session, clock.today()).shifted(-1)
        assert period is not None
        report = value_report(session, period)
    payload = {"period": report.period.key, "currency": report.base, "left_out_currencies": report.left_out,
               "uncounted_cost_periods": report.uncounted, "company": _value_json(report.company),
               "teams": [_value_json(v) for v in report.teams],
               "lead_sources": [_value_json(v) for v in report.lead_sources]}
    return emit(args, payload, _ltv_text(payload))


def _number(value: Decimal | None, places: str = "0.01") -> float | None:
    return None if value is None else float(value.quantize(Decimal(places)))


def _reason(text: str | None) -> str | None:
    return None if text is None else translate("Customers", text)


def _value_json(value: Any) -> dict[str, Any]:
    return {"group": value.group, "name": value.name, "customers": value.customers,
            "revenue": json_money(value.revenue), "average_revenue_per_customer": json_money(value.arpc),
            "cohort": value.cohort, "churned": value.churned, "churn_rate": _number(value.churn_rate, "0.0001"),
            "lifetime_periods": _number(value.lifetime_periods), "lifetime_months": _number(value.lifetime_months),
            "ltv": json_money(value.ltv), "ltv_reason": _reason(value.ltv_reason),
            "new_customers": value.new_customers, "own_cost": json_money(value.own_cost),
            "shared_cost": json_money(value.shared_cost), "cac": json_money(value.cac),
            "cac_reason": _reason(value.cac_reason), "ltv_cac": _number(value.ratio),
            "ltv_cac_reason": _reason(value.ratio_reason)}


def _ltv_text(payload: dict[str, Any]) -> str:
    title = translate("Customers", "LTV and CAC, {period} ({currency})").format(**payload)
    lines = [title]
    for heading, rows in ((translate("Customers", "Company"), [payload["company"]]),
                          (translate("Customers", "Teams"), payload["teams"]),
                          (translate("Customers", "Lead sources"), payload["lead_sources"])):
        lines.append(f"\n{heading}")
        for row in rows:
            name = row["name"] or (translate("Customers", "no lead source") if row["group"] == "lead_source" else "")
            lines.append(translate("Customers", "  {name}: LTV {ltv} (ARPC {arpc} x {months} months), CAC {cac} "
                                   "({new} new), LTV/CAC {ratio}").format(
                name=name or heading, ltv=row["ltv"] or row["ltv_reason"],
                arpc=row["average_revenue_per_customer"] or "-", months=row["lifetime_months"] or "-",
                cac=row["cac"] or row["cac_reason"], new=row["new_customers"], ratio=row["ltv_cac"] or "-"))
    if payload["left_out_currencies"]:
        lines.append(translate("Customers", "Left out (no exchange rate): {codes}").format(
            codes=", ".join(payload["left_out_currencies"])))
    if payload["uncounted_cost_periods"]:
        lines.append(translate("Customers", "Cost entries of longer periods not counted: {periods}").format(
            periods=", ".join(payload["uncounted_cost_periods"])))
    return "\n".join(lines)


def cmd_costs(args: argparse.Namespace) -> int:
    return _add_cost(args) if args.action == "add" else _list_costs(args)


def _list_costs(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.costs import list_costs

    text = getattr(args, "list_period", None) or args.period
    option = period_option(text, current_by_default=False)
    with session_of(args, write=False) as session:
        rows = list_costs(session, option.resolve(session))
    entries = [{"id": r.id, "period": r.period, "team": r.team, "lead_source": r.lead_source,
                "amount": json_money(r.amount), "currency": r.currency, "note": r.note} for r in rows]
    lines = [f"{e['id']:>5}  {e['period']:<8} {e['team'] or '-':<24} {e['lead_source'] or '-':<20} "
             f"{e['amount']:>14} {e['currency']}" for e in entries]
    return emit(args, {"costs": entries}, "\n".join(lines) or translate("Customers", "No cost entries."))


def _add_cost(args: argparse.Namespace) -> int:
    from salesmgr.models.currency import base_currency
    from salesmgr.models.customers.costs import CostInput, add_cost
    from salesmgr.models.lookup import find_team
    from salesmgr.models.periods import Period

    Period.parse(args.cost_period)  # a bad period or amount is refused before the database opens
    try:
        amount = Decimal(args.amount.replace(",", "").strip())
    except InvalidOperation:
        raise UsageError(f"{args.amount!r} is not an amount; write digits such as 120000 or 120000.50") from None
    with session_of(args, write=True) as session:
        team_id = find_team(session, args.team) if args.team else None
        cost_id = add_cost(session, CostInput(args.cost_period, amount, args.currency or base_currency(session),
                                              team_id, args.source, args.note))
    return emit(args, {"id": cost_id}, translate("Customers", "Cost entry {id} added.").format(id=cost_id))


def cmd_journey(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.journey import department_label, journey_map
    from salesmgr.models.customers.journey_figures import journey_figures

    with session_of(args, write=False) as session:
        stages = journey_map(session)
        figures = {f.key: f for f in journey_figures(session)}
    rows = [_stage_json(s, figures[s.key]) for s in stages]
    payload = {"today": clock.today().isoformat(), "stages": rows}
    lines = []
    for stage, row in zip(stages, rows, strict=True):
        lines.append(translate("Customers", "{name} ({department}): {now} now, {lost} lost, median {days} days").format(
            name=stage.name, department=department_label(stage.department), now=row["accounts_now"],
            lost=row["lost"], days=row["days_now"]["median"] if row["days_now"]["median"] is not None else "-"))
        lines.extend(f"    - {t.name} ({department_label(t.department)})" for t in stage.touchpoints)
    return emit(args, payload, "\n".join(lines))


def _days_json(days: Any) -> dict[str, Any]:
    return {"median": _number(days.median, "0.1"), "average": _number(days.average, "0.1"), "count": days.count}


def _stage_json(stage: Any, figures: Any) -> dict[str, Any]:
    return {"key": stage.key, "name": stage.name, "department": stage.department, "requirement": stage.requirement,
            "touchpoints": [{"id": t.id, "name": t.name, "department": t.department, "requirement": t.requirement}
                            for t in stage.touchpoints],
            "accounts_now": figures.accounts, "leads_now": figures.leads, "lost": figures.lost,
            "days_now": _days_json(figures.days_now), "days_to_leave": _days_json(figures.days_to_leave)}
