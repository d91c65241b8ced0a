"""The status rule at its boundaries (gap = progress - elapsed; on track >= -0.10, at risk >= -0.25), the elapsed
share and progress for higher- and lower-is-better goals."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesmgr.models.goals.status import Status, elapsed_share, progress, status_of
from salesmgr.models.periods import Period

D = Decimal
Q3 = Period.parse("2026Q3")  # 2026-07-01 .. 2026-09-30: 92 days


@pytest.mark.parametrize(("done", "elapsed", "expected"), [
    ("0.40", "0.50", Status.ON_TRACK),    # gap -0.10: the boundary is on track
    ("0.3999", "0.50", Status.AT_RISK),   # just below
    ("0.25", "0.50", Status.AT_RISK),     # gap -0.25: the boundary is at risk
    ("0.2499", "0.50", Status.OFF_TRACK),
    ("1", "0.20", Status.ON_TRACK),       # ahead
    ("1", "1", Status.ON_TRACK),          # reached at the deadline
    ("0.90", "1", Status.ON_TRACK),       # last day: 90 % is within 10 points
    ("0.75", "1", Status.AT_RISK),
    ("-0.5", "0", Status.OFF_TRACK),      # moved the wrong way before the period began
    ("0", "0", Status.ON_TRACK),
])
def test_status_boundaries(done: str, elapsed: str, expected: Status) -> None:
    assert status_of(D(done), D(elapsed)) is expected


def test_no_actual_is_no_data() -> None:
    assert status_of(None, D("0.5")) is Status.NO_DATA


def test_elapsed_share_counts_today() -> None:
    assert elapsed_share(Q3, date(2026, 6, 30)) == 0
    assert elapsed_share(Q3, date(2026, 7, 1)) == D(1) / 92
    assert elapsed_share(Q3, date(2026, 8, 15)) == D(46) / 92  # July 31 + 15 days = 46 of 92
    assert elapsed_share(Q3, date(2026, 9, 30)) == 1
    assert elapsed_share(Q3, date(2027, 1, 1)) == 1


def test_progress_for_lower_is_better() -> None:
    # sales cycle 90 -> 75 days, now 81: (81 - 90) / (75 - 90) = 0.6; 95 days is -1/3 (the wrong way)
    assert progress(D(90), D(75), D(81)) == D("0.6")
    assert progress(D(90), D(75), D(95)) == D(-5) / 15
    # NPS 30 -> 50, now 40: 0.5
    assert progress(D(30), D(50), D(40)) == D("0.5")
