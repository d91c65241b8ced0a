"""The demo's goals cover the four dimensions and show on track, at risk and no data; NPS answers are loaded."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from salesmgr.demo import load_demo
from salesmgr.models.database import Database
from salesmgr.models.goals.catalogue import metric_def
from salesmgr.models.goals.goals import Goal, NpsResponse
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


def _significant(value: Decimal) -> int:
    return len(value.normalize().as_tuple().digits)


@pytest.mark.parametrize("today", [date(2026, 8, 15), date(2026, 11, 27)])
def test_demo_goals_are_written_as_a_manager_would_and_nps_is_believable(db: Database, today: date) -> None:
    """Whole days, points and percent, money to 3 significant figures (not 7.16 -> 27.16); the answers' NPS is
    about +40 (NPS_SCORES: 9 promoters and 3 detractors of 15)."""
    load_demo(db, reps=6, opportunities=400, today=today)
    with db.session() as s:
        goals = s.scalars(select(Goal)).all()
        scores = list(s.scalars(select(NpsResponse.score)))
    units = {g.metric: metric_def(g.metric).unit for g in goals}
    for goal in goals:
        for value in (goal.baseline, goal.target):
            unit = units[goal.metric]
            if unit == "money":
                assert _significant(value) <= 3, (goal.metric, value)
            elif unit in ("days", "points", "count"):
                assert value == value.to_integral_value(), (goal.metric, value)
            elif unit == "share":
                assert value == value.quantize(Decimal("0.01")), (goal.metric, value)
    promoters = sum(1 for score in scores if score >= 9) / len(scores)
    detractors = sum(1 for score in scores if score <= 6) / len(scores)
    assert 30 <= 100 * (promoters - detractors) <= 50
