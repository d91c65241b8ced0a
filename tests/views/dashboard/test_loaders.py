"""The dashboard's loaders: the months of the monthly chart under a fiscal start."""
from __future__ import annotations

from datetime import date

from salesmgr.views.dashboard.loaders import months_ending


def test_the_monthly_chart_takes_quarter_quotas_from_fiscal_quarters() -> None:
    months = months_ending(date(2026, 6, 30), 3, fiscal_start=4)
    assert [m.key for m in months] == ["2026-04", "2026-05", "2026-06"]
    assert {m.quarter().key for m in months} == {"2026Q1"}  # April-June is the first fiscal quarter
