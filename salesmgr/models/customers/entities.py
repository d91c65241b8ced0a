"""The customer-success tables: what service and product know about an account, the hand-off from sales to
service, the promises made before signing, the sales-and-marketing cost behind CAC, and the customer journey.

Definitions:

* A *support ticket* is one request to service about an account, opened on a day, closed on a day (None: still
  open), with a ``severity`` (TICKET_SEVERITIES, lowest first).
* A *usage record* is the account's product use over the calendar month that starts on ``month`` (always the
  1st): ``usage_count`` is how often the product was used (logins, sessions or events, as the product counts
  them), ``active_users`` and ``licensed_users`` the people who used it and who may. One row per account and
  month; None is "not measured", never zero.
* A *hand-off* is made when a deal is won (one per won opportunity): its *items* come from the checklist
  template, each owned by a department (DEPARTMENTS) and due ``due_days`` after the win; an item is done when
  ``done_on`` is set. A hand-off is open while any item is not done; an item is overdue when it is not done and
  its due day has passed.
* A *promise* is something sales told the customer before signing (a feature, a date, a service level), kept
  with the hand-off so service knows it: ``open`` until it is ``kept`` or ``broken`` (PROMISE_STATUSES).
* A *cost entry* is the sales-and-marketing spend of one period (``period``: a ``Period`` key such as 2026Q3,
  2026-09 or 2026), for the company (no team, no lead source), one team, or one lead source; CAC divides it by
  the customers won in the period.
* A *journey stage* is one step of the customer's lifecycle (JOURNEY_KEYS, from awareness to renewal), owned by
  a department, with what must be handed over to leave it; its *touchpoints* are where the customer meets the
  company in that stage, each with its own department and hand-over requirement.

Rows that salesmgr creates with default texts (template items, journey stages and touchpoints) keep their
``builtin_key`` and an empty text (``label``/``name`` None) while nobody edited them, so they are shown in the
interface language.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salesmgr.models.base import Base
from salesmgr.models.clock import utcnow
from salesmgr.models.money import DEFAULT_CURRENCY

TICKET_SEVERITIES = ("low", "normal", "high", "urgent")
DEPARTMENTS = ("sales", "marketing", "product", "service")
PROMISE_STATUSES = ("open", "kept", "broken")
JOURNEY_KEYS = ("awareness", "consideration", "purchase", "onboarding", "adoption", "renewal")


class SupportTicket(Base):
    __tablename__ = "support_ticket"
    __table_args__ = (Index("ix_support_ticket_source_external", "source_system", "external_id", unique=True),
                      CheckConstraint(f"severity IN {TICKET_SEVERITIES!r}", name="severity"))

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    severity: Mapped[str] = mapped_column(String(10), default="normal")
    subject: Mapped[str | None] = mapped_column(String(200))
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))


class UsageRecord(Base):
    __tablename__ = "usage_record"
    __table_args__ = (Index("ix_usage_record_account_month", "account_id", "month", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    month: Mapped[date] = mapped_column(Date, doc="the first day of the calendar month measured")
    usage_count: Mapped[int | None] = mapped_column(Integer)
    active_users: Mapped[int | None] = mapped_column(Integer)
    licensed_users: Mapped[int | None] = mapped_column(Integer)


class HandoffTemplateItem(Base):
    __tablename__ = "handoff_template_item"
    __table_args__ = (CheckConstraint(f"department IN {DEPARTMENTS!r}", name="department"),
                      Index("ix_handoff_template_item_builtin_key", "builtin_key", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    builtin_key: Mapped[str | None] = mapped_column(String(40))
    label: Mapped[str | None] = mapped_column(Text, doc="None: the built-in item's text, in the UI language")
    department: Mapped[str] = mapped_column(String(20))
    due_days: Mapped[int] = mapped_column(Integer, default=7, doc="due this many days after the win")
    active: Mapped[bool] = mapped_column(default=True)


class Handoff(Base):
    __tablename__ = "handoff"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), unique=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"), index=True)
    won_on: Mapped[date] = mapped_column(Date, index=True)
    implementation_owner: Mapped[str | None] = mapped_column(String(120))
    success_owner: Mapped[str | None] = mapped_column(String(120), doc="the customer-success owner")
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class HandoffItem(Base):
    __tablename__ = "handoff_item"
    __table_args__ = (CheckConstraint(f"department IN {DEPARTMENTS!r}", name="department"),
                      Index("ix_handoff_item_handoff_position", "handoff_id", "position"))

    id: Mapped[int] = mapped_column(primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoff.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    builtin_key: Mapped[str | None] = mapped_column(String(40))
    label: Mapped[str | None] = mapped_column(Text, doc="None: the built-in item's text, in the UI language")
    department: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)


class CustomerPromise(Base):
    __tablename__ = "customer_promise"
    __table_args__ = (CheckConstraint(f"status IN {PROMISE_STATUSES!r}", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunity.id", ondelete="SET NULL"))
    handoff_id: Mapped[int | None] = mapped_column(ForeignKey("handoff.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text)
    made_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolved_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class CostEntry(Base):
    __tablename__ = "cost_entry"
    __table_args__ = (Index("ix_cost_entry_period", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), doc="a Period key: 2026Q3, 2026-09 or 2026")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    lead_source: Mapped[str | None] = mapped_column(String(80))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    note: Mapped[str | None] = mapped_column(Text)


class JourneyStage(Base):
    __tablename__ = "journey_stage"
    __table_args__ = (CheckConstraint(f"department IN {DEPARTMENTS!r}", name="department"),
                      Index("ix_journey_stage_key", "key", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(20), doc="one of JOURNEY_KEYS: how accounts are placed in it")
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str | None] = mapped_column(String(80), doc="None: the built-in name, in the UI language")
    department: Mapped[str] = mapped_column(String(20))
    requirement: Mapped[str | None] = mapped_column(Text, doc="what must be handed over to leave the stage")


class JourneyTouchpoint(Base):
    __tablename__ = "journey_touchpoint"
    __table_args__ = (CheckConstraint(f"department IN {DEPARTMENTS!r}", name="department"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("journey_stage.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    builtin_key: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str | None] = mapped_column(String(120), doc="None: the built-in name, in the UI language")
    department: Mapped[str] = mapped_column(String(20))
    requirement: Mapped[str | None] = mapped_column(Text)
