"""The demo's leads: a year of them, dated behaviours, statuses that fit grade and age, conversions that follow
the signals (so that every grade converts believably and the review has rules that do and do not separate), the
sales reps' routing rows and the model's two versions."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from salesmgr.demo import load_demo
from salesmgr.models.database import Database, open_database
from salesmgr.models.leads.bulk import rescore
from salesmgr.models.leads.store import current_spec

TODAY = date(2026, 11, 27)
CONVERSION_BY_GRADE = ("SELECT s.grade_rank, count(*), avg(l.status = 'converted') FROM lead l "
                       "JOIN lead_score s ON s.lead_id = l.id GROUP BY s.grade_rank ORDER BY s.grade_rank")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(Path(tmp_path_factory.mktemp("leads")) / "demo.sqlite")
    load_demo(database, opportunities=3000, today=TODAY)  # what `salesmgr demo` loads
    yield database
    database.close()


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.engine.connect() as connection:
        return list(connection.execute(text(sql), params).all())


def scalar(db: Database, sql: str, **params: Any) -> Any:
    return rows(db, sql, **params)[0][0]


def test_a_few_thousand_leads_over_the_last_year_all_scored(demo: Database) -> None:
    count, first, last = rows(demo, "SELECT count(*), min(created_date), max(created_date) FROM lead")[0]
    assert 3000 <= count <= 5000
    assert first >= (TODAY - timedelta(days=365)).isoformat() and last <= TODAY.isoformat()
    assert scalar(demo, "SELECT count(*) FROM lead_score") == count
    assert scalar(demo, "SELECT count(DISTINCT email) FROM lead") == count  # no accidental duplicates
    industries = {i for (i,) in rows(demo, "SELECT DISTINCT industry FROM lead")}
    assert {"科技", "金融"} <= industries and "科技/Technology" not in industries  # as the rule reads them
    team_provinces = "、".join(p for (p,) in rows(demo, "SELECT description FROM team"))
    assert all(region in team_provinces for (region,) in rows(demo, "SELECT DISTINCT region FROM lead"))


def test_every_grade_converts_believably_and_in_order(demo: Database) -> None:
    grades = rows(demo, CONVERSION_BY_GRADE)
    assert [rank for rank, _, _ in grades] == [0, 1, 2]
    (_, mqls, mql), (_, sqls, sql), (_, leads, lead) = grades
    assert mqls >= 150 and sqls >= 300 and leads >= 1000
    assert mql > sql > lead
    assert 0.25 <= mql <= 0.45 and 0.08 <= sql <= 0.18 and 0.02 <= lead <= 0.06


def _lift(db: Database, condition: str) -> float:
    """Conversion of the leads that meet ``condition`` over that of those that do not."""
    (met,), (unmet,) = [rows(db, f"SELECT avg(status = 'converted') FROM lead l WHERE {'' if flag else 'NOT '}"
                                 f"({condition})")[0] for flag in (True, False)]
    return float(met) / float(unmet)


def _has(behaviour: str) -> str:
    return f"EXISTS (SELECT 1 FROM lead_behaviour b WHERE b.lead_id = l.id AND b.behaviour = '{behaviour}')"


def test_signals_separate_as_the_demo_means_them_to(demo: Database) -> None:
    lifts = {"demo": _lift(demo, _has("demo_request")), "webinar": _lift(demo, _has("webinar")),
             "pricing": _lift(demo, _has("pricing_page")), "white paper": _lift(demo, _has("white_paper")),
             "industry": _lift(demo, "industry IN ('科技', '金融')"), "size": _lift(demo, "company_size > 1000")}
    assert lifts["demo"] > lifts["webinar"] > lifts["white paper"] and lifts["pricing"] > lifts["white paper"]
    assert lifts["webinar"] > 2.5 and lifts["pricing"] > 2.5
    assert 1.5 < lifts["industry"] < 3.0
    assert 0.8 < lifts["size"] < 1.25  # barely separates: the review's rule that does not


def test_behaviours_are_dated_after_creation_and_before_the_deal(demo: Database) -> None:
    assert scalar(demo, "SELECT count(*) FROM lead_behaviour WHERE dated = 0") == 0
    assert scalar(demo, "SELECT count(*) FROM lead_behaviour b JOIN lead l ON l.id = b.lead_id "
                        "WHERE b.occurred_on < l.created_date OR b.occurred_on > :today", today=TODAY.isoformat()) == 0
    assert scalar(demo, "SELECT count(*) FROM lead_behaviour b JOIN lead l ON l.id = b.lead_id "
                        "JOIN opportunity o ON o.id = l.converted_opportunity_id "
                        "WHERE b.occurred_on > o.created_date") == 0
    kinds = {k for (k,) in rows(demo, "SELECT DISTINCT behaviour FROM lead_behaviour")}
    assert kinds == {"white_paper", "webinar", "pricing_page", "demo_request"}


def test_statuses_fit_grade_and_age(demo: Database) -> None:
    statuses = dict(rows(demo, "SELECT status, count(*) FROM lead GROUP BY status"))
    assert set(statuses) == {"new", "nurturing", "assigned", "converted", "disqualified"}
    # No lead converted to a deal created before it; converted means it has its deal, and only then.
    assert scalar(demo, "SELECT count(*) FROM lead l LEFT JOIN opportunity o ON o.id = l.converted_opportunity_id "
                        "WHERE (l.status = 'converted') != (o.id IS NOT NULL) OR o.created_date < l.created_date") == 0
    # Assigned leads are MQLs (rank 0) owned by a sales rep since assigned_on, between creation and today.
    assert scalar(demo, "SELECT count(*) FROM lead l JOIN lead_score s ON s.lead_id = l.id "
                        "LEFT JOIN rep r ON r.id = l.owner_id WHERE l.status = 'assigned' AND (s.grade_rank != 0 "
                        "OR r.role NOT IN ('sdr', 'rep', 'senior') OR l.assigned_on < l.created_date "
                        "OR l.assigned_on > :today)", today=TODAY.isoformat()) == 0
    # Nurturing leads are below the routed grade and nobody's yet; new leads are under a week old, or MQLs whose
    # last behaviour lifted them there this week (waiting for routing: `leads route` has some to assign).
    assert scalar(demo, "SELECT count(*) FROM lead l JOIN lead_score s ON s.lead_id = l.id "
                        "WHERE l.status = 'nurturing' AND (s.grade_rank = 0 OR l.owner_id IS NOT NULL)") == 0
    week = (TODAY - timedelta(days=7)).isoformat()
    assert scalar(demo, "SELECT count(*) FROM lead l WHERE status = 'new' AND (owner_id IS NOT NULL OR "
                        "created_date <= :week AND (SELECT coalesce(max(b.occurred_on), l.created_date) "
                        "FROM lead_behaviour b WHERE b.lead_id = l.id) <= :week)", week=week) == 0
    waiting = scalar(demo, "SELECT count(*) FROM lead l JOIN lead_score s ON s.lead_id = l.id "
                           "WHERE l.status = 'new' AND s.grade_rank = 0")
    assert 3 <= waiting <= 30
    # Open assigned leads stay within each rep's capacity.
    assert scalar(demo, "SELECT count(*) FROM (SELECT l.owner_id, count(*) AS n FROM lead l WHERE "
                        "l.status = 'assigned' GROUP BY l.owner_id) a JOIN rep_routing g ON g.rep_id = a.owner_id "
                        "WHERE a.n > g.capacity") == 0


def test_sales_reps_take_leads_in_their_teams_provinces(demo: Database) -> None:
    routing = rows(demo, "SELECT r.role, g.capacity, g.regions, t.description, g.industries FROM rep_routing g "
                         "JOIN rep r ON r.id = g.rep_id JOIN team t ON t.id = r.team_id")
    assert len(routing) == scalar(demo, "SELECT count(*) FROM rep WHERE role IN ('sdr', 'rep', 'senior')")
    assert all(20 <= capacity <= 40 for _, capacity, _, _, _ in routing)
    assert all(regions.split("\n") == provinces.split("、") for _, _, regions, provinces, _ in routing)
    assert 0 < sum(industries is not None for *_, industries in routing) < len(routing)


def test_the_models_history_shows_a_managers_change(demo: Database) -> None:
    history = rows(demo, "SELECT m.version, m.origin, m.changed_by, m.changed_at, r.role FROM scoring_model m "
                         "LEFT JOIN rep r ON r.name = m.changed_by ORDER BY m.version")
    assert [(v, origin) for v, origin, *_ in history] == [(1, "default"), (2, "user")]
    (_, _, _, first_at, _), (_, _, _, second_at, role) = history
    assert role == "manager" and first_at < second_at < TODAY.isoformat()
    assert scalar(demo, "SELECT points FROM scoring_rule r JOIN scoring_model m ON m.id = r.model_id "
                        "WHERE m.version = 2 AND r.field = 'demo_request'") == 25


def test_stored_scores_are_the_current_models(demo: Database) -> None:
    before = rows(demo, "SELECT lead_id, score, grade_rank FROM lead_score ORDER BY lead_id")
    with demo.session() as session:
        spec = current_spec(session)
        assert spec.version == 2
        rescore(session, spec, today=TODAY)  # the demo's statuses were drawn with these scores
        again = session.execute(text("SELECT lead_id, score, grade_rank FROM lead_score ORDER BY lead_id")).all()
        session.rollback()
    assert [tuple(row) for row in again] == [tuple(row) for row in before] and len(before) > 3000
    assert scalar(demo, "SELECT count(DISTINCT model_id) FROM lead_score") == 1
