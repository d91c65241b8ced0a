"""The demo's roadmap: the three phases dated around today, milestones done, overdue and open linked to the demo
goals, and East China as the pilot whose win rate and won revenue improve more than the other teams'."""
from __future__ import annotations

from datetime import date

from salesmgr.demo import load_demo
from salesmgr.models.database import Database
from salesmgr.models.goals import roadmap
from salesmgr.models.goals.pilot import compare_pilot
from salesmgr.models.org import Team
from salesmgr.models.periods import Period

TODAY = date(2026, 11, 15)  # 2026Q4; the pilot starts two quarters earlier, on 2026-04-01


def test_the_demo_has_phases_milestones_and_a_pilot_that_worked(db: Database) -> None:
    load_demo(db, reps=25, opportunities=3000, today=TODAY)
    with db.session() as s:
        phases = roadmap.phases(s)
        assert [p.builtin_key for p in phases] == ["foundation", "capability", "collaboration"]
        assert (phases[0].start_date, phases[0].end_date) == (date(2026, 4, 1), date(2026, 9, 30))
        assert phases[1].start_date == date(2026, 10, 1)
        statuses = [roadmap.milestone_status(m, TODAY) for m in roadmap.milestones(s)]
        assert statuses.count("done") == 3 and statuses.count("overdue") == 1 and statuses.count("open") == 4
        assert all(roadmap.linked_goals(s, m.id) for m in roadmap.milestones(s)), "every milestone has a goal"
        pilot = roadmap.latest_pilot(s)
        team = s.get(Team, pilot.team_id)
        assert team is not None and team.name == "华东大区 East China" and pilot.start_date == date(2026, 4, 1)
        found = {c.metric: c for c in compare_pilot(s, pilot, today=TODAY)}
    assert set(found) == {"won_revenue", "win_rate"}
    for comparison in found.values():
        assert (comparison.before, comparison.after) == (Period.parse("2026Q1"), Period.parse("2026Q2"))
        assert comparison.difference is not None and comparison.difference > 0  # better than the others
        assert comparison.others_teams >= 1
