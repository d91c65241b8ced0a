"""The demo's onboarding plans: active plans in progress for the last 90 days' hires, finished ones for earlier
hires, with ramp figures that differ by cohort and mentor."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salesmgr.demo import load_demo
from salesmgr.models.database import Database, open_database
from salesmgr.models.onboarding.entities import CertificationResult, OnboardingPlan, PlanReview, PlanTask
from salesmgr.models.onboarding.plans import plan_summaries, plan_tasks
from salesmgr.models.onboarding.ramp import ramp_report
from salesmgr.models.org import Rep

DATES = [date(2026, 11, 27), date(2026, 2, 3), date(2025, 7, 1)]


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.sqlite")
    yield database
    database.close()


@pytest.mark.parametrize("today", DATES)
def test_plans_in_progress_and_finished(db: Database, today: date) -> None:
    summary = load_demo(db, reps=12, opportunities=600, today=today)
    with db.session() as s:
        reps = list(s.scalars(select(Rep)))
        recent = {r.id for r in reps if r.hire_date and timedelta(0) <= today - r.hire_date < timedelta(days=90)}
        earlier = {r.id for r in reps if r.hire_date and timedelta(days=90) <= today - r.hire_date
                   <= timedelta(days=365)}
        assert len(recent) == 3 and len(earlier) == 1  # 12 reps: 3 new hires, 1 earlier hire (demo.org)
        plans = list(s.scalars(select(OnboardingPlan)))
        active = [p for p in plans if p.status == "active"]
        assert sorted(p.rep_id for p in active) == sorted(recent)  # one active plan per new hire, no more
        for plan in active:
            rep = s.get(Rep, plan.rep_id)
            assert rep is not None and plan.start_date == rep.hire_date and plan.mentor_id == rep.mentor_id
            mentor = s.get(Rep, plan.mentor_id)
            assert mentor is not None and mentor.team_id == rep.team_id and mentor.hire_date < rep.hire_date
        for line in plan_summaries(s, today):
            assert line.done_tasks > 0 and line.overdue > 0 and line.last_review is not None, line
        finished = [p for p in plans if p.status == "finished"]
        assert {p.rep_id for p in finished} == earlier
        for plan in finished:
            assert plan.finished_on is not None and 89 <= (plan.finished_on - plan.start_date).days <= 99
            tasks = plan_tasks(s, plan.id)
            assert sum(t.done_on is not None for t in tasks) / len(tasks) > 0.9
        reviews = list(s.scalars(select(PlanReview)))
        assert all(r.went_well and r.next_steps and r.agenda for r in reviews)
        counted = {"onboarding_plans": OnboardingPlan, "onboarding_tasks": PlanTask,
                   "onboarding_reviews": PlanReview, "certifications": CertificationResult}
        for key, entity in counted.items():
            assert getattr(summary, key) == s.scalar(select(func.count()).select_from(entity)) > 0


def test_hires_ramp_up_after_joining_and_mentors_differ(db: Database) -> None:
    today = DATES[0]
    load_demo(db, reps=25, opportunities=3000, today=today)
    with db.session() as s:
        report = ramp_report(s, today)
        # 25 reps: 3 hired in the last 90 days, 2 earlier in the year (demo.org)
        assert len(report.hires) == 5
        for hire in report.hires:
            # nothing on the day of joining: the first call some days in, the first own deal weeks later
            assert hire.days_to_first_activity is not None and 2 <= hire.days_to_first_activity <= 7
            if hire.days_to_first_opportunity is not None:
                assert hire.days_to_first_opportunity >= 14
            if hire.days_to_first_deal is not None:
                assert 25 <= hire.days_to_first_deal <= 95
        finished = [h for h in report.hires if h.observed_days == 90]
        assert len(finished) == 2 and all(h.days_to_first_deal is not None for h in finished)
        assert len(report.cohorts) >= 3
        # the two earlier hires have different coaches: one of pace 0.75, one of 1.25 (demo.org COACH_PACE),
        # so their first deals come at least ~10 days apart and their plans are done on time differently
        assert len({h.mentor for h in finished}) == 2
        fast, slow = sorted(finished, key=lambda h: h.days_to_first_deal or 0)
        assert (slow.days_to_first_deal or 0) - (fast.days_to_first_deal or 0) >= 10
        assert fast.on_time is not None and slow.on_time is not None and fast.on_time > slow.on_time
        mentors = [g for g in report.mentors if g.on_time is not None]
        assert len(mentors) >= 2 and len({g.on_time for g in mentors}) >= 2
        results = list(s.scalars(select(CertificationResult)))
        assert all(60 <= r.score <= 98 for r in results)
        assert sum(not r.passed for r in results) == 1  # one fail, then the retake passed
        failed = next(r for r in results if not r.passed)
        assert any(r.rep_id == failed.rep_id and r.passed and r.taken_on > failed.taken_on for r in results)


def test_same_seed_same_plans(db: Database, other_db: Database) -> None:
    for database in (db, other_db):
        load_demo(database, reps=12, opportunities=400, today=DATES[0])

    def dump(database: Database) -> list[tuple[object, ...]]:
        with database.session() as s:
            return [(t.plan_id, t.title, t.due_date, t.done_on, t.done_by, t.done_note)
                    for t in s.scalars(select(PlanTask).order_by(PlanTask.id))]
    assert dump(db) == dump(other_db)
