"""Attainment against the time gone by (salesmgr.models.goals.pace), worked out by hand on 2026Q3 (Jul 1 to
Sep 30, 92 days): on Aug 15, day 46, half the quarter is gone."""
from __future__ import annotations

from datetime import date

import pytest

from salesmgr.models.goals.pace import band, pace
from salesmgr.models.periods import Period

Q3 = Period.parse("2026Q3")
HALF_GONE = date(2026, 8, 15)


@pytest.mark.parametrize(("attainment", "expected_pace", "expected_band"), [
    (0.45, 0.9, "green"),  # 45 % won with half the time gone: on course for 90 %
    (0.4, 0.8, "amber"),
    (0.3, 0.6, "red"),
    (0.6, 1.2, "green"),
])
def test_half_way_through_the_quarter(attainment: float, expected_pace: float, expected_band: str) -> None:
    found = pace(attainment, Q3, HALF_GONE)
    assert found == expected_pace and band(found) == expected_band


def test_a_closed_quarter_is_judged_on_attainment_and_a_future_one_not_at_all() -> None:
    assert pace(0.69, Q3, date(2026, 10, 3)) == 0.69 and band(0.69) == "red"
    assert pace(0.95, Q3, date(2026, 9, 30)) == 0.95  # the last day counts as gone
    assert pace(0.5, Q3, date(2026, 6, 30)) is None and band(None) is None
    assert pace(None, Q3, HALF_GONE) is None


def test_the_bands_at_their_boundaries() -> None:
    assert [band(value) for value in (0.6999, 0.70, 0.8999, 0.90)] == ["red", "amber", "amber", "green"]


def test_the_first_day_counts_as_one_day_gone() -> None:
    assert pace(0.01, Q3, date(2026, 7, 1)) == 0.92  # 1/92 of the quarter: 0.01 x 92
