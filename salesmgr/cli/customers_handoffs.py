"""`salesmgr handoffs` and `salesmgr committee`: the sales-to-service hand-off checklists and the quarter's
committee review.

    salesmgr handoffs [list [--state open|overdue|done|all]] [--json] the hand-offs, the oldest win first
    salesmgr handoffs show HANDOFF [--json]       one hand-off (its id, or its deal's or account's name) with its
                                                  items and promises
    salesmgr handoffs done HANDOFF ITEM [--by NAME] [--on YYYY-MM-DD] [--undo]
                                                  tick an item (its number in the checklist or its text) or untick it
    salesmgr committee [--quarter 2026Q3] [--export FILE.xlsx] [--json]
                                                  at-risk accounts, broken promises and open hand-offs of a quarter
                                                  (default: the current one)

JSON: ``handoffs list`` prints ``{"state", "day", "handoffs": [row], "overdue_items"}``; ``show`` ``{"handoff":
row, "items": [...], "promises": [...]}``; ``committee`` ``{"quarter", "from", "to", "as_of", "at_risk": [...],
"broken_promises": [...], "open_handoffs": [row], "overdue_items", "export"}``. Days are ISO dates.
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from salesmgr.cli.support import UsageError, current_quarter, emit, session_of
from salesmgr.i18n import translate

STATES = ("open", "overdue", "done", "all")


def add_handoffs_parser(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    handoffs = add(commands, "handoffs", "the hand-off checklists made when deals are won: list, show, tick items")
    actions = handoffs.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    listing = add(actions, "list", "the hand-offs in --state, the oldest win first")
    listing.add_argument("--state", type=str.lower, choices=STATES, default="open",
                         help="open (default), overdue, done or all")
    show = add(actions, "show", "one hand-off with its checklist items and promises")
    show.add_argument("handoff", help="the hand-off's id, or its deal's or account's name")
    done = add(actions, "done", "tick a checklist item as done (who and when), or untick it with --undo")
    done.add_argument("handoff", help="the hand-off's id, or its deal's or account's name")
    done.add_argument("item", help="the item's number in the checklist (1, 2 ...) or its text")
    done.add_argument("--by", help="who did it")
    done.add_argument("--on", type=_day, help="the day it was done (default: today)")
    done.add_argument("--undo", action="store_true", help="mark the item as not done")
    committee = add(commands, "committee", "the committee review of a quarter: at-risk accounts, broken "
                    "promises and open hand-offs")
    committee.add_argument("--quarter", help="a fiscal quarter such as 2026Q3 (default: the current one)")
    committee.add_argument("--export", type=Path, metavar="FILE.xlsx", help="also write the review to Excel")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def cmd_handoffs(args: argparse.Namespace) -> int:
    if args.action == "show":
        return _show(args)
    if args.action == "done":
        return _done(args)
    return _list(args)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def row_json(row: Any) -> dict[str, Any]:
    return {"id": row.id, "opportunity": row.opportunity, "account": row.account, "owner": row.owner,
            "won_on": _iso(row.won_on), "items": row.items, "done": row.done, "overdue": row.overdue,
            "next_due": _iso(row.next_due), "implementation_owner": row.implementation_owner,
            "success_owner": row.success_owner, "promises_open": row.promises_open,
            "promises_broken": row.promises_broken}


def _row_line(row: Any) -> str:
    line = translate("Cli", "#{id} {deal} ({account}), won {won}: {done}/{items} done").format(
        id=row.id, deal=row.opportunity, account=row.account or "-", won=_iso(row.won_on), done=row.done,
        items=row.items)
    if row.overdue:
        line += translate("Cli", ", {count} overdue").format(count=row.overdue)
    return line


def _list(args: argparse.Namespace) -> int:
    from salesmgr.models import clock
    from salesmgr.models.customers.handoff_lists import list_handoffs

    day = clock.today()
    with session_of(args, write=False) as session:
        state = getattr(args, "state", "open")
        rows = list_handoffs(session, state, day)
    payload = {"state": state, "day": day.isoformat(), "handoffs": [row_json(row) for row in rows],
               "overdue_items": sum(row.overdue for row in rows)}
    lines = [_row_line(row) for row in rows] or [translate("Cli", "No hand-offs in this state.")]
    return emit(args, payload, "\n".join(lines))


def _item_json(item: Any, day: date) -> dict[str, Any]:
    return {"id": item.id, "position": item.position, "label": item.label, "department": item.department,
            "due_on": _iso(item.due_on), "done_on": _iso(item.done_on), "done_by": item.done_by,
            "overdue": item.overdue(day)}


def promise_json(promise: Any) -> dict[str, Any]:
    return {"id": promise.id, "text": promise.text, "account": promise.account, "opportunity": promise.opportunity,
            "made_on": _iso(promise.made_on), "due_on": _iso(promise.due_on), "status": promise.status,
            "resolved_on": _iso(promise.resolved_on), "note": promise.note}


def _item_line(item: Any, day: date) -> str:
    mark = "x" if item.done else ("!" if item.overdue(day) else " ")
    line = translate("Cli", "[{mark}] {number}. {label} (due {due})").format(mark=mark, number=item.position,
                                                                             label=item.label,
                                                               due=_iso(item.due_on))
    if item.done:
        line += translate("Cli", ", done {day} by {who}").format(day=_iso(item.done_on), who=item.done_by or "-")
    return line


def _show(args: argparse.Namespace) -> int:
    from salesmgr.models import clock
    from salesmgr.models.customers.handoff_lists import find_handoff, handoff_detail

    day = clock.today()
    with session_of(args, write=False) as session:
        detail = handoff_detail(session, find_handoff(session, args.handoff), day)
    payload = {"handoff": {**row_json(detail.row), "note": detail.note},
               "items": [_item_json(item, day) for item in detail.items],
               "promises": [promise_json(p) for p in detail.promises]}
    lines = [_row_line(detail.row), *(_item_line(item, day) for item in detail.items),
             *(translate("Cli", "Promise ({status}): {text}").format(status=p.status, text=p.text)
               for p in detail.promises)]
    return emit(args, payload, "\n".join(lines))


def _pick_item(items: list[Any], text: str) -> Any:
    cleaned = text.strip()
    if cleaned.isdigit():
        found = [item for item in items if item.position == int(cleaned)]
    else:
        folded = cleaned.casefold()
        found = [item for item in items if item.label.casefold() == folded] or [
            item for item in items if folded in item.label.casefold()]
    if len(found) == 1:
        return found[0]
    choices = "; ".join(f"{item.position}. {item.label}" for item in (found or items))
    message = (translate("Cli", "{item} fits several items: {choices}") if found
               else translate("Cli", "no item {item}; use one of: {choices}"))
    raise UsageError(message.format(item=cleaned, choices=choices))


def _done(args: argparse.Namespace) -> int:
    from salesmgr.models import clock
    from salesmgr.models.customers.handoff_lists import find_handoff
    from salesmgr.models.customers.handoffs import handoff_items, set_item_done

    day = clock.today()
    with session_of(args, write=True) as session:
        handoff_id = find_handoff(session, args.handoff)
        item = _pick_item(handoff_items(session, handoff_id), args.item)
        item = set_item_done(session, item.id, not args.undo, args.by, args.on)
    return emit(args, {"handoff": handoff_id, "item": _item_json(item, day)}, _item_line(item, day))


def health_line(health: Any) -> dict[str, Any]:
    from salesmgr.exchange.reports.committee import weakest_parts

    return {"account": health.account, "owner": health.owner, "score": health.score,
            "renewal_date": _iso(health.renewal_date), "weakest": weakest_parts(health)}


def cmd_committee(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.committee import committee_review
    from salesmgr.models.fiscal import parse_fiscal_quarter

    if args.export is not None and args.export.suffix.lower() != ".xlsx":
        raise UsageError(translate("Cli", "--export needs a file name ending in .xlsx, not {file}").format(
            file=args.export))
    with session_of(args, write=False) as session:
        quarter = parse_fiscal_quarter(session, args.quarter) if args.quarter else current_quarter(session)
        review = committee_review(session, quarter)
    written = None
    if args.export is not None:
        from salesmgr.exchange.reports.committee import export_committee

        written = export_committee(review, args.export)
    payload = {"quarter": review.quarter, "from": _iso(review.first), "to": _iso(review.last),
               "as_of": _iso(review.as_of), "at_risk": [health_line(h) for h in review.at_risk],
               "broken_promises": [promise_json(p) for p in review.broken_promises],
               "open_handoffs": [row_json(row) for row in review.open_handoffs],
               "overdue_items": review.overdue_items, "export": None if written is None else str(written)}
    return emit(args, payload, "\n".join(_committee_lines(review, written)))


def _committee_lines(review: Any, written: Path | None) -> list[str]:
    lines = [translate("Cli", "Committee review {quarter} as of {day}").format(quarter=review.quarter,
                                                                               day=_iso(review.as_of)),
             translate("Cli", "At-risk accounts: {count}").format(count=len(review.at_risk))]
    lines += [f"  {h.account} ({h.score}): {health_line(h)['weakest']}" for h in review.at_risk]
    lines.append(translate("Cli", "Broken promises: {count}").format(count=len(review.broken_promises)))
    lines += [f"  {p.account or '-'}: {p.text}" for p in review.broken_promises]
    lines.append(translate("Cli", "Open hand-offs: {count}, {overdue} overdue items").format(
        count=len(review.open_handoffs), overdue=review.overdue_items))
    lines += [f"  {_row_line(row)}" for row in review.open_handoffs]
    if written is not None:
        lines.append(translate("Cli", "Written to {file}").format(file=written))
    return lines
