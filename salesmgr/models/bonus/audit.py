"""The bonus audit log: every plan change, adjustment, approval and unapproval with who, when, before and after."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.bonus.entities import BonusAudit
from salesmgr.models.clock import utcnow
from salesmgr.models.periods import Period

ACTIONS = ("plan", "adjustment", "approve", "unapprove")


@dataclass(frozen=True)
class AuditEntry:
    """``at`` is UTC without offset (as every timestamp in the database); ``before``/``after`` are JSON objects
    (None: nothing before, e.g. a new adjustment)."""

    at: datetime
    actor: str
    action: str
    period: str | None  # the quarter's key (2026Q3) as stored
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def record(session: Session, actor: str, action: str, period: Period | None, before: dict[str, Any] | None,
           after: dict[str, Any] | None) -> None:
    key = None if period is None else period.key
    session.add(BonusAudit(at=utcnow(), actor=actor, action=action, period=key, before=_dump(before),
                           after=_dump(after)))


def audit_log(session: Session, period: Period | None = None) -> list[AuditEntry]:
    """The log, newest first; with ``period`` only that quarter's entries (plan changes are filed under the
    quarter the plan starts in)."""
    query = select(BonusAudit).order_by(BonusAudit.at.desc(), BonusAudit.id.desc())
    if period is not None:
        query = query.where(BonusAudit.period == period.key)
    return [AuditEntry(row.at, row.actor, row.action, row.period, _load(row.before), _load(row.after))
            for row in session.scalars(query)]


def _dump(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _load(text: str | None) -> dict[str, Any] | None:
    return None if text is None else dict(json.loads(text))
