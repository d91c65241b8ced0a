"""What the Dashboard's charts draw, as plain rows (no Qt): the loaders make them, the charts take them."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from salesmgr.models.metrics.summary import StageFigures

TOP_REPS = 10  # the ranking chart's bars


#: One bar of the funnel: a stage's figures exactly as the summary gives them (the deals now in it and their
#: amount, how many reached it, the conversion to the next stage).
FunnelRow = StageFigures


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
