"""find_team / find_rep: exact name (or e-mail) first, then a part of the name when only one name contains it."""
from __future__ import annotations

import pytest

from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError
from salesmgr.models.lookup import find_rep, find_team
from salesmgr.models.org import Rep, Team


@pytest.fixture
def org(db: Database) -> dict[str, int]:
    with db.session() as s:
        teams = [Team(name="华东大区 East China"), Team(name="华南大区 South China"), Team(name="East")]
        s.add_all(teams)
        s.flush()
        reps = [Rep(name="Ann Lee", email="ann@example.com", team_id=teams[0].id),
                Rep(name="Annabel Wu", team_id=teams[1].id), Rep(name="张伟 Zhang Wei")]
        s.add_all(reps)
        s.flush()
        return {**{t.name: t.id for t in teams}, **{r.name: r.id for r in reps}}


def test_exact_names_ignore_case_and_come_before_parts(db: Database, org: dict[str, int]) -> None:
    with db.session() as s:
        assert find_team(s, "east") == org["East"]  # exact, though "East China" contains it too
        assert find_team(s, " 华东大区 EAST CHINA ") == org["华东大区 East China"]
        assert find_rep(s, "ANN@example.com") == org["Ann Lee"]
        assert find_rep(s, "ann lee") == org["Ann Lee"]


def test_a_unique_part_finds_the_one_name_containing_it(db: Database, org: dict[str, int]) -> None:
    with db.session() as s:
        assert find_team(s, "East China") == org["华东大区 East China"]
        assert find_team(s, "华南") == org["华南大区 South China"]
        assert find_rep(s, "zhang") == org["张伟 Zhang Wei"]
        assert find_rep(s, "bel") == org["Annabel Wu"]


def test_an_ambiguous_part_lists_every_name_containing_it(db: Database, org: dict[str, int]) -> None:
    with db.session() as s:
        with pytest.raises(NotFoundError) as team_error:
            find_team(s, "china")
        with pytest.raises(NotFoundError) as rep_error:
            find_rep(s, "ANN")
    assert str(team_error.value) == ("more than one team's name contains china: 华东大区 East China, "
                                     "华南大区 South China; give more of the name")
    assert team_error.value.fields["matches"] == "华东大区 East China, 华南大区 South China"
    assert rep_error.value.fields["matches"] == "Ann Lee, Annabel Wu"


def test_a_name_found_nowhere_lists_close_matches(db: Database, org: dict[str, int]) -> None:
    with db.session() as s:
        with pytest.raises(NotFoundError, match="no team called Esat; close matches: East"):
            find_team(s, "Esat")
        with pytest.raises(NotFoundError, match="no rep called Ann Li; close matches: Ann Lee"):
            find_rep(s, "Ann Li")
        with pytest.raises(NotFoundError, match="no rep called  ; close matches"):
            find_rep(s, " ")  # blank text is part of every name: never a match
