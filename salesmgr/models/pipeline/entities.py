"""The pipeline's stages and each opportunity's path through them."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from salesmgr.models.base import Base

STAGE_KINDS = ("open", "won", "lost")


class StageDefinition(Base):
    """One ordered stage; criteria are checklists stored one item per line."""

    __tablename__ = "stage_definition"
    __table_args__ = (CheckConstraint(f"kind IN {STAGE_KINDS!r}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="open")
    default_probability: Mapped[int] = mapped_column(Integer, default=0)
    entry_criteria: Mapped[str] = mapped_column(Text, default="")
    exit_criteria: Mapped[str] = mapped_column(Text, default="")


class StageHistory(Base):
    __tablename__ = "stage_history"
    __table_args__ = (Index("ix_stage_history_opportunity_entered", "opportunity_id", "entered_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage_definition.id", ondelete="RESTRICT"), index=True)
    entered_at: Mapped[datetime] = mapped_column(DateTime)


def stage_names(session: Session) -> list[str]:
    """The pipeline's stage names in order."""
    return list(session.scalars(select(StageDefinition.name).order_by(StageDefinition.position)))
