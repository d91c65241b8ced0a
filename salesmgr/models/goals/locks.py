"""Locked quarters and the quota plan's audit log.

Definitions:

* A quarter is *locked* (its plan approved) while a ``QuotaLock`` row names it. Its quotas, and those of its
  months, are read-only in the model: ``refuse_locked`` raises ``QuarterLocked`` naming the quarter, and every
  function that writes quotas calls it first for the whole batch. Unlocking needs a reason.
* A quarter is *under audit* once it has been locked at least once (the log holds a ``lock`` entry for it):
  from then on every change to its quotas is logged (who, when, before, after), whether it is locked again or
  not; locking and unlocking are always logged, and so is a change of a fiscal year's target once any of its
  quarters is under audit. Entries are filed under the quarter's key (a target change under the year's key).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.clock import utcnow
from salesmgr.models.errors import UserError
from salesmgr.models.goals.quota_tables import QuotaAudit, QuotaLock
from salesmgr.models.periods import Period, require_quarter

ACTIONS = ("lock", "unlock", "quota", "target")


class QuotaPlanError(UserError):
    """A change the quota plan's rules refuse (exit 1 on the command line)."""


class QuarterLocked(QuotaPlanError):
    """A change to a locked quarter."""


@dataclass(frozen=True)
class AuditEntry:
    """``at`` is UTC without offset; ``before``/``after`` are JSON objects (None: nothing before or after)."""

    at: datetime
    actor: str
    action: str
    period: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def locked_quarters(session: Session, keys: Iterable[str] | None = None) -> set[str]:
    """The locked quarters' keys (among ``keys`` when given)."""
    query = select(QuotaLock.period)
    if keys is not None:
        query = query.where(QuotaLock.period.in_(list(keys)))
    return set(session.scalars(query))


def is_locked(session: Session, period: Period) -> bool:
    return session.get(QuotaLock, require_quarter(period).key) is not None


def quarter_key(key: str, fiscal_start: int) -> str:
    """The quarter a quota's period key belongs to: a quarter is its own, a month the fiscal quarter it is in."""
    return Period.parse(key, fiscal_start).quarter().key


def refuse_locked(session: Session, keys: Iterable[str], fiscal_start: int) -> None:
    """Raise ``QuarterLocked`` naming the first locked quarter among the quarters of ``keys``."""
    quarters = {quarter_key(key, fiscal_start) for key in keys}
    locked = sorted(locked_quarters(session, quarters))
    if locked:
        raise QuarterLocked("{period} is locked; unlock it (with a reason) to change its quotas", period=locked[0])


def under_audit(session: Session, quarters: Iterable[str]) -> set[str]:
    """The quarters among ``quarters`` that were ever locked (see the module's definition)."""
    wanted = list(quarters)
    return set(session.scalars(select(QuotaAudit.period).where(QuotaAudit.action == "lock",
                                                               QuotaAudit.period.in_(wanted))))


def lock_quarter(session: Session, period: Period, actor: str) -> None:
    """Lock (approve) the quarter; refused when it is locked already."""
    key = require_quarter(period).key
    if session.get(QuotaLock, key) is not None:
        raise QuotaPlanError("{period} is locked already", period=key)
    session.add(QuotaLock(period=key, locked_at=utcnow(), locked_by=actor))
    record(session, actor, "lock", key, {"locked": False}, {"locked": True})
    session.flush()


def unlock_quarter(session: Session, period: Period, reason: str, actor: str) -> None:
    """Unlock the quarter; needs a reason, kept in the audit log; refused when it is not locked."""
    key = require_quarter(period).key
    cleaned = (reason or "").strip()
    if not cleaned:
        raise QuotaPlanError("unlocking {period} needs a reason", period=key)
    row = session.get(QuotaLock, key)
    if row is None:
        raise QuotaPlanError("{period} is not locked", period=key)
    record(session, actor, "unlock", key, {"locked": True, "locked_by": row.locked_by},
           {"locked": False, "reason": cleaned})
    session.delete(row)
    session.flush()


def record(session: Session, actor: str, action: str, period: str | None, before: dict[str, Any] | None,
           after: dict[str, Any] | None) -> None:
    session.add(QuotaAudit(at=utcnow(), actor=actor, action=action, period=period, before=_dump(before),
                           after=_dump(after)))


def audit_log(session: Session, period: str | None = None) -> list[AuditEntry]:
    """The log, newest first; with ``period`` (a quarter's or a year's key) only its entries."""
    query = select(QuotaAudit).order_by(QuotaAudit.at.desc(), QuotaAudit.id.desc())
    if period is not None:
        query = query.where(QuotaAudit.period == period)
    return [AuditEntry(row.at, row.actor, row.action, row.period, _load(row.before), _load(row.after))
            for row in session.scalars(query)]


def _dump(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _load(text: str | None) -> dict[str, Any] | None:
    return None if text is None else dict(json.loads(text))
