"""`salesmgr onboarding`: 90-day plans for new hires, their tasks and reviews, and the ramp metrics.

    salesmgr onboarding [--mentor NAME] [--all] [--json]        the active plans (--all: finished ones too)
    salesmgr onboarding assign --rep NAME [--template NAME] [--start YYYY-MM-DD] [--mentor NAME]
    salesmgr onboarding show --rep NAME [--json]                a plan's tasks, reviews and certifications
    salesmgr onboarding tick --task ID [--date D] [--by NAME] [--note TEXT] [--undo]
    salesmgr onboarding agenda --rep NAME [--date D] [--json]   the next review's prepared agenda
    salesmgr onboarding review --rep NAME --by manager|mentor [--author NAME] [--date D]
                               [--went-well T] [--improve T] [--next T]   (next steps: one per line)
    salesmgr onboarding certify --rep NAME --name TEXT --score N (--passed|--failed) [--date D]
    salesmgr onboarding finish|cancel --rep NAME [--date D]
    salesmgr onboarding templates [--json]                      the templates with their planned 70/20/10 mix
    salesmgr onboarding ramp [--json]                           ramp metrics per new hire, cohort and mentor

Definitions are salesmgr.models.onboarding's (plans, criteria, agenda, ramp). Reading the plans first completes
the tasks whose criterion the data shows (``criteria.sync_criteria``), so ``onboarding`` writes to the database.
The default template is named ``default``. Shares are numbers between 0 and 1, money strings, null when there is
nothing to compute (e.g. ``days_to_first_deal`` before the first won deal).
"""
from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from salesmgr.cli.onboarding_text import agenda_text, plan_text, plans_text, ramp_text, templates_text
from salesmgr.cli.support import emit, session_of
from salesmgr.cli.text import json_money
from salesmgr.i18n import translate
from salesmgr.models import clock


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def add_onboarding_parser(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    onboarding = add(commands, "onboarding", "90-day onboarding plans: the active plans, assign a plan, tasks, "
                     "reviews with their prepared agenda, certifications, templates and ramp metrics")
    onboarding.add_argument("--mentor", help="only the plans this rep mentors")
    onboarding.add_argument("--all", action="store_true", help="finished and cancelled plans too")
    actions = onboarding.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    assign = add(actions, "assign", "give a rep a plan from a template, with a start date and a mentor")
    assign.add_argument("--rep", required=True, help="the new hire")
    assign.add_argument("--template", default="default", help="the template's name (default: default)")
    assign.add_argument("--start", type=_day, help="the first day, YYYY-MM-DD (default: the hire date, else today)")
    assign.add_argument("--mentor", help="the mentor (default: the rep's mentor, if set)")
    show = add(actions, "show", "a rep's plan: its tasks by week, reviews and certification results")
    show.add_argument("--rep", required=True, help="the new hire")
    tick = add(actions, "tick", "mark a task done (or not done with --undo)")
    tick.add_argument("--task", type=int, required=True, help="the task's id (see 'onboarding show')")
    tick.add_argument("--date", type=_day, help="the day it was done (default today)")
    tick.add_argument("--by", help="who did it")
    tick.add_argument("--note", help="a note")
    tick.add_argument("--undo", action="store_true", help="mark it not done")
    agenda = add(actions, "agenda", "the agenda salesmgr prepares for a review from the new hire's records")
    agenda.add_argument("--rep", required=True, help="the new hire")
    agenda.add_argument("--date", type=_day, help="the review's day (default today)")
    review = add(actions, "review", "save a weekly review; its next steps (one per line) become tasks")
    review.add_argument("--rep", required=True, help="the new hire")
    review.add_argument("--by", required=True, choices=["manager", "mentor"], help="who held it")
    review.add_argument("--author", help="the name of who wrote it")
    review.add_argument("--date", type=_day, help="the day it was held (default today)")
    review.add_argument("--went-well", default="", help="what went well")
    review.add_argument("--improve", default="", help="what to improve")
    review.add_argument("--next", default="", help="the next steps agreed, one per line")
    certify = add(actions, "certify", "record a certification result")
    certify.add_argument("--rep", required=True, help="the rep")
    certify.add_argument("--name", required=True, help="the certification")
    certify.add_argument("--score", type=int, required=True, help="the score, 0-100")
    result = certify.add_mutually_exclusive_group(required=True)
    result.add_argument("--passed", action="store_true", help="passed")
    result.add_argument("--failed", action="store_true", help="failed")
    certify.add_argument("--date", type=_day, help="the day it was taken (default today)")
    for name, text in (("finish", "finish a rep's active plan"), ("cancel", "cancel a rep's active plan")):
        close = add(actions, name, text)
        close.add_argument("--rep", required=True, help="the rep")
        close.add_argument("--date", type=_day, help="the day (default today)")
    add(actions, "templates", "the templates with their tasks' hours and planned 70/20/10 mix")
    add(actions, "ramp", "ramp metrics: days to first activity, opportunity and deal, won in 90 days vs a ramped "
        "rep, plan completion on time; per new hire, hiring cohort and mentor")


def cmd_onboarding(args: argparse.Namespace) -> int:
    handler = {None: _plans, "assign": _assign, "show": _show, "tick": _tick, "agenda": _agenda,
               "review": _review, "certify": _certify, "finish": _close, "cancel": _close,
               "templates": _templates, "ramp": _ramp}[args.action]
    return handler(args)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()



def _plans(args: argparse.Namespace) -> int:
    from salesmgr.models.lookup import find_rep
    from salesmgr.models.onboarding.criteria import sync_criteria
    from salesmgr.models.onboarding.plans import plan_summaries
    from salesmgr.models.onboarding.ramp import days_to_first_deal

    today = clock.today()
    with session_of(args, write=True) as session:
        sync_criteria(session, today)
        mentor = find_rep(session, args.mentor) if args.mentor else None
        summaries = plan_summaries(session, today, mentor_id=mentor, include_finished=args.all)
        first_deal = days_to_first_deal(session, today)
    plans = [{"id": s.id, "rep": s.rep, "team": s.team, "mentor": s.mentor, "template": s.template,
              "start": s.start.isoformat(), "status": s.status, "day": s.day, "tasks": s.tasks,
              "done_tasks": s.done_tasks, "done": s.done, "overdue": s.overdue, "mix": s.mix,
              "next_review": _iso(s.next_review), "last_review": _iso(s.last_review),
              "days_to_first_deal": first_deal.get(s.rep_id)} for s in summaries]
    return emit(args, {"today": today.isoformat(), "plans": plans}, plans_text(plans, today))


def _plan_of(session: Any, rep_name: str) -> Any:
    """The rep's active plan, else their latest one."""
    from salesmgr.models.lookup import find_rep
    from salesmgr.models.onboarding.plans import plan_of_rep

    return plan_of_rep(session, find_rep(session, rep_name))


def _assign(args: argparse.Namespace) -> int:
    from salesmgr.models.lookup import find_rep
    from salesmgr.models.onboarding.criteria import sync_criteria
    from salesmgr.models.onboarding.plans import assign_plan
    from salesmgr.models.onboarding.templates import find_template
    from salesmgr.models.org import Rep

    with session_of(args, write=True) as session:
        rep_id = find_rep(session, args.rep)
        rep = session.get(Rep, rep_id)
        assert rep is not None
        template = find_template(session, args.template)
        mentor = find_rep(session, args.mentor) if args.mentor else rep.mentor_id
        start = args.start or rep.hire_date or clock.today()
        plan_id = assign_plan(session, rep_id, template.id, start, mentor)
        sync_criteria(session, clock.today(), [plan_id])
    payload = {"id": plan_id, "rep": rep.name, "template": template.name, "start": start.isoformat(),
               "mentor_id": mentor}
    return emit(args, payload, translate("Cli", "plan {id} for {rep} from {start} ({template})").format(
        id=plan_id, rep=rep.name, start=start.isoformat(), template=template.name))


def plan_json(session: Any, plan: Any, today: date) -> dict[str, Any]:
    from salesmgr.models.onboarding.criteria import criterion_label
    from salesmgr.models.onboarding.plans import certifications, plan_reviews, plan_tasks, summarize, task_week
    from salesmgr.models.onboarding.template_file import task_title

    summary = summarize(session, plan, today)
    tasks = [{"id": t.id, "week": task_week(plan.start_date, t.due_date), "due": t.due_date.isoformat(),
              "weekday": t.due_date.isoweekday(), "title": task_title(t.title, t.builtin_key),
              "category": t.category, "owner_role": t.owner_role, "hours": str(t.hours),
              "criterion": t.criterion, "criterion_label": criterion_label(t.criterion) if t.criterion else None,
              "done_on": _iso(t.done_on), "done_by": t.done_by, "note": t.done_note,
              "overdue": t.done_on is None and t.due_date < today} for t in plan_tasks(session, plan.id)]
    reviews = [{"id": r.id, "held_on": r.held_on.isoformat(), "by": r.author_role, "author": r.author,
                "went_well": r.went_well, "to_improve": r.to_improve, "next_steps": r.next_steps}
               for r in plan_reviews(session, plan.id)]
    results = [{"name": c.name, "taken_on": c.taken_on.isoformat(), "score": c.score, "passed": c.passed}
               for c in certifications(session, plan.rep_id)]
    return {"id": plan.id, "rep": summary.rep, "mentor": summary.mentor, "start": plan.start_date.isoformat(),
            "status": plan.status, "day": summary.day, "done": summary.done, "overdue": summary.overdue,
            "mix": summary.mix, "next_review": _iso(summary.next_review), "tasks": tasks, "reviews": reviews,
            "certifications": results}


def _show(args: argparse.Namespace) -> int:
    from salesmgr.models.onboarding.criteria import sync_criteria

    today = clock.today()
    with session_of(args, write=True) as session:
        sync_criteria(session, today)
        payload = plan_json(session, _plan_of(session, args.rep), today)
    return emit(args, payload, plan_text(payload))


def _tick(args: argparse.Namespace) -> int:
    from salesmgr.models.onboarding.plans import tick_task, untick_task

    day = args.date or clock.today()
    with session_of(args, write=True) as session:
        if args.undo:
            untick_task(session, args.task)
        else:
            tick_task(session, args.task, day, args.by, args.note)
    payload = {"task": args.task, "done_on": None if args.undo else day.isoformat()}
    text = (translate("Cli", "task {id} is not done") if args.undo else
            translate("Cli", "task {id} done on {day}")).format(id=args.task, day=day.isoformat())
    return emit(args, payload, text)


def _agenda(args: argparse.Namespace) -> int:
    import json

    from salesmgr.models.onboarding.agenda import prepare_agenda
    from salesmgr.models.onboarding.criteria import sync_criteria

    day = args.date or clock.today()
    with session_of(args, write=True) as session:
        sync_criteria(session, clock.today())
        plan = _plan_of(session, args.rep)
        agenda = prepare_agenda(session, plan.id, day)
    payload = json.loads(agenda.to_json())
    return emit(args, payload, agenda_text(agenda))


def _review(args: argparse.Namespace) -> int:
    from salesmgr.models.onboarding.agenda import prepare_agenda
    from salesmgr.models.onboarding.plans import ReviewInput, add_review

    day = args.date or clock.today()
    with session_of(args, write=True) as session:
        plan = _plan_of(session, args.rep)
        agenda = prepare_agenda(session, plan.id, day)
        review_id = add_review(session, plan.id, ReviewInput(day, args.by, args.author, args.went_well,
                                                             args.improve, args.next.replace("\\n", "\n"),
                                                             agenda.to_json()))
    return emit(args, {"id": review_id, "plan": plan.id, "held_on": day.isoformat()},
                translate("Cli", "review {id} saved").format(id=review_id))


def _certify(args: argparse.Namespace) -> int:
    from salesmgr.models.lookup import find_rep
    from salesmgr.models.onboarding.plans import record_certification

    day = args.date or clock.today()
    with session_of(args, write=True) as session:
        rep_id = find_rep(session, args.rep)
        result_id = record_certification(session, rep_id, args.name, day, args.score, bool(args.passed))
    return emit(args, {"id": result_id, "passed": bool(args.passed), "score": args.score},
                translate("Cli", "certification result {id} recorded").format(id=result_id))


def _close(args: argparse.Namespace) -> int:
    from salesmgr.models.onboarding.plans import close_plan

    status = "finished" if args.action == "finish" else "cancelled"
    day = args.date or clock.today()
    with session_of(args, write=True) as session:
        plan = _plan_of(session, args.rep)
        close_plan(session, plan.id, status, day)
    text = translate("Cli", "plan {id} finished") if status == "finished" else translate("Cli", "plan {id} cancelled")
    return emit(args, {"id": plan.id, "status": status}, text.format(id=plan.id))


def _templates(args: argparse.Namespace) -> int:
    from salesmgr.models.onboarding.entities import TARGET_MIX
    from salesmgr.models.onboarding.template_file import template_label
    from salesmgr.models.onboarding.templates import list_templates

    with session_of(args, write=True) as session:  # the default template is added on first use
        templates = [{"id": t.id, "name": t.name, "label": template_label(t.name, t.builtin_key),
                      "tasks": t.tasks, "hours": str(t.hours), "planned_mix": t.planned_mix, "plans": t.plans}
                     for t in list_templates(session)]
    payload = {"target_mix": {k: float(v) for k, v in TARGET_MIX.items()}, "templates": templates}
    return emit(args, payload, templates_text(payload))


def _ramp(args: argparse.Namespace) -> int:
    from salesmgr.models.metrics.conversion import lenient_rates
    from salesmgr.models.onboarding.ramp import ramp_report

    # a deal without a rate is left out, and named
    with session_of(args, write=False) as session, lenient_rates() as left_out:
        report = ramp_report(session)

    def group(g: Any) -> dict[str, Any]:
        return {"key": g.key, "count": g.count, "with_first_deal": g.with_first_deal,
                "days_to_first_deal": g.days_to_first_deal, "won_90": json_money(g.won_90), "vs_ramped": g.vs_ramped,
                "on_time": g.on_time}

    hires = [{"rep": h.rep, "hire_date": h.hire_date.isoformat(), "cohort": h.cohort, "mentor": h.mentor,
              "days_to_first_activity": h.days_to_first_activity,
              "days_to_first_opportunity": h.days_to_first_opportunity, "days_to_first_deal": h.days_to_first_deal,
              "won_90": json_money(h.won_90), "observed_days": h.observed_days, "vs_ramped": h.vs_ramped,
              "on_time": h.on_time} for h in report.hires]
    payload = {"today": report.today.isoformat(), "ramped_reps": report.ramped_reps,
               "ramped_90": json_money(report.ramped_90),
               "reason": None if report.ramped_90 is not None else "no ramped reps to compare with",
               "hires": hires, "cohorts": [group(g) for g in report.cohorts],
               "mentors": [group(g) for g in report.mentors], "left_out_currencies": left_out.codes}
    return emit(args, payload, ramp_text(payload))
