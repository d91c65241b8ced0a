"""Bonus plans: what a quarter's bonus is worth and how each component is scored, saved per starting quarter."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from typing import Any, Literal, cast, get_args

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.bonus.audit import record
from salesmgr.models.bonus.entities import BonusPlanRow
from salesmgr.models.bonus.kpis import PROCESS_KPIS
from salesmgr.models.currency import base_currency
from salesmgr.models.errors import ValidationError
from salesmgr.models.fiscal import check_fiscal_start
from salesmgr.models.money import normalise_currency
from salesmgr.models.org import REP_ROLES
from salesmgr.models.periods import FISCAL_START, Period, parse_quarter, require_quarter

Policy = Literal["zero", "full", "reweight"]
POLICIES: tuple[str, ...] = get_args(Policy)
ONE = Decimal(1)


@dataclass(frozen=True)
class BonusPlan:
    """A bonus plan; the plan for quarter Q is the saved plan with the latest ``period`` <= Q (else the default).

    ``sales_threshold``: attainment below it scores 0; ``accelerator``: each point of attainment above 100% counts
    that many times; ``cap``: the most the sales score can be. ``no_csat``: what a rep without survey responses
    scores on CSAT: "zero", "full" (100%) or "reweight" (CSAT weight 0, the other two scaled to sum 1).
    ``extra_kpis``: further process KPIs from ``kpis.PROCESS_KPIS`` and their targets.
    """

    period: Period  # a quarter
    currency: str
    default_target: Decimal
    role_targets: dict[str, Decimal] = field(default_factory=dict)
    rep_targets: dict[int, Decimal] = field(default_factory=dict)
    weight_sales: Decimal = Decimal("0.60")
    weight_csat: Decimal = Decimal("0.20")
    weight_process: Decimal = Decimal("0.20")
    sales_threshold: Decimal | None = None
    accelerator: Decimal | None = None
    cap: Decimal = Decimal("1.50")
    csat_target: Decimal = Decimal("4.5")
    csat_scale: int = 5
    no_csat: Policy = "reweight"
    timeliness_target: Decimal = Decimal("0.95")
    training_target: Decimal = Decimal("1.00")
    extra_kpis: dict[str, Decimal] = field(default_factory=dict)  # catalogue KPI key -> target, in plan order

    @property
    def weights(self) -> tuple[Decimal, Decimal, Decimal]:
        return self.weight_sales, self.weight_csat, self.weight_process


DEFAULT_TARGET = Decimal("20000.00")


def default_plan(period: Period, currency: str) -> BonusPlan:
    """The plan used when none is saved: 20,000 per rep and quarter, 60/20/20, cap 150%, no threshold."""
    return BonusPlan(period=period, currency=currency, default_target=DEFAULT_TARGET)


def target_for(plan: BonusPlan, rep_id: int, role: str) -> Decimal:
    """The rep's own target if the plan has one, else their role's, else the plan's default."""
    if rep_id in plan.rep_targets:
        return plan.rep_targets[rep_id]
    return plan.role_targets.get(role, plan.default_target)


def plan_for(session: Session, period: Period) -> BonusPlan:
    """The saved plan with the latest period <= ``period`` (a quarter); the default plan when there is none.

    The saved plans' keys are read under the database's fiscal start (``salesmgr.models.fiscal``), the one
    ``period`` must have been made under."""
    check_fiscal_start(session, require_quarter(period))
    rows = session.execute(select(BonusPlanRow.period, BonusPlanRow.data)).all()
    saved = [(parse_quarter(row.period, period.fiscal_start), row.data) for row in rows]
    earlier = [(start, data) for start, data in saved if start.start <= period.start]
    if not earlier:
        return default_plan(period, base_currency(session))
    return plan_from_dict(json.loads(max(earlier, key=lambda item: item[0].start)[1]), period.fiscal_start)


def save_plan(session: Session, plan: BonusPlan, actor: str) -> None:
    """Check ``plan`` and save it as the plan from ``plan.period`` on (replacing a plan saved for that very
    quarter); the change is written to the audit log with the plan in force before and the new one."""
    validate(plan)
    plan = replace(plan, currency=normalise_currency(plan.currency))
    before = plan_to_dict(plan_for(session, plan.period))
    after = plan_to_dict(plan)
    row = session.scalar(select(BonusPlanRow).where(BonusPlanRow.period == plan.period.key))
    if row is None:
        row = BonusPlanRow(period=plan.period.key, data="")
        session.add(row)
    row.data, row.updated_by = json.dumps(after, sort_keys=True), actor
    record(session, actor, "plan", plan.period, before, after)
    session.flush()


def validate(plan: BonusPlan) -> None:
    """Refuse a plan that cannot be applied; every message names the figure to fix."""
    require_quarter(plan.period)
    weights = plan.weights
    if any(w < 0 for w in weights) or sum(weights) != ONE:
        raise ValidationError("the bonus weights must be 0% or more and add up to 100%, not {total}",
                total=f"{sum(weights) * 100:.2f}%")
    targets = [plan.default_target, *plan.role_targets.values(), *plan.rep_targets.values()]
    if any(t < 0 for t in targets):
        raise ValidationError("a target bonus cannot be negative")
    unknown = sorted(set(plan.role_targets) - set(REP_ROLES))
    if unknown:
        raise ValidationError("unknown role {role}; use one of {roles}", role=unknown[0], roles=", ".join(REP_ROLES))
    _check_scoring(plan)


def _check_scoring(plan: BonusPlan) -> None:
    if plan.cap < ONE:
        raise ValidationError("the sales cap must be at least 100%, not {cap}", cap=f"{plan.cap * 100:.0f}%")
    if plan.sales_threshold is not None and not 0 <= plan.sales_threshold < plan.cap:
        raise ValidationError("the sales threshold must be between 0% and the cap")
    if plan.accelerator is not None and plan.accelerator <= 0:
        raise ValidationError("the accelerator must be more than 0")
    if plan.csat_scale < 1 or not 0 < plan.csat_target <= plan.csat_scale:
        raise ValidationError("the CSAT target must be more than 0 and at most the scale ({scale})",
                              scale=plan.csat_scale)
    if plan.no_csat not in POLICIES:
        raise ValidationError("unknown policy {policy} for reps without CSAT responses; use zero, full or reweight",
                policy=plan.no_csat)
    if plan.no_csat == "reweight" and plan.weight_sales + plan.weight_process == 0:
        raise ValidationError("re-weighting needs a sales or process weight above 0%")
    for target in (plan.timeliness_target, plan.training_target):
        if not 0 < target <= ONE:
            raise ValidationError("process targets must be more than 0% and at most 100%")
    _check_extra_kpis(plan)


def _check_extra_kpis(plan: BonusPlan) -> None:
    for key, target in plan.extra_kpis.items():
        kpi = PROCESS_KPIS.get(key)
        if kpi is None:
            raise ValidationError("unknown process KPI {key}; use one of {keys}", key=key,
                                  keys=", ".join(PROCESS_KPIS))
        if target <= 0:
            raise ValidationError("the target of {kpi} must be more than 0", kpi=kpi.label())
        if kpi.kind == "share" and target > ONE:
            raise ValidationError("the target of {kpi} must be at most 100%", kpi=kpi.label())


_DECIMALS = ("default_target", "weight_sales", "weight_csat", "weight_process", "sales_threshold", "accelerator",
             "cap", "csat_target", "timeliness_target", "training_target")


def plan_to_dict(plan: BonusPlan) -> dict[str, Any]:
    """The plan as JSON-ready values: decimals as strings, rep ids as string keys."""
    data = asdict(plan)
    data["period"] = plan.period.key
    for name in _DECIMALS:
        data[name] = None if data[name] is None else str(data[name])
    data["role_targets"] = {role: str(value) for role, value in sorted(plan.role_targets.items())}
    data["rep_targets"] = {str(rep): str(value) for rep, value in sorted(plan.rep_targets.items())}
    # pairs, not an object: the JSON is saved with sorted keys, and the plan's order is kept
    data["extra_kpis"] = [[key, str(value)] for key, value in plan.extra_kpis.items()]
    return data


def plan_from_dict(data: dict[str, Any], fiscal_start: int = FISCAL_START) -> BonusPlan:
    values = dict(data)
    values["period"] = parse_quarter(values["period"], fiscal_start)
    for name in _DECIMALS:
        if values.get(name) is not None:
            values[name] = Decimal(values[name])
    values["role_targets"] = {role: Decimal(v) for role, v in values.get("role_targets", {}).items()}
    values["rep_targets"] = {int(rep): Decimal(v) for rep, v in values.get("rep_targets", {}).items()}
    values["no_csat"] = cast(Policy, values.get("no_csat", "reweight"))
    extra = values.get("extra_kpis", [])
    values["extra_kpis"] = {key: Decimal(v) for key, v in (extra.items() if isinstance(extra, dict) else extra)}
    known = set(BonusPlan.__dataclass_fields__)
    return BonusPlan(**{k: v for k, v in values.items() if k in known})
