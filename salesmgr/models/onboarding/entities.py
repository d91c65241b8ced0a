"""The onboarding tables (issue 13): plan templates and their tasks, plans for new hires with their dated tasks,
weekly reviews and certification results.

Definitions:

* A *template* is a named list of tasks. A *template task* has a title, a description, a category of the
  70-20-10 model (``practice`` 70 %, ``feedback`` 20 %, ``formal`` training 10 %), a due day relative to the
  start (1-90: day 1 is the start date itself), an owner role (``new_hire``, ``mentor``, ``manager``), the hours
  it takes (the weight of the 70/20/10 mix; 1 when not given) and optionally a *criterion* the data can check
  (``criteria.CRITERIA``). A task of the template shipped in ``resources/onboarding`` keeps its ``builtin_key``
  and is shown in the interface language while its title is the shipped English one (``template_file``).
* A *plan* puts a template to work for one rep: a start date, a mentor (a rep, optional) and the template's
  tasks copied as *plan tasks* with a due date = start + (due day - 1) calendar days (a weekend stays a
  weekend). A plan task is done when it has a ``done_on`` date; ``done_by`` is the person who ticked it or
  ``DATA`` when its criterion completed it. A plan is ``active`` until it is finished or cancelled.
* A *review* is a weekly 1:1 of the manager or the mentor with the new hire: the day it was held, who wrote it,
  what went well, what to improve, the next steps agreed (one per line; each becomes a plan task due a week
  later) and the agenda salesmgr prepared for it (``agenda``), kept as it was shown.
* A *certification result* is a test the rep took: its name, the day, the score (0-100) and passed or not.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salesmgr.models.base import Base, DecimalText
from salesmgr.models.clock import utcnow

CATEGORIES = ("practice", "feedback", "formal")
TARGET_MIX = {"practice": Decimal("0.70"), "feedback": Decimal("0.20"), "formal": Decimal("0.10")}
OWNER_ROLES = ("new_hire", "mentor", "manager")
PLAN_STATUSES = ("active", "finished", "cancelled")
PLAN_DAYS = 90
DATA = "data"  # done_by of a task its criterion completed
TITLE_LIMIT = 200


class OnboardingTemplate(Base):
    __tablename__ = "onboarding_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    builtin_key: Mapped[str | None] = mapped_column(String(40), unique=True)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TemplateTask(Base):
    __tablename__ = "onboarding_template_task"
    __table_args__ = (
        CheckConstraint(f"category IN {CATEGORIES!r}", name="category"),
        CheckConstraint(f"owner_role IN {OWNER_ROLES!r}", name="owner_role"),
        CheckConstraint(f"due_day BETWEEN 1 AND {PLAN_DAYS}", name="due_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("onboarding_template.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(TITLE_LIMIT))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20))
    due_day: Mapped[int] = mapped_column(Integer)
    owner_role: Mapped[str] = mapped_column(String(20))
    hours: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(1))
    criterion: Mapped[str | None] = mapped_column(String(40))
    builtin_key: Mapped[str | None] = mapped_column(String(40))


class OnboardingPlan(Base):
    __tablename__ = "onboarding_plan"
    __table_args__ = (CheckConstraint(f"status IN {PLAN_STATUSES!r}", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("onboarding_template.id", ondelete="SET NULL"))
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    finished_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PlanTask(Base):
    __tablename__ = "onboarding_task"
    __table_args__ = (
        CheckConstraint(f"category IN {CATEGORIES!r}", name="category"),
        CheckConstraint(f"owner_role IN {OWNER_ROLES!r}", name="owner_role"),
        Index("ix_onboarding_task_plan_due", "plan_id", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("onboarding_plan.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(TITLE_LIMIT))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[date] = mapped_column(Date)
    owner_role: Mapped[str] = mapped_column(String(20))
    hours: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(1))
    criterion: Mapped[str | None] = mapped_column(String(40))
    builtin_key: Mapped[str | None] = mapped_column(String(40))
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str | None] = mapped_column(String(120))
    done_note: Mapped[str | None] = mapped_column(Text)
    review_id: Mapped[int | None] = mapped_column(ForeignKey("onboarding_review.id", ondelete="SET NULL"))


class PlanReview(Base):
    __tablename__ = "onboarding_review"
    __table_args__ = (CheckConstraint("author_role IN ('manager', 'mentor')", name="author_role"),
                      Index("ix_onboarding_review_plan_held", "plan_id", "held_on"))

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("onboarding_plan.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    author_role: Mapped[str] = mapped_column(String(20))
    author: Mapped[str | None] = mapped_column(String(120))
    went_well: Mapped[str | None] = mapped_column(Text)
    to_improve: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    agenda: Mapped[str | None] = mapped_column(Text)  # JSON: the prepared agenda as shown
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CertificationResult(Base):
    __tablename__ = "onboarding_certification"
    __table_args__ = (CheckConstraint("score BETWEEN 0 AND 100", name="score"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("onboarding_plan.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    taken_on: Mapped[date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)
    passed: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)
