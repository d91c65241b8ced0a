"""The plan grid, saving quotas, locked quarters and the audit log, distribution and copying in the database."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from salesmgr.models import Quota, Team, clock
from salesmgr.models.database import Database
from salesmgr.models.goals.allocate import copy_year, distribute_plan
from salesmgr.models.goals.locks import QuarterLocked, QuotaPlanError, audit_log, lock_quarter, unlock_quarter
from salesmgr.models.goals.plan import QuotaChange, load_plan, quota_amount, save_quotas, set_target
from salesmgr.models.periods import Period
from salesmgr.models.settings import set_fiscal_start
from tests.helpers import quota_data

D = Decimal
Q3 = Period.parse("2026Q3")


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    clock.set_today(quota_data.TODAY)
    return quota_data.build(db)


def test_the_grid_groups_reps_by_team_with_totals_and_the_gap(db: Database, ids: dict[str, int]) -> None:
    quota_data.plan_2027(db, ids)
    with db.session() as session:
        grid = load_plan(session, 2027)
    assert [(t.name, [r.name for r in t.reps]) for t in grid.teams] == [
        ("North", ["Ann", "Bob", "Eli"]), ("South", ["Cid", "Dan"])]
    assert [q.key for q in grid.quarters] == ["2027Q1", "2027Q2", "2027Q3", "2027Q4"]
    # North 190,000 a quarter, South 140,000: 330,000 a quarter, 1,320,000 a year, 120,000 over the target
    assert grid.team_totals[ids["North"], "2027Q1"] == D("190000.00")
    assert grid.team_totals[ids["South"], "2027"] == D("560000.00")
    assert grid.company_totals["2027Q4"] == D("330000.00") and grid.total == D("1320000.00")
    assert grid.target == D("1200000.00") and grid.gap == D("-120000.00") and grid.locked == frozenset()


def test_an_april_fiscal_year(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        set_fiscal_start(session, 4)
        grid = load_plan(session, 2026)
        result = distribute_plan(session, 2026, D("1000000.01"), "equal", "me")
    assert grid.quarters[0].bounds == (Period.parse("2026-04").start, Period.parse("2026-06").end)
    assert sum(c.quota for c in result.cells) == D("1000000.01")
    with db.session() as session:
        assert load_plan(session, 2026).total == D("1000000.01")


def test_save_quotas_sets_and_clears_and_keeps_a_teams_own_row(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        session.add(Quota(rep_id=None, team_id=ids["North"], period="2026Q4", amount_minor=1, currency="CNY"))
        save_quotas(session, [QuotaChange(ids["Ann"], "2026Q4", D("120000")),
                              QuotaChange(ids["Bob"], "2026Q4", None)], "me")
    with db.session() as session:
        assert quota_amount(session, ids["Ann"], "2026Q4") == D("120000.00")
        assert quota_amount(session, ids["Bob"], "2026Q4") is None
        team = session.scalar(select(Quota).where(Quota.team_id == ids["North"], Quota.period == "2026Q4"))
        assert team is not None and team.amount == D("120000.00")  # the sum of its reps' rows now
        assert audit_log(session) == []  # never locked: not under audit


def test_locked_quarters_refuse_every_write_and_the_batch_writes_nothing(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        lock_quarter(session, Q3, "boss")
    with db.session() as session:
        with pytest.raises(QuarterLocked, match="2026Q3 is locked"):
            save_quotas(session, [QuotaChange(ids["Cid"], "2026Q4", D("1")),
                                  QuotaChange(ids["Cid"], "2026-08", D("1"))], "me")  # a month of 2026Q3
        with pytest.raises(QuarterLocked):
            distribute_plan(session, 2026, D("100"), "equal", "me")
        with pytest.raises(QuarterLocked):
            copy_year(session, 2026, D("5"), "me")
        with pytest.raises(QuotaPlanError, match="locked already"):
            lock_quarter(session, Q3, "boss")
        assert quota_amount(session, ids["Cid"], "2026Q4") is None
        assert load_plan(session, 2026).locked == frozenset({"2026Q3"})


def test_unlocking_needs_a_reason_and_later_changes_are_audited(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        lock_quarter(session, Q3, "boss")
        with pytest.raises(QuotaPlanError, match="needs a reason"):
            unlock_quarter(session, Q3, "  ", "boss")
        unlock_quarter(session, Q3, "Dan moved region", "boss")
        save_quotas(session, [QuotaChange(ids["Dan"], "2026Q3", D("80000"))], "me")
        save_quotas(session, [QuotaChange(ids["Dan"], "2026Q4", D("5"))], "me")  # never locked: not logged
        set_target(session, 2026, D("900000"), "me")
    with db.session() as session:
        log = audit_log(session)
        with pytest.raises(QuotaPlanError, match="not locked"):
            unlock_quarter(session, Q3, "again", "boss")
    assert [(e.action, e.actor, e.period) for e in log] == [
        ("target", "me", "2026"), ("quota", "me", "2026Q3"), ("unlock", "boss", "2026Q3"),
        ("lock", "boss", "2026Q3")]
    assert log[1].before == {"rep_id": ids["Dan"], "rep": "Dan", "period": "2026Q3", "amount": "100000.00"}
    assert log[1].after is not None and log[1].after["amount"] == "80000.00"
    assert log[2].after == {"locked": False, "reason": "Dan moved region"} and log[0].before is None


def test_distributing_to_a_team_leaves_the_target_alone(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        dry = distribute_plan(session, 2027, D("100000"), "equal", "me", team_id=ids["South"], dry_run=True)
        assert load_plan(session, 2027).total == 0
        distribute_plan(session, 2027, D("100000"), "equal", "me", team_id=ids["South"])
        grid = load_plan(session, 2027)
    assert {c.rep_id for c in dry.cells} == {ids["Cid"], ids["Dan"]} and len(dry.cells) == 8
    assert grid.team_totals[ids["South"], "2027"] == D("100000.00") and grid.target is None


def test_share_and_seasonal_use_the_won_history(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        share = distribute_plan(session, 2027, D("1000000"), "share", "me", dry_run=True)
        seasonal = distribute_plan(session, 2027, D("1000000"), "seasonal", "me", team_id=ids["South"],
                                   dry_run=True)
    # fiscal 2026 won: Ann 3 x 80,000 + 20,000 = 260,000, Bob 130,000, Dan 270,000 (2026Q1-Q3): 660,000
    by_rep = {rep: sum(c.quota for c in share.cells if c.rep_id == ids[rep]) for rep in ("Ann", "Bob", "Dan", "Cid")}
    # a quarter cell in cents: Ann 9,848,484.85, Bob 4,924,242.42, Dan 10,227,272.73; rounded down they leave 8
    # cents, which go to the largest remainders (Ann's .85 and Dan's .73, four quarters each), so Bob keeps
    # 4 x 49,242.42
    assert by_rep["Bob"] == D("196969.68") and by_rep["Cid"] == 0
    assert by_rep["Ann"] == D("393939.40") and share.rounding == D("0.08")
    assert sum(by_rep.values()) == D("1000000.00")
    # South won 90,000 in 2025Q4 and in each of 2026Q1-Q3 (nothing in 2025Q1-Q3): every quarter has 90,000
    assert {c.quota for c in seasonal.cells} == {D("125000.00")}


def test_copy_a_year_with_growth(db: Database, ids: dict[str, int]) -> None:
    quota_data.plan_2027(db, ids)
    with db.session() as session:
        result = copy_year(session, 2028, D("10"), "me")
        grid = load_plan(session, 2028)
    # 1,320,000 x 1.1 = 1,452,000, target 1,200,000 x 1.1 = 1,320,000
    assert grid.total == D("1452000.00") and grid.target == D("1320000.00") and result.target == D("1320000.00")
    assert grid.quotas[ids["Ann"], "2028Q2"] == D("110000.00")


def test_team_rows_never_count_as_reps(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        assert session.get(Team, ids["North"]) is not None
        grid = load_plan(session, 2026)
    # 2026 quarters: Ann 100,000 x 4, Bob 50,000 x 4, Dan 100,000 x 3
    assert grid.total == D("900000.00")
