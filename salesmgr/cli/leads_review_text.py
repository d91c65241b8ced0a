"""The text output of `salesmgr leads review` and `salesmgr leads suggest` (the JSON is built in
``cli.leads_review``); a figure that cannot be computed shows "–"."""
from __future__ import annotations

from typing import Any

from salesmgr.cli.text import Column, count, money_text, table
from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.leads.review import verdict_label

DASH = "–"
LEFT_OUT_ONE = QT_TRANSLATE_NOOP("Cli", "left out of the averages: {deals} {currency} deal, no exchange rate")
LEFT_OUT_MANY = QT_TRANSLATE_NOOP("Cli", "left out of the averages: {deals} {currency} deals, no exchange rate")


def _share(value: float | None) -> str:
    return DASH if value is None else f"{value:.1%}"


def _number(value: float | int | None, places: int = 2) -> str:
    return DASH if value is None else f"{value:.{places}f}"


def _money(value: str | None) -> str:
    return DASH if value is None else money_text(value)


def review_text(payload: dict[str, Any]) -> str:
    lines = [translate("Cli", "lead review: leads created {start} to {end}, scoring model version {version}, "
                              "{leads} leads").format(start=payload["from"], end=payload["to"],
                                                      version=payload["model_version"],
                                                      leads=count(payload["leads"])), ""]
    grades = [Column(translate("Cli", "grade")), Column(translate("Cli", "leads"), right=True),
              Column(translate("Cli", "converted"), right=True), Column(translate("Cli", "conversion"), right=True),
              Column(translate("Cli", "won"), right=True), Column(translate("Cli", "win rate"), right=True),
              Column(translate("Cli", "average won deal ({currency})").format(currency=payload["currency"]),
                     right=True)]
    lines += table(grades, [[g["grade"], count(g["leads"]), count(g["converted"]), _share(g["conversion"]),
                             count(g["won"]), _share(g["win_rate"]), _money(g["average_deal"])]
                            for g in payload["grades"]])
    for entry in payload["left_out"]:
        template = LEFT_OUT_ONE if entry["deals"] == 1 else LEFT_OUT_MANY
        lines.append(translate("Cli", template).format(deals=entry["deals"], currency=entry["currency"]))
    lines.append("")
    rules = [Column(translate("Cli", "rule"), limit=36), Column(translate("Cli", "points"), right=True),
             Column(translate("Cli", "matched"), right=True), Column(translate("Cli", "conversion"), right=True),
             Column(translate("Cli", "others"), right=True), Column(translate("Cli", "conversion"), right=True),
             Column(translate("Cli", "lift"), right=True), Column(translate("Cli", "separates?"))]
    lines += table(rules, [[r["rule"], str(r["points"]), count(r["leads"]), _share(r["conversion"]),
                            count(r["other_leads"]), _share(r["other_conversion"]), _number(r["lift"]),
                            verdict_label(r["verdict"])] for r in payload["rules"]])
    flag = payload["flag"]
    lines.append(translate("Cli", "a rule does not separate good from bad leads when its lift is between {low} and "
                                  "{high}; fewer than {few} leads on either side is too few to tell").format(
        low=flag["lift_low"], high=flag["lift_high"], few=flag["min_leads"]))
    lines.append("")
    bins = [Column(translate("Cli", "score")), Column(translate("Cli", "won"), right=True),
            Column(translate("Cli", "converted, not won"), right=True),
            Column(translate("Cli", "not converted"), right=True)]
    lines += table(bins, [[f"{b['from']}–{b['to']}", count(b["won"]), count(b["converted_not_won"]),
                           count(b["not_converted"])] for b in payload["distribution"]])
    if "export" in payload:
        lines += ["", translate("Cli", "wrote {path}").format(path=payload["export"])]
    return "\n".join(lines)


def proposal_text(payload: dict[str, Any]) -> str:
    lines = [translate("Cli", "proposed scoring model from the leads created {start} to {end} ({leads} leads), "
                              "beside version {version}").format(start=payload["from"], end=payload["to"],
                                                                 leads=count(payload["leads"]),
                                                                 version=payload["model_version"]), ""]
    rules = [Column(translate("Cli", "rule"), limit=36), Column(translate("Cli", "current"), right=True),
             Column(translate("Cli", "proposed"), right=True), Column(translate("Cli", "why"), limit=70)]
    lines += table(rules, [[r["rule"], str(r["current_points"]), str(r["proposed_points"]), r["reason"]]
                           for r in payload["rules"]])
    lines.append("")
    thresholds = [Column(translate("Cli", "grade")), Column(translate("Cli", "current minimum"), right=True),
                  Column(translate("Cli", "proposed minimum"), right=True), Column(translate("Cli", "why"), limit=70)]
    lines += table(thresholds, [[t["grade"], _number(t["current"], 0), _number(t["proposed"], 0), t["reason"]]
                                for t in payload["thresholds"]])
    lines.append("")
    grades = [Column(translate("Cli", "grade")), Column(translate("Cli", "leads now"), right=True),
              Column(translate("Cli", "conversion now"), right=True),
              Column(translate("Cli", "leads proposed"), right=True),
              Column(translate("Cli", "conversion proposed"), right=True)]
    lines += table(grades, [[g["grade"], count(g["current"]["leads"]), _share(g["current"]["conversion"]),
                             count(g["proposed"]["leads"]), _share(g["proposed"]["conversion"])]
                            for g in payload["grades"]])
    lines.append("")
    accepted = payload["accepted"]
    if accepted is not None:
        lines.append(translate("Cli", "accepted by {by}: saved as version {version}, every lead rescored").format(
            by=accepted["by"], version=accepted["version"]))
    elif payload["changes"]:
        lines.append(translate("Cli", "nothing changed yet; accept with --accept --by NAME"))
    else:
        lines.append(translate("Cli", "the proposal is the current model; nothing to accept"))
    return "\n".join(lines)
