"""Won per month against the monthly quota, worked out by hand on ``tests.helpers.months_data``."""
from __future__ import annotations

from decimal import Decimal

import pytest

from salesmgr.models.database import Database
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.monthly import MonthWon, won_by_month
from salesmgr.models.periods import Period
from tests.helpers.months_data import make_months_db

MONTHS = [Period.parse(text) for text in ("2026-04", "2026-05", "2026-06")]
APR, MAY, JUN = MONTHS


@pytest.fixture
def months_db(db: Database) -> dict[str, int]:
    return make_months_db(db)


def _months(db: Database, flt: MetricFilter) -> list[MonthWon]:
    with db.session() as s:
        return won_by_month(s, flt, MONTHS)


def test_won_by_month_for_everyone(db: Database, months_db: dict[str, int]) -> None:
    assert _months(db, MetricFilter()) == [
        MonthWon(APR, Decimal("1400.00"), Decimal("2000.00")),  # A1 1,000 + C1 400; Cy's 2026-04 row
        MonthWon(MAY, Decimal("3200.00"), Decimal("5000.00")),  # A2 2,500 + B1 700; Ann's 2026-05 row
        # no 2026-06 rows: (Ann 9,000 + Bob 1,000 for 2026Q2) / 3 = 3,333.33
        MonthWon(JUN, Decimal("0.00"), Decimal("3333.33")),
    ]


def test_won_by_month_for_a_rep_and_a_team(db: Database, months_db: dict[str, int]) -> None:
    assert _months(db, MetricFilter(rep_id=months_db["ann"])) == [
        MonthWon(APR, Decimal("1000.00"), Decimal("3000.00")),  # 9,000 / 3
        MonthWon(MAY, Decimal("2500.00"), Decimal("5000.00")),  # the monthly row wins
        MonthWon(JUN, Decimal("0.00"), Decimal("3000.00")),
    ]
    assert [m.quota for m in _months(db, MetricFilter(rep_id=months_db["bob"]))] == [Decimal("333.33")] * 3
    assert _months(db, MetricFilter(team_id=months_db["north"])) == [
        MonthWon(APR, Decimal("1000.00"), Decimal("4000.00")),  # team's own 12,000 / 3
        MonthWon(MAY, Decimal("3200.00"), Decimal("5000.00")),  # sum of its reps' 2026-05 rows (Ann)
        MonthWon(JUN, Decimal("0.00"), Decimal("4000.00")),
    ]
    assert _months(db, MetricFilter(team_id=months_db["south"])) == [
        MonthWon(APR, Decimal("400.00"), Decimal("2000.00")),
        MonthWon(MAY, Decimal("0.00"), None),  # no month row, no quarter row
        MonthWon(JUN, Decimal("0.00"), None),
    ]


def test_won_by_month_refuses_non_months(db: Database) -> None:
    with db.session() as s:
        assert won_by_month(s, MetricFilter(), []) == []
        with pytest.raises(ValueError):
            won_by_month(s, MetricFilter(), [Period.parse("2026Q2")])
