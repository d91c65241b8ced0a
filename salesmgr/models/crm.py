"""Customer data as it comes from the CRM: accounts, contacts, leads, opportunities and activities."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salesmgr.models.base import Base
from salesmgr.models.clock import utcnow
from salesmgr.models.money import DEFAULT_CURRENCY, from_minor, to_minor
from salesmgr.models.org import Rep
from salesmgr.models.pipeline.entities import StageDefinition

# A lead is new until scored and routed: nurturing (below the routing grade, with marketing), assigned (routed
# to a rep), converted (became an opportunity) or disqualified.
LEAD_STATUSES = ("new", "nurturing", "assigned", "converted", "disqualified")
ACTIVITY_KINDS = ("call", "email", "meeting", "visit", "demo", "note")
RENEWAL_INTENTS = ("likely", "unsure", "unlikely")
PAYMENT_STATUSES = ("current", "late", "overdue")


class Account(Base):
    __tablename__ = "account"
    __table_args__ = (Index("ix_account_source_external", "source_system", "external_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    industry: Mapped[str | None] = mapped_column(String(80))
    employees: Mapped[int | None] = mapped_column(Integer)
    region: Mapped[str | None] = mapped_column(String(80))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"), index=True)
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The customer relationship (issue 16): the current contract's first day and its renewal day, what the
    # customer said about renewing (RENEWAL_INTENTS), whether invoices are paid (PAYMENT_STATUSES), and the day
    # the customer left (churned; None while a customer). None everywhere means "not known", never a default.
    contract_start: Mapped[date | None] = mapped_column(Date)
    renewal_date: Mapped[date | None] = mapped_column(Date, index=True)
    renewal_intent: Mapped[str | None] = mapped_column(String(20))
    payment_status: Mapped[str | None] = mapped_column(String(20))
    churned_on: Mapped[date | None] = mapped_column(Date)

    owner: Mapped[Rep | None] = relationship()


class Contact(Base):
    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_source_external", "source_system", "external_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))

    account: Mapped[Account | None] = relationship()


class Lead(Base):
    __tablename__ = "lead"
    __table_args__ = (
        CheckConstraint(f"status IN {LEAD_STATUSES!r}", name="status"),
        Index("ix_lead_source_external", "source_system", "external_id", unique=True),
        Index("ix_lead_owner_status", "owner_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    company: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    industry: Mapped[str | None] = mapped_column(String(80))
    company_size: Mapped[int | None] = mapped_column(Integer, doc="employees")
    region: Mapped[str | None] = mapped_column(String(80), doc="territory, for routing")
    lead_source: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(20), default="new")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
    created_date: Mapped[date | None] = mapped_column(Date, index=True)
    assigned_on: Mapped[date | None] = mapped_column(Date, doc="the day routing assigned it to its owner")
    converted_opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="SET NULL")
    )
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))


class Opportunity(Base):
    __tablename__ = "opportunity"
    __table_args__ = (
        CheckConstraint("probability IS NULL OR (probability >= 0 AND probability <= 100)", name="probability"),
        Index("ix_opportunity_source_external", "source_system", "external_id", unique=True),
        Index("ix_opportunity_stage_close", "stage_id", "expected_close_date"),
        Index("ix_opportunity_owner_close", "owner_id", "closed_date"),
        Index("ix_opportunity_close", "closed_date"),
        Index("ix_opportunity_expected_close", "expected_close_date"),
        Index("ix_opportunity_created", "created_date"),
        # The funnel's per-stage totals over a period (see metrics.filters.deal_date), read from the index alone.
        Index("ix_opportunity_stage_currency_deal_date", "stage_id", "currency",
              func.coalesce(text("closed_date"), text("expected_close_date")), "amount_minor"),
        # The same for a team's or a rep's deals (the owner comes first).
        Index("ix_opportunity_owner_deal_date", "owner_id",
              func.coalesce(text("closed_date"), text("expected_close_date")), "stage_id", "currency",
              "amount_minor"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage_definition.id", ondelete="RESTRICT"))
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    probability: Mapped[int | None] = mapped_column(Integer, doc="win probability in percent, 0-100")
    created_date: Mapped[date | None] = mapped_column(Date)
    engaged_date: Mapped[date | None] = mapped_column(Date)
    expected_close_date: Mapped[date | None] = mapped_column(Date)
    closed_date: Mapped[date | None] = mapped_column(Date)
    lead_source: Mapped[str | None] = mapped_column(String(80))
    opportunity_type: Mapped[str | None] = mapped_column(String(80))
    product: Mapped[str | None] = mapped_column(String(120))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    account: Mapped[Account | None] = relationship()
    owner: Mapped[Rep | None] = relationship()
    stage: Mapped[StageDefinition] = relationship()

    @property
    def amount(self) -> Decimal | None:
        return None if self.amount_minor is None else from_minor(self.amount_minor, self.currency)

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self.amount_minor = None if value is None else to_minor(value, self.currency or DEFAULT_CURRENCY)


class Activity(Base):
    """A customer interaction; ``logged_at`` minus ``occurred_at`` measures CRM timeliness."""

    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint(f"kind IN {ACTIVITY_KINDS!r}", name="kind"),
        Index("ix_activity_source_external", "source_system", "external_id", unique=True),
        Index("ix_activity_rep_occurred", "rep_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str | None] = mapped_column(String(200))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    logged_at: Mapped[datetime | None] = mapped_column(DateTime)
    external_id: Mapped[str | None] = mapped_column(String(80))
    source_system: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
