"""The pipeline's stages and each opportunity's path through them."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from salesmgr.models.base import Base
from salesmgr.models.pipeline.builtin import stage_label

STAGE_KINDS = ("open", "won", "lost")
# Where a StageHistory entry comes from: a user moving the deal in salesmgr (and every entry of unknown origin),
# the opportunity import deriving it from the deal's dates ("entered at its created or closed date", or "seen in
# a new stage by a re-import"), or a CRM's own stage history export (``stage_history`` import kind).
HISTORY_ORIGINS = ("user", "derived", "imported")
USER, DERIVED, IMPORTED = HISTORY_ORIGINS


class StageDefinition(Base):
    """One ordered stage; criteria are checklists stored one item per line.

    ``builtin_key`` names a default stage that nobody renamed (``builtin.BUILTIN_STAGES``; None for every other
    stage): such a stage is shown in the interface language, see ``builtin.stage_label``.
    """

    __tablename__ = "stage_definition"
    __table_args__ = (CheckConstraint(f"kind IN {STAGE_KINDS!r}", name="kind"),
                      Index("ix_stage_definition_builtin_key", "builtin_key", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="open")
    default_probability: Mapped[int] = mapped_column(Integer, default=0)
    entry_criteria: Mapped[str] = mapped_column(Text, default="")
    exit_criteria: Mapped[str] = mapped_column(Text, default="")
    builtin_key: Mapped[str | None] = mapped_column(String(40), default=None)

    @property
    def label(self) -> str:
        """The name as shown in the current language (``builtin.stage_label``)."""
        return stage_label(self.name, self.builtin_key)


class StageHistory(Base):
    """The deal entered the stage at ``entered_at``. ``origin`` is one of HISTORY_ORIGINS; an imported entry
    carries the CRM's id of its history row (``external_id``, unique per ``source_system``) when the file had one.
    """

    __tablename__ = "stage_history"
    __table_args__ = (Index("ix_stage_history_opportunity_entered", "opportunity_id", "entered_at"),
                      Index("ix_stage_history_source_external", "source_system", "external_id", unique=True),
                      CheckConstraint(f"origin IN {HISTORY_ORIGINS!r}", name="origin"))

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage_definition.id", ondelete="RESTRICT"), index=True)
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    origin: Mapped[str] = mapped_column(String(10), default=USER, server_default=USER)
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))


def stage_names(session: Session) -> list[str]:
    """The pipeline's stage names in order, as shown in the current language."""
    rows = session.execute(select(StageDefinition.name, StageDefinition.builtin_key)
                           .order_by(StageDefinition.position, StageDefinition.id))
    return [stage_label(name, key) for name, key in rows]
