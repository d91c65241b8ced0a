"""The text output of `salesmgr leads route`, `leads routing` and `leads nurture` (JSON in ``cli.leads_route``)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from salesmgr.cli.text import Column, table
from salesmgr.i18n import translate
from salesmgr.models.leads.nurturing import NurturingRow, lift_text
from salesmgr.models.leads.routing import RoutingResult


def method_label(method: str) -> str:
    return {"round_robin": translate("LeadRouting", "round robin"),
            "territory": translate("LeadRouting", "by territory"),
            "industry": translate("LeadRouting", "by industry"),
            "load": translate("LeadRouting", "by open-lead load")}.get(method, method)


def _team(team: str | None) -> str:
    return team if team is not None else translate("Cli", "every team")


def route_text(result: RoutingResult) -> str:
    heading = (translate("Cli", "dry run, nothing changed: {method}, {team}") if result.dry_run
               else translate("Cli", "routed {method}, {team}"))
    lines = [heading.format(method=method_label(result.method), team=_team(result.team)),
             translate("Cli", "{assigned} assigned, {left} left unassigned, {nurtured} moved to nurturing").format(
                 assigned=len(result.assignments), left=len(result.unassigned), nurtured=result.nurtured)]
    if result.assignments:
        columns = [Column(translate("Cli", "lead"), limit=24), Column(translate("Cli", "company"), limit=24),
                   Column(translate("Cli", "score"), right=True), Column(translate("Cli", "grade")),
                   Column(translate("Cli", "rep"), limit=20), Column(translate("Cli", "why"), limit=50)]
        rows = [[row.lead, row.company or "", str(row.score), row.grade, row.rep, row.reason.shown]
                for row in result.assignments]
        lines += ["", *table(columns, rows)]
    if result.unassigned:
        columns = [Column(translate("Cli", "left unassigned"), limit=24),
                   Column(translate("Cli", "score"), right=True), Column(translate("Cli", "why"), limit=60)]
        lines += ["", *table(columns, [[row.lead, str(row.score), row.reason.shown] for row in result.unassigned])]
    return "\n".join(lines)


def _yes(value: bool) -> str:
    return translate("Cli", "yes") if value else translate("Cli", "no")


def routing_text(payload: dict[str, Any]) -> str:
    lines = [translate("Cli", "routing {method}, {team}; default capacity {capacity} open leads per rep").format(
        method=method_label(payload["method"]), team=_team(payload["team"]), capacity=payload["capacity"])]
    if not payload["reps"]:
        return "\n".join([*lines, translate("Cli", "no active reps")])
    columns = [Column(translate("Cli", "rep"), limit=20), Column(translate("Cli", "team"), limit=16),
               Column(translate("Cli", "takes leads")), Column(translate("Cli", "load"), right=True),
               Column(translate("Cli", "regions"), limit=30), Column(translate("Cli", "industries"), limit=30)]
    rows = [[rep["rep"], rep["team"] or "", _yes(rep["takes_leads"]), f"{rep['load']}/{rep['limit']}",
             ", ".join(rep["regions"]), ", ".join(rep["industries"])] for rep in payload["reps"]]
    return "\n".join([*lines, *table(columns, rows)])


def nurture_text(rows: Sequence[NurturingRow], nurtured: int, written: Path | None) -> str:
    lines = [translate("Cli", "{count} leads on the nurturing list ({nurtured} added now)").format(
        count=len(rows), nurtured=nurtured)]
    if rows:
        columns = [Column(translate("Cli", "lead"), limit=24), Column(translate("Cli", "company"), limit=24),
                   Column(translate("Cli", "score"), right=True), Column(translate("Cli", "grade")),
                   Column(translate("Cli", "what would lift it"), limit=70)]
        lines += table(columns, [[row.name, row.company or "", str(row.score), row.grade_shown, lift_text(row)]
                                 for row in rows])
    if written is not None:
        lines.append(translate("Cli", "written to {path}").format(path=written))
    return "\n".join(lines)
