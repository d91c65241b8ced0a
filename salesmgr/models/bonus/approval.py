"""Approving a quarter (freezing its inputs and results), unapproving it, and manual adjustments."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.bonus.audit import record
from salesmgr.models.bonus.entities import BonusAdjustment, BonusApproval
from salesmgr.models.bonus.sheet import BonusError, live_sheet, sheet_to_dict
from salesmgr.models.clock import utcnow
from salesmgr.models.currency import base_currency
from salesmgr.models.errors import NotFoundError
from salesmgr.models.money import from_minor, quantize, to_minor
from salesmgr.models.org import Rep
from salesmgr.models.periods import Period, require_quarter


@dataclass(frozen=True)
class Adjustment:
    """A manual change to one rep's payout, in the base currency; ``made_at`` is UTC."""

    id: int
    rep_id: int
    amount: Decimal
    reason: str
    made_by: str
    made_at: datetime


def is_approved(session: Session, period: Period) -> bool:
    return session.get(BonusApproval, require_quarter(period).key) is not None


def _refuse_if_approved(session: Session, period: Period) -> None:
    if is_approved(session, period):
        raise BonusError("the bonuses of {period} are approved; unapprove them first to change them", period=period.key)


def _reason(reason: str) -> str:
    cleaned = (reason or "").strip()
    if not cleaned:
        raise BonusError("a reason is required")
    return cleaned


def add_adjustment(session: Session, period: Period, rep_id: int, amount: Decimal, reason: str, actor: str) -> int:
    """Record a manual adjustment (positive or negative) with its reason; refused while the quarter is approved.
    Returns the adjustment's id."""
    require_quarter(period)
    _refuse_if_approved(session, period)
    cleaned = _reason(reason)
    rep = session.get(Rep, rep_id)
    if rep is None:
        raise NotFoundError("no rep with id {id}", id=rep_id)
    currency = base_currency(session)
    row = BonusAdjustment(period=period.key, rep_id=rep_id, amount_minor=to_minor(amount, currency), currency=currency,
                          reason=cleaned, made_by=actor, made_at=utcnow())
    session.add(row)
    session.flush()
    record(session, actor, "adjustment", period, None,
           {"rep_id": rep_id, "rep": rep.name, "amount": str(quantize(amount, currency)), "reason": cleaned})
    return row.id


def adjustments(session: Session, period: Period, rep_id: int | None = None) -> list[Adjustment]:
    """The quarter's adjustments (of one rep when given), oldest first."""
    query = select(BonusAdjustment).where(BonusAdjustment.period == require_quarter(period).key)
    if rep_id is not None:
        query = query.where(BonusAdjustment.rep_id == rep_id)
    return [Adjustment(row.id, row.rep_id, from_minor(row.amount_minor, row.currency), row.reason, row.made_by,
                       row.made_at) for row in session.scalars(query.order_by(BonusAdjustment.made_at,
                                                                              BonusAdjustment.id))]


def approve(session: Session, period: Period, actor: str) -> None:
    """Freeze the quarter: its plan, every rep's inputs and results are stored as a snapshot that later data
    changes and plan edits no longer touch. Refused when it is approved already."""
    require_quarter(period)
    _refuse_if_approved(session, period)
    snapshot = sheet_to_dict(live_sheet(session, period))
    session.add(BonusApproval(period=period.key, approved_at=utcnow(), approved_by=actor,
                              snapshot=json.dumps(snapshot, sort_keys=True)))
    record(session, actor, "approve", period, {"approved": False},
           {"approved": True, "total": snapshot["total"], "reps": len(snapshot["reps"])})
    session.flush()


def unapprove(session: Session, period: Period, reason: str, actor: str) -> None:
    """Drop the frozen snapshot so the quarter is computed live again; needs a reason (kept in the audit log)."""
    require_quarter(period)
    cleaned = _reason(reason)
    approval = session.get(BonusApproval, period.key)
    if approval is None:
        raise BonusError("the bonuses of {period} are not approved", period=period.key)
    total = json.loads(approval.snapshot)["total"]
    record(session, actor, "unapprove", period,
           {"approved": True, "approved_by": approval.approved_by, "total": total},
           {"approved": False, "reason": cleaned})
    session.delete(approval)
    session.flush()
