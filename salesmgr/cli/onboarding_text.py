"""The text output of `salesmgr onboarding` (the JSON is built in ``cli.onboarding``)."""
from __future__ import annotations

from datetime import date
from typing import Any

from salesmgr.cli.text import Column, money_text, not_available, share, table
from salesmgr.i18n import translate
from salesmgr.models.onboarding.agenda import Agenda
from salesmgr.models.onboarding.labels import (
    category_label,
    review_part_label,
    role_label,
    section_label,
    weekday_label,
)

CATEGORIES = ("practice", "feedback", "formal")


def _mix(mix: dict[str, float] | None) -> str:
    return not_available() if mix is None else " / ".join(f"{mix[key]:.0%}" for key in CATEGORIES)


def _days(value: int | float | None) -> str:
    return not_available() if value is None else f"{value:.0f}"


def plans_text(plans: list[dict[str, Any]], today: date) -> str:
    heading = translate("Cli", "onboarding plans on {today} (mix: practice / feedback / formal training)").format(
        today=today.isoformat())
    if not plans:
        return "\n".join([heading, translate("Cli", "no onboarding plans; assign one with 'salesmgr onboarding "
                                                    "assign --rep NAME'")])
    columns = [Column(translate("Cli", "rep"), limit=20), Column(translate("Cli", "mentor"), limit=20),
               Column(translate("Cli", "start")), Column(translate("Cli", "day"), right=True),
               Column(translate("Cli", "done"), right=True), Column(translate("Cli", "overdue"), right=True),
               Column(translate("Cli", "mix")), Column(translate("Cli", "next review")),
               Column(translate("Cli", "first deal (days)"), right=True)]
    rows = [[p["rep"], p["mentor"] or "", p["start"], f"{p['day']}/90", share(p["done"]), str(p["overdue"]),
             _mix(p["mix"]), p["next_review"] or "", _days(p["days_to_first_deal"])] for p in plans]
    return "\n".join([heading, *table(columns, rows)])


def _due(iso: str) -> str:
    """``Sat 2026-10-31``: a task due on a weekend shows it."""
    return f"{weekday_label(date.fromisoformat(iso))} {iso}"


def plan_text(plan: dict[str, Any]) -> str:
    lines = [translate("Cli", "{rep}: day {day} of 90 since {start}, mentor {mentor}; {done} done, {overdue} "
                              "overdue").format(rep=plan["rep"], day=plan["day"], start=plan["start"],
                                                mentor=plan["mentor"] or not_available(), done=share(plan["done"]),
                                                overdue=plan["overdue"])]
    columns = [Column(translate("Cli", "id"), right=True), Column(translate("Cli", "week"), right=True),
               Column(translate("Cli", "due")), Column(translate("Cli", "task"), limit=46),
               Column(translate("Cli", "category")), Column(translate("Cli", "owner")),
               Column(translate("Cli", "done on"))]
    rows = [[str(t["id"]), str(t["week"]), _due(t["due"]), t["title"], category_label(t["category"]),
             role_label(t["owner_role"]), t["done_on"] or (translate("Cli", "overdue") if t["overdue"] else "")]
            for t in plan["tasks"]]
    lines += table(columns, rows)
    for review in plan["reviews"]:
        lines.append(translate("Cli", "review of {day} by the {by}:").format(day=review["held_on"],
                                                                           by=role_label(review["by"])))
        for key in ("went_well", "to_improve", "next_steps"):
            if review[key]:
                lines.append(f"  {review_part_label(key)}: {review[key]}")
    for result in plan["certifications"]:
        passed = translate("Cli", "passed") if result["passed"] else translate("Cli", "failed")
        lines.append(translate("Cli", "certification {name} on {day}: {score} ({passed})").format(
            name=result["name"], day=result["taken_on"], score=result["score"], passed=passed))
    return "\n".join(lines)


def agenda_text(agenda: Agenda) -> str:
    lines = [translate("Cli", "review agenda for {day} (since {since})").format(day=agenda.on.isoformat(),
                                                                                since=agenda.since.isoformat())]
    for section in ("overdue", "due", "firsts", "stalled", "late", "criteria", "last_review"):
        items = agenda.section(section)
        lines.append(f"{section_label(section)} ({len(items)})")
        for item in items:
            lines.append("  " + _agenda_line(section, item))
    return "\n".join(lines)


def _agenda_line(section: str, item: Any) -> str:
    day = item.day.isoformat() if item.day else ""
    if section == "stalled":
        return translate("Cli", "{deal}: {days} days in {stage} (stalls after {threshold})").format(
            deal=item.text, days=item.values["days"], stage=item.values["stage"], threshold=item.values["threshold"])
    if section == "late":
        return translate("Cli", "{day} {activity}: logged {hours} h later").format(
            day=day, activity=item.text, hours=item.values["hours"])
    if section == "last_review":
        return f"{review_part_label(item.values['part'])}: {item.text}"
    return f"{day} {item.text}".strip()


def templates_text(payload: dict[str, Any]) -> str:
    target = payload["target_mix"]
    heading = translate("Cli", "onboarding templates (target mix {mix}: practice / feedback / formal training)"
                        ).format(mix=_mix(target))
    columns = [Column(translate("Cli", "name"), limit=30), Column(translate("Cli", "tasks"), right=True),
               Column(translate("Cli", "hours"), right=True), Column(translate("Cli", "planned mix")),
               Column(translate("Cli", "plans"), right=True)]
    rows = [[t["label"], str(t["tasks"]), t["hours"], _mix(t["planned_mix"]), str(t["plans"])]
            for t in payload["templates"]]
    return "\n".join([heading, *table(columns, rows)])



def ramp_text(payload: dict[str, Any]) -> str:
    ramped = (translate("Cli", "a ramped rep wins {amount} in 90 days ({n} ramped reps)").format(
        amount=money_text(payload["ramped_90"]), n=payload["ramped_reps"]) if payload["ramped_90"] is not None
        else translate("Cli", "no ramped reps to compare with"))
    lines = [translate("Cli", "ramp on {today}").format(today=payload["today"]), ramped]
    columns = [Column(translate("Cli", "new hire"), limit=20), Column(translate("Cli", "hired")),
               Column(translate("Cli", "mentor"), limit=20),
               *(Column(text, right=True) for text in (
                   translate("Cli", "first activity"), translate("Cli", "first opportunity"),
                   translate("Cli", "first deal"), translate("Cli", "won in 90 days"), translate("Cli", "vs ramped"),
                   translate("Cli", "on time")))]
    rows = [[h["rep"], h["hire_date"], h["mentor"] or "", _days(h["days_to_first_activity"]),
             _days(h["days_to_first_opportunity"]), _days(h["days_to_first_deal"]), money_text(h["won_90"]),
             share(h["vs_ramped"]), share(h["on_time"])] for h in payload["hires"]]
    lines += table(columns, rows)
    for title, groups in ((translate("Cli", "by hiring cohort"), payload["cohorts"]),
                          (translate("Cli", "by mentor"), payload["mentors"])):
        lines.append(title)
        group_columns = [Column("", limit=20), *(Column(text, right=True) for text in (
            translate("Cli", "new hires"), translate("Cli", "first deal (days)"), translate("Cli", "won in 90 days"),
            translate("Cli", "vs ramped"), translate("Cli", "on time")))]
        lines += table(group_columns, [[g["key"], str(g["count"]), _days(g["days_to_first_deal"]),
                                        money_text(g["won_90"]), share(g["vs_ramped"]), share(g["on_time"])]
                                       for g in groups])
    if payload["left_out_currencies"]:
        lines.append(translate("Cli", "amounts in {currencies} are left out: no exchange rate (salesmgr rate set "
                                      "CUR RATE)").format(currencies=", ".join(payload["left_out_currencies"])))
    return "\n".join(lines)
