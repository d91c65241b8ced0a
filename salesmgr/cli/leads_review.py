"""`salesmgr leads review` and `salesmgr leads suggest` (see ``cli.leads``): the monthly review of the leads
created in a period and the model its figures propose.

Definitions are ``models.leads.review``'s and ``models.leads.suggest``'s. Ratios are numbers between 0 and 1
rounded to 4 places; a ratio that cannot be computed (no leads) is null with a reason beside it.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from salesmgr.cli.leads_review_text import proposal_text, review_text
from salesmgr.cli.support import UsageError, emit, session_of
from salesmgr.cli.text import json_money
from salesmgr.i18n import translate
from salesmgr.models import clock

PERIOD_HELP = ("the leads created from --from to --to (both included, YYYY-MM-DD); default: the last full "
               "calendar month, the month the seed's monthly sales-marketing meeting reviews")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def add_actions(actions: Any, add: Any) -> None:
    """Add ``review`` and ``suggest`` to ``salesmgr leads``."""
    review = add(actions, "review", "the monthly review: for the leads created in a period, conversion to "
                 "opportunity and to won deal per grade, average won deal, and per rule the conversion of the "
                 "leads it matched vs the others (lift), flagging rules that do not separate good from bad leads")
    review.add_argument("--from", dest="start", type=_day, required=True, help="first creation day, YYYY-MM-DD")
    review.add_argument("--to", dest="end", type=_day, required=True, help="last creation day, YYYY-MM-DD")
    review.add_argument("--export", type=Path, metavar="FILE.xlsx",
                        help="also write the review and the proposal as an Excel report")
    suggest = add(actions, "suggest", "the model the review's figures propose: each rule's points from its lift "
                  "(20 x log2 lift, rounded to 5), the thresholds that best separate leads that became "
                  "opportunities, and the grade counts and conversion under the current and the proposed "
                  "model; " + PERIOD_HELP)
    suggest.add_argument("--from", dest="start", type=_day, help="first creation day, YYYY-MM-DD")
    suggest.add_argument("--to", dest="end", type=_day, help="last creation day, YYYY-MM-DD")
    suggest.add_argument("--accept", action="store_true", help="save the proposed model as a new version and "
                         "rescore every lead (needs --by)")
    suggest.add_argument("--by", help="who accepts the proposal (with --accept)")
    suggest.add_argument("--note", help="a note saved with the new version (with --accept)")


def last_full_month(today: date) -> tuple[date, date]:
    """The first and last day of the calendar month before ``today``'s."""
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _period(args: argparse.Namespace) -> tuple[date, date]:
    if (args.start is None) != (args.end is None):
        raise UsageError(translate("Cli", "give both --from and --to, or neither for the last full month"))
    start, end = (args.start, args.end) if args.start is not None else last_full_month(clock.today())
    if end < start:
        raise UsageError(translate("Cli", "--to is before --from; give the first day, then the last"))
    return start, end


def _ratio(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def review_json(review: Any) -> dict[str, Any]:
    from salesmgr.models.leads.review import BIN_WIDTH, LIFT_HIGH, LIFT_LOW, MIN_LEADS

    grades = [{"grade": g.name, "leads": g.leads, "converted": g.converted, "conversion": _ratio(g.conversion),
               "won": g.won, "win_rate": _ratio(g.win_rate), "average_deal": json_money(g.average_deal),
               "deals_averaged": g.deals_counted,
               **({"reason": "no leads in this grade"} if not g.leads else {}),
               **({"average_deal_reason": "no won deal with an amount that converts to the base currency"}
                  if g.average_deal is None else {})} for g in review.grades]
    rules = [{"rule": r.label, "kind": r.rule.kind, "field": r.rule.field, "points": r.rule.points,
              "leads": r.leads, "converted": r.converted, "conversion": _ratio(r.conversion), "won": r.won,
              "other_leads": r.other_leads, "other_converted": r.other_converted,
              "other_conversion": _ratio(r.other_conversion), "lift": _ratio(r.lift), "separates": r.separates,
              "verdict": r.verdict, **({"lift_reason": _lift_reason(r)} if r.lift is None else {})}
             for r in review.rules]
    distribution = [{"from": b.low, "to": b.low + BIN_WIDTH - 1, "won": b.won,
                     "converted_not_won": b.converted_not_won, "not_converted": b.not_converted}
                    for b in review.distribution]
    return {"model_version": review.spec.version, "from": review.start.isoformat(), "to": review.end.isoformat(),
            "leads": review.leads, "currency": review.currency, "grades": grades, "rules": rules,
            "distribution": distribution, "left_out": [entry.to_json() for entry in review.left_out],
            "flag": {"min_leads": MIN_LEADS, "lift_low": LIFT_LOW, "lift_high": LIFT_HIGH}}


def _lift_reason(line: Any) -> str:
    if not line.leads:
        return "no lead matched the rule"
    if not line.other_leads:
        return "every lead matched the rule"
    return "no lead without the rule converted"


def proposal_json(proposal: Any) -> dict[str, Any]:
    rules = [{"rule": r.label, "current_points": r.current, "proposed_points": r.proposed, "lift": _ratio(r.lift),
              "reason": r.reason.text()} for r in proposal.rules]
    thresholds = [{"grade": t.name, "current": t.current, "proposed": t.proposed, "youden": _ratio(t.youden),
                   "reason": t.reason.text()} for t in proposal.thresholds]
    grades = [{"grade": c.name,
               "current": {"leads": c.current_leads, "converted": c.current_converted,
                           "conversion": _ratio(c.current_conversion)},
               "proposed": {"leads": c.proposed_leads, "converted": c.proposed_converted,
                            "conversion": _ratio(c.proposed_conversion)}} for c in proposal.comparison]
    return {"model_version": proposal.current.version, "from": proposal.start.isoformat(),
            "to": proposal.end.isoformat(), "leads": proposal.leads, "rules": rules, "thresholds": thresholds,
            "grades": grades, "changes": proposal.changes, "accepted": None}


def _review(args: argparse.Namespace) -> int:
    from salesmgr.exchange.reports.leads import write_lead_review
    from salesmgr.exchange.reports.writer import require_xlsx
    from salesmgr.models.leads.review import lead_review
    from salesmgr.models.leads.suggest import propose

    start, end = _period(args)
    if args.export is not None:
        require_xlsx(args.export)
    with session_of(args, write=False) as session:
        review = lead_review(session, start, end)
        if args.export is not None:
            write_lead_review(review, propose(session, start, end), args.export)
    payload = review_json(review)
    if args.export is not None:
        payload["export"] = str(args.export)
    return emit(args, payload, review_text(payload))


def _suggest(args: argparse.Namespace) -> int:
    from salesmgr.models.leads.suggest import accept_proposal, propose

    start, end = _period(args)
    if args.accept and not (args.by or "").strip():
        raise UsageError(translate("Cli", "--accept needs --by NAME: who accepts the proposal"))
    with session_of(args, write=args.accept) as session:
        proposal = propose(session, start, end)
        payload = proposal_json(proposal)
        if args.accept:
            saved = accept_proposal(session, proposal, args.by, args.note)
            payload["accepted"] = {"version": saved.version, "by": saved.changed_by}
    return emit(args, payload, proposal_text(payload))


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"review": _review, "suggest": _suggest}
