"""`salesmgr health`: customer health scores, the churn watch, churn and retention per period, the health model.

    salesmgr health [--band B] [--team T | --rep R] [--json]   every customer's score, band and breakdown, and
                                                   how many are in each band (the band filters the list only)
    salesmgr health watch [--days 90] [--json]     at-risk customers renewing within the days, soonest first
    salesmgr health retention [--periods 4] [--kind quarter|month|year] [--team T | --rep R] [--json]
                                                   cohort, churned, churn and retention rate per period
    salesmgr health model [--json]                 the weights and band limits in use
    salesmgr health model set FILE.json            save a model (the shape 'health model --json' prints)
    salesmgr health model reset                    back to the default model

JSON: ``health`` prints ``{"accounts": [{"account", "score", "band", "parts": {key: {"label", "weight",
"value", "points"}}}], "distribution": {"healthy", "watch", "at_risk"}}``: a missing input has ``value`` and
``points`` null, an account without a score ``score`` and ``band`` null. Rates are decimal strings to 4 places.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from salesmgr.cli.customers_text import health_lines, model_lines, retention_lines, watch_lines
from salesmgr.cli.support import UsageError, emit, owner_ids, session_of
from salesmgr.i18n import translate

BANDS = ("healthy", "watch", "at_risk")


def add_health_parser(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    health = add(commands, "health", "customer health: every customer's score (0-100), band and breakdown, "
                 "the churn watch, churn and retention per period, and the health model")
    health.add_argument("--band", type=str.lower, choices=BANDS, help="list only the customers in this band")
    _owner_options(health)
    actions = health.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    watch = add(actions, "watch", "at-risk customers whose renewal falls within --days (default 90)")
    watch.add_argument("--days", type=int, default=90, help="how many days ahead (default 90)")
    rates = add(actions, "retention", "cohort, churned customers, churn and retention rate per period")
    rates.add_argument("--periods", type=int, default=4, help="how many periods up to the current one (default 4)")
    rates.add_argument("--kind", type=str.lower, choices=("quarter", "month", "year"), default="quarter",
                       help="fiscal quarters (default), calendar months or fiscal years")
    _owner_options(rates)
    model = add(actions, "model", "the health model: a weight per input and the band limits; 'model set "
                "FILE.json' saves one, 'model reset' goes back to the default")
    model_actions = model.add_subparsers(dest="model_action", metavar="ACTION", parser_class=parser_class)
    saving = add(model_actions, "set", "save the model in FILE.json (the shape 'health model --json' prints)")
    saving.add_argument("file", type=Path, help="the model as JSON")
    add(model_actions, "reset", "go back to the default model")


def _owner_options(parser: argparse.ArgumentParser) -> None:
    owners = parser.add_mutually_exclusive_group()
    owners.add_argument("--team", help="only the customers owned by this team's reps")
    owners.add_argument("--rep", help="only this rep's customers (name or e-mail)")


def cmd_health(args: argparse.Namespace) -> int:
    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: _scores, "watch": _watch, "retention": _retention, "model": _model}
    return handlers[args.action](args)


def health_json(health: Any) -> dict[str, Any]:
    """One account as ``health --json`` prints it."""
    return {"account": health.account, "score": health.score, "band": health.band,
            "parts": {part.key: {"label": part.label, "weight": part.weight, "value": part.value,
                                 "points": None if part.points is None else float(part.points)}
                      for part in health.parts}}


def _scores(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.health import distribution, score_accounts
    from salesmgr.models.customers.retention import customers_on
    from salesmgr.models.clock import today

    with session_of(args, write=False) as session:
        team_id, rep_id = owner_ids(session, args)
        scope = None if team_id is None and rep_id is None else customers_on(session, today(), team_id=team_id,
                                                                              rep_id=rep_id)
        healths = score_accounts(session, account_ids=scope)
    counts = distribution(healths)
    listed = [health for health in healths if args.band is None or health.band == args.band]
    payload = {"accounts": [health_json(health) for health in listed],
               "distribution": {band: counts[band] for band in BANDS}}
    return emit(args, payload, "\n".join(health_lines(listed, counts)))


def _watch(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.health import churn_watch

    if not 0 <= args.days <= 3660:
        raise UsageError(translate("Cli", "--days must be between 0 and 3660, not {days}").format(days=args.days))
    with session_of(args, write=False) as session:
        watched = churn_watch(session, days=args.days)
    payload = {"days": args.days, "accounts": [
        {**health_json(health), "owner": health.owner, "renewal_date": health.renewal_date.isoformat()
         if health.renewal_date else None} for health in watched]}
    return emit(args, payload, "\n".join(watch_lines(watched, args.days)))


def _rate(value: Any) -> str | None:
    return None if value is None else f"{value:.4f}"


def _retention(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.retention_periods import recent_periods, retention_series

    with session_of(args, write=False) as session:
        team_id, rep_id = owner_ids(session, args)
        series = retention_series(session, recent_periods(session, args.periods, args.kind), team_id=team_id,
                                  rep_id=rep_id)
    periods = [{"period": item.period, "cohort": item.cohort, "churned": item.churned,
                "churn_rate": _rate(item.churn_rate), "retention_rate": _rate(item.retention_rate)}
               for item in series]
    return emit(args, {"periods": periods}, "\n".join(retention_lines(series)))


def _model(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.health_model import load_model, model_from_json, reset_model, save_model

    if args.model_action == "set":
        model = model_from_json(_read_json(args.file))  # checked before the database opens
        with session_of(args, write=True) as session:
            save_model(session, model)
    elif args.model_action == "reset":
        with session_of(args, write=True) as session:
            model = reset_model(session)
    else:
        with session_of(args, write=False) as session:
            model = load_model(session)
    return emit(args, model.as_json(), "\n".join(model_lines(model)))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise UsageError(translate("Cli", "cannot read {file}; check the path").format(file=path)) from None
    except ValueError as exc:
        raise UsageError(translate("Cli", "{file} is not valid JSON ({error}); save the model as 'health model "
                                   "--json' prints it").format(file=path, error=exc)) from None
