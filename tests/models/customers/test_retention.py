"""Who is a customer, and churn and retention per period, on a small hand-made database.

Q3 2026 is Jul-Sep (January fiscal start); its cohort is the customers on 2026-06-30. Team East = Ann + Bob.

* A (Ann): won 2026-03-10 -> customer since then, churned 2026-08-15 (in Q3).
* B (Ann): won 2026-05-20 and again 2026-08-01 -> since 05-20, never churned.
* C (Bob): won 2026-07-05 -> since 07-05: new in Q3, not in Q3's cohort.
* D (Bob): won 2025-11-01, churned 2026-06-30 -> gone on the cohort day (a customer on day d churned after d).
* E (Cid, no team): won 2026-01-15, churned 2026-10-02 (in Q4).
* F (Ann): only a lost deal -> never a customer. G: a won deal with no close day -> not dated, not counted.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from salesmgr.models import Account
from salesmgr.models.customers.retention import customer_dates, customers_on, new_customers, retention
from salesmgr.models.database import Database
from salesmgr.models.periods import Period
from tests.models.metrics.test_funnel import deal, rep, team

Q3 = Period.parse("2026Q3")


def account(s: Session, name: str, owner: int | None, churned: date | None = None) -> int:
    row = Account(name=name, owner_id=owner, churned_on=churned)
    s.add(row)
    s.flush()
    return row.id


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    with db.session() as s:
        east = team(s, "East")
        ann, bob, cid = rep(s, "Ann", east), rep(s, "Bob", east), rep(s, "Cid")
        made = {"ann": ann, "bob": bob, "east": east,
                "a": account(s, "A", ann, date(2026, 8, 15)), "b": account(s, "B", ann),
                "c": account(s, "C", bob), "d": account(s, "D", bob, date(2026, 6, 30)),
                "e": account(s, "E", cid, date(2026, 10, 2)), "f": account(s, "F", ann), "g": account(s, "G", ann)}
        for key, closed in (("a", date(2026, 3, 10)), ("b", date(2026, 8, 1)), ("b", date(2026, 5, 20)),
                            ("c", date(2026, 7, 5)), ("d", date(2025, 11, 1)), ("e", date(2026, 1, 15))):
            deal(s, "Won", "100.00", account=made[key], closed=closed)
        deal(s, "Lost", "100.00", account=made["f"], closed=date(2026, 4, 1))
        deal(s, "Won", "100.00", account=made["g"])
    return made


def test_a_customer_runs_from_the_first_win_to_the_churn_day(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        dates = customer_dates(s)
        assert set(dates) == {ids[k] for k in "abcde"}
        assert dates[ids["b"]].since == date(2026, 5, 20)  # the first of its two wins
        assert customers_on(s, date(2026, 6, 29)) == {ids[k] for k in "abde"}
        assert customers_on(s, date(2026, 6, 30)) == {ids[k] for k in "abe"}  # D churned that day
        assert new_customers(s, Q3) == {ids["c"]}


def test_churn_and_retention_of_a_quarter(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        # cohort on 06-30: A, B, E (D churned on 06-30, C not yet); churned in Q3: A -> 1/3 and 2/3
        q3 = retention(s, Q3)
        assert (q3.cohort, q3.churned) == (3, 1)
        assert q3.churn_rate == Decimal(1) / 3 and q3.retention_rate == Decimal(2) / 3
        # Q4: cohort on 09-30: B, C, E (A churned 08-15); E churns 10-02 -> 1/3
        q4 = retention(s, Period.parse("2026Q4"))
        assert (q4.cohort, q4.churned) == (3, 1)
        # team East in Q3 (Ann's and Bob's accounts): cohort A, B; A churned -> 1/2
        east = retention(s, Q3, team_id=ids["east"])
        assert (east.cohort, east.churned, east.churn_rate) == (2, 1, Decimal("0.5"))
        # Bob in Q3: D is gone on the cohort day and C is new -> no cohort, no rate (not 0)
        bob = retention(s, Q3, rep_id=ids["bob"])
        assert (bob.cohort, bob.churn_rate, bob.retention_rate) == (0, None, None)
        assert bob.reason == "no customers at the start of the period"
