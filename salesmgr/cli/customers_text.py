"""The text output of `salesmgr health` (cli.customers): tables in the current language."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from salesmgr.cli.text import Column, count, not_available, share, table
from salesmgr.i18n import translate


def part_text(part: Any) -> str:
    """One input as the breakdown shows it: its label and points, or "missing"."""
    if part.points is None:
        return translate("Cli", "{label} missing").format(label=part.label)
    return f"{part.label} {part.points.quantize(Decimal(1), ROUND_HALF_UP)}"


def breakdown(health: Any) -> str:
    return " · ".join(part_text(part) for part in health.parts)


def distribution_line(counts: dict[str, int]) -> str:
    from salesmgr.models.customers.health import band_label

    return " · ".join(f"{band_label(band)} {count(number)}" for band, number in counts.items())


def _score(health: Any) -> str:
    return not_available() if health.score is None else str(health.score)


def health_lines(healths: Sequence[Any], counts: dict[str, int]) -> list[str]:
    from salesmgr.models.customers.health import band_label

    columns = [Column(translate("Cli", "Account")), Column(translate("Cli", "Owner"), limit=20),
               Column(translate("Cli", "Score"), right=True), Column(translate("Cli", "Band")),
               Column(translate("Cli", "Breakdown"), limit=200)]
    rows = [[health.account, health.owner or "", _score(health), band_label(health.band), breakdown(health)]
            for health in healths]
    return [*table(columns, rows), "", distribution_line(counts)]


def watch_lines(healths: Sequence[Any], days: int) -> list[str]:
    if not healths:
        return [translate("Cli", "No at-risk customer renews in the next {days} days.").format(days=days)]
    columns = [Column(translate("Cli", "Renewal")), Column(translate("Cli", "Account")),
               Column(translate("Cli", "Owner"), limit=20), Column(translate("Cli", "Score"), right=True),
               Column(translate("Cli", "Breakdown"), limit=200)]
    rows = [[health.renewal_date.isoformat(), health.account, health.owner or "", _score(health), breakdown(health)]
            for health in healths]
    return [translate("Cli", "At-risk customers renewing in the next {days} days: {count}").format(days=days,
                                                                                       count=len(healths)),
            *table(columns, rows)]


def retention_lines(series: Sequence[Any]) -> list[str]:
    columns = [Column(translate("Cli", "Period")), Column(translate("Cli", "Customers at start"), right=True),
               Column(translate("Cli", "Churned"), right=True), Column(translate("Cli", "Churn rate"), right=True),
               Column(translate("Cli", "Retention rate"), right=True)]
    rows = [[item.period, count(item.cohort), count(item.churned), share(item.churn_rate),
             share(item.retention_rate)] for item in series]
    return table(columns, rows)


def model_lines(model: Any) -> list[str]:
    from salesmgr.models.customers.health_model import PART_KEYS, PART_LABELS

    lines = [f"  {model.weight(key):>3}  {translate('Customers', PART_LABELS[key])}" for key in PART_KEYS]
    return [translate("Cli", "Weights (0: not used):"), *lines,
            translate("Cli", "Healthy from {healthy}, watch from {watch}, at risk below; a score needs {parts} "
                      "known inputs.").format(healthy=model.healthy_min, watch=model.watch_min, parts=model.min_parts)]
