"""The lead-scoring tables.

Definitions:

* A *scoring model* is one saved version of the rules sales and marketing agreed on. Saving never edits a
  version: it adds the next one (``version`` 1, 2, ...), with who saved it, when, an optional note, and its
  origin (``default``: the seed's model, made with the database; ``user``: saved in the editor or the CLI;
  ``suggestion``: a proposal of the monthly review that the manager accepted). The current model is the highest
  version.
* A *rule* gives points. An ``attribute`` rule compares a lead's field with a value (``operators.OPERATORS``);
  a ``behaviour`` rule gives its points when the lead has that behaviour (a white paper downloaded, a webinar
  attended, ...), less ``decay`` points for every whole 30 days since the behaviour, never below zero.
* A *grade* is a band of scores: a lead gets the first grade, from the top, whose ``min_score`` its score
  reaches; the last grade has no minimum. A grade's ``action`` says what happens to its leads: ``route`` (they
  are assigned to reps) or ``nurture`` (they go to the nurturing list for marketing).
* A *behaviour* of a lead is dated: the day it happened when the data says so (``dated``), otherwise the day it
  was imported; a behaviour decays from that day.
* A lead's *score* is the one the current model gave it on ``scored_on`` (decay depends on the day).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salesmgr.models.base import Base
from salesmgr.models.clock import utcnow

RULE_KINDS = ("attribute", "behaviour")
GRADE_ACTIONS = ("route", "nurture")
MODEL_ORIGINS = ("default", "user", "suggestion")


class ScoringModel(Base):
    __tablename__ = "scoring_model"
    __table_args__ = (CheckConstraint(f"origin IN {MODEL_ORIGINS!r}", name="origin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    changed_by: Mapped[str] = mapped_column(String(120))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(12), default="user")


class ScoringRule(Base):
    __tablename__ = "scoring_rule"
    __table_args__ = (
        CheckConstraint(f"kind IN {RULE_KINDS!r}", name="kind"),
        CheckConstraint("decay IS NULL OR decay >= 0", name="decay"),
        Index("ix_scoring_rule_model_position", "model_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("scoring_model.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(40), doc="a lead field (attribute) or a behaviour key")
    operator: Mapped[str | None] = mapped_column(String(10), doc="attribute rules only")
    value: Mapped[str | None] = mapped_column(Text, doc="attribute rules: the value; a list as JSON")
    points: Mapped[int] = mapped_column(Integer)
    decay: Mapped[int | None] = mapped_column(Integer, doc="behaviour rules: points lost per 30 days")


class ScoringGrade(Base):
    __tablename__ = "scoring_grade"
    __table_args__ = (
        CheckConstraint(f"action IN {GRADE_ACTIONS!r}", name="action"),
        Index("ix_scoring_grade_model_rank", "model_id", "rank", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("scoring_model.id", ondelete="CASCADE"))
    rank: Mapped[int] = mapped_column(Integer, doc="0 is the top grade")
    name: Mapped[str] = mapped_column(String(40))
    builtin_key: Mapped[str | None] = mapped_column(String(20), doc="shown translated while name is the builtin")
    min_score: Mapped[int | None] = mapped_column(Integer, doc="None for the last grade")
    action: Mapped[str] = mapped_column(String(10))


class LeadBehaviour(Base):
    __tablename__ = "lead_behaviour"

    lead_id: Mapped[int] = mapped_column(ForeignKey("lead.id", ondelete="CASCADE"), primary_key=True)
    behaviour: Mapped[str] = mapped_column(String(40), primary_key=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    dated: Mapped[bool] = mapped_column(Boolean, default=True, doc="False: the import date of a plain yes")


class LeadScore(Base):
    __tablename__ = "lead_score"  # no index but the key: rescoring rewrites every row, a grade index costs 25 %

    lead_id: Mapped[int] = mapped_column(ForeignKey("lead.id", ondelete="CASCADE"), primary_key=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("scoring_model.id", ondelete="CASCADE"))
    score: Mapped[int] = mapped_column(Integer)
    grade_rank: Mapped[int] = mapped_column(Integer)
    scored_on: Mapped[date] = mapped_column(Date)


class RepRouting(Base):
    """How a rep takes routed leads: at most ``capacity`` open assigned leads (None: the default capacity), and
    for routing by territory or industry the regions and industries they cover (one per line)."""

    __tablename__ = "rep_routing"

    rep_id: Mapped[int] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"), primary_key=True)
    takes_leads: Mapped[bool] = mapped_column(Boolean, default=True)
    capacity: Mapped[int | None] = mapped_column(Integer)
    regions: Mapped[str | None] = mapped_column(Text)
    industries: Mapped[str | None] = mapped_column(Text)
