"""A quarter's bonus sheet: live from the data, or the snapshot frozen when the quarter was approved."""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from salesmgr.models.bonus.compute import ZERO, RepBonus, score_rep
from salesmgr.models.bonus.entities import BonusApproval
from salesmgr.models.bonus.inputs import gather_inputs
from salesmgr.models.bonus.plans import BonusPlan, plan_for, plan_from_dict, plan_to_dict
from salesmgr.models.currency import MissingRateError
from salesmgr.models.errors import UserError
from salesmgr.models.fiscal import check_fiscal_start
from salesmgr.models.money import quantize
from salesmgr.models.periods import FISCAL_START, Period, parse_quarter, require_quarter


class BonusError(UserError):
    """A bonus action the rules refuse (approved quarter, missing reason, missing quotas in strict mode)."""


@dataclass(frozen=True)
class BonusSheet:
    """``live_differs``: the quarter is approved and computing it now from the data gives other inputs or
    results than the frozen snapshot shown."""

    period: Period  # a quarter
    currency: str
    plan: BonusPlan
    reps: list[RepBonus]
    total: Decimal
    approved: bool
    approved_at: datetime | None
    approved_by: str | None
    live_differs: bool


def live_sheet(session: Session, period: Period) -> BonusSheet:
    """The sheet computed now from the data and the plan in force (ignoring any approval); ``period`` must be
    made under the database's fiscal start (``salesmgr.models.fiscal``)."""
    plan = plan_for(session, require_quarter(period))
    found = gather_inputs(session, period, list(plan.extra_kpis))
    reps = [score_rep(plan, inputs, period) for inputs in found]
    total = quantize(sum((rep.payout for rep in reps), ZERO), plan.currency)
    return BonusSheet(period, plan.currency, plan, reps, total, False, None, None, False)


def bonus_sheet(session: Session, period: Period, *, strict: bool = False, live: bool = False) -> BonusSheet:
    """The quarter's bonuses: the frozen snapshot when approved (unless ``live``), else computed now.

    ``strict``: a currency without a rate that a rep's quarter needs raises ``MissingRateError``, and reps without
    a (non-zero) quota raise ``BonusError`` naming them, instead of being listed with payout 0 and the problem.
    """
    approval = session.get(BonusApproval, check_fiscal_start(session, require_quarter(period)).key)
    if approval is None:
        sheet = live_sheet(session, period)
    else:
        frozen = sheet_from_dict(json.loads(approval.snapshot), period.fiscal_start)
        current = _live_or_none(session, period, raise_errors=live)
        differs = current is None or sheet_to_dict(current) != sheet_to_dict(frozen)
        shown = current if live and current is not None else frozen
        sheet = BonusSheet(period, shown.currency, shown.plan, shown.reps, shown.total, True, approval.approved_at,
                           approval.approved_by, differs)
    if strict:
        _refuse_problems(sheet)
    return sheet


def _live_or_none(session: Session, period: Period, *, raise_errors: bool) -> BonusSheet | None:
    """The live sheet; None when it cannot be computed now (e.g. a rate was deleted) and only the frozen one is
    asked for: the snapshot stays readable, and differs from what the data now gives."""
    try:
        return live_sheet(session, period)
    except UserError:
        if raise_errors:
            raise
        return None


def _refuse_problems(sheet: BonusSheet) -> None:
    unrated = sorted({code for rep in sheet.reps for code in rep.missing_rates})
    if unrated:
        raise MissingRateError(unrated[0], sheet.currency)
    missing = [rep.rep for rep in sheet.reps if rep.problems]
    if missing:
        raise BonusError("no quota for {period} for {reps}; import their quotas first", period=sheet.period,
                         reps=", ".join(missing))


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


_REP_DECIMALS = {"target_bonus", "quota", "won", "attainment", "sales_score", "csat_avg", "csat_score",
                 "crm_timeliness", "training", "process_score", "computed", "adjustment", "payout"}


def rep_to_dict(rep: RepBonus) -> dict[str, Any]:
    return {f.name: _encode(getattr(rep, f.name)) for f in fields(RepBonus)}


def rep_from_dict(data: dict[str, Any]) -> RepBonus:
    values: dict[str, Any] = {key: (None if value is None else Decimal(value)) if key in _REP_DECIMALS else value
              for key, value in data.items() if key in RepBonus.__dataclass_fields__}
    values["weights"] = tuple(Decimal(w) for w in data["weights"])
    values["problems"] = tuple(data.get("problems", ()))
    values["missing_rates"] = tuple(data.get("missing_rates", ()))
    values["extra_kpis"] = tuple((key, None if value is None else Decimal(value))
                                 for key, value in data.get("extra_kpis", ()))
    return RepBonus(**values)


def sheet_to_dict(sheet: BonusSheet) -> dict[str, Any]:
    """Inputs and results as JSON-ready values (decimals as strings): what an approval freezes."""
    return {"period": sheet.period.key, "currency": sheet.currency, "plan": plan_to_dict(sheet.plan),
            "reps": [rep_to_dict(rep) for rep in sheet.reps], "total": str(sheet.total)}


def sheet_from_dict(data: dict[str, Any], fiscal_start: int = FISCAL_START) -> BonusSheet:
    return BonusSheet(parse_quarter(data["period"], fiscal_start), data["currency"],
                      plan_from_dict(data["plan"], fiscal_start),
                      [rep_from_dict(rep) for rep in data["reps"]], Decimal(data["total"]), False, None, None, False)
