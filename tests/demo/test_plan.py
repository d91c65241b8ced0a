"""The demo's sales plan: quotas from a yearly target with seasonality, growth and ramped new hires, and won
deals that land near quota. Attainment is computed here from the tables (won amounts by close date per owner and
quarter against the rep's quota row), not with salesmgr's own metrics."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from salesmgr.demo import load_demo
from salesmgr.demo.names import DemoRandom, NameMaker
from salesmgr.demo.org import AccountMaker, Calendar, DemoRep, make_reps
from salesmgr.demo.plan import ramp
from salesmgr.models.database import Database, open_database
from salesmgr.models.periods import Period

TODAY = date(2026, 11, 27)
REAL_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+ [A-Z][a-z]+")


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.sqlite")
    yield database
    database.close()


def rows(db: Database, sql: str) -> list[Any]:
    with db.engine.connect() as connection:
        return list(connection.execute(text(sql)).all())


def quarter(day: str) -> str:
    return Period.quarter_of(date.fromisoformat(day)).key


def quotas(db: Database) -> dict[int, dict[str, int]]:
    """rep id -> quarter -> quota in minor units."""
    result: dict[int, dict[str, int]] = defaultdict(dict)
    for rep_id, period, minor in rows(db, "SELECT rep_id, period, amount_minor FROM quota WHERE rep_id IS NOT NULL"):
        result[rep_id][period] = minor
    return result


def won(db: Database) -> dict[tuple[int, str], Decimal]:
    """(owner, quarter of the close date) -> won amount in CNY minor units, other currencies at the stored rate."""
    rate = {currency: Decimal(r) for currency, r in rows(db, "SELECT currency, rate FROM exchange_rate")}
    rate["CNY"] = Decimal(1)
    result: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for owner, closed, minor, currency in rows(db, """
            SELECT o.owner_id, o.closed_date, o.amount_minor, o.currency FROM opportunity o
            JOIN stage_definition s ON s.id = o.stage_id WHERE s.kind = 'won'"""):
        result[owner, quarter(closed)] += minor * rate[currency]
    return result


def attainments(db: Database, today: date) -> list[float]:
    """won / quota of every rep-quarter with a quota, the current (unfinished) quarter left out."""
    current, amounts = Period.quarter_of(today).key, won(db)
    return [float(amounts[rep_id, period] / minor) for rep_id, by_period in quotas(db).items()
            for period, minor in by_period.items() if period != current]


@pytest.mark.parametrize(("seed", "today"), [(7, TODAY), (3, date(2026, 2, 3)), (11, date(2025, 6, 30))])
def test_attainment_lands_mostly_between_60_and_130_percent(db: Database, seed: int, today: date) -> None:
    load_demo(db, seed=seed, today=today)  # the default size: 25 reps, 3,000 opportunities
    values = attainments(db, today)
    assert len(values) > 150  # 8 full quarters of about 21 established reps, and the new hires' first ones
    inside = sum(0.60 <= a <= 1.30 for a in values) / len(values)
    assert inside >= 0.80
    assert max(values) <= 2.5
    assert inside < 1 and max(values) - min(values) > 0.5  # a few outliers, not every rep on plan


def test_quotas_move_smoothly_except_for_a_ramp_step(db: Database) -> None:
    load_demo(db, today=TODAY)
    hired = {rep_id: quarter(day) for rep_id, day in rows(db, "SELECT id, hire_date FROM rep")}
    periods = [Period.quarter_of(TODAY).shifted(-back).key for back in range(8, 0, -1)]  # the full quarters
    compared = 0
    for rep_id, by_period in quotas(db).items():
        ramped = {Period.parse(hired[rep_id]).shifted(step).key for step in range(3)}  # 25 %, 50 %, 75 %
        for before, after in pairwise(periods):
            if before in by_period and after in by_period and before not in ramped:
                low, high = sorted((by_period[before], by_period[after]))
                assert high / low <= 1.6, (rep_id, before, after)
                compared += 1
    assert compared > 100


def test_company_target_grows_12_percent_a_year_with_a_heavier_fourth_quarter(db: Database) -> None:
    load_demo(db, today=TODAY)
    total = {period: minor for period, minor in rows(db, "SELECT period, sum(amount_minor) FROM quota "
                                                         "WHERE rep_id IS NOT NULL GROUP BY period")}
    # by hand: year on year 1.12; within a year the quarters take 21, 24, 25 and 30 % of the yearly target, so
    # Q4 / Q3 = 30 / 25 = 1.2 and Q1 of the next year / Q4 = 21 * 1.12 / 30 = 0.784; each rep quota is rounded
    # to 10,000 yuan, which moves a quarter's total by under 1 %
    assert total["2025Q4"] / total["2024Q4"] == pytest.approx(1.12, abs=0.02)
    assert total["2026Q3"] / total["2025Q3"] == pytest.approx(1.12, abs=0.02)
    assert total["2025Q4"] / total["2025Q3"] == pytest.approx(1.2, abs=0.02)
    assert total["2026Q1"] / total["2025Q4"] == pytest.approx(0.784, abs=0.02)
    team_total = dict(rows(db, "SELECT period, sum(amount_minor) FROM quota WHERE team_id IS NOT NULL "
                               "GROUP BY period"))
    assert team_total == total  # split to the teams, and from them to the reps


def test_new_hires_are_ramped_up() -> None:
    cal = Calendar.around(TODAY)  # the quarters 2024Q4 .. 2026Q4; index 7 is 2026Q3
    rep = DemoRep(1, 0, "rep", date(2026, 8, 31), 0, True, 1.0, 1.0, 0.0)
    # 2026Q3 runs from 1 July to 30 September (92 days); hired on 31 August, the rep is employed for 31 of them
    assert ramp(cal, rep, 6) == 0
    assert ramp(cal, rep, 7) == pytest.approx(0.25 * 31 / 92)
    assert ramp(cal, rep, 8) == 0.5
    veteran = DemoRep(2, 0, "rep", date(2024, 8, 15), 0, False, 1.0, 1.0, 0.0)  # hired in 2024Q3
    assert [ramp(cal, veteran, q) for q in range(4)] == [0.5, 0.75, 1.0, 1.0]


def test_new_hires_quotas_in_the_database(db: Database) -> None:
    load_demo(db, today=TODAY)
    by_rep = quotas(db)
    # every rep of role "rep" past their ramp has the same full quota in a quarter (up to rounding to 10,000)
    full = {by_rep[rep_id]["2026Q4"] for (rep_id,) in rows(db, "SELECT id FROM rep WHERE role = 'rep' "
                                                                "AND hire_date < '2025-07-01'")}
    assert max(full) - min(full) <= 10_000 * 100
    typical = min(full)
    hires = rows(db, "SELECT id, hire_date FROM rep WHERE role = 'rep' AND hire_date >= '2026-07-01'")
    assert hires
    for rep_id, hired in hires:
        # at most a quarter of a full quota in the quarter of hire (less for the days before joining) ...
        assert by_rep[rep_id][quarter(hired)] <= 0.25 * typical + 5_000 * 100
        if quarter(hired) == "2026Q3":  # ... and half of it in the quarter after
            assert by_rep[rep_id]["2026Q4"] == pytest.approx(0.5 * typical, abs=10_000 * 100)


def test_same_seed_same_plan(db: Database, other_db: Database) -> None:
    load_demo(db, seed=5, today=TODAY, opportunities=800)
    load_demo(other_db, seed=5, today=TODAY, opportunities=800)
    assert quotas(db) == quotas(other_db) and won(db) == won(other_db)


def test_names_look_real_and_are_unique(db: Database) -> None:
    load_demo(db, today=TODAY)
    reps = [name for (name,) in rows(db, "SELECT name FROM rep")]
    assert all(REAL_NAME.fullmatch(name) for name in reps), reps
    assert len(set(reps)) == len(reps) == 25
    accounts = [name for (name,) in rows(db, "SELECT name FROM account ORDER BY id")]
    # one pair on purpose (demo.org: a second branch under account 1's name), every other name once
    assert len(set(accounts)) == len(accounts) - 1
    assert [n for n in accounts if accounts.count(n) > 1] == [accounts[0], accounts[0]]


def test_company_names_stay_unique_when_the_word_lists_run_out() -> None:
    rng, cal = DemoRandom(7), Calendar.around(TODAY)
    names = NameMaker(rng)
    maker = AccountMaker(rng, names, cal, make_reps(rng, names, cal, 16))
    accounts = [row[1] for batch, _contacts in maker.batches(20_000, 5_000) for row in batch]
    # 22 brands x 22 industry words x 7 suffixes = 3,388 English company names can be drawn, and about a quarter
    # of 20,000 accounts are foreign: some of them must be branches, "Northwind Systems Ltd (Suzhou)"; the one
    # deliberate pair (account 1 and its twin) is the only repeated name
    assert len(accounts) == 20_000 and len(set(accounts)) == len(accounts) - 1
    assert maker.twin is not None and accounts[maker.twin - 1] == accounts[0]
    assert any(re.fullmatch(r"[A-Z].* \([A-Z][a-z']+\)", name) for name in accounts)
