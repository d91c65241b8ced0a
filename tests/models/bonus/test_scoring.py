"""Bonus scoring without a database: hand-computed boundaries and Hypothesis properties."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesmgr.models.bonus import BonusPlan, Policy, RepInputs, score_rep, target_for
from salesmgr.models.bonus.compute import max_weighted_score
from salesmgr.models.bonus.plans import plan_from_dict, plan_to_dict, validate
from salesmgr.models.errors import ValidationError
from salesmgr.models.periods import Period

D = Decimal
Q3 = Period.parse("2026Q3")
PLAN = BonusPlan(period=Q3, currency="CNY", default_target=D("10000.00"))


def inputs(won: str = "100000", quota: str | None = "100000", csat: str | None = "4.5", timeliness: str | None = "0.95",
           training: str | None = "1", adjustment: str = "0") -> RepInputs:
    return RepInputs(rep_id=1, rep="Ann", team="North", role="rep", quota=None if quota is None else D(quota),
                     won=D(won), csat_avg=None if csat is None else D(csat), csat_responses=0 if csat is None else 4,
                     crm_timeliness=None if timeliness is None else D(timeliness), activities_timed=20,
                     training=None if training is None else D(training), training_required=2, adjustment=D(adjustment))


def payout(plan: BonusPlan, **kwargs: str | None) -> Decimal:
    return score_rep(plan, inputs(**kwargs), Q3).payout  # type: ignore[arg-type]


def test_exactly_100_percent_on_every_component_pays_the_target() -> None:
    bonus = score_rep(PLAN, inputs(), Q3)
    assert (bonus.attainment, bonus.sales_score, bonus.csat_score, bonus.process_score) == (1, 1, 1, 1)
    assert bonus.payout == D("10000.00") and bonus.computed == D("10000.00")


def test_the_cap_limits_the_sales_score() -> None:
    # attainment 200% -> capped at 150%: 0.6 x 1.5 + 0.2 + 0.2 = 1.3
    assert payout(PLAN, won="200000") == D("13000.00")
    assert payout(PLAN, won="150000") == D("13000.00")
    # just under the cap: 0.6 x 1.49 + 0.4 = 1.294
    assert payout(PLAN, won="149000") == D("12940.00")


def test_the_threshold_scores_zero_below_it_and_full_attainment_at_it() -> None:
    plan = replace(PLAN, sales_threshold=D("0.50"))
    assert payout(plan, won="49999") == D("4000.00")  # sales 0: only 0.2 + 0.2
    assert payout(plan, won="50000") == D("7000.00")  # 0.6 x 0.5 + 0.4


def test_the_accelerator_counts_each_point_above_100_percent_more() -> None:
    plan = replace(PLAN, accelerator=D("1.5"))
    assert payout(plan, won="100000") == D("10000.00")  # no acceleration at exactly 100%
    assert payout(plan, won="120000") == D("11800.00")  # 1 + 0.2 x 1.5 = 1.3: 0.78 + 0.4
    assert payout(plan, won="140000") == D("13000.00")  # 1.6 capped at 1.5
    assert payout(plan, won="80000") == D("8800.00")  # below 100%: plain 0.8 -> 0.48 + 0.4


@pytest.mark.parametrize(("policy", "expected", "weights"), [
    ("zero", "6100.00", ("0.60", "0.20", "0.20")),  # 0.6 x 0.8 + 0 + 0.2 x 0.65
    ("full", "8100.00", ("0.60", "0.20", "0.20")),  # 0.48 + 0.2 + 0.13
    ("reweight", "7625.00", ("0.75", "0", "0.25")),  # 0.75 x 0.8 + 0.25 x 0.65
])
def test_no_csat_responses_under_each_policy(policy: Policy, expected: str, weights: tuple[str, ...]) -> None:
    plan = replace(PLAN, no_csat=policy)
    bonus = score_rep(plan, inputs(won="80000", csat=None, timeliness="0.76", training="0.5"), Q3)
    assert bonus.csat_score is None and bonus.csat_avg is None  # reported as no data
    assert bonus.process_score == D("0.65")  # (0.76 / 0.95 = 0.8, 0.5 / 1) averaged
    assert bonus.payout == D(expected)
    assert bonus.weights == tuple(D(w) for w in weights)


def test_no_quota_is_a_problem_naming_the_rep_with_payout_zero() -> None:
    bonus = score_rep(PLAN, inputs(quota=None, adjustment="500"), Q3)
    assert bonus.problems == ("Ann has no quota for 2026Q3",)
    assert (bonus.attainment, bonus.payout, bonus.computed) == (None, 0, 0)
    assert score_rep(PLAN, inputs(quota="0"), Q3).problems == ("Ann has a quota of 0 for 2026Q3",)


def test_rounding_is_half_up_to_the_cent_at_the_end_only() -> None:
    # attainment 1/3, CSAT 4.0 / 4.5: 0.2 + 0.2 x 8/9 + 0.2 = 0.57777... -> 5777.777... -> 5777.78
    assert payout(PLAN, won="100000", quota="300000", csat="4.0") == D("5777.78")
    # 10000.05 x 0.1 = 1000.005 exactly: half-up gives 1000.01 (banker's rounding would give 1000.00)
    plan = replace(PLAN, default_target=D("10000.05"), sales_threshold=D("0.5"), no_csat="zero")
    assert payout(plan, won="0", csat=None, timeliness="0.475", training=None) == D("1000.01")


def test_process_score_uses_only_the_available_kpis() -> None:
    assert score_rep(PLAN, inputs(timeliness=None, training="0.5"), Q3).process_score == D("0.5")
    assert score_rep(PLAN, inputs(timeliness="0.5", training=None), Q3).process_score == D("0.5") / D("0.95")
    assert score_rep(PLAN, inputs(timeliness=None, training=None), Q3).process_score == 0


def test_adjustments_are_added_separately_and_the_payout_never_goes_below_zero() -> None:
    bonus = score_rep(PLAN, inputs(adjustment="-2500.50"), Q3)
    assert (bonus.computed, bonus.adjustment, bonus.payout) == (D("10000.00"), D("-2500.50"), D("7499.50"))
    assert payout(PLAN, adjustment="-20000") == 0


def test_targets_rep_override_then_role_then_default() -> None:
    plan = replace(PLAN, role_targets={"senior": D("30000")}, rep_targets={7: D("45000")})
    assert (target_for(plan, 7, "senior"), target_for(plan, 8, "senior"), target_for(plan, 8, "sdr")) == (
        D("45000"), D("30000"), D("10000.00"))


def test_plan_survives_its_json_form() -> None:
    plan = replace(PLAN, role_targets={"senior": D("30000")}, rep_targets={7: D("45000")},
                   sales_threshold=D("0.5"), accelerator=D("1.5"), no_csat="full")
    assert plan_from_dict(plan_to_dict(plan)) == plan


@pytest.mark.parametrize("change", [
    {"weight_sales": D("0.50")}, {"weight_csat": D("0.30")}, {"default_target": D("-1")}, {"cap": D("0.9")},
    {"sales_threshold": D("2")}, {"accelerator": D("0")}, {"csat_target": D("6")}, {"no_csat": "skip"},
    {"timeliness_target": D("0")}, {"role_targets": {"boss": D("1")}}, {"period": Period.parse("2026-09")},
])
def test_invalid_plans_are_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        validate(replace(PLAN, **change))  # type: ignore[arg-type]


# --- properties -----------------------------------------------------------------------------------------------

money = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False, allow_infinity=False)
ratio = st.decimals(min_value=0, max_value=1, places=4, allow_nan=False, allow_infinity=False)


@st.composite
def plans(draw: st.DrawFn) -> BonusPlan:
    sales = draw(st.integers(0, 100))
    csat = draw(st.integers(0, 100 - sales))
    if sales + (100 - sales - csat) == 0:
        sales = 1
        csat -= 1
    cap = draw(st.decimals(min_value=1, max_value=3, places=2))
    return BonusPlan(
        period=Q3, currency="CNY", default_target=draw(st.decimals(min_value=0, max_value=100_000, places=2)),
        weight_sales=D(sales) / 100, weight_csat=D(csat) / 100, weight_process=D(100 - sales - csat) / 100,
        sales_threshold=draw(st.none() | st.decimals(min_value=0, max_value=D("0.99"), places=2)),
        accelerator=draw(st.none() | st.decimals(min_value=D("0.5"), max_value=3, places=2)), cap=cap,
        csat_target=draw(st.decimals(min_value=1, max_value=5, places=1)),
        no_csat=draw(st.sampled_from(["zero", "full", "reweight"])))


@st.composite
def rep_inputs(draw: st.DrawFn) -> RepInputs:
    csat = draw(st.none() | st.decimals(min_value=1, max_value=5, places=2))
    return RepInputs(1, "Ann", None, "rep", draw(st.decimals(min_value=1, max_value=10_000_000, places=2)),
                     draw(money), csat, 0 if csat is None else 3, draw(st.none() | ratio), 5,
                     draw(st.none() | ratio), 2, draw(st.decimals(min_value=-50_000, max_value=50_000, places=2)))


@settings(max_examples=300, deadline=None)
@given(plans(), rep_inputs())
def test_payout_is_never_negative_nor_above_the_target_times_the_capped_maximum(plan: BonusPlan,
                                                                               rep: RepInputs) -> None:
    validate(plan)
    bonus = score_rep(plan, rep, Q3)
    assert bonus.payout >= 0 and bonus.computed >= 0
    ceiling = bonus.target_bonus * max_weighted_score(plan, rep.csat_avg is not None)
    assert bonus.computed <= ceiling + D("0.005")


@settings(max_examples=300, deadline=None)
@given(plans(), rep_inputs(), money)
def test_payout_is_monotonic_in_won_revenue(plan: BonusPlan, rep: RepInputs, more: Decimal) -> None:
    lower = score_rep(plan, rep, Q3)
    higher = score_rep(plan, replace(rep, won=rep.won + more), Q3)
    assert higher.computed >= lower.computed and higher.payout >= lower.payout


@given(st.integers(0, 200), st.integers(0, 200), st.integers(0, 200))
def test_weights_that_do_not_sum_to_100_percent_are_refused(sales: int, csat: int, process: int) -> None:
    plan = replace(PLAN, weight_sales=D(sales) / 100, weight_csat=D(csat) / 100, weight_process=D(process) / 100)
    if sales + csat + process == 100:
        validate(plan)
    else:
        with pytest.raises(ValidationError):
            validate(plan)
