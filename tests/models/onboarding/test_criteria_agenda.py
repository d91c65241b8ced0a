"""Criteria the data completes and the weekly review's agenda, over tests/helpers/onboarding_data.py (Nia's plan
from 2026-10-31; see test_plans for the template's due days)."""
from __future__ import annotations

import json
from datetime import date

from salesmgr.models.database import Database
from salesmgr.models.onboarding.agenda import Agenda, prepare_agenda
from salesmgr.models.onboarding.criteria import first_dates, sync_criteria
from salesmgr.models.onboarding.entities import DATA
from salesmgr.models.onboarding.plans import ReviewInput, add_review, plan_tasks, record_certification
from tests.helpers.onboarding_data import NIA_START, TODAY


def test_first_dates_from_the_data(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        found = first_dates(session, [ids["Nia"], ids["Ola"], ids["Mia"]])
    assert found[ids["Nia"]] == {"first_activity": date(2026, 11, 3), "first_customer_visit": date(2026, 11, 12),
                                 "first_opportunity": NIA_START, "first_deal_won": date(2026, 11, 25)}
    assert found[ids["Ola"]] == {"first_deal_won": date(2026, 7, 10)}  # her deals have no created date
    assert "certification_passed" not in found[ids["Mia"]]


def test_sync_completes_what_the_data_shows_and_only_that(db: Database, ids: dict[str, int], plan_id: int) -> None:
    with db.session() as session:
        assert sync_criteria(session, date(2026, 11, 10)) == 2  # on Nov 10: the opportunity and the first call
        assert sync_criteria(session, TODAY) == 2  # then the visit (Nov 12) and the won deal (Nov 25)
        record_certification(session, ids["Nia"], "CRM certification", date(2026, 11, 19), 58, False)
        assert sync_criteria(session, TODAY) == 0  # a failed result does not count
        record_certification(session, ids["Nia"], "CRM certification", date(2026, 11, 26), 86, True)
        assert sync_criteria(session, TODAY) == 1
        done = {t.criterion: (t.done_on, t.done_by) for t in plan_tasks(session, plan_id) if t.criterion}
    assert done == {"first_activity": (date(2026, 11, 3), DATA), "certification_passed": (date(2026, 11, 26), DATA),
                    "first_customer_visit": (date(2026, 11, 12), DATA), "first_opportunity": (NIA_START, DATA),
                    "first_deal_won": (date(2026, 11, 25), DATA)}


def test_data_older_than_the_plan_completes_on_its_start(db: Database, ids: dict[str, int]) -> None:
    from salesmgr.models.onboarding.plans import assign_plan
    with db.session() as session:  # Ola's first deal (2026-07-10) predates a plan started on 2026-08-01
        plan = assign_plan(session, ids["Ola"], None, date(2026, 8, 1))
        sync_criteria(session, TODAY)
        won = next(t for t in plan_tasks(session, plan) if t.criterion == "first_deal_won")
    assert won.done_on == date(2026, 8, 1)


def _titles(agenda: Agenda, section: str) -> list[str]:
    return [item.text for item in agenda.section(section)]


def test_the_agenda_of_a_first_review(db: Database, plan_id: int) -> None:
    with db.session() as session:  # no review yet: "since" is the day before the start, nothing ticked
        agenda = prepare_agenda(session, plan_id, TODAY)
    assert agenda.since == date(2026, 10, 30)
    assert len(agenda.section("overdue")) == 12  # every task due on days 1-30 (Oct 31 .. Nov 29)
    assert _titles(agenda, "due") == ["Role play: a discovery call with SPIN questions",  # Dec 4 and Dec 7
                                      "Three more mentored customer visits"]
    assert [(i.text, i.day) for i in agenda.section("firsts")] == [
        ("first opportunity created", NIA_START), ("first customer activity logged", date(2026, 11, 3)),
        ("first customer visit logged", date(2026, 11, 12)), ("first deal won", date(2026, 11, 25))]
    stalled = agenda.section("stalled")
    assert [(i.text, i.values["days"], i.values["threshold"]) for i in stalled] == [("Inherited deal", "31", "30")]
    assert [(i.text, i.day, i.values["hours"]) for i in agenda.section("late")] == [
        ("Intro call", date(2026, 11, 3), "50")]  # Nov 3 10:00 logged Nov 5 12:00; the visit was on time
    # Dec 1 is day 32, month 2 (days 31-60, Nov 30 .. Dec 29): its open criterion task is the first opportunity
    assert _titles(agenda, "criteria") == ["Create your first opportunity"]
    assert agenda.section("last_review") == []


def test_the_next_agenda_starts_from_the_last_review(db: Database, plan_id: int) -> None:
    with db.session() as session:
        sync_criteria(session, TODAY)
        add_review(session, plan_id, ReviewInput(date(2026, 11, 27), "manager", "Ann", "First deal won",
                                                 "Log visits the same day", "Call five accounts"))
        agenda = prepare_agenda(session, plan_id, TODAY)
        stored = Agenda.from_json(agenda.to_json())
    assert agenda.since == date(2026, 11, 27)
    assert agenda.section("firsts") == [] and agenda.section("late") == []  # nothing new since Nov 27
    assert "Call five accounts" in _titles(agenda, "due")  # the next step, due Dec 4
    assert [(i.values["part"], i.text) for i in agenda.section("last_review")] == [
        ("went_well", "First deal won"), ("to_improve", "Log visits the same day"),
        ("next_steps", "Call five accounts")]
    assert stored == agenda and json.loads(agenda.to_json())["since"] == "2026-11-27"
