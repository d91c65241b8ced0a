"""Settings kept in the database (base currency and the like) and exchange rates for reports."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salesmgr.models.base import Base, DecimalText
from salesmgr.models.clock import today, utcnow


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ExchangeRate(Base):
    """How many units of the base currency one unit of ``currency`` is worth, as of ``rated_on`` (the date the
    user gives for the rate; the day it was entered unless told otherwise)."""

    __tablename__ = "exchange_rate"

    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    rate: Mapped[Decimal] = mapped_column(DecimalText)
    rated_on: Mapped[date] = mapped_column(Date, default=today)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ImportPreset(Base):
    """A saved header -> field mapping for one import kind (built-in presets live in resources/presets/)."""

    __tablename__ = "import_preset"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    mapping: Mapped[str] = mapped_column(Text)  # JSON object: file header -> field name, or null to ignore it
    source_system: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
