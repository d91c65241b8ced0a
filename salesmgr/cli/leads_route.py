"""`salesmgr leads` routing actions (see ``cli.leads``):

    salesmgr leads route [--method M] [--team NAME] [--dry-run] [--json]   assign the unassigned MQLs to reps
    salesmgr leads routing [--json]                                         the settings and each rep's routing
    salesmgr leads routing set [--method M] [--team NAME | --all-teams] [--capacity N]
    salesmgr leads routing rep NAME [--capacity N | --default-capacity] [--regions "A,B"] [--industries "X,Y"]
                                    [--takes-leads | --no-leads]
    salesmgr leads nurture [--json] [--export FILE.xlsx]                   the nurturing list for marketing

Definitions are salesmgr.models.leads.routing's and routing_settings'. ``route`` also moves the new leads below
the routed grades to the nurturing list; ``--dry-run`` shows what would happen and changes no lead. Reasons in
the JSON are in English whatever ``--lang`` says (they are for scripts); the text output is translated.
"""
from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from salesmgr.cli.leads_route_text import nurture_text, route_text, routing_text
from salesmgr.cli.support import emit, session_of
from salesmgr.models import clock
from salesmgr.models.leads.routing_settings import ROUTING_METHODS

_LIST_SEPARATORS = re.compile(r"[,，;；\n]")


def _capacity(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number; give a capacity such as 25") from None


def _names(text: str) -> list[str]:
    """ "East, 华东" -> ["East", "华东"]; "" clears the list."""
    return [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]


def add_actions(actions: Any, add: Any) -> None:
    """Add this module's actions to ``salesmgr leads``."""
    route = add(actions, "route", "assign the unassigned leads of routed grades (MQL) to reps, and move the new "
                "leads below them to the nurturing list")
    route.add_argument("--method", choices=ROUTING_METHODS, help="how to choose the rep (default: the setting)")
    route.add_argument("--team", help="only this team's reps (default: the setting)")
    route.add_argument("--dry-run", action="store_true", help="show who would get which lead; change nothing")
    routing = add(actions, "routing", "the routing settings and each rep's capacity, load, regions and industries")
    settings = routing.add_subparsers(dest="routing_action", metavar="ACTION", parser_class=type(routing))
    change = add(settings, "set", "change the routing method, team or default capacity")
    change.add_argument("--method", choices=ROUTING_METHODS, help="round_robin, territory, industry or load")
    teams = change.add_mutually_exclusive_group()
    teams.add_argument("--team", help="route to this team's reps only")
    teams.add_argument("--all-teams", action="store_true", help="route to the reps of every team")
    change.add_argument("--capacity", type=_capacity, help="open assigned leads a rep may hold (default 25)")
    rep = add(settings, "rep", "change one rep's routing")
    rep.add_argument("name", help="the rep's name or e-mail")
    sizes = rep.add_mutually_exclusive_group()
    sizes.add_argument("--capacity", type=_capacity, help="this rep's own capacity")
    sizes.add_argument("--default-capacity", action="store_true", help="use the default capacity again")
    rep.add_argument("--regions", help='the regions the rep covers, comma-separated ("East,华东"; "" for none)')
    rep.add_argument("--industries", help='the industries the rep covers, comma-separated ("" for none)')
    takes = rep.add_mutually_exclusive_group()
    takes.add_argument("--takes-leads", dest="takes_leads", action="store_true", default=None,
                       help="the rep takes routed leads")
    takes.add_argument("--no-leads", dest="takes_leads", action="store_false", help="the rep takes no leads")
    nurture = add(actions, "nurture", "move the new leads below the routed grades to the nurturing list and show "
                  "it, with what would lift each lead")
    nurture.add_argument("--export", type=Path, metavar="FILE.xlsx", help="also write the list for marketing")


def _route(args: argparse.Namespace) -> int:
    from salesmgr.models.leads.routing import route_leads
    from salesmgr.models.lookup import find_team

    with session_of(args, write=not args.dry_run) as session:
        team_id = find_team(session, args.team) if args.team else None
        result = route_leads(session, clock.today(), args.method, team_id, dry_run=args.dry_run)
    payload = {"method": result.method, "team": result.team, "dry_run": result.dry_run,
               "assigned": [{"lead_id": row.lead_id, "lead": row.lead, "company": row.company, "score": row.score,
                             "grade": row.grade, "rep_id": row.rep_id, "rep": row.rep, "reason": row.reason.text}
                            for row in result.assignments],
               "unassigned": [{"lead_id": row.lead_id, "lead": row.lead, "score": row.score,
                               "reason": row.reason.text} for row in result.unassigned],
               "nurtured": result.nurtured}
    return emit(args, payload, route_text(result))


def _routing(args: argparse.Namespace) -> int:
    action = getattr(args, "routing_action", None)
    with session_of(args, write=action is not None) as session:
        if action == "set":
            _change_settings(session, args)
        elif action == "rep":
            _change_rep(session, args)
        payload = _routing_payload(session)
    return emit(args, payload, routing_text(payload))


def _change_settings(session: Any, args: argparse.Namespace) -> None:
    from salesmgr.models.leads.routing_settings import set_routing_settings
    from salesmgr.models.lookup import find_team

    changes: dict[str, Any] = {"method": args.method, "capacity": args.capacity}
    if args.team:
        changes["team_id"] = find_team(session, args.team)
    elif args.all_teams:
        changes["team_id"] = None
    set_routing_settings(session, **changes)


def _change_rep(session: Any, args: argparse.Namespace) -> None:
    from salesmgr.models.leads.routing_settings import set_rep_routing
    from salesmgr.models.lookup import find_rep

    changes: dict[str, Any] = {"takes_leads": args.takes_leads}
    if args.capacity is not None or args.default_capacity:
        changes["capacity"] = args.capacity
    if args.regions is not None:
        changes["regions"] = _names(args.regions)
    if args.industries is not None:
        changes["industries"] = _names(args.industries)
    set_rep_routing(session, find_rep(session, args.name), **changes)


def _routing_payload(session: Any) -> dict[str, Any]:
    from salesmgr.models.leads.routing_settings import rep_settings, routing_settings

    settings = routing_settings(session)
    reps = [{"rep_id": rep.rep_id, "rep": rep.name, "team": rep.team, "role": rep.role,
             "takes_leads": rep.eligible, "capacity": rep.capacity, "limit": rep.limit, "load": rep.load,
             "regions": list(rep.regions), "industries": list(rep.industries)}
            for rep in rep_settings(session, settings.team_id)]
    return {"method": settings.method, "team": settings.team, "capacity": settings.capacity, "reps": reps}


def _nurture(args: argparse.Namespace) -> int:
    from salesmgr.exchange.export.nurturing import write_nurturing
    from salesmgr.models.leads.nurturing import nurturing_list
    from salesmgr.models.leads.routing import nurture_below_threshold

    today = clock.today()
    with session_of(args, write=True) as session:  # a file that cannot be written rolls the statuses back
        nurtured = nurture_below_threshold(session)
        rows = nurturing_list(session, today)
        written = write_nurturing(args.export, rows).path if args.export is not None else None
    leads = [{"lead_id": row.lead_id, "lead": row.name, "company": row.company, "email": row.email,
              "industry": row.industry, "region": row.region, "score": row.score, "grade": row.grade,
              "created": row.created.isoformat() if row.created else None, "needs_points": row.needs,
              "lacks": [key for key, _points in row.missing]} for row in rows]
    payload = {"nurtured": nurtured, "leads": leads, "exported": str(written) if written else None}
    return emit(args, payload, nurture_text(rows, nurtured, written))


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "route": _route, "routing": _routing, "nurture": _nurture}
