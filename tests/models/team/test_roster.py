from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from salesmgr.models import Rep
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.team.roster import (
    RepInput,
    add_rep,
    add_team,
    get_rep,
    list_reps,
    list_teams,
    set_rep_active,
    update_rep,
    update_team,
)


def test_reps_and_teams_round_trip(db: Database) -> None:
    with db.session() as s:
        east = add_team(s, " East China ", "华东")
        lead = add_rep(s, RepInput("王芳", "Wang.Fang@Example.com", east, "manager", date(2021, 3, 1)))
        new = add_rep(s, RepInput("Li Lei", None, east, "rep", date(2026, 10, 8), manager_id=lead, mentor_id=lead))
    with db.session() as s:
        row = get_rep(s, new)
        teams = list_teams(s)
    assert (row.team_name, row.manager_name, row.mentor_name) == ("East China", "王芳", "王芳")
    assert teams[0].name == "East China" and teams[0].region == "华东" and teams[0].rep_count == 2
    with db.session() as s:
        assert get_rep(s, lead).email == "wang.fang@example.com"


def test_deactivated_reps_sort_last_and_leave_the_team_count(db: Database) -> None:
    with db.session() as s:
        team = add_team(s, "North")
        a = add_rep(s, RepInput("Alice", team_id=team))
        add_rep(s, RepInput("Bob", team_id=team))
        set_rep_active(s, a, False)
    with db.session() as s:
        assert [(r.name, r.active) for r in list_reps(s)] == [("Bob", True), ("Alice", False)]
        assert list_teams(s)[0].rep_count == 1
        assert s.get(Rep, a) is not None  # deactivation keeps the record


@pytest.mark.parametrize("data, message", [
    (RepInput("  "), "needs a name"),
    (RepInput("Ann", "not-an-email"), "not an e-mail"),
    (RepInput("Ann", role="boss"), "unknown role"),
    (RepInput("Ann", team_id=42), "no team with id 42"),
])
def test_bad_rep_input_is_refused_and_nothing_written(db: Database, data: RepInput, message: str) -> None:
    with pytest.raises((ValidationError, NotFoundError), match=message), db.session() as s:
        add_rep(s, data)
    with db.session() as s:
        assert s.scalars(select(Rep)).all() == []


def test_duplicate_email_and_self_mentoring_are_refused(db: Database) -> None:
    with db.session() as s:
        ann = add_rep(s, RepInput("Ann", "ann@example.com"))
        bob = add_rep(s, RepInput("Bob"))
    with pytest.raises(ValidationError, match="already the e-mail of Ann"), db.session() as s:
        update_rep(s, bob, RepInput("Bob", "ANN@example.com"))
    with pytest.raises(ValidationError, match="own manager or mentor"), db.session() as s:
        update_rep(s, ann, RepInput("Ann", mentor_id=ann))


def test_team_names_are_unique_ignoring_case(db: Database) -> None:
    with db.session() as s:
        east = add_team(s, "East")
        west = add_team(s, "West")
    with pytest.raises(ValidationError, match="already a team called"), db.session() as s:
        update_team(s, west, "EAST", None, True)
    with db.session() as s:
        update_team(s, east, "East China", "Shanghai", False)
        assert [(t.name, t.active) for t in list_teams(s)] == [("West", True), ("East China", False)]
