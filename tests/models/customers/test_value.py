"""LTV and CAC on the hand-made data of ``value_data`` (2026Q3); every expected figure is worked out beside it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from salesmgr.models.currency import MissingRateError
from salesmgr.models.customers import value
from salesmgr.models.customers.retention import NO_COHORT, retention
from salesmgr.models.database import Database
from salesmgr.models.goals.catalogue import Measured, measure
from salesmgr.models.goals.goals import COMPANY, Owner, get_goal
from salesmgr.models.goals.templates import add_from_template
from salesmgr.models.metrics.conversion import lenient_rates
from salesmgr.models.periods import Period
from tests.models.customers.value_data import build

D = Decimal
Q3 = Period.parse("2026Q3")


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    with db.session() as s:
        return build(s)


def test_company_ltv_cac_and_ratio(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        report = value.value_report(s, Q3)
        company = report.company
        assert (company.cohort, company.churned) == (retention(s, Q3).cohort, retention(s, Q3).churned)
    # Cohort on 06-30: A, B, C = 3; B churned in Q3: churn 1/3, lifetime 3 quarters = 9 months.
    assert (company.cohort, company.churned) == (3, 1)
    assert company.churn_rate == D(1) / 3
    assert company.lifetime_periods == 3 and company.lifetime_months == 9
    # Customers during Q3: A, B (until 08-15), C, D, E = 5; revenue 2000 + 400 + 1500 + 300 = 4200 (C's 600 USD
    # has no rate: left out); ARPC 840; LTV 840 x 3 = 2520.
    assert (company.customers, company.revenue, company.arpc, company.ltv) == (5, D("4200.00"), D("840.00"),
                                                                               D("2520.00"))
    assert report.left_out == ["USD"]
    # Costs inside Q3: 1000 + 600 + 2400 + 200 = 4200 (the year's 5000 uncounted, Q2's 999 elsewhere); new: D, E.
    assert (company.cost, company.new_customers, company.cac) == (D("4200.00"), 2, D("2100.00"))
    assert report.uncounted == ["2026"]
    assert company.ratio == D("1.20")  # 2520 / 2100


def test_teams_share_the_costs_that_name_no_team(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        teams = {v.name: v for v in value.value_report(s, Q3).teams}
    east, west = teams["East"], teams["West"]
    # East: A and B; cohort 2, B churned: lifetime 2; revenue 2000 over 2 customers: ARPC 1000, LTV 2000.
    assert (east.cohort, east.churned, east.arpc, east.ltv) == (2, 1, D("1000.00"), D("2000.00"))
    # No new customer in East: no CAC (its own 600 is still shown), and the reason says why.
    assert (east.own_cost, east.shared_cost, east.cac, east.cac_reason) == (D("600.00"), 0, None, value.NO_NEW)
    assert east.ratio is None and east.ratio_reason == value.NO_NEW
    # West: C, D, E; cohort C only, nobody churned: no lifetime, so no LTV (never 0).
    assert (west.cohort, west.churned, west.ltv, west.ltv_reason) == (1, 0, None, value.NO_CHURN)
    # ARPC (400 + 1500 + 300) / 3 = 733.33. CAC: own 2400 / 2 + no-team entries (1000 + 200) / all 2 new = 1800.
    assert west.arpc == D("733.33")
    assert (west.own_cost, west.shared_cost, west.cac) == (D("2400.00"), D("1200.00"), D("1800.00"))
    assert east.cost + west.cost == D("4200.00")  # the teams' costs add up to the company's


def test_lead_sources_from_the_first_won_deal_ignoring_case(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        sources = {v.key: v for v in value.value_report(s, Q3).lead_sources}
    assert list(sources) == ["referral", "webinar", None]
    webinar, referral, none = sources["webinar"], sources["referral"], sources[None]
    # Webinar: A ("Webinar") and C ("webinar"); A's later "Existing customer" deal does not count.
    assert (webinar.name, webinar.customers, webinar.cohort, webinar.churned) == ("Webinar", 2, 2, 0)
    assert webinar.ltv is None and webinar.cac is None and webinar.own_cost == D("200.00")
    # Referral: B and D; cohort B, churned: lifetime 1; revenue 1500 / 2 = 750 = LTV. CAC: own 2400 + the
    # no-source entries (1000 + 600) x 1 of 2 new = 800; 3200 / 1 new. Ratio 750 / 3200 = 0.234 -> 0.23.
    assert (referral.arpc, referral.ltv, referral.cost, referral.cac) == (D("750.00"), D("750.00"),
                                                                          D("3200.00"), D("3200.00"))
    assert referral.ratio == D("0.23")
    # No lead source: E, won in Q3: no cohort, so no LTV; CAC 800 (its share of the no-source entries).
    assert (none.ltv, none.ltv_reason, none.cac) == (None, NO_COHORT, D("800.00"))
    assert sum((v.cost for v in sources.values()), D(0)) == D("4200.00")


def test_owner_value_for_goals(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s, lenient_rates():  # C's USD deal has no rate (strict: refused, see below)
        east = value.owner_value(s, Q3, team_id=ids["east"])
        bob = value.owner_value(s, Q3, rep_id=ids["bob"])
    with db.session() as s, pytest.raises(MissingRateError):
        value.owner_value(s, Q3, rep_id=ids["bob"])
    assert (east.ltv, east.cac) == (D("2000.00"), None)
    # Bob owns C, D, E (as West): no churn; a rep has no costs.
    assert (bob.ltv_reason, bob.cac, bob.cac_reason) == (value.NO_CHURN, None, value.NO_COSTS)


def test_nothing_to_measure_gives_reasons_not_zero(db: Database) -> None:
    with db.session() as s:
        company = value.value_report(s, Q3).company
    assert (company.ltv, company.ltv_reason) == (None, value.NO_CUSTOMERS)
    assert (company.cac, company.cac_reason) == (None, value.NO_COSTS)
    assert company.ratio is None and company.ratio_reason == value.NO_CUSTOMERS


def test_an_earlier_quarter_has_its_own_cohort(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        q2 = value.value_report(s, Period.parse("2026Q2")).company
    # Cohort on 03-31: A; nobody churned in Q2: no LTV. New in Q2: B (05-01), C (04-01); cost 999: CAC 499.50.
    assert (q2.cohort, q2.churned, q2.ltv_reason) == (1, 0, value.NO_CHURN)
    assert (q2.new_customers, q2.cac) == (2, D("499.50"))


def test_goal_metrics_and_templates(db: Database, ids: dict[str, int]) -> None:
    q4 = Period.parse("2026Q4")
    with db.session() as s, lenient_rates():
        assert measure(s, "customer_lifetime_months", COMPANY, Q3, {}).value == D(9)  # 3 quarters
        assert measure(s, "ltv", COMPANY, Q3, {}).value == D("2520.00")
        assert measure(s, "cac", COMPANY, Q3, {}).value == D("2100.00")
        assert measure(s, "ltv", Owner(team_id=ids["west"]), Q3, {}) == Measured(None, value.NO_CHURN)
        assert measure(s, "cac", Owner(rep_id=ids["ann"]), Q3, {}).reason == value.NO_COSTS
        lifetime = get_goal(s, add_from_template(s, "customer_lifetime", q4))
        # LTV +30 %: baseline Q3's 2520, target 2520 x 1.3 = 3276; CAC -15 %: 2100 x 0.85 = 1785, lower is better.
        ltv = get_goal(s, add_from_template(s, "ltv_growth", q4))
        cac = get_goal(s, add_from_template(s, "cac_reduction", q4))
    assert (lifetime.baseline, lifetime.target, lifetime.dimension) == (D(18), D(24), "financial")
    assert (ltv.baseline, ltv.target, ltv.direction) == (D("2520.00"), D("3276.00"), "higher")
    assert (cac.baseline, cac.target, cac.direction) == (D("2100.00"), D("1785.00"), "lower")
