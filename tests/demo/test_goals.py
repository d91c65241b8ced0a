"""The demo's quota plan: targets of the whole fiscal years, the last closed quarter locked."""
from __future__ import annotations

from datetime import date

from salesmgr.demo import load_demo
from salesmgr.models.database import Database
from salesmgr.models.goals.capacity import capacity_report
from salesmgr.models.goals.locks import audit_log
from salesmgr.models.goals.plan import load_plan

TODAY = date(2026, 11, 15)  # demo quarters 2024Q4 .. 2026Q4


def test_the_demo_plans_whole_years_and_locks_the_last_closed_quarter(db: Database) -> None:
    load_demo(db, reps=12, opportunities=600, today=TODAY)
    with db.session() as session:
        grids = {year: load_plan(session, year) for year in (2024, 2025, 2026)}
        log = audit_log(session)
        capacity = capacity_report(session, 2026, today=TODAY, grid=grids[2026])
    assert grids[2024].target is None  # only its Q4 is a demo quarter
    for year in (2025, 2026):
        grid = grids[year]
        assert grid.target is not None and grid.gap is not None
        assert abs(grid.gap) < grid.target / 100  # the quotas are the target rounded to 10,000 yuan
    assert grids[2026].locked == frozenset({"2026Q3"}) and grids[2025].locked == frozenset()
    assert [(e.action, e.period) for e in log] == [("lock", "2026Q3")]
    assert capacity.capacity is not None and capacity.target is not None
    assert capacity.target / 2 < capacity.capacity < capacity.target * 2  # attainment stays believable
