"""`salesmgr roadmap`: the rollout's phases with milestones, the diagnosis of a baseline period, the pilot.

    salesmgr roadmap [--json]                                       phases with milestones (done, overdue, open)
    salesmgr roadmap diagnose --period 2026Q2 [--team NAME] [--json]  every catalogue metric beside its goal
    salesmgr roadmap pilot [--metric KEY] [--team NAME] [--window quarter|month] [--json]
    salesmgr roadmap add-milestone --phase PHASE --title TEXT --due YYYY-MM-DD [--owner TEXT|--owner-rep NAME]
                                   [--done YYYY-MM-DD] [--goal ID ...]
    salesmgr roadmap set-pilot --team NAME --start YYYY-MM-DD [--metric KEY ...] [--note TEXT]

A milestone's status is done (it has a done date), overdue (not done, due before today) or open. The pilot
comparison is salesmgr.models.goals.pilot's: the pilot team against the mean of the other teams, in the period
before the start and the first whole period from it, with the difference in differences. Values are decimal
strings in JSON (shares and ratios to 4 places, the rest to 2), null with a reason when they cannot be computed.
"""
from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from salesmgr.cli.goals import format_value
from salesmgr.cli.support import UsageError, emit, open_db, period_option
from salesmgr.cli.text import Column, not_available, table
from salesmgr.i18n import translate
from salesmgr.models import clock


def add_roadmap_parser(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    roadmap = add(commands, "roadmap", "the rollout roadmap: phases with milestones, the diagnosis of a baseline "
                  "period, the pilot team against the others; add a milestone, set the pilot")
    actions = roadmap.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    diagnose = add(actions, "diagnose", "every catalogue metric for a baseline period beside its goal")
    diagnose.add_argument("--period", required=True, help="the baseline period: 2026Q2, 2026-05 or 2026")
    diagnose.add_argument("--team", help="the team's values and goals (default: the company)")
    pilot = add(actions, "pilot", "the pilot team against the other teams, before and after its start")
    pilot.add_argument("--metric", help="a catalogue metric key (default: the pilot's own metrics)")
    pilot.add_argument("--team", help="the pilot team (default: the latest pilot)")
    pilot.add_argument("--window", choices=["quarter", "month"], default="quarter",
                       help="the length of the before and after windows (default quarter)")
    milestone = add(actions, "add-milestone", "add a milestone to a phase")
    milestone.add_argument("--phase", required=True, help="the phase: its key (foundation, capability, "
                           "collaboration), name or id")
    milestone.add_argument("--title", required=True, help="what is to be done")
    milestone.add_argument("--due", required=True, type=_day, help="the due date, YYYY-MM-DD")
    owner = milestone.add_mutually_exclusive_group()
    owner.add_argument("--owner", help="who owns it, as text")
    owner.add_argument("--owner-rep", help="the rep who owns it (name or e-mail)")
    milestone.add_argument("--done", type=_day, help="the day it was done, YYYY-MM-DD")
    milestone.add_argument("--goal", type=int, action="append", default=[], help="a goal id that measures it "
                           "(repeatable)")
    milestone.add_argument("--note", help="a note")
    setter = add(actions, "set-pilot", "make a team the pilot from a start date (replaces its pilot)")
    setter.add_argument("--team", required=True, help="the pilot team")
    setter.add_argument("--start", required=True, type=_day, help="the pilot's start date, YYYY-MM-DD")
    setter.add_argument("--metric", action="append", default=[], help="a metric the pilot is judged by "
                        "(repeatable; default won_revenue and win_rate)")
    setter.add_argument("--note", help="a note")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def cmd_roadmap(args: argparse.Namespace) -> int:
    handler = {None: _show, "diagnose": _diagnose, "pilot": _pilot, "add-milestone": _add_milestone,
               "set-pilot": _set_pilot}[args.action]
    return handler(args)


def roadmap_json(session: Any, today: date) -> dict[str, Any]:
    from salesmgr.models.goals import roadmap

    result = []
    for phase in roadmap.phases(session):
        items = [{"id": m.id, "title": m.title, "owner": roadmap.milestone_owner(session, m),
                  "due": m.due_date.isoformat(), "done": None if m.done_date is None else m.done_date.isoformat(),
                  "status": roadmap.milestone_status(m, today), "goals": roadmap.linked_goals(session, m.id)}
                 for m in roadmap.milestones(session, phase.id)]
        result.append({"id": phase.id, "key": phase.builtin_key, "name": roadmap.phase_label(phase),
                       "start": None if phase.start_date is None else phase.start_date.isoformat(),
                       "end": None if phase.end_date is None else phase.end_date.isoformat(), "milestones": items})
    pilots = [{"team": p.team_id, "start": p.start_date.isoformat(), "metrics": roadmap.pilot_metrics(p),
               "note": p.note} for p in roadmap.pilots(session)]
    return {"today": today.isoformat(), "phases": result, "pilots": pilots}


def _show(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.roadmap import status_label
    from salesmgr.models.org import Team

    today = clock.today()
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            payload = roadmap_json(session, today)
            for pilot in payload["pilots"]:
                team = session.get(Team, pilot["team"])
                pilot["team"] = team.name if team is not None else None
    finally:
        db.close()
    lines = [translate("Cli", "roadmap on {today}").format(today=today.isoformat())]
    for phase in payload["phases"]:
        dates = f" ({phase['start'] or '?'} .. {phase['end'] or '?'})" if phase["start"] or phase["end"] else ""
        lines.append(f"{phase['name']}{dates}")
        for m in phase["milestones"]:
            owner = f" [{m['owner']}]" if m["owner"] else ""
            lines.append(f"  {status_label(m['status']):<8} {m['due']}  {m['title']}{owner}")
        if not phase["milestones"]:
            lines.append("  " + translate("Cli", "no milestones yet"))
    for pilot in payload["pilots"]:
        lines.append(translate("Cli", "pilot: {team} since {start}").format(team=pilot["team"], start=pilot["start"]))
    return emit(args, payload, "\n".join(lines))


def _diagnose(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.catalogue import metric_def
    from salesmgr.models.goals.diagnosis import diagnose
    from salesmgr.models.goals.goals import Owner
    from salesmgr.models.lookup import find_team

    option = period_option(args.period, current_by_default=True)
    if option.all_dates:
        raise UsageError(translate("Cli", "the diagnosis is for a quarter, month or year, not for all dates"))
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            period = option.resolve(session)
            assert period is not None
            owner = Owner(team_id=find_team(session, args.team)) if args.team else Owner()
            rows = diagnose(session, period, owner)
    finally:
        db.close()
    payload = {"period": period.key, "team": args.team, "metrics": [
        {"metric": r.metric, "unit": r.unit, "value": format_value(r.value, r.unit), "reason": r.reason,
         "goal": None if r.goal_id is None else {"id": r.goal_id, "period": r.goal_period,
                                                 "baseline": format_value(r.baseline, r.unit),
                                                 "target": format_value(r.target, r.unit)}} for r in rows]}
    columns = [Column(translate("Cli", "metric"), limit=40), Column(translate("Cli", "value"), right=True),
               Column(translate("Cli", "goal"), limit=40), Column(translate("Cli", "reason"), limit=60)]
    lines = []
    for r in rows:
        goal = (translate("Cli", "{baseline} -> {target} ({period})").format(
            baseline=_shown(r.baseline, r.unit), target=_shown(r.target, r.unit), period=r.goal_period)
                if r.goal_id is not None else "")
        reason = translate("Goals", r.reason) if r.value is None and r.reason else ""
        lines.append([metric_def(r.metric).label(), _shown(r.value, r.unit), goal, reason])
    heading = translate("Cli", "diagnosis {period}").format(period=period.key)
    return emit(args, payload, "\n".join([heading, *table(columns, lines)]))


def _shown(value: Any, unit: str) -> str:
    if value is None:
        return not_available()
    return f"{value:.1%}" if unit in ("share", "ratio") else f"{value:,.2f}"


def _pilot(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.catalogue import metric_def
    from salesmgr.models.goals.pilot import compare_pilot
    from salesmgr.models.goals.roadmap import latest_pilot
    from salesmgr.models.lookup import find_team

    if args.metric:
        metric_def(args.metric)
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            pilot = latest_pilot(session, find_team(session, args.team) if args.team else None)
            start = pilot.start_date
            rows = compare_pilot(session, pilot, args.metric, args.window)
    finally:
        db.close()
    payload = {"team": rows[0].team if rows else None, "start": start.isoformat(),
               "window": args.window, "comparisons": [_comparison_json(r) for r in rows]}
    columns = [Column(translate("Cli", "metric"), limit=40),
               *(Column(text, right=True) for text in (
                   translate("Cli", "pilot before"), translate("Cli", "pilot after"), translate("Cli", "others before"),
                   translate("Cli", "others after"), translate("Cli", "difference")))]
    lines = [[metric_def(r.metric).label(), *(_shown(v, r.unit) for v in (
        r.pilot_before, r.pilot_after, r.others_before, r.others_after, r.difference))] for r in rows]
    heading = translate("Cli", "pilot {team} since {start}").format(team=payload["team"], start=payload["start"])
    notes = [f"{metric_def(r.metric).label()}: {r.reason_text()}" for r in rows if r.reason]
    return emit(args, payload, "\n".join([heading, *table(columns, lines), *notes]))


def _comparison_json(r: Any) -> dict[str, Any]:
    return {"metric": r.metric, "unit": r.unit, "direction": r.direction, "before": r.before.key,
            "after": r.after.key, "after_complete": r.after_complete,
            "pilot_before": format_value(r.pilot_before, r.unit), "pilot_after": format_value(r.pilot_after, r.unit),
            "others_before": format_value(r.others_before, r.unit),
            "others_after": format_value(r.others_after, r.unit), "others_teams": r.others_teams,
            "difference": format_value(r.difference, r.unit), "missing": r.missing, "reason": r.reason}


def _add_milestone(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.roadmap import MilestoneSpec, add_milestone, find_phase
    from salesmgr.models.lookup import find_rep

    db = open_db(args, write=True)
    try:
        with db.session() as session:
            phase = find_phase(session, args.phase)
            rep_id = find_rep(session, args.owner_rep) if args.owner_rep else None
            milestone_id = add_milestone(session, MilestoneSpec(phase.id, args.title, args.due, args.owner, rep_id,
                                                                args.done, tuple(args.goal), args.note))
    finally:
        db.close()
    return emit(args, {"id": milestone_id, "phase": phase.id},
                translate("Cli", "milestone {id} added").format(id=milestone_id))


def _set_pilot(args: argparse.Namespace) -> int:
    from salesmgr.models.goals.roadmap import set_pilot
    from salesmgr.models.lookup import find_team

    db = open_db(args, write=True)
    try:
        with db.session() as session:
            team_id = find_team(session, args.team)
            pilot_id = set_pilot(session, team_id, args.start, args.metric or None, args.note)
    finally:
        db.close()
    return emit(args, {"id": pilot_id, "team": args.team, "start": args.start.isoformat()},
                translate("Cli", "{team} is the pilot from {start}").format(team=args.team, start=args.start))
