"""The text output of `salesmgr health` (cli.customers): tables in the current language."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from salesmgr.cli.text import Column, count, not_available, share, table
from salesmgr.i18n import translate


def _tr(text: str) -> str:
    return translate("Cli", text)


def part_text(part: Any) -> str:
    """One input as the breakdown shows it: its label and points, or "missing"."""
    if part.points is None:
        return _tr("{label} missing").format(label=part.label)
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

    columns = [Column(_tr("Account")), Column(_tr("Owner"), limit=20), Column(_tr("Score"), right=True),
               Column(_tr("Band")), Column(_tr("Breakdown"), limit=200)]
    rows = [[health.account, health.owner or "", _score(health), band_label(health.band), breakdown(health)]
            for health in healths]
    return [*table(columns, rows), "", distribution_line(counts)]


def watch_lines(healths: Sequence[Any], days: int) -> list[str]:
    if not healths:
        return [_tr("No at-risk customer renews in the next {days} days.").format(days=days)]
    columns = [Column(_tr("Renewal")), Column(_tr("Account")), Column(_tr("Owner"), limit=20),
               Column(_tr("Score"), right=True), Column(_tr("Breakdown"), limit=200)]
    rows = [[health.renewal_date.isoformat(), health.account, health.owner or "", _score(health), breakdown(health)]
            for health in healths]
    return [_tr("At-risk customers renewing in the next {days} days: {count}").format(days=days,
                                                                                       count=len(healths)),
            *table(columns, rows)]


def retention_lines(series: Sequence[Any]) -> list[str]:
    columns = [Column(_tr("Period")), Column(_tr("Customers at start"), right=True),
               Column(_tr("Churned"), right=True), Column(_tr("Churn rate"), right=True),
               Column(_tr("Retention rate"), right=True)]
    rows = [[item.period, count(item.cohort), count(item.churned), share(item.churn_rate),
             share(item.retention_rate)] for item in series]
    return table(columns, rows)


def model_lines(model: Any) -> list[str]:
    from salesmgr.models.customers.health_model import PART_KEYS, PART_LABELS

    lines = [f"  {model.weight(key):>3}  {translate('Customers', PART_LABELS[key])}" for key in PART_KEYS]
    return [_tr("Weights (0: not used):"), *lines,
            _tr("Healthy from {healthy}, watch from {watch}, at risk below; a score needs {parts} known inputs.")
            .format(healthy=model.healthy_min, watch=model.watch_min, parts=model.min_parts)]
