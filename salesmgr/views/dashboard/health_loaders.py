"""What the Dashboard's customer-health chart draws (no Qt): the customers per health band today, of the
filter's team or rep (the customers they own), as ``customers.health.distribution`` counts them."""
from __future__ import annotations

from dataclasses import dataclass

from salesmgr.models.customers.health import distribution, score_accounts
from salesmgr.models.customers.retention import customers_on
from salesmgr.models.database import Session
from salesmgr.models.metrics.cache import MetricCache
from salesmgr.views.dashboard.loaders import DashboardQuery


@dataclass(frozen=True)
class HealthPart:
    """Customers per band (every band of BANDS, then "none": no score), scored on ``day``."""

    counts: dict[str, int]
    day: str


def load_health(session: Session, query: DashboardQuery, cache: MetricCache | None = None) -> HealthPart:
    scope = customers_on(session, query.today, team_id=query.narrow_team, rep_id=query.rep_id)
    return HealthPart(distribution(score_accounts(session, query.today, scope)), query.today.isoformat())
