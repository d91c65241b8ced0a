"""Won and lost stage names of each CRM, and the prefix rule for the rest (stage_names' docstring)."""
from __future__ import annotations

import pytest

from salesmgr.exchange.imports.resolvers import StageResolver
from salesmgr.exchange.imports.stage_names import closed_kind
from salesmgr.models import StageDefinition
from salesmgr.models.database import Database

# (CRM, stage or status value as that CRM exports it, expected kind); None = an open stage
CASES = [
    ("salesforce", "Closed Won", "won"), ("salesforce", "Closed Lost", "lost"),
    ("salesforce", "Prospecting", None), ("salesforce", "Negotiation/Review", None),
    ("hubspot", "closedwon", "won"), ("hubspot", "closedlost", "lost"), ("hubspot", "Closed won", "won"),
    ("hubspot", "Closed lost", "lost"), ("hubspot", "appointmentscheduled", None),
    ("pipedrive", "won", "won"), ("pipedrive", "lost", "lost"), ("pipedrive", "open", None),
    ("odoo", "Won", "won"), ("odoo", "Lost", "lost"), ("odoo", "Proposition", None),
    ("zoho", "Closed Won", "won"), ("zoho", "Closed Lost", "lost"), ("zoho", "Closed Lost to Competition", "lost"),
    ("zoho", "Identify Decision Makers", None), ("zoho", "Value Proposition", None),
    ("zoho (Chinese)", "赢单", "won"), ("zoho (Chinese)", "输单", "lost"), ("zoho (Chinese)", "输单(竞争对手)", "lost"),
    ("zoho (Chinese)", "已成交-赢得", "won"), ("zoho (Chinese)", "已关闭-丢失", "lost"),
    ("fxiaoke", "赢单", "won"), ("fxiaoke", "输单", "lost"), ("fxiaoke", "输单（其他）", "lost"),
    ("fxiaoke", "商务谈判", None), ("xiaoshouyi", "赢单", "won"), ("xiaoshouyi", "丢单", "lost"),
    ("xiaoshouyi", "成交", "won"), ("xiaoshouyi", "失败", "lost"), ("xiaoshouyi", "方案演示", None),
    ("any", "Closed (Lost)", "lost"), ("any", "Closed-Lost", "lost"), ("any", "Closed (Won)", "won"),
    ("any", "Lost - no budget", "lost"), ("any", "Lost - went dark", "lost"), ("any", "Won - signed", "won"),
    ("any", "Closed Won - renewal", "won"), ("any", "Deal Lost", "lost"), ("any", "LOST: price", "lost"),
    # words that only start with the letters of won/lost are open stages
    ("any", "Wonderful demo", None), ("any", "Won't decide yet", None), ("any", "Lostock visit", None),
    ("any", "Closed", None), ("any", "赢单率评估", None), ("any", "输单原因分析", None),
]


@pytest.mark.parametrize(("crm", "value", "kind"), CASES, ids=[f"{c}:{v}" for c, v, _ in CASES])
def test_closed_kind(crm: str, value: str, kind: str | None) -> None:
    assert closed_kind(value) == kind


def test_the_resolver_puts_won_and_lost_names_in_the_pipelines_won_and_lost_stages(db: Database) -> None:
    with db.session() as session:
        stages = StageResolver(session)
        assert stages.won is not None and stages.lost is not None
        for value in ("Closed Lost to Competition", "输单(竞争对手)", "Lost - no budget", "Closed (Lost)"):
            assert stages.resolve(value) is stages.lost, value
        for value in ("Won - signed", "赢单", "closedwon"):
            assert stages.resolve(value) is stages.won, value
        assert stages.resolve("Proposal", status="Lost - price") is stages.lost  # a status by the same rule
        assert stages.new_stages == []
        assert stages.resolve("Value Proposition").kind == "open" and stages.new_stages == ["Value Proposition"]


def test_a_stored_stage_name_wins_over_the_rule(db: Database) -> None:
    with db.session() as session:  # the user's own open stage whose name starts like a won one
        session.add(StageDefinition(name="Won - paperwork", position=99, kind="open", default_probability=90,
                                    entry_criteria="", exit_criteria=""))
        session.flush()
        stages = StageResolver(session)
        assert stages.resolve("Won - paperwork").kind == "open"
        assert stages.resolve("Won - signed") is stages.won
