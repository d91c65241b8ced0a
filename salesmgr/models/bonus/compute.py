"""Scoring one rep's quarter: pure functions from the inputs (``RepInputs``) and the plan to a ``RepBonus``.

Definitions (issue 6):

* sales: attainment = won revenue / quota (both in the base currency). Score 0 below the plan's threshold; else
  the attainment, above 100% accelerated to ``1 + (a - 1) x accelerator`` when the plan has an accelerator, and
  never above the cap. No quota (or a zero quota) is a problem naming the rep: the rep is listed with payout 0.
* money without a rate: a rep whose won deals, quota or adjustments of the quarter are in a currency without an
  exchange rate to the base currency (``RepInputs.missing_rates``) is never paid on a partial sum: payout 0 with
  the problem naming the currencies, until the rates are set.
* CSAT: average response score / target, at most 1. No responses: per ``plan.no_csat`` "zero" scores 0, "full"
  scores 1 and "reweight" sets the CSAT weight to 0 and scales the sales and process weights to sum to 1.
* process: the average of the available KPIs, each min(actual / target, 1): CRM timeliness (share of the rep's
  activities logged within 24 h), training (attended / required sessions) and each of the plan's
  ``extra_kpis`` (catalogue KPIs, see ``kpis``) whose actual is not None. None available: 0.
* computed = target x (ws x sales + wc x csat + wp x process), exact ``Decimal`` rounded half-up to the cent only
  at the end; payout = computed + manual adjustments, never below 0.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from salesmgr.i18n import translate
from salesmgr.models.bonus.plans import BonusPlan, target_for
from salesmgr.models.money import quantize
from salesmgr.models.periods import Period

ZERO, ONE, TWO = Decimal(0), Decimal(1), Decimal(2)
KpiActuals = tuple[tuple[str, Decimal | None], ...]  # (catalogue KPI key, actual or None for no data)


@dataclass(frozen=True)
class RepInputs:
    """What the data says about one rep's quarter (money in the base currency)."""

    rep_id: int
    rep: str
    team: str | None
    role: str
    quota: Decimal | None
    won: Decimal
    csat_avg: Decimal | None
    csat_responses: int
    crm_timeliness: Decimal | None
    activities_timed: int
    training: Decimal | None
    training_required: int
    adjustment: Decimal = ZERO
    extra_kpis: KpiActuals = ()
    missing_rates: tuple[str, ...] = ()  # currencies of the rep's quarter without an exchange rate


@dataclass(frozen=True)
class RepBonus:
    """One rep's bonus. ``csat_avg``/``csat_score``/``crm_timeliness``/``training`` None: no data. ``weights``
    are the effective (sales, csat, process) weights. ``problems`` non-empty: no payout was computed (0)."""

    rep_id: int
    rep: str
    team: str | None
    role: str
    target_bonus: Decimal
    quota: Decimal | None
    won: Decimal
    attainment: Decimal | None
    sales_score: Decimal
    csat_avg: Decimal | None
    csat_responses: int
    csat_score: Decimal | None
    crm_timeliness: Decimal | None
    training: Decimal | None
    process_score: Decimal
    weights: tuple[Decimal, Decimal, Decimal]
    computed: Decimal
    adjustment: Decimal
    payout: Decimal
    problems: tuple[str, ...] = ()
    activities_timed: int = 0  # activities whose logging delay is known (the timeliness denominator)
    training_required: int = 0
    extra_kpis: KpiActuals = ()  # the plan's extra process KPIs, in plan order
    missing_rates: tuple[str, ...] = ()  # currencies without a rate that kept the rep from a payout


def sales_score(plan: BonusPlan, attainment: Decimal) -> Decimal:
    if plan.sales_threshold is not None and attainment < plan.sales_threshold:
        return ZERO
    score = attainment
    if plan.accelerator is not None and attainment > ONE:
        score = ONE + (attainment - ONE) * plan.accelerator
    return min(score, plan.cap)


def csat_score(plan: BonusPlan, average: Decimal | None) -> Decimal | None:
    return None if average is None else min(average / plan.csat_target, ONE)


def effective_weights(plan: BonusPlan, has_csat: bool) -> tuple[Decimal, Decimal, Decimal]:
    if has_csat or plan.no_csat != "reweight":
        return plan.weights
    rest = plan.weight_sales + plan.weight_process
    return plan.weight_sales / rest, ZERO, plan.weight_process / rest


def csat_used(plan: BonusPlan, score: Decimal | None) -> Decimal:
    """The CSAT score that enters the payout: the real one, or the plan's stand-in when there is no data."""
    if score is not None:
        return score
    return ONE if plan.no_csat == "full" else ZERO


def plan_kpi_actuals(plan: BonusPlan, measured: KpiActuals) -> KpiActuals:
    """The actual of each of the plan's extra KPIs, in plan order (None when it was not measured)."""
    found = dict(measured)
    return tuple((key, found.get(key)) for key in plan.extra_kpis)


def process_score(plan: BonusPlan, timeliness: Decimal | None, training: Decimal | None,
                  extra: KpiActuals = ()) -> Decimal:
    pairs = [(timeliness, plan.timeliness_target), (training, plan.training_target),
             *((value, plan.extra_kpis[key]) for key, value in extra if key in plan.extra_kpis)]
    kpis = [min(value / target, ONE) for value, target in pairs if value is not None]
    return sum(kpis, ZERO) / len(kpis) if kpis else ZERO


def weighted(weights: tuple[Decimal, Decimal, Decimal], sales: Decimal, csat: Decimal, process: Decimal) -> Decimal:
    return weights[0] * sales + weights[1] * csat + weights[2] * process


def quota_problem(inputs: RepInputs, period: Period) -> str | None:
    if inputs.quota is None:
        return translate("Bonus", "{rep} has no quota for {period}").format(rep=inputs.rep, period=period)
    if inputs.quota == 0:
        return translate("Bonus", "{rep} has a quota of 0 for {period}").format(rep=inputs.rep, period=period)
    return None


def rate_problem(inputs: RepInputs) -> str | None:
    if not inputs.missing_rates:
        return None
    return translate("Bonus", "{rep}'s deals, quota or adjustments are in {currencies}, which has no exchange rate; "
                              "no payout until the rate is set").format(
        rep=inputs.rep, currencies=", ".join(inputs.missing_rates))


def score_rep(plan: BonusPlan, inputs: RepInputs, period: Period) -> RepBonus:
    """The rep's bonus under ``plan`` (see the module's definitions)."""
    target = target_for(plan, inputs.rep_id, inputs.role)
    problem = rate_problem(inputs) or quota_problem(inputs, period)
    attainment = None if problem or inputs.quota is None else inputs.won / inputs.quota
    sales = ZERO if attainment is None else sales_score(plan, attainment)
    csat = csat_score(plan, inputs.csat_avg)
    weights = effective_weights(plan, csat is not None)
    extra = plan_kpi_actuals(plan, inputs.extra_kpis)
    process = process_score(plan, inputs.crm_timeliness, inputs.training, extra)
    computed = ZERO if problem else quantize(target * weighted(weights, sales, csat_used(plan, csat), process),
                                             plan.currency)
    payout = ZERO if problem else max(computed + inputs.adjustment, ZERO)
    return RepBonus(
        rep_id=inputs.rep_id, rep=inputs.rep, team=inputs.team, role=inputs.role, target_bonus=target,
        quota=inputs.quota, won=inputs.won, attainment=attainment, sales_score=sales, csat_avg=inputs.csat_avg,
        csat_responses=inputs.csat_responses, csat_score=csat, crm_timeliness=inputs.crm_timeliness,
        training=inputs.training, process_score=process, weights=weights, computed=computed,
        adjustment=inputs.adjustment, payout=quantize(payout, plan.currency), problems=(problem,) if problem else (),
        activities_timed=inputs.activities_timed, training_required=inputs.training_required, extra_kpis=extra,
        missing_rates=inputs.missing_rates)


def max_weighted_score(plan: BonusPlan, has_csat: bool) -> Decimal:
    """The highest weighted score a rep can reach (every component at its maximum)."""
    return weighted(effective_weights(plan, has_csat), plan.cap, ONE, ONE)
