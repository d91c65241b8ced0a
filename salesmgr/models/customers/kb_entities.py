"""The knowledge base and the competitor library.

Definitions:

* An *article* is one piece of the team's knowledge, of a ``kind`` (ARTICLE_KINDS): an FAQ, a won-deal story, a
  talk track, a competitor battle card or a SPIN question set. Its ``body`` is Markdown. A SPIN question set may
  name the pipeline stage it is for (``stage_id``); the opportunity editor offers the sets of the deal's stage.
* Articles shipped with salesmgr keep their ``builtin_key`` and empty ``title``/``body`` (None) until someone
  edits them, so they are read from ``resources/`` in the interface language.
* An article has *tags* (free words, compared ignoring case) and *links* to accounts, opportunities and
  competitors (one target per link).
* A *competitor* is a company we meet in deals, with its strengths, its weaknesses and our answers to them
  (Markdown); it is linked to the opportunities where it appeared. The win rate against a competitor is won
  over closed (won + lost) among those opportunities.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salesmgr.models.base import Base
from salesmgr.models.clock import utcnow

ARTICLE_KINDS = ("faq", "story", "talk_track", "battle_card", "spin")


class Competitor(Base):
    __tablename__ = "competitor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    website: Mapped[str | None] = mapped_column(String(200))
    strengths: Mapped[str | None] = mapped_column(Text)
    weaknesses: Mapped[str | None] = mapped_column(Text)
    answers: Mapped[str | None] = mapped_column(Text, doc="how we answer its strengths and use its weaknesses")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class OpportunityCompetitor(Base):
    __tablename__ = "opportunity_competitor"

    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), primary_key=True)
    competitor_id: Mapped[int] = mapped_column(ForeignKey("competitor.id", ondelete="CASCADE"), primary_key=True,
                                               index=True)


class KbArticle(Base):
    __tablename__ = "kb_article"
    __table_args__ = (CheckConstraint(f"kind IN {ARTICLE_KINDS!r}", name="kind"),
                      Index("ix_kb_article_builtin_key", "builtin_key", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    builtin_key: Mapped[str | None] = mapped_column(String(60))
    title: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text, doc="Markdown")
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage_definition.id", ondelete="SET NULL"))
    author: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class KbTag(Base):
    __tablename__ = "kb_tag"

    article_id: Mapped[int] = mapped_column(ForeignKey("kb_article.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)


class KbLink(Base):
    __tablename__ = "kb_link"
    __table_args__ = (CheckConstraint(" + ".join(f"CASE WHEN {c} IS NULL THEN 0 ELSE 1 END" for c in (
        "account_id", "opportunity_id", "competitor_id")) + " = 1", name="one_target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("kb_article.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    competitor_id: Mapped[int | None] = mapped_column(ForeignKey("competitor.id", ondelete="CASCADE"), index=True)
