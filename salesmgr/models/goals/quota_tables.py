"""The quota plan's own tables (the quotas themselves are ``org.Quota`` rows).

* ``quota_target``: the company's annual target of a fiscal year (the year's number, as ``Period``'s year).
  A table rather than a ``Setting`` so that it carries money as integer minor units with its currency, who set
  it and when.
* ``quota_lock``: a locked (approved) quarter, by its key; no row: not locked.
* ``quota_audit``: the plan's audit log, shaped as the bonus audit log (who, when, action, quarter, before and
  after as JSON text).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salesmgr.models.base import Base
from salesmgr.models.clock import utcnow
from salesmgr.models.money import DEFAULT_CURRENCY


class QuotaTarget(Base):
    __tablename__ = "quota_target"

    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")


class QuotaLock(Base):
    __tablename__ = "quota_lock"

    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    locked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    locked_by: Mapped[str] = mapped_column(String(120))


class QuotaAudit(Base):
    __tablename__ = "quota_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))
    period: Mapped[str | None] = mapped_column(String(10), index=True)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
