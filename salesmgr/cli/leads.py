"""`salesmgr leads`: the shared lead-scoring model, scores, routing, the monthly review and its proposals.

    salesmgr leads score [--json]                   rescore every lead with the current model; leads per grade
    salesmgr leads route [--json]                   assign the unassigned leads of routed grades to reps
    salesmgr leads review --from D --to D [--json]  conversion per grade and per rule for leads created then
    salesmgr leads suggest [--from D --to D] [--json] [--accept]   the model the review's figures propose

Each action group lives in its own module (``leads_model``, ``leads_route``, ``leads_review``), which adds its
actions to the parser and names their handlers.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from salesmgr.cli import leads_model, leads_review, leads_route

Handler = Callable[[argparse.Namespace], int]
GROUPS = (leads_model, leads_route, leads_review)


def add_leads_parser(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    leads = add(commands, "leads", "lead scoring: the shared model, scores per grade, routing to reps, the "
                "monthly review and the model it proposes")
    actions = leads.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class, required=True)
    for group in GROUPS:
        group.add_actions(actions, add)


def cmd_leads(args: argparse.Namespace) -> int:
    handlers: dict[str, Handler] = {}
    for group in GROUPS:
        handlers.update(group.HANDLERS)
    return handlers[args.action](args)
