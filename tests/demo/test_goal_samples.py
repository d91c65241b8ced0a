"""The demo's goals cover the four dimensions and show on track, at risk and no data; NPS answers are loaded."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from salesmgr.demo import load_demo
from salesmgr.models.database import Database
from salesmgr.models.goals.goals import NpsResponse
from salesmgr.models.goals.status import Status, goal_statuses


@pytest.mark.parametrize("today", [date(2026, 7, 2), date(2026, 8, 15), date(2026, 9, 30)])
def test_demo_goals_cover_four_dimensions_and_three_statuses(db: Database, today: date) -> None:
    load_demo(db, reps=6, opportunities=400, today=today)
    with db.session() as s:
        goals = goal_statuses(s, today=today)
        answers = s.scalar(select(func.count()).select_from(NpsResponse))
    assert {g.dimension for g in goals} == {"financial", "customer", "operations", "team"}
    assert {Status.ON_TRACK, Status.AT_RISK, Status.NO_DATA} <= {g.status for g in goals}
    assert answers and answers > 0
    assert all(g.period.key == "2026Q3" for g in goals)
