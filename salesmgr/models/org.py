"""The sales organisation: teams, reps and their quotas."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salesmgr.models.base import Base
from salesmgr.models.clock import utcnow
from salesmgr.models.money import DEFAULT_CURRENCY, from_minor, to_minor

REP_ROLES = ("rep", "senior", "sdr", "manager")


class Team(Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    region: Mapped[str | None] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    reps: Mapped[list[Rep]] = relationship(back_populates="team")


class Rep(Base):
    __tablename__ = "rep"
    __table_args__ = (
        CheckConstraint(f"role IN {REP_ROLES!r}", name="role"),
        Index("ix_rep_source_external", "source_system", "external_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    email: Mapped[str | None] = mapped_column(String(200), unique=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="rep")
    hire_date: Mapped[date | None] = mapped_column(Date)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    team: Mapped[Team | None] = relationship(back_populates="reps")
    manager: Mapped[Rep | None] = relationship(remote_side=[id], foreign_keys=[manager_id])
    mentor: Mapped[Rep | None] = relationship(remote_side=[id], foreign_keys=[mentor_id])


class Quota(Base):
    """A sales target for one rep or one team over a period (``2026Q3``, ``2026-09`` or ``2026``)."""

    __tablename__ = "quota"
    __table_args__ = (
        CheckConstraint("(rep_id IS NULL) <> (team_id IS NULL)", name="rep_or_team"),
        Index("ix_quota_rep_period", "rep_id", "period", unique=True),
        Index("ix_quota_team_period", "team_id", "period", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)

    @property
    def amount(self) -> Decimal:
        return from_minor(self.amount_minor, self.currency)

    @amount.setter
    def amount(self, value: Decimal) -> None:
        self.amount_minor = to_minor(value, self.currency or DEFAULT_CURRENCY)
