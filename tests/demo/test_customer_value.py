"""The demo's cost entries (customers part 4): every quarter up to today with new customers has entries for the
teams, the lead sources and the company, and LTV/CAC lands near 3 (the part draws each ratio from 2.4 to 3.6;
lead sources without a name get no entry of their own, so the company's ratio can be a little higher)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from salesmgr.demo import load_demo
from salesmgr.demo.customer_value import ASSUMED_LIFETIME
from salesmgr.models.customers.costs import list_costs
from salesmgr.models.customers.value import value_report
from salesmgr.models.database import Database
from salesmgr.models.metrics.conversion import lenient_rates
from salesmgr.models.periods import Period


def test_demo_costs_give_believable_cac(db: Database) -> None:
    today = date(2026, 12, 1)
    load_demo(db, reps=6, opportunities=400, today=today)
    checked = 0
    with db.session() as s, lenient_rates():
        for back in range(1, 5):
            period = Period.quarter_of(today).shifted(-back)
            company = value_report(s, period).company
            if not company.new_customers:
                continue
            costs = list_costs(s, period)
            assert {c.team is not None for c in costs} == {True, False}
            assert any(c.lead_source for c in costs) and any(c.team is None and not c.lead_source for c in costs)
            ltv = company.ltv if company.ltv is not None else (company.arpc or Decimal(0)) * ASSUMED_LIFETIME
            assert company.cac is not None and Decimal("2.2") <= ltv / company.cac <= Decimal("4.5")
            checked += 1
    assert checked >= 2
