"""The bonus domain's tables: plans, survey responses, training, adjustments, approvals and the audit log.

Plans, approval snapshots and audit before/after are JSON text (decimals as strings), so a plan can gain fields
without a migration and a snapshot keeps exactly what was approved.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salesmgr.models.base import Base
from salesmgr.models.clock import utcnow
from salesmgr.models.money import DEFAULT_CURRENCY


class BonusPlanRow(Base):
    """A saved bonus plan; it applies from ``period`` until the next saved plan's period."""

    __tablename__ = "bonus_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), unique=True)
    data: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")


class CsatResponse(Base):
    """One customer-satisfaction survey answer about an account (and, when the survey says so, a rep)."""

    __tablename__ = "csat_response"
    __table_args__ = (Index("ix_csat_response_source_external", "source_system", "external_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"), index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"), index=True)
    responded_on: Mapped[date] = mapped_column(Date, index=True)
    score_centi: Mapped[int] = mapped_column(Integer, doc="the score in hundredths (4.5 is 450)")
    comment: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))

    @property
    def score(self) -> Decimal:
        return score_from_centi(self.score_centi)

    @score.setter
    def score(self, value: Decimal) -> None:
        self.score_centi = score_to_centi(value)


def score_to_centi(score: Decimal) -> int:
    """A survey score as whole hundredths, rounded half-up (4.555 -> 456)."""
    return int((score * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def score_from_centi(centi: int) -> Decimal:
    return Decimal(centi).scaleb(-2)


class TrainingSession(Base):
    __tablename__ = "training_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date, index=True)


class TrainingAttendance(Base):
    """A rep required at a session (one row per rep invited) and whether they attended; ``passed`` is the result
    of a certification session's test (None: not a certification, or not graded yet)."""

    __tablename__ = "training_attendance"
    __table_args__ = (Index("ix_training_attendance_session_rep", "session_id", "rep_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    rep_id: Mapped[int] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"), index=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    passed: Mapped[bool | None] = mapped_column(Boolean)


class BonusAdjustment(Base):
    __tablename__ = "bonus_adjustment"
    __table_args__ = (Index("ix_bonus_adjustment_period_rep", "period", "rep_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10))
    rep_id: Mapped[int] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    reason: Mapped[str] = mapped_column(Text)
    made_by: Mapped[str] = mapped_column(String(120))
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BonusApproval(Base):
    """An approved quarter: the frozen inputs and results (``snapshot``, JSON)."""

    __tablename__ = "bonus_approval"

    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    approved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    approved_by: Mapped[str] = mapped_column(String(120))
    snapshot: Mapped[str] = mapped_column(Text)


class BonusAudit(Base):
    __tablename__ = "bonus_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))
    period: Mapped[str | None] = mapped_column(String(10), index=True)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
