"""Routing MQLs to reps: round robin fairness and its rotation across runs, capacity, territory and industry
matching with their reasons, load balancing, statuses and assigned_on, nurturing, dry runs, and the settings.

Scores follow tests/helpers/lead_routing.py: MQL leads score 50 (routed), SQL 40 and Lead 20 (nurtured).
"""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from salesmgr.models import Lead, Setting
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.leads.entities import LeadScore
from salesmgr.models.leads.nurturing import lift_text, nurturing_list
from salesmgr.models.leads.routing import nurture_below_threshold, route_leads
from salesmgr.models.leads.routing_settings import (
    DEFAULT_CAPACITY,
    rep_settings,
    routing_settings,
    set_rep_routing,
    set_routing_settings,
)
from tests.helpers.lead_routing import DAY, LEAD, SQL, add_lead, add_rep, add_team

TODAY = date(2026, 11, 16)


def _names(result_rows: tuple) -> list[str]:  # type: ignore[type-arg]
    return [row.lead for row in result_rows]


def test_round_robin_is_fair_and_continues_next_run(db: Database) -> None:
    with db.session() as session:
        team = add_team(session, "North")
        ann, bob, cat = (add_rep(session, name, team) for name in ("Ann", "Bob", "Cat"))
        # 10 MQLs, created a day apart so the oldest (L0) goes first: Ann, Bob, Cat, Ann, ... -> 4 / 3 / 3.
        for number in range(10):
            add_lead(session, f"L{number}", created=DAY + timedelta(days=number))
        result = route_leads(session, TODAY)
        assert [row.rep for row in result.assignments] == ["Ann", "Bob", "Cat"] * 3 + ["Ann"]
        assert _names(result.assignments) == [f"L{number}" for number in range(10)]
        assert Counter(row.rep_id for row in result.assignments) == {ann.id: 4, bob.id: 3, cat.id: 3}
        assert result.unassigned == ()
        # The next run starts after Ann, who was served last: L10 to Bob, L11 to Cat.
        add_lead(session, "L10", created=DAY)
        add_lead(session, "L11", created=DAY + timedelta(days=1))
        again = route_leads(session, TODAY)
        assert [(row.lead, row.rep) for row in again.assignments] == [("L10", "Bob"), ("L11", "Cat")]
        assert again.assignments[0].reason.text == "round robin: next in turn"


def test_assigned_leads_get_owner_status_and_day(db: Database) -> None:
    with db.session() as session:
        ann = add_rep(session, "Ann")
        lead = add_lead(session, "Hot", status="nurturing")  # a nurtured lead that became an MQL is routed
        route_leads(session, TODAY)
        session.refresh(lead)
        assert (lead.owner_id, lead.status, lead.assigned_on) == (ann.id, "assigned", TODAY)


def test_highest_score_first(db: Database) -> None:
    with db.session() as session:
        add_rep(session, "Ann")
        set_rep_routing(session, rep_settings(session)[0].rep_id, capacity=1)
        add_lead(session, "Older 50", created=DAY)
        # 50 + 15 (科技) = 65: served first although created later, and takes Ann's one place.
        add_lead(session, "Newer 65", created=DAY + timedelta(days=5), industry="科技")
        result = route_leads(session, TODAY)
        assert _names(result.assignments) == ["Newer 65"]
        assert [(row.lead, row.score, row.reason.text) for row in result.unassigned] == [
            ("Older 50", 50, "every rep is at capacity")]


def test_capacity_is_respected_and_reported(db: Database) -> None:
    with db.session() as session:
        ann, bob = add_rep(session, "Ann"), add_rep(session, "Bob")
        set_routing_settings(session, capacity=2)
        set_rep_routing(session, bob.id, capacity=3)
        # Ann already owns one assigned lead (load 1 of 2): one more place; Bob 3 places. 6 MQLs: rotation
        # Ann, Bob, (Ann full) Bob, Bob, then both full: L4 and L5 left.
        add_lead(session, "Old", SQL, status="assigned", owner=ann)
        for number in range(6):
            add_lead(session, f"L{number}", created=DAY + timedelta(days=number))
        result = route_leads(session, TODAY)
        assert [(row.lead, row.rep) for row in result.assignments] == [
            ("L0", "Ann"), ("L1", "Bob"), ("L2", "Bob"), ("L3", "Bob")]
        assert [(row.lead, row.reason.text) for row in result.unassigned] == [
            ("L4", "every rep is at capacity"), ("L5", "every rep is at capacity")]
        loads = {row.name: (row.load, row.limit) for row in rep_settings(session)}
        assert loads == {"Ann": (2, 2), "Bob": (3, 3)}


def test_territory_matches_regions_ignoring_case_and_spaces(db: Database) -> None:
    with db.session() as session:
        ann, bob, cat = add_rep(session, "Ann"), add_rep(session, "Bob"), add_rep(session, "Cat")
        set_rep_routing(session, ann.id, regions=["East", "华东"])
        set_rep_routing(session, bob.id, regions=["east"], capacity=1)
        set_rep_routing(session, cat.id, regions=["North"])
        add_lead(session, "E1", region=" EAST ", created=DAY)
        add_lead(session, "E2", region="east", created=DAY + timedelta(days=1))
        add_lead(session, "E3", region="East", created=DAY + timedelta(days=2))
        add_lead(session, "W1", region="West", created=DAY + timedelta(days=3))
        add_lead(session, "X1", region=None, created=DAY + timedelta(days=4))
        result = route_leads(session, TODAY, method="territory")
        # E1: Ann and Bob cover east, both load 0 -> Ann by name; E2: Bob (0) < Ann (1); E3: Bob is full
        # (capacity 1) -> Ann with 1 open lead before.
        assert [(row.lead, row.rep, row.reason.text) for row in result.assignments] == [
            ("E1", "Ann", "covers region EAST, 0 open leads before"),
            ("E2", "Bob", "covers region east, 0 open leads before"),
            ("E3", "Ann", "covers region East, 1 open leads before")]
        assert [(row.lead, row.reason.text) for row in result.unassigned] == [
            ("W1", "no rep covers region West"), ("X1", "the lead has no region")]


def test_territory_reports_when_every_covering_rep_is_full(db: Database) -> None:
    with db.session() as session:
        ann = add_rep(session, "Ann")
        set_rep_routing(session, ann.id, regions=["East"], capacity=1)
        add_lead(session, "E1", region="East", created=DAY)
        add_lead(session, "E2", region="East", created=DAY + timedelta(days=1))
        result = route_leads(session, TODAY, method="territory")
        assert _names(result.assignments) == ["E1"]
        assert result.unassigned[0].reason.text == "every rep covering region East is at capacity"


def test_industry_matching(db: Database) -> None:
    with db.session() as session:
        ann, bob = add_rep(session, "Ann"), add_rep(session, "Bob")
        set_rep_routing(session, ann.id, industries=["科技"])
        set_rep_routing(session, bob.id, industries=["金融\nRetail"])
        add_lead(session, "Tech", industry="科技")
        add_lead(session, "Bank", industry="金融")
        add_lead(session, "Shop", industry="retail ")  # not in the scoring list: 50, still an MQL
        add_lead(session, "Farm", industry="农业")
        result = route_leads(session, TODAY, method="industry")
        # Tech and Bank score 65 (listed industry) and go first; then Shop and Farm (50) by id.
        assert [(row.lead, row.rep) for row in result.assignments] == [
            ("Tech", "Ann"), ("Bank", "Bob"), ("Shop", "Bob")]
        assert result.assignments[2].reason.text == "covers industry retail, 1 open leads before"
        assert [(row.lead, row.reason.text) for row in result.unassigned] == [
            ("Farm", "no rep covers industry 农业")]


def test_load_balancing_gives_each_lead_to_the_least_loaded(db: Database) -> None:
    with db.session() as session:
        ann, bob, cat = add_rep(session, "Ann"), add_rep(session, "Bob"), add_rep(session, "Cat")
        # Open loads before: Ann 2, Bob 0, Cat 1 (a converted lead does not count).
        for owner in (ann, ann, cat):
            add_lead(session, "old", SQL, status="assigned", owner=owner)
        add_lead(session, "done", SQL, status="converted", owner=bob)
        for number in range(4):
            add_lead(session, f"L{number}", created=DAY + timedelta(days=number))
        result = route_leads(session, TODAY, method="load")
        # L0 Bob (0); L1 Bob 1 = Cat 1 -> Bob by name; L2 Cat (1 < Ann 2, Bob 2); L3 all 2 -> Ann by name.
        assert [(row.lead, row.rep, row.reason.text) for row in result.assignments] == [
            ("L0", "Bob", "fewest open leads (0 before)"), ("L1", "Bob", "fewest open leads (1 before)"),
            ("L2", "Cat", "fewest open leads (1 before)"), ("L3", "Ann", "fewest open leads (2 before)")]


def test_eligible_reps_team_roles_and_takes_leads(db: Database) -> None:
    with db.session() as session:
        north, south = add_team(session, "North"), add_team(session, "South")
        add_rep(session, "Mia", north, role="manager")
        add_rep(session, "Gone", north, active=False)
        sam = add_rep(session, "Sam", north, role="sdr")
        off = add_rep(session, "Off", north, role="senior")
        set_rep_routing(session, off.id, takes_leads=False)
        add_rep(session, "Sue", south)
        set_routing_settings(session, team_id=north.id)
        add_lead(session, "L0")
        add_lead(session, "L1", created=DAY + timedelta(days=1))
        result = route_leads(session, TODAY)
        # In North only Sam (an SDR) takes leads: the manager, the inactive rep and Off do not.
        assert result.team == "North"
        assert [row.rep_id for row in result.assignments] == [sam.id, sam.id]
        with pytest.raises(ValidationError, match="managers do not take routed leads"):
            set_rep_routing(session, rep_settings(session, north.id)[0].rep_id, takes_leads=True)


def test_no_rep_takes_leads(db: Database) -> None:
    with db.session() as session:
        team = add_team(session, "Empty")
        add_rep(session, "Ann")
        add_lead(session, "L0")
        result = route_leads(session, TODAY, team_id=team.id)
        assert [(row.lead, row.reason.text) for row in result.unassigned] == [
            ("L0", "no rep of team Empty takes leads")]


def test_nurture_moves_new_leads_below_threshold(db: Database) -> None:
    with db.session() as session:
        add_rep(session, "Ann")
        sql, lead = add_lead(session, "S", SQL), add_lead(session, "W", LEAD)
        taken = add_lead(session, "T", SQL, status="assigned")
        result = route_leads(session, TODAY)
        for row in (sql, lead, taken):
            session.refresh(row)
        # S (40) and W (20) are new and below MQL: nurturing; T is assigned and stays so.
        assert (result.nurtured, sql.status, lead.status, taken.status) == (2, "nurturing", "nurturing", "assigned")
        assert nurture_below_threshold(session) == 0


def test_dry_run_writes_nothing(db: Database) -> None:
    with db.session() as session:
        add_rep(session, "Ann")
        mql, sql = add_lead(session, "M"), add_lead(session, "S", SQL)
        result = route_leads(session, TODAY, dry_run=True)
        assert (result.dry_run, _names(result.assignments), result.nurtured) == (True, ["M"], 1)
    with db.session() as session:
        statuses = {lead.name: (lead.status, lead.owner_id) for lead in session.query(Lead)}
        assert statuses == {"M": ("new", None), "S": ("new", None)}
        assert session.get(Setting, "lead_routing.last_rep_id") is None
        assert session.query(LeadScore).count() == 0  # not even the scores it worked out to decide
        del mql, sql


def test_nurturing_list_says_what_would_lift_each_lead(db: Database) -> None:
    with db.session() as session:
        add_lead(session, "S", SQL, industry="制造", region="East", email="s@example.com")
        add_lead(session, "W", LEAD, status="nurturing", created=DAY - timedelta(days=3))
        add_lead(session, "Tech", ("white_paper",), industry="科技", company_size=2000)
        nurture_below_threshold(session)
        rows = nurturing_list(session, TODAY)
        # S: 20 + 20 = 40 -> needs 10, lacks the white paper; Tech: 15 + 10 + 10 = 35 -> needs 15, lacks webinar
        # and pricing page; W: 20 -> needs 30.
        assert [(row.name, row.score, row.grade, row.needs, row.missing) for row in rows] == [
            ("S", 40, "SQL", 10, (("white_paper", 10),)),
            ("Tech", 35, "SQL", 15, (("webinar", 20), ("pricing_page", 20))),
            ("W", 20, "Lead", 30, (("white_paper", 10), ("pricing_page", 20)))]
        assert lift_text(rows[0]) == "needs 10 more points; lacks: downloaded white paper (+10)"
        assert (rows[0].email, rows[0].region, rows[0].created) == ("s@example.com", "East", DAY)


def test_settings_round_trip_and_validation(db: Database) -> None:
    with db.session() as session:
        team = add_team(session, "North")
        ann = add_rep(session, "Ann", team)
        assert routing_settings(session) == routing_settings(session).__class__("round_robin", None, None,
                                                                                DEFAULT_CAPACITY)
        settings = set_routing_settings(session, method="load", team_id=team.id, capacity=10)
        assert (settings.method, settings.team, settings.capacity) == ("load", "North", 10)
        assert set_routing_settings(session, team_id=None).team_id is None
        with pytest.raises(ValidationError, match="unknown routing method"):
            set_routing_settings(session, method="random")
        with pytest.raises(ValidationError, match="from 1 to 1000"):
            set_routing_settings(session, capacity=0)
        with pytest.raises(NotFoundError):
            set_routing_settings(session, team_id=999)
        set_rep_routing(session, ann.id, capacity=5, regions=["East", " east ", "", "West"], industries=[])
        row = rep_settings(session)[0]
        assert (row.capacity, row.limit, row.regions, row.industries) == (5, 5, ("East", "West"), ())
        set_rep_routing(session, ann.id, capacity=None)
        assert rep_settings(session)[0].limit == 10
