"""`salesmgr goals`: SMART goals with their actual, progress and status; adding one; the templates; actuals.

    salesmgr goals [--period 2026Q3] [--json]                       the period's goals (default: this quarter)
    salesmgr goals add --template KEY --period P [--owner-team NAME|--owner-rep NAME] [--baseline B] [--target T]
    salesmgr goals add --dimension D --metric M --baseline B --target T --period P [--direction higher|lower]
                       [--param NAME=VALUE ...] [--note TEXT]
    salesmgr goals templates [--json]
    salesmgr goals actual --goal ID --value V [--date YYYY-MM-DD]   a manual metric's actual
    salesmgr goals delete --goal ID

Baselines, targets and actuals are decimals in the metric's unit; a share may be written 25% or 0.25. In JSON
they are decimal strings (shares and ratios to 4 places, the rest to 2), ``progress`` a number to 4 places,
``actual``/``progress`` null with a ``reason`` when the metric has no data in the period.
"""
from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from salesmgr.cli.support import PeriodOption, UsageError, emit, open_db, period_option
from salesmgr.cli.text import Column, not_available, table
from salesmgr.i18n import translate
from salesmgr.models import clock
from salesmgr.models.periods import Period

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ACTIONS = ("show", "add", "templates", "actual", "delete")
PERCENT_UNITS = ("share", "ratio")


def add_goals_parser(commands: Any, add: Any) -> None:
    goals = add(commands, "goals", "SMART goals: show the period's goals with their status, add one (from a "
                "template or with every field), list the templates, enter a manual actual")
    goals.add_argument("action", nargs="?", default="show", choices=ACTIONS,
                       help="show (default), add, templates, actual or delete")
    goals.add_argument("--period", help="2026Q3, 2026-09 or 2026 (default: the current fiscal quarter)")
    goals.add_argument("--template", help="add: a template key (see 'salesmgr goals templates')")
    owner = goals.add_mutually_exclusive_group()
    owner.add_argument("--owner-team", help="add: the team the goal is for (default: the company)")
    owner.add_argument("--owner-rep", help="add: the rep the goal is for (name or e-mail)")
    goals.add_argument("--dimension", choices=["financial", "customer", "operations", "team"])
    goals.add_argument("--metric", help="add: a catalogue metric key (see 'salesmgr goals templates')")
    goals.add_argument("--baseline", help="add: where the metric starts, e.g. 90 or 15%%")
    goals.add_argument("--target", help="add: where it should be by the period's end")
    goals.add_argument("--direction", choices=["higher", "lower"], help="add: which way is better (default: the "
                       "metric's usual)")
    goals.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                       help="add: a metric parameter, e.g. products=Platform,Cloud or from_stage=lead_identified")
    goals.add_argument("--note", help="add: a note")
    goals.add_argument("--goal", type=int, help="actual, delete: the goal's id")
    goals.add_argument("--value", help="actual: the value")
    goals.add_argument("--date", help="actual: the day it was measured (default: today)")


def cmd_goals(args: argparse.Namespace) -> int:
    if args.action == "templates":
        return _templates(args)
    if args.action in ("actual", "delete") and args.goal is None:
        raise UsageError(translate("Cli", "{action} needs --goal ID").format(action=args.action))
    if args.action == "actual":
        return _actual(args)
    if args.action == "delete":
        return _delete(args)
    period = period_option(args.period, current_by_default=True)  # quarters follow the database's fiscal start
    if period.all_dates:
        raise UsageError(translate("Cli", "goals are set for a quarter, month or year, not for all dates"))
    return _add(args, period) if args.action == "add" else _show(args, period)


def decimal_option(text: str | None, name: str) -> Decimal | None:
    """``25%`` -> 0.25, ``90`` -> 90; anything else is refused."""
    if text is None:
        return None
    cleaned = text.strip().replace(",", "")
    try:
        return Decimal(cleaned[:-1]) / 100 if cleaned.endswith("%") else Decimal(cleaned)
    except InvalidOperation:
        raise UsageError(translate("Cli", "{option} must be a number such as 90 or 15%, not {text}").format(
            option=name, text=text)) from None


def _parameters(items: list[str]) -> dict[str, str]:
    found = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(translate("Cli", "--param takes NAME=VALUE, not {text}").format(text=item))
        found[name.strip()] = value.strip()
    return found


def _owner(session: Any, args: argparse.Namespace) -> Any:
    from salesmgr.models.goals.goals import Owner
    from salesmgr.models.lookup import find_rep, find_team

    return Owner(find_team(session, args.owner_team) if args.owner_team else None,
                 find_rep(session, args.owner_rep) if args.owner_rep else None)


def _add(args: argparse.Namespace, option: PeriodOption) -> int:
    from salesmgr.models.goals.goals import GoalSpec, add_goal
    from salesmgr.models.goals.templates import add_from_template

    baseline, target = decimal_option(args.baseline, "--baseline"), decimal_option(args.target, "--target")
    parameters = _parameters(args.param)
    if not args.template and (not args.dimension or not args.metric or baseline is None or target is None):
        raise UsageError(translate("Cli", "goals add needs --template KEY, or --dimension, --metric, --baseline "
                                   "and --target"))
    db = open_db(args, write=True)
    try:
        with db.session() as session:
            period = _resolved(session, option)
            owner = _owner(session, args)
            if args.template:
                goal_id = add_from_template(session, args.template, period, owner, baseline=baseline,
                                            target=target, parameters=parameters or None, note=args.note)
            else:
                assert baseline is not None and target is not None
                goal_id = add_goal(session, GoalSpec(args.dimension, args.metric, period, baseline, target, owner,
                                                     args.direction, dict(parameters), args.note))
    finally:
        db.close()
    return emit(args, {"id": goal_id, "period": period.key},
                translate("Cli", "goal {id} added for {period}").format(id=goal_id, period=period.key))


def _resolved(session: Session, option: PeriodOption) -> Period:
    period = option.resolve(session)
    assert period is not None  # all dates were refused before the database opened
    return period


def _actual(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.goals import record_actual

    value = decimal_option(args.value, "--value")
    if value is None:
        raise UsageError(translate("Cli", "actual needs --value"))
    try:
        day = date.fromisoformat(args.date) if args.date else clock.today()
    except ValueError:
        raise UsageError(translate("Cli", "--date must be YYYY-MM-DD, not {text}").format(text=args.date)) from None
    db = open_db(args, write=True)
    try:
        with db.session() as session:
            record_actual(session, args.goal, value, day)
    finally:
        db.close()
    return emit(args, {"goal": args.goal, "value": str(value), "date": day.isoformat()},
                translate("Cli", "actual of goal {id} recorded").format(id=args.goal))


def _delete(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.goals import delete_goal

    db = open_db(args, write=True)
    try:
        with db.session() as session:
            delete_goal(session, args.goal)
    finally:
        db.close()
    return emit(args, {"deleted": args.goal}, translate("Cli", "goal {id} deleted").format(id=args.goal))


def format_value(value: Decimal | None, unit: str) -> str | None:
    """A decimal string: shares and ratios to 4 places, the rest to 2; None stays None."""
    if value is None:
        return None
    return f"{value:.4f}" if unit in PERCENT_UNITS else f"{value:.2f}"


def goal_json(goal: Any) -> dict[str, Any]:
    from salesmgr.models.goals.catalogue import metric_def

    unit = metric_def(goal.metric).unit
    return {"id": goal.id, "dimension": goal.dimension, "metric": goal.metric,
            "owner": goal.owner if goal.owner is not None else "company",
            "baseline": format_value(goal.baseline, unit), "target": format_value(goal.target, unit),
            "actual": format_value(goal.actual, unit),
            "progress": None if goal.progress is None else round(float(goal.progress), 4),
            "status": goal.status.value, "reason": goal.reason}


def _show(args: argparse.Namespace, option: PeriodOption) -> int:
    from salesmgr.models.goals.status import goal_statuses

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            period = _resolved(session, option)
            goals = goal_statuses(session, period)
    finally:
        db.close()
    payload = {"period": period.key, "goals": [goal_json(goal) for goal in goals]}
    return emit(args, payload, _text(period, goals))


def _shown(value: Decimal | None, unit: str) -> str:
    if value is None:
        return not_available()
    return f"{value:.1%}" if unit in PERCENT_UNITS else f"{value:,.2f}".rstrip("0").rstrip(".")


def _text(period: Period, goals: list[Any]) -> str:
    from salesmgr.models.goals.catalogue import metric_def
    from salesmgr.models.goals.goals import dimension_label
    from salesmgr.models.goals.status import status_label

    heading = translate("Cli", "goals {period}").format(period=period.key)
    if not goals:
        return heading + "\n" + translate("Cli", "no goals for this period; add one with 'salesmgr goals add'")
    columns = [Column("id", right=True), Column(translate("Cli", "dimension")), Column(translate("Cli", "metric")),
               Column(translate("Cli", "owner"), limit=20), Column(translate("Cli", "baseline"), right=True),
               Column(translate("Cli", "target"), right=True), Column(translate("Cli", "actual"), right=True),
               Column(translate("Cli", "progress"), right=True), Column(translate("Cli", "status"), limit=60)]
    rows = []
    for goal in goals:
        metric = metric_def(goal.metric)
        state = status_label(goal.status)
        if goal.reason:
            state = f"{state} ({translate('Goals', goal.reason)})"
        rows.append([str(goal.id), dimension_label(goal.dimension), metric.label(),
                     goal.owner or translate("Cli", "company"), _shown(goal.baseline, metric.unit),
                     _shown(goal.target, metric.unit), _shown(goal.actual, metric.unit),
                     not_available() if goal.progress is None else f"{goal.progress:.0%}", state])
    return "\n".join([heading, *table(columns, rows)])


def _templates(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.catalogue import METRICS
    from salesmgr.models.goals.goals import dimension_label
    from salesmgr.models.goals.templates import TEMPLATES

    payload: dict[str, Any]
    payload = {"templates": [{"key": t.key, "name": t.label(), "dimension": t.dimension, "metric": t.metric,
                              "baseline": None if t.baseline is None else str(t.baseline),
                              "target": None if t.target is None else str(t.target),
                              "target_change": None if t.change is None else str(t.change),
                              "direction": t.direction, "parameters": t.parameters} for t in TEMPLATES.values()],
               "metrics": [{"key": m.key, "name": m.label(), "unit": m.unit, "direction": m.direction,
                            "manual": m.manual, "parameters": list(m.parameters)} for m in METRICS.values()]}
    columns = [Column(translate("Cli", "template")), Column(translate("Cli", "dimension")),
               Column(translate("Cli", "name"), limit=60)]
    rows = [[t["key"], dimension_label(t["dimension"]), t["name"]]
            for t in payload["templates"]]
    metric_rows = [[m["key"], m["unit"], m["name"]] for m in payload["metrics"]]
    metric_columns = [Column(translate("Cli", "metric")), Column(translate("Cli", "unit")),
                      Column(translate("Cli", "name"), limit=60)]
    return emit(args, payload, "\n".join([*table(columns, rows), "", *table(metric_columns, metric_rows)]))

