"""The roadmap: the built-in phases in both languages, phase and milestone CRUD with their rules, milestone
status against a day, goals linked to milestones, and pilots."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesmgr.i18n import set_language
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.goals import roadmap
from salesmgr.models.goals.goals import COMPANY, GoalSpec, add_goal, delete_goal
from salesmgr.models.goals.roadmap import MilestoneSpec
from salesmgr.models.periods import Period
from tests.models.metrics.test_funnel import rep, team


def test_the_migration_creates_the_seeds_three_phases_shown_in_the_interface_language(db: Database) -> None:
    with db.session() as s:
        rows = roadmap.phases(s)
        assert [r.builtin_key for r in rows] == ["foundation", "capability", "collaboration"]
        assert roadmap.phase_label(rows[0]) == "Solid foundations, better processes"
        set_language("zh_CN")
        try:
            assert [roadmap.phase_label(r) for r in rows] == [
                "夯实基础 优化流程", "提升能力 数据驱动", "全面协同 持续创新"]
            assert roadmap.find_phase(s, "提升能力 数据驱动").builtin_key == "capability"
        finally:
            set_language("en")
        roadmap.ensure_default_phases(s)  # nothing missing: nothing added
        assert len(roadmap.phases(s)) == 3


def test_renaming_a_builtin_phase_clears_its_key_and_phase_rules(db: Database) -> None:
    with db.session() as s:
        first = roadmap.phases(s)[0]
        roadmap.update_phase(s, first.id, "Solid foundations, better processes", date(2026, 1, 1), date(2026, 3, 31))
        assert first.builtin_key == "foundation" and first.start_date == date(2026, 1, 1)
        roadmap.update_phase(s, first.id, "Basics", None, None)
        assert first.builtin_key is None and roadmap.phase_label(first) == "Basics"
        with pytest.raises(ValidationError, match="needs a name"):
            roadmap.add_phase(s, "  ")
        with pytest.raises(ValidationError, match="cannot end"):
            roadmap.add_phase(s, "Later", date(2026, 5, 1), date(2026, 4, 1))
        extra = roadmap.add_phase(s, "Later")
        assert roadmap.phases(s)[-1].id == extra and roadmap.phases(s)[-1].position == 4
        roadmap.ensure_default_phases(s)  # the renamed one lost its key, so "foundation" comes back at the end
        assert [r.builtin_key for r in roadmap.phases(s)] == [None, "capability", "collaboration", None, "foundation"]
        with pytest.raises(NotFoundError):
            roadmap.find_phase(s, "nowhere")


def test_milestones_status_owner_and_linked_goals(db: Database) -> None:
    with db.session() as s:
        ann = rep(s, "Ann", team(s, "East"))
        phase = roadmap.phases(s)[0].id
        goal = add_goal(s, GoalSpec("financial", "won_revenue", Period.parse("2026Q3"), Decimal(1), Decimal(2),
                                    COMPANY))
        done = roadmap.add_milestone(s, MilestoneSpec(phase, "CRM cleaned", date(2026, 7, 1), rep_id=ann,
                                                      done=date(2026, 6, 28), goal_ids=(goal, goal)))
        late = roadmap.add_milestone(s, MilestoneSpec(phase, "Stages agreed", date(2026, 8, 1), "Sales ops"))
        today = date(2026, 8, 2)  # the second was due the day before: overdue
        statuses = {m.id: roadmap.milestone_status(m, today) for m in roadmap.milestones(s)}
        assert statuses == {done: "done", late: "overdue"}
        assert roadmap.milestone_status(roadmap.get_milestone(s, late), date(2026, 8, 1)) == "open"  # due today
        assert roadmap.milestone_owner(s, roadmap.get_milestone(s, done)) == "Ann"
        assert roadmap.milestone_owner(s, roadmap.get_milestone(s, late)) == "Sales ops"
        assert roadmap.linked_goals(s, done) == [goal]  # the repeated id linked once
        delete_goal(s, goal)
        s.expire_all()
        assert roadmap.linked_goals(s, done) == []
        roadmap.mark_done(s, late, date(2026, 8, 3))
        assert roadmap.milestone_status(roadmap.get_milestone(s, late), today) == "done"
        roadmap.delete_milestone(s, late)
        assert [m.id for m in roadmap.milestones(s)] == [done]


def test_milestone_rules(db: Database) -> None:
    with db.session() as s:
        phase = roadmap.phases(s)[0].id
        with pytest.raises(ValidationError, match="needs a title"):
            roadmap.add_milestone(s, MilestoneSpec(phase, " ", date(2026, 1, 1)))
        with pytest.raises(ValidationError, match="at most 200"):
            roadmap.add_milestone(s, MilestoneSpec(phase, "x" * 201, date(2026, 1, 1)))
        with pytest.raises(NotFoundError, match="no goal 99"):
            roadmap.add_milestone(s, MilestoneSpec(phase, "Linked", date(2026, 1, 1), goal_ids=(99,)))
        with pytest.raises(NotFoundError, match="no roadmap phase 99"):
            roadmap.add_milestone(s, MilestoneSpec(99, "Lost", date(2026, 1, 1)))
        with pytest.raises(NotFoundError, match="no rep 99"):
            roadmap.add_milestone(s, MilestoneSpec(phase, "Owned", date(2026, 1, 1), rep_id=99))


def test_a_team_has_one_pilot_judged_by_computed_metrics(db: Database) -> None:
    with db.session() as s:
        east = team(s, "East")
        first = roadmap.set_pilot(s, east, date(2026, 4, 1))
        assert roadmap.pilot_metrics(roadmap.pilots(s)[0]) == ["won_revenue", "win_rate"]  # the default
        again = roadmap.set_pilot(s, east, date(2026, 7, 1), ["sales_cycle_days"], note=" faster ")
        assert again == first and len(roadmap.pilots(s)) == 1
        row = roadmap.pilots(s)[0]
        assert row.start_date == date(2026, 7, 1) and roadmap.pilot_metrics(row) == ["sales_cycle_days"]
        assert row.note == "faster"
        with pytest.raises(ValidationError, match="entered by hand"):
            roadmap.set_pilot(s, east, date(2026, 7, 1), ["cross_department_projects"])
        with pytest.raises(ValidationError, match="unknown metric"):
            roadmap.set_pilot(s, east, date(2026, 7, 1), ["nope"])
        with pytest.raises(NotFoundError, match="no team 99"):
            roadmap.set_pilot(s, 99, date(2026, 7, 1))
        roadmap.delete_pilot(s, first)
        assert roadmap.pilots(s) == []
