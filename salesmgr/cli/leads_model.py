"""`salesmgr leads` actions on the scoring model and the scored leads (see ``cli.leads``):

    salesmgr leads score [--json]                    rescore every lead; the model version and leads per grade
    salesmgr leads model [--json]                    the current model: rules, grades, version, who and when
    salesmgr leads model history [--json]            every version with what changed from the one before
    salesmgr leads model set FILE.json --by NAME [--note TEXT]   save a model (the shape `leads model --json`
                                                     prints) as a new version and rescore every lead
    salesmgr leads list [--grade G] [--status S] [--limit N] [--json]   the leads with score, grade, breakdown
    salesmgr leads show ID [--json]                  one lead with its score broken down by rule

Grade names are the stored ones (``MQL``, ``SQL``, ``Lead`` in the seed's model); ``--grade`` matches them
case-insensitively.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from salesmgr.cli.leads_model_json import lead_json, load_spec_file, spec_json
from salesmgr.cli.support import UsageError, emit, session_of
from salesmgr.i18n import translate
from salesmgr.models.crm import LEAD_STATUSES


def add_actions(actions: Any, add: Any) -> None:
    """Add this module's actions to ``salesmgr leads``."""
    add(actions, "score", "rescore every lead with the current model and count the leads per grade")
    model = add(actions, "model", "the current scoring model (rules, grades, version, who saved it and when); "
                "'model history' lists the versions, 'model set FILE.json' saves a new one")
    model_actions = model.add_subparsers(dest="model_action", metavar="ACTION", parser_class=type(model))
    add(model_actions, "history", "every version of the model with what changed from the one before")
    saving = add(model_actions, "set", "save the model in FILE.json (the shape 'leads model --json' prints) as a "
                 "new version and rescore every lead")
    saving.add_argument("file", type=Path, help="the model as JSON")
    saving.add_argument("--by", required=True, help="who saves it")
    saving.add_argument("--note", help="why it changed")
    listing = add(actions, "list", "the leads, newest first, with score, grade and breakdown")
    listing.add_argument("--grade", help="only this grade (its name, e.g. MQL)")
    listing.add_argument("--status", type=str.lower, choices=LEAD_STATUSES, help="only this status")
    listing.add_argument("--limit", type=int, help="at most this many leads")
    show = add(actions, "show", "one lead with its score broken down by rule and its behaviours")
    show.add_argument("id", type=int, help="the lead's id (see 'leads list')")


def _score(args: argparse.Namespace) -> int:
    from salesmgr.models.leads.bulk import rescore
    from salesmgr.models.leads.store import current_spec

    with session_of(args, write=True) as session:
        spec = current_spec(session)
        counts = rescore(session, spec)
    return _emit_counts(args, spec, counts, translate("Cli", "model version {version}: {grades}"))


def _emit_counts(args: argparse.Namespace, spec: Any, counts: dict[int, int], template: str) -> int:
    """``{"model_version": N, "grades": {stored name: leads}}`` of a model's stored scores, or ``template`` filled
    with the grades as the interface shows them (a builtin name translated)."""
    from salesmgr.models.leads.labels import grade_label

    grades = {grade.name: counts.get(rank, 0) for rank, grade in enumerate(spec.grades)}
    shown = " · ".join(f"{grade_label(grade)} {counts.get(rank, 0):,}" for rank, grade in enumerate(spec.grades))
    return emit(args, {"model_version": spec.version, "grades": grades}, template.format(version=spec.version,
                                                                                          grades=shown))


def _model(args: argparse.Namespace) -> int:
    if args.model_action == "history":
        return _history(args)
    if args.model_action == "set":
        return _set_model(args)
    from salesmgr.models.leads.store import current_spec, versions

    with session_of(args, write=True) as session:  # the default model is saved on first use
        spec = current_spec(session)
        info = next(info for info in versions(session) if info.version == spec.version)
    payload = spec_json(spec, info)
    return emit(args, payload, _model_text(payload))


def _model_text(payload: dict[str, Any]) -> str:
    from salesmgr.models.leads.labels import action_label, grade_label, rule_text
    from salesmgr.models.leads.spec import Grade, Rule

    lines = [translate("Cli", "scoring model version {version}, saved by {who} on {when}").format(
        version=payload["version"], who=payload["changed_by"], when=payload["changed_at"][:16].replace("T", " "))]
    for rule in payload["rules"]:
        value = tuple(rule["value"]) if isinstance(rule["value"], list) else rule["value"]
        text = rule_text(Rule(rule["kind"], rule["field"], rule["points"], rule["operator"], value, rule["decay"]))
        lines.append(f"  {rule['points']:+5d}  {text}")
    for grade in payload["grades"]:
        minimum = translate("Cli", "the rest") if grade["min_score"] is None else f">= {grade['min_score']}"
        shown = grade_label(Grade(grade["name"], grade["min_score"], grade["action"], grade.get("builtin_key")))
        lines.append(f"  {shown:<12} {minimum:<10} {action_label(grade['action'])}")
    return "\n".join(lines)


def _author(name: str) -> str:
    from salesmgr.models.leads.store import DEFAULT_AUTHOR

    return translate("Cli", "salesmgr (built in)") if name == DEFAULT_AUTHOR else name


def _origin(origin: str) -> str:
    labels = {"default": translate("Cli", "the seed's model"), "user": translate("Cli", "edited"),
              "suggestion": translate("Cli", "accepted proposal")}
    return labels.get(origin, origin)


def _history(args: argparse.Namespace) -> int:
    from salesmgr.models.leads.history import version_history

    with session_of(args, write=True) as session:
        from salesmgr.models.leads.store import current_spec

        current_spec(session)
        history = version_history(session)
    items: list[dict[str, Any]] = [{"version": item.version, "changed_by": item.changed_by,
              "changed_at": item.changed_at.isoformat() + "+00:00", "origin": item.origin, "note": item.note,
              "changes": list(item.changes)} for item in history]
    lines = [f"{item['version']:>3}  {item['changed_at'][:16].replace('T', ' ')}  {_author(item['changed_by'])}  "
             f"({_origin(item['origin'])})  " + "; ".join(item["changes"]) for item in items]
    return emit(args, {"versions": items}, "\n".join(lines))


def _set_model(args: argparse.Namespace) -> int:
    from salesmgr.models.leads.bulk import rescore
    from salesmgr.models.leads.spec import check_spec
    from salesmgr.models.leads.store import save_spec

    spec = load_spec_file(args.file)
    check_spec(spec)  # refused before the database is opened
    with session_of(args, write=True) as session:
        saved = save_spec(session, spec, args.by, args.note)
        counts = rescore(session, saved)
    return _emit_counts(args, saved, counts, translate("Cli", "saved model version {version}: {grades}"))


def _list(args: argparse.Namespace) -> int:
    from salesmgr.models.leads.bulk import ensure_scored
    from salesmgr.models.leads.listing import lead_rows

    with session_of(args, write=True) as session:
        spec = ensure_scored(session)
        rank = None if args.grade is None else _grade_rank(spec, args.grade)
        rows = lead_rows(session, grade_rank=rank, status=args.status, limit=args.limit)
    leads = [lead_json(row, spec) for row in rows]
    from salesmgr.models.leads.labels import status_label

    lines = [f"{row.id:>6}  {row.score:>4}  {row.grade:<6} {status_label(row.status):<12} {row.name}"
             f" · {row.company or ''}  {lead['breakdown']}" for row, lead in zip(rows, leads, strict=True)]
    return emit(args, {"model_version": spec.version, "leads": leads}, "\n".join(lines))


def _grade_rank(spec: Any, name: str) -> int:
    wanted = name.strip().casefold()
    for rank, grade in enumerate(spec.grades):
        if grade.name.casefold() == wanted:
            return rank
    names = ", ".join(grade.name for grade in spec.grades)
    raise UsageError(translate("Cli", "no grade called {name}; the grades are {names}").format(name=name,
                                                                                              names=names))


def _show(args: argparse.Namespace) -> int:
    from salesmgr.models.leads.bulk import ensure_scored
    from salesmgr.models.leads.listing import lead_detail

    with session_of(args, write=True) as session:
        spec = ensure_scored(session)
        detail = lead_detail(session, args.id)
    payload = lead_json(detail.row, spec)
    payload.update(title=detail.title, email=detail.email, phone=detail.phone, model_version=detail.model_version,
                   parts=[{"rule": part.rule + 1, "points": part.points, "text": part.text} for part in detail.parts],
                   behaviours=[{"behaviour": b.key, "date": b.occurred_on.isoformat(), "dated": b.dated}
                               for b in detail.behaviours])
    lines = [f"{detail.row.name} · {detail.row.company or ''}",
             translate("Cli", "score {score}, {grade}").format(score=detail.row.score, grade=detail.row.grade)]
    lines += [f"  {part.text}" for part in detail.parts]
    return emit(args, payload, "\n".join(lines))


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "score": _score, "model": _model, "list": _list, "show": _show}
