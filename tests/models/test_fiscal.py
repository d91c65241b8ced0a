"""Stored period keys read under the database's fiscal start, and periods made under another start refused."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesmgr.models.bonus import BonusPlan, bonus_sheet, plan_for, save_plan
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.fiscal import check_fiscal_start, parse_period, quarter_of
from salesmgr.models.metrics.summary import dashboard_report
from salesmgr.models.periods import Period
from salesmgr.models.settings import set_fiscal_start


def test_keys_are_read_under_the_setting(db: Database) -> None:
    with db.session() as s:
        assert parse_period(s, "2026Q1").bounds == (date(2026, 1, 1), date(2026, 3, 31))  # never set: January
        set_fiscal_start(s, 4)
        assert parse_period(s, "2026Q1").bounds == (date(2026, 4, 1), date(2026, 6, 30))
        assert quarter_of(s, date(2026, 3, 31)).key == "2025Q4"  # fiscal 2025 ends on 31 March 2026


def test_a_period_made_under_another_start_is_refused(db: Database) -> None:
    with db.session() as s:
        set_fiscal_start(s, 4)
        assert check_fiscal_start(s, Period.parse("2026Q1", 4)) == Period.parse("2026Q1", 4)
        with pytest.raises(ValidationError, match="starts in month 4; choose the period again"):
            dashboard_report(s, Period.parse("2026Q1"))  # January's Q1 would count months nobody chose
        with pytest.raises(ValidationError):
            bonus_sheet(s, Period.parse("2026Q1"))


def test_a_saved_plan_applies_from_its_fiscal_quarter(db: Database) -> None:
    # saved "from 2026Q2": under April that is from July 2026, so fiscal 2026Q1 (April-June) still has the default
    with db.session() as s:
        set_fiscal_start(s, 4)
        q1, q2 = Period.parse("2026Q1", 4), Period.parse("2026Q2", 4)
        save_plan(s, BonusPlan(period=q2, currency="CNY", default_target=Decimal("30000")), "lead")
        assert plan_for(s, q1).default_target == Decimal("20000")
        assert plan_for(s, q2).default_target == Decimal("30000")
        assert plan_for(s, q2).period.bounds == (date(2026, 7, 1), date(2026, 9, 30))

