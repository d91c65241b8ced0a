"""The pure distribution functions against hand-worked splits."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesmgr.models.errors import ValidationError
from salesmgr.models.goals.distribute import (
    NO_SEASON_HISTORY,
    NO_WON_HISTORY,
    Slot,
    add_months,
    distribute,
    grown,
    ramp_share,
    split_exact,
    tenure_month,
)
from salesmgr.models.periods import Period, PeriodKind

D = Decimal


def _quarters(year: int, start: int = 1) -> list[Period]:
    return [Period(PeriodKind.QUARTER, year, n, start) for n in range(1, 5)]


def test_an_equal_split_hands_the_left_over_cents_to_the_first_parts() -> None:
    # 100.00 / 3 = 33.333..: each gets 33.33, one cent is left, remainders tie, so the first part takes it
    split = split_exact(D("100.00"), [1, 1, 1], "CNY")
    assert split.amounts == (D("33.34"), D("33.33"), D("33.33")) and split.rounding == D("0.01")


def test_largest_remainders_get_the_cents() -> None:
    # 10.00 by 1:2:4 -> 1.428571.., 2.857142.., 5.714285..: floors 1.42, 2.85, 5.71 (sum 9.98), remainders
    # .8571, .7142, .4285 cents: the first two get one cent each
    split = split_exact(D("10.00"), [1, 2, 4], "CNY")
    assert split.amounts == (D("1.43"), D("2.86"), D("5.71")) and split.rounding == D("0.02")


def test_a_whole_split_has_no_rounding_and_zero_weights_are_refused() -> None:
    assert split_exact(D("90"), [1, 2], "CNY").rounding == 0
    with pytest.raises(ValidationError):
        split_exact(D("90"), [0, 0], "CNY")
    with pytest.raises(ValidationError):
        split_exact(D("-1"), [1], "CNY")


@given(st.integers(min_value=0, max_value=10**12), st.lists(st.integers(min_value=0, max_value=10**6), min_size=1,
                                                            max_size=40).filter(any))
def test_every_split_sums_exactly_and_each_part_is_within_a_cent(cents: int, weights: list[int]) -> None:
    total = Decimal(cents).scaleb(-2)
    split = split_exact(total, weights, "CNY")
    assert sum(split.amounts) == total
    whole = sum(weights)
    for amount, weight in zip(split.amounts, weights, strict=True):
        assert abs(Fraction(amount) - Fraction(total) * weight / whole) < Fraction(1, 100)


def test_months_are_added_on_the_last_day_when_shorter() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_tenure_months_at_month_ends() -> None:
    hire = date(2026, 1, 31)
    assert tenure_month(hire, date(2026, 1, 30)) == 0
    assert tenure_month(hire, date(2026, 1, 31)) == 1
    assert tenure_month(hire, date(2026, 2, 27)) == 1
    assert tenure_month(hire, date(2026, 2, 28)) == 2  # Jan 31 + 1 month = Feb 28
    assert tenure_month(hire, date(2026, 3, 30)) == 2
    assert tenure_month(hire, date(2026, 3, 31)) == 3


def test_ramp_share_of_a_rep_hired_mid_quarter() -> None:
    # hired 2026-02-15 in 2026Q1 (90 days): Jan 1 - Feb 14 (45 days) 0, Feb 15 - Mar 14 (28 days) 25 %,
    # Mar 15 - Mar 31 (17 days) 50 %: (28 x 0.25 + 17 x 0.5) / 90 = 15.5 / 90
    q1 = Period.parse("2026Q1")
    assert ramp_share(q1, date(2026, 2, 15)) == Fraction(155, 900)
    # months 1-3 then 100 %: in 2026Q3 (Jul 1 - Sep 30, 92 days) the same rep is in month 5 on: fully ramped
    assert ramp_share(Period.parse("2026Q3"), date(2026, 2, 15)) == 1
    # leaving on Aug 15 in 2026Q3 (no hire date: fully ramped): Jul 1 - Aug 15 = 46 of 92 days
    assert ramp_share(Period.parse("2026Q3"), None, date(2026, 8, 15)) == Fraction(1, 2)


def test_an_editable_schedule() -> None:
    # 50 % in month 1, then full: hired Jul 1, 2026Q3: Jul 1-31 (31 days) at 0.5, 61 days at 1 -> 76.5 / 92
    schedule = (D("0.5"),)
    assert ramp_share(Period.parse("2026Q3"), date(2026, 7, 1), schedule=schedule) == Fraction(765, 920)
    with pytest.raises(ValidationError):
        distribute(D("100"), _quarters(2026), [Slot(1, 1)], "ramp", "CNY", schedule=(D("1.5"),))


def test_equal_split_of_a_company_target_over_two_teams_in_an_april_year() -> None:
    # 3 reps x 4 quarters = 12 cells of 1,000,000.00 / 12 = 83,333.333..: 4 cells get 83,333.34 (the first four)
    slots = [Slot(1, 10), Slot(2, 10), Slot(3, 20)]
    result = distribute(D("1000000"), _quarters(2026, 4), slots, "equal", "CNY")
    assert [c.period for c in result.cells[:4]] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert sum(c.quota for c in result.cells) == D("1000000.00") and result.rounding == D("0.04")
    assert [c.quota for c in result.cells[:5]] == [D("83333.34")] * 4 + [D("83333.33")]


def test_share_of_last_years_won_and_its_fallback() -> None:
    slots = [Slot(1, 10, last_year_won=D("300")), Slot(2, 10, last_year_won=D("100"))]
    result = distribute(D("800"), _quarters(2026), slots, "share", "CNY")
    by_rep = {rep: sum(c.quota for c in result.cells if c.rep_id == rep) for rep in (1, 2)}
    assert by_rep == {1: D("600"), 2: D("200")} and result.reason is None
    fallback = distribute(D("800"), _quarters(2026), [Slot(1, 10), Slot(2, 10)], "share", "CNY")
    assert fallback.reason == NO_WON_HISTORY and {c.quota for c in fallback.cells} == {D("100")}


def test_seasonality_and_its_fallback() -> None:
    history = {1: D("100"), 2: D("200"), 3: D("300"), 4: D("400")}  # shares 10/20/30/40 %
    result = distribute(D("1000"), _quarters(2026), [Slot(1, 1)], "seasonal", "CNY", seasonality=history)
    assert [c.quota for c in result.cells] == [D("100"), D("200"), D("300"), D("400")]
    flat = distribute(D("1000"), _quarters(2026), [Slot(1, 1)], "seasonal", "CNY", seasonality={})
    assert flat.reason == NO_SEASON_HISTORY and [c.quota for c in flat.cells] == [D("250")] * 4


def test_ramp_weights_a_new_hire_and_skips_quarters_before_the_hire() -> None:
    # rep 1 fully ramped (weight 1 in each quarter); rep 2 hired 2026-04-01: Q2 months 1-3 at 25/50/75 %
    # (Apr 30 days x .25 + May 31 x .5 + Jun 30 x .75 = 45.5 / 91 = 1/2), Q3 and Q4 1; Q1 not employed: 0
    slots = [Slot(1, 1), Slot(2, 1, hire=date(2026, 4, 1))]
    weights = [1, 1, 1, 1, 0, Fraction(1, 2), 1, 1]
    result = distribute(D("10000"), _quarters(2026), slots, "ramp", "CNY")
    assert [c.quota for c in result.cells] == list(split_exact(D("10000"), weights, "CNY").amounts)
    assert result.cells[4].quota == 0 and sum(c.quota for c in result.cells) == D("10000")


def test_growing_a_year_keeps_the_sum_exact() -> None:
    # 100 + 200 + 0.01 = 300.01 grown 10 % = 330.011 -> 330.01, split 100:200:0.01
    split = grown([D("100"), D("200"), D("0.01")], D("10"), "CNY")
    assert sum(split.amounts) == D("330.01") and split.amounts[0] in (D("110.00"), D("110.01"))
    with pytest.raises(ValidationError):
        grown([D("1")], D("-100"), "CNY")
