"""Plans for people over tests/helpers/onboarding_data.py: Nia's default plan from Saturday 2026-10-31.

The default template (resources/onboarding/default_template.json) has 27 tasks, due on days 1, 3, 5, 8, 10, 12,
14, 15, 21, 21, 28, 30, 35, 38, 42, 45, 49, 52, 56, 60, 63, 70, 75, 77, 84, 85 and 90; 105 hours: practice 73,
feedback 21, formal 11.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.onboarding.criteria import sync_criteria
from salesmgr.models.onboarding.entities import DATA
from salesmgr.models.onboarding.plans import (
    ReviewInput,
    add_review,
    assign_plan,
    get_plan,
    next_steps,
    plan_day,
    plan_summaries,
    plan_tasks,
    summarize,
    task_week,
    tick_task,
    untick_task,
)
from tests.helpers.onboarding_data import NIA_START, TODAY

DUE_DAYS = [1, 3, 5, 8, 10, 12, 14, 15, 21, 21, 28, 30, 35, 38, 42, 45, 49, 52, 56, 60, 63, 70, 75, 77, 84, 85, 90]


def test_due_dates_are_calendar_days_from_the_start_and_cross_the_year(db: Database, plan_id: int) -> None:
    with db.session() as session:
        tasks = plan_tasks(session, plan_id)
    assert [(task.due_date - NIA_START).days + 1 for task in tasks] == DUE_DAYS
    assert tasks[0].due_date == date(2026, 10, 31) and tasks[0].due_date.weekday() == 5  # a Saturday stays one
    assert tasks[-1].due_date == date(2027, 1, 28)  # day 90: Oct 31 + 89 days, in the next year
    assert [task_week(NIA_START, t.due_date) for t in tasks[:8]] == [1, 1, 1, 2, 2, 2, 2, 3]  # day 8 opens week 2


def test_a_plan_starting_at_a_month_end(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:  # 2026 is not a leap year: Jan 31 + 29 days is Mar 1
        plan = assign_plan(session, ids["Max"], None, date(2026, 1, 31))
        due = {(t.due_date - date(2026, 1, 31)).days + 1: t.due_date for t in plan_tasks(session, plan)}
    assert due[30] == date(2026, 3, 1) and due[28] == date(2026, 2, 27) and due[90] == date(2026, 4, 30)


def test_the_day_of_a_plan() -> None:
    assert [plan_day(NIA_START, NIA_START + timedelta(days=n)) for n in (-1, 0, 1, 31, 89, 90, 400)] == [
        0, 1, 2, 32, 90, 90, 90]


def test_the_summary_counts_done_overdue_mix_and_the_next_review(db: Database, plan_id: int) -> None:
    with db.session() as session:
        fresh = summarize(session, get_plan(session, plan_id), TODAY)
        # nothing done yet: every task due before Dec 1 (days 1 to 30, 12 tasks) is overdue
        assert (fresh.day, fresh.tasks, fresh.done_tasks, fresh.done, fresh.overdue) == (32, 27, 0, 0.0, 12)
        assert (fresh.mix, fresh.mentor, fresh.next_review) == (None, "Mia", date(2026, 11, 6))  # start + 6
        tasks = plan_tasks(session, plan_id)
        tick_task(session, tasks[0].id, date(2026, 11, 2), "Ann", " read the price list ")  # formal, 2 h
        tick_task(session, tasks[6].id, date(2026, 11, 13), "Ann")  # shadow calls: practice, 8 h
        done = summarize(session, get_plan(session, plan_id), TODAY)
        assert tasks[0].done_note == "read the price list"
    assert (done.done_tasks, done.done, done.overdue) == (2, round(2 / 27, 4), 10)
    assert done.mix == {"practice": 0.8, "feedback": 0.0, "formal": 0.2}  # 8 h and 2 h of 10


def test_ticking_is_refused_before_the_start_and_data_done_tasks_stay_done(db: Database, plan_id: int) -> None:
    with db.session() as session:
        tasks = plan_tasks(session, plan_id)
        with pytest.raises(ValidationError, match="before its plan starts"):
            tick_task(session, tasks[0].id, date(2026, 10, 30))
        tick_task(session, tasks[0].id, NIA_START)
        untick_task(session, tasks[0].id)
        assert tasks[0].done_on is None and tasks[0].done_by is None
        sync_criteria(session, TODAY)
        first_activity = next(t for t in tasks if t.criterion == "first_activity")
        assert (first_activity.done_on, first_activity.done_by) == (date(2026, 11, 3), DATA)
        with pytest.raises(ValidationError, match="completed itself from the data"):
            untick_task(session, first_activity.id)


def test_one_active_plan_per_rep_and_nobody_mentors_themselves(db: Database, ids: dict[str, int],
                                                              plan_id: int) -> None:
    with db.session() as session:
        with pytest.raises(ValidationError, match="already has an onboarding plan that started on 2026-10-31"):
            assign_plan(session, ids["Nia"], None, TODAY)
        with pytest.raises(ValidationError, match="cannot be their own mentor"):
            assign_plan(session, ids["Ola"], None, TODAY, ids["Ola"])
        assert [s.rep for s in plan_summaries(session, TODAY)] == ["Nia"]
        assert plan_summaries(session, TODAY, mentor_id=ids["Max"]) == []


def test_a_reviews_next_steps_become_tasks_a_week_later(db: Database, plan_id: int) -> None:
    with db.session() as session:
        review = add_review(session, plan_id, ReviewInput(
            date(2026, 11, 27), "manager", "Ann", "First deal won", "", "- Call five accounts\n\n2. Book a demo\n"))
        new = [t for t in plan_tasks(session, plan_id) if t.review_id == review]
        summary = summarize(session, get_plan(session, plan_id), TODAY)
        with pytest.raises(ValidationError, match="at least one"):
            add_review(session, plan_id, ReviewInput(TODAY, "mentor", "Mia", " ", "", ""))
    assert [(t.title, t.due_date, t.category, t.owner_role, t.hours) for t in new] == [
        ("Call five accounts", date(2026, 12, 4), "practice", "new_hire", Decimal(1)),
        ("Book a demo", date(2026, 12, 4), "practice", "new_hire", Decimal(1))]
    assert (summary.tasks, summary.last_review, summary.next_review) == (29, date(2026, 11, 27), date(2026, 12, 4))


def test_next_steps_drop_bullets_and_numbers() -> None:
    text = "* one\n• two\n10. three\n2) four\n3、打电话\n3.5 hours of calls\n  \n"
    assert next_steps(text) == ["one", "two", "three", "four", "打电话", "3.5 hours of calls"]
