"""What the Dashboard's charts draw, as plain rows (no Qt): the loaders make them, the charts take them."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

TOP_REPS = 10  # the ranking chart's bars


@dataclass(frozen=True)
class FunnelRow:
    """One bar of the funnel: a stage, its kind, the deals now in it, their amount, how many reached it and the
    share of deals reaching it that went on to the next stage (None when unknown)."""

    stage: str
    kind: str
    count: int
    amount: Decimal | None
    reached: int
    conversion: float | None


@dataclass(frozen=True)
class RankingRow:
    """One rep's bar: the won amount in the period, the number of won deals and the quota attainment."""

    name: str
    won_amount: Decimal
    won_count: int
    attainment: float | None


@dataclass(frozen=True)
class MonthlyRow:
    """One month's bar: ``"2026-05"``, the won amount and the month's quota (None when there is none)."""

    month: str
    won: Decimal
    quota: Decimal | None


@dataclass(frozen=True)
class StageDurationRow:
    """One open stage's bar: the average days of its completed stays (None when it has none)."""

    stage: str
    days: float | None
