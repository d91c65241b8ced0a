"""Scoring in Python and in SQL: the seed's pseudo-code cases, operators and decay at their boundaries, and the
SQL of ``bulk`` agreeing with ``score_facts`` on random leads."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesmgr.models import Lead
from salesmgr.models.database import Database
from salesmgr.models.leads.bulk import preview_counts, rescore
from salesmgr.models.leads.entities import LeadBehaviour, LeadScore
from salesmgr.models.leads.scoring import LeadFacts, decayed, score_facts
from salesmgr.models.leads.spec import DEFAULT_SPEC, Grade, Rule, ScoringSpec
from salesmgr.models.leads.store import current_spec, save_spec

TODAY = date(2026, 12, 1)


def _facts(industry: str | None = None, size: int | None = None, *behaviours: str) -> LeadFacts:
    return LeadFacts({"industry": industry, "company_size": size}, {key: TODAY for key in behaviours})


@pytest.mark.parametrize(("facts", "score", "grade"), [
    # The seed: a 科技 company of 2000 people that attended a webinar: 15 + 10 + 20 = 45, SQL (>= 30, < 50).
    (_facts("科技", 2000, "webinar"), 45, "SQL"),
    # ... and that also visited the pricing page: 65, MQL.
    (_facts("科技", 2000, "webinar", "pricing_page"), 65, "MQL"),
    # 金融 with 1000 people exactly (not > 1000) and a white paper: 15 + 10 = 25, Lead.
    (_facts("金融", 1000, "white_paper"), 25, "Lead"),
    # Every rule: 15 + 10 + 10 + 20 + 20 = 75.
    (_facts("金融", 1001, "white_paper", "webinar", "pricing_page"), 75, "MQL"),
    # 制造 (not in the list), size unknown, webinar and pricing page: 40, SQL; nothing: 0, Lead.
    (_facts("制造", None, "webinar", "pricing_page"), 40, "SQL"),
    (_facts(), 0, "Lead"),
    # Exactly 50 and exactly 30 reach their grades: 10 + 20 + 20 = 50; 10 + 20 = 30.
    (_facts(None, None, "white_paper", "webinar", "pricing_page"), 50, "MQL"),
    (_facts(None, None, "white_paper", "webinar"), 30, "SQL"),
])
def test_seed_cases(facts: LeadFacts, score: int, grade: str) -> None:
    result = score_facts(DEFAULT_SPEC, facts, TODAY)
    assert (result.score, DEFAULT_SPEC.grades[result.grade_rank].name) == (score, grade)


def test_breakdown_names_each_rule() -> None:
    result = score_facts(DEFAULT_SPEC, _facts("科技", 2000, "webinar"), TODAY)
    assert [(part.rule, part.points, part.value) for part in result.parts] == [
        (0, 15, "科技"), (1, 10, 2000), (3, 20, TODAY)]


@pytest.mark.parametrize(("days", "points"), [(0, 20), (29, 20), (30, 15), (59, 15), (60, 10), (119, 5),
                                              (120, 0), (400, 0), (-5, 20)])
def test_decay_steps_every_whole_30_days(days: int, points: int) -> None:
    # 20 points, 5 lost per whole 30 days: 30 days -> 15, 120 days -> 0 and never below.
    assert decayed(20, 5, TODAY - timedelta(days=days), TODAY) == points


def test_negative_points_decay_towards_zero() -> None:
    assert decayed(-20, 5, TODAY - timedelta(days=65), TODAY) == -10


@pytest.mark.parametrize(("rule", "value", "hit"), [
    (Rule("attribute", "industry", 5, "equals", "Tech"), " tech ", True),
    (Rule("attribute", "industry", 5, "equals", "Tech"), "Technology", False),
    (Rule("attribute", "industry", 5, "contains", "TECH"), "FinTech Asia", True),
    (Rule("attribute", "industry", 5, "contains", "科"), "科技", True),
    (Rule("attribute", "industry", 5, "in", ("科技", "Finance")), "finance", True),
    (Rule("attribute", "company_size", 5, "lt", 50), 49, True),
    (Rule("attribute", "company_size", 5, "lt", 50), 50, False),
    (Rule("attribute", "company_size", 5, "gt", 1000), 1001, True),
    (Rule("attribute", "company_size", 5, "equals", 200), 200, True),
    (Rule("attribute", "company_size", 5, "in", (10, 20)), 15, False),
])
def test_operators(rule: Rule, value: str | int, hit: bool) -> None:
    spec = ScoringSpec((rule,), (Grade("Any", None, "nurture"),))
    field = rule.field
    assert score_facts(spec, LeadFacts({field: value}), TODAY).score == (5 if hit else 0)


# Random leads: the stored SQL scores must equal the Python ones, rule for rule.
SPEC = ScoringSpec(
    rules=(*DEFAULT_SPEC.rules,
           Rule("attribute", "region", -5, "equals", "North"),
           Rule("attribute", "title", 7, "contains", "dir"),
           Rule("attribute", "company_size", 3, "lt", 50),
           Rule("behaviour", "webinar", 10, decay=4),
           Rule("behaviour", "demo_request", -30, decay=10)),
    grades=(Grade("A", 40, "route"), Grade("B", 10, "nurture"), Grade("C", None, "nurture")))
LEADS = st.lists(st.tuples(
    st.sampled_from([None, "科技", "金融", "制造", " 科技"]), st.one_of(st.none(), st.integers(0, 3000)),
    st.sampled_from([None, "north", "North ", "South"]), st.sampled_from([None, "Director", "DIRECTOR of IT", "VP"]),
    st.dictionaries(st.sampled_from(["white_paper", "webinar", "pricing_page", "demo_request"]),
                    st.integers(-10, 200))), min_size=1, max_size=15)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(leads=LEADS)
def test_sql_scores_agree_with_python(db: Database, leads: list) -> None:  # type: ignore[type-arg]
    with db.session() as session:
        current_spec(session)  # the default, version 1 (the session is rolled back: each example starts empty)
        spec = save_spec(session, SPEC, "test")
        expected = {}
        for number, (industry, size, region, title, behaviours) in enumerate(leads, start=1):
            session.add(Lead(id=number, name=f"L{number}", industry=industry, company_size=size, region=region,
                             title=title))
            days = {key: TODAY - timedelta(days=ago) for key, ago in behaviours.items()}
            session.add_all(LeadBehaviour(lead_id=number, behaviour=key, occurred_on=day)
                            for key, day in days.items())
            facts = LeadFacts({"industry": industry, "company_size": size, "region": region, "title": title}, days)
            expected[number] = score_facts(spec, facts, TODAY)
        session.flush()
        counts = rescore(session, spec, today=TODAY)
        stored = {row.lead_id: (row.score, row.grade_rank) for row in session.query(LeadScore)}
        assert stored == {number: (result.score, result.grade_rank) for number, result in expected.items()}
        by_rank = [sum(1 for r in expected.values() if r.grade_rank == rank) for rank in range(3)]
        assert counts == dict(enumerate(by_rank))
        assert preview_counts(session, spec, TODAY) == counts
        session.rollback()
