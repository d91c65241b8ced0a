"""Ramp metrics and templates over tests/helpers/onboarding_data.py (today 2026-12-01)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesmgr.i18n import set_language
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.onboarding.criteria import sync_criteria
from salesmgr.models.onboarding.plans import plan_tasks, tick_task
from salesmgr.models.onboarding.ramp import ramp_curves, ramp_report
from salesmgr.models.onboarding.template_file import task_title, template_label
from salesmgr.models.onboarding.templates import (
    TaskSpec,
    add_template_task,
    copy_template,
    find_template,
    list_templates,
    rename_template,
    template_tasks,
    update_template_task,
)
from tests.helpers.onboarding_data import NIA_START, TODAY


def test_ramp_per_new_hire(db: Database, ids: dict[str, int], plan_id: int) -> None:
    with db.session() as session:
        tasks = plan_tasks(session, plan_id)
        tick_task(session, tasks[0].id, date(2026, 10, 31))  # due Oct 31: on time
        tick_task(session, tasks[1].id, date(2026, 11, 5))  # due Nov 2: late
        report = ramp_report(session, TODAY)
    assert (report.ramped_reps, report.ramped_90) == (2, Decimal("75000.00"))
    nia, ola = report.hires  # newest hire first
    assert (nia.rep, nia.hire_date, nia.cohort, nia.mentor) == ("Nia", NIA_START, "2026Q4", "Mia")
    assert (nia.days_to_first_activity, nia.days_to_first_opportunity, nia.days_to_first_deal) == (3, 0, 25)
    assert (nia.won_90, nia.observed_days, nia.vs_ramped) == (Decimal("30000.00"), 32, 0.4)
    assert nia.on_time == round(1 / 27, 4)  # one of 27 tasks done by its due date
    assert (ola.cohort, ola.mentor, ola.won_90, ola.vs_ramped) == ("2026Q2", "Max", Decimal("90000.00"), 1.2)
    assert (ola.days_to_first_activity, ola.days_to_first_deal, ola.observed_days, ola.on_time) == (None, 25, 90, None)
    assert [(g.key, g.count, g.with_first_deal, g.days_to_first_deal, g.won_90) for g in report.cohorts] == [
        ("2026Q2", 1, 1, 25.0, Decimal("90000.00")), ("2026Q4", 1, 1, 25.0, Decimal("30000.00"))]
    assert [(g.key, g.vs_ramped) for g in report.mentors] == [("Max", 1.2), ("Mia", 0.4)]


def test_ramp_curves_add_up_won_revenue_by_days_since_hire(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        curves = {c.rep: c.points for c in ramp_curves(session, today=TODAY)}
    # Ola: 90,000 on day 25 (Jul 10 - Jun 15) and 60,000 on day 108; Nia: 30,000 on day 25 (Nov 25 - Oct 31)
    assert curves == {"Ola": ((0, Decimal(0)), (25, Decimal("90000.00")), (108, Decimal("150000.00"))),
                      "Nia": ((0, Decimal(0)), (25, Decimal("30000.00")))}


def test_the_default_templates_planned_mix_and_labels(db: Database) -> None:
    with db.session() as session:
        (default,) = list_templates(session)
        first = template_tasks(session, default.id)[0]
        assert (default.name, default.tasks, default.hours) == ("default", 27, Decimal(105))
        assert default.planned_mix == {"practice": round(73 / 105, 4), "feedback": 0.2, "formal": round(11 / 105, 4)}
        try:
            set_language("zh_CN")
            assert task_title(first.title, first.builtin_key) == "公司、产品与价格体系"
            assert template_label(default.name, default.builtin_key) == "默认 90 天入职计划"
            update_template_task(session, first.id, TaskSpec("Products, prices and discounts", "formal", 1,
                                                             "new_hire"))
            assert task_title(first.title, first.builtin_key) == "Products, prices and discounts"  # as written
        finally:
            set_language("en")
        assert template_label(default.name, default.builtin_key) == "Default 90-day plan"


def test_copying_renaming_and_checking_tasks(db: Database) -> None:
    with db.session() as session:
        default = find_template(session, " DEFAULT ")
        copy = copy_template(session, default.id, "Key accounts")
        with pytest.raises(ValidationError, match="exists already"):
            copy_template(session, default.id, "key accounts ")
        add_template_task(session, copy, TaskSpec("Meet the key account team", "practice", 90, "new_hire",
                                                  hours=Decimal("1.5")))
        rename_template(session, copy, "Key accounts, 90 days")
        infos = {t.name: t for t in list_templates(session)}
        for bad, message in ((TaskSpec(" ", "practice", 1, "mentor"), "title"),
                             (TaskSpec("x", "reading", 1, "mentor"), "practice, feedback or formal"),
                             (TaskSpec("x", "practice", 91, "mentor"), "from 1 to 90"),
                             (TaskSpec("x", "practice", 1, "boss"), "new hire, the mentor or the manager"),
                             (TaskSpec("x", "practice", 1, "mentor", hours=Decimal(0)), "more than 0"),
                             (TaskSpec("x", "practice", 1, "mentor", criterion="luck"), "unknown criterion")):
            with pytest.raises(ValidationError, match=message):
                add_template_task(session, copy, bad)
    assert sorted(infos) == ["Key accounts, 90 days", "default"]
    assert (infos["Key accounts, 90 days"].tasks, infos["Key accounts, 90 days"].hours) == (28, Decimal("106.5"))
    assert infos["Key accounts, 90 days"].builtin_key is None


def test_tasks_done_by_data_count_as_on_time_when_before_their_due_date(db: Database, ids: dict[str, int],
                                                                       plan_id: int) -> None:
    with db.session() as session:
        sync_criteria(session, TODAY)  # activity Nov 3 (due Nov 11), visit Nov 12 (due Nov 29), opportunity
        report = ramp_report(session, TODAY)  # Oct 31 (due Dec 14), won Nov 25 (due Jan 24): all on time
    assert report.hires[0].on_time == round(4 / 27, 4)
