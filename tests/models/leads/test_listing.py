"""The lead list and a lead's detail over the five hand-made leads of tests/helpers/leads_data.py."""
from __future__ import annotations

import pytest

from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError
from salesmgr.models.leads.listing import grade_counts, lead_detail, lead_rows
from tests.helpers.leads_data import SCORES


def test_every_lead_scored_with_its_breakdown(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        rows = {row.name: row for row in lead_rows(session)}
    assert {name: row.score for name, row in rows.items()} == SCORES
    assert {name: row.grade for name, row in rows.items()} == {
        "Ann": "SQL", "Bob": "MQL", "Cat": "Lead", "Dan": "Lead", "Eve": "SQL"}
    assert rows["Ann"].breakdown == "+15 industry 科技, +10 company size 2000, +20 attended webinar (2026-11-01)"
    assert rows["Dan"].breakdown == ""
    assert rows["Ann"].owner == "Rita" and rows["Ann"].status == "nurturing"


def test_filters(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        assert sorted(row.name for row in lead_rows(session, grade_rank=1)) == ["Ann", "Eve"]  # SQL
        assert [row.name for row in lead_rows(session, text="bob co")] == ["Bob"]
        assert lead_rows(session, status="converted") == []
        assert len(lead_rows(session, limit=2)) == 2
        # The filtered rows get their breakdowns too: Bob 15 + 10 + 20 + 20.
        assert lead_rows(session, grade_rank=0)[0].breakdown.count("+") == 4
        assert grade_counts(session) == {0: 1, 1: 2, 2: 2}


def test_detail_lists_parts_and_behaviours(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        detail = lead_detail(session, ids["Eve"])
        with pytest.raises(NotFoundError):
            lead_detail(session, 999)
    assert [(part.rule, part.points, part.text) for part in detail.parts] == [
        (3, 20, "+20 attended webinar (2026-11-01)"), (4, 20, "+20 visited pricing page (2026-11-01)")]
    assert [behaviour.key for behaviour in detail.behaviours] == ["pricing_page", "webinar"]
    assert detail.row.score == 40 and detail.model_version == 1
