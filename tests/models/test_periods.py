"""Periods: parsed once into a typed value that knows the fiscal year's first month."""
from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesmgr.models.errors import ValidationError
from salesmgr.models.periods import Period, PeriodKind, parse_quarter, require_quarter

P = Period.parse


def test_calendar_quarters_months_and_years() -> None:
    assert P("2026Q3").bounds == (date(2026, 7, 1), date(2026, 9, 30))
    assert P("2024Q1").bounds == (date(2024, 1, 1), date(2024, 3, 31))
    assert P("2026Q4").bounds == (date(2026, 10, 1), date(2026, 12, 31))
    assert P("2026-02").bounds == (date(2026, 2, 1), date(2026, 2, 28))
    assert P("2024-02").bounds == (date(2024, 2, 1), date(2024, 2, 29))  # leap year
    assert P("2026").bounds == (date(2026, 1, 1), date(2026, 12, 31))
    assert P(" 2026q4 ").key == "2026Q4" and P(" 2026q4 ").kind is PeriodKind.QUARTER
    assert [str(P(text)) for text in ("2026Q3", "2026-09", "2026")] == ["2026Q3", "2026-09", "2026"]


def test_quarter_and_month_of_a_day() -> None:
    assert Period.quarter_of(date(2026, 9, 30)).key == "2026Q3"
    assert Period.quarter_of(date(2026, 1, 1)).key == "2026Q1"
    assert Period.quarter_of(date(2026, 10, 1)).key == "2026Q4"
    assert Period.month_of(date(2026, 9, 5)).key == "2026-09"
    assert Period.year_of(date(2026, 9, 5)).key == "2026"


def test_a_fiscal_year_that_starts_in_april() -> None:
    # fiscal 2026 runs 2026-04-01 .. 2027-03-31; its Q1 is April-June 2026, its Q4 January-March 2027
    assert P("2026", fiscal_start=4).bounds == (date(2026, 4, 1), date(2027, 3, 31))
    assert P("2026Q1", fiscal_start=4).bounds == (date(2026, 4, 1), date(2026, 6, 30))
    assert P("2026Q4", fiscal_start=4).bounds == (date(2027, 1, 1), date(2027, 3, 31))
    assert Period.quarter_of(date(2026, 9, 30), 4).key == "2026Q2"
    assert Period.quarter_of(date(2027, 2, 1), 4).key == "2026Q4"
    assert Period.year_of(date(2027, 2, 1), 4).key == "2026"
    # July start: fiscal 2026 is 2026-07-01 .. 2027-06-30
    assert P("2026Q3", fiscal_start=7).bounds == (date(2027, 1, 1), date(2027, 3, 31))
    # months are calendar months whatever the fiscal year
    assert P("2026-09", fiscal_start=4).bounds == (date(2026, 9, 1), date(2026, 9, 30))
    assert P("2027-02", fiscal_start=4).quarter().key == "2026Q4"


def test_neighbours() -> None:
    # the 3 quarters before 2026Q2, oldest first; 2026Q1 wraps back into 2025
    assert [p.key for p in P("2026Q2").previous(3)] == ["2025Q3", "2025Q4", "2026Q1"]
    assert [p.key for p in P("2026Q1").previous(1)] == ["2025Q4"]
    assert P("2026Q1").previous(0) == []
    assert [p.key for p in P("0001Q2").previous(3)] == ["0001Q1"]  # nothing before year 1
    assert P("2026-01").shifted(-1).key == "2025-12"
    assert P("2026-11").shifted(3).key == "2027-02"
    assert P("2026").shifted(-2).key == "2024"
    assert [m.key for m in P("2026Q3").months()] == ["2026-07", "2026-08", "2026-09"]
    assert [m.key for m in P("2026Q4", fiscal_start=4).months()] == ["2027-01", "2027-02", "2027-03"]
    assert len(P("2026").months()) == 12


@pytest.mark.parametrize("text", ["2026Q5", "2026Q0", "2026-13", "2026-00", "Q3 2026", "", "26Q1", "0000",
                                  "2026-9", "2026/09"])
def test_bad_text_is_refused_saying_how_to_write_it(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a period; write 2026Q3, 2026-09 or 2026") as caught:
        P(text)
    assert caught.value.template == "{period} is not a period; write 2026Q3, 2026-09 or 2026"
    assert caught.value.fields == {"period": text}


def test_quarter_only_places_refuse_months_and_bad_counts() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_quarter("2026-09")
    assert caught.value.template == "{period} is not a quarter; write it like 2026Q3"
    with pytest.raises(ValidationError, match="2026 is not a quarter"):
        require_quarter(P("2026"))
    assert require_quarter(P("2026q2")) == P("2026Q2")
    with pytest.raises(ValidationError, match="zero or more, not -1"):
        P("2026Q1").previous(-1)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 12, 31)), st.integers(1, 12))
def test_every_day_is_in_its_quarter_and_quarters_follow_each_other(day: date, start: int) -> None:
    quarter = Period.quarter_of(day, start)
    assert quarter.contains(day)
    assert quarter.shifted(1).start == quarter.end + timedelta(days=1)
    assert quarter.end - quarter.start >= timedelta(days=88)  # three months: 89 to 92 days
    assert quarter.start.month in {(start - 1 + 3 * i) % 12 + 1 for i in range(4)} and quarter.start.day == 1
    assert Period.parse(quarter.key, start) == quarter
    year = Period.year_of(day, start)
    assert year.start <= quarter.start <= quarter.end <= year.end
    quarters = [Period(PeriodKind.QUARTER, year.year, n, start) for n in range(1, 5)]
    assert quarters[0].start == year.start and quarters[-1].end == year.end
    assert all(a.end + timedelta(days=1) == b.start for a, b in pairwise(quarters))
