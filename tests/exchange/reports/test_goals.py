"""The goals report against goal_statuses: Ann's win rate in 2026Q3 is 2/3 (2 won, 1 lost), a team goal from
50 % to 75 % (progress (0.6667 - 0.5) / 0.25 = 0.6667, on track at elapsed 0.5); an NPS goal without responses
(no data, with its reason)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesmgr.exchange.reports import ReportRequest, export_report
from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.goals.goals import COMPANY, GoalSpec, Owner, add_goal
from salesmgr.models.goals.status import goal_statuses
from salesmgr.models.periods import Period
from tests.models.metrics.test_funnel import deal, rep, team

Q3 = Period.parse("2026Q3")


@pytest.fixture
def goals_db(db: Database) -> Database:
    clock.set_today(date(2026, 8, 15))
    with db.session() as s:
        east = team(s, "East China")
        ann = rep(s, "Ann", east)
        deal(s, "Won", "1000.00", owner=ann, created=date(2026, 6, 1), closed=date(2026, 7, 31))
        deal(s, "Won", "3000.00", owner=ann, created=date(2026, 7, 1), closed=date(2026, 8, 10))
        deal(s, "Lost", "10.00", owner=ann, created=date(2026, 7, 1), closed=date(2026, 8, 11))
        add_goal(s, GoalSpec("operations", "win_rate", Q3, Decimal("0.5"), Decimal("0.75"), Owner(east, None)))
        add_goal(s, GoalSpec("customer", "nps", Q3, Decimal(30), Decimal(50), COMPANY))
    return db


def test_the_rows_are_the_goal_statuses_grouped_by_dimension(goals_db: Database, tmp_path: Path) -> None:
    with goals_db.session() as s:
        path = export_report(s, "goals", ReportRequest(Q3, today=date(2026, 8, 15)), tmp_path / "goals.xlsx")
        statuses = {g.id: g for g in goal_statuses(s, Q3, date(2026, 8, 15))}
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    titles = [row[0] for row in values if row[0] in ("Customer", "Operations", "Financial", "Team")]
    assert titles == ["Customer", "Operations"]  # in DIMENSIONS order, only those with goals
    rows = {row[0]: row for row in values if isinstance(row[0], int)}
    assert set(rows) == set(statuses) == {1, 2}
    win = rows[1]
    assert win[1:5] == ["Win rate", "East China", "2026Q3", "%"]
    assert win[5:8] == [50, 75, pytest.approx(200 / 3)]  # shares shown as percentages
    assert win[8] == pytest.approx(float(statuses[1].progress or 0)) == pytest.approx(2 / 3)
    assert win[9] == "on track"
    nps = rows[2]
    assert nps[1:8] == ["Net promoter score", "Company", "2026Q3", "points", 30, 50, None]
    assert (nps[8], nps[9], nps[10]) == (None, "no data", statuses[2].reason) and nps[10]
    rules = sheet.conditional_formatting
    assert any('="on track"' in rule.formula[0] for cf in rules for rule in cf.rules)
