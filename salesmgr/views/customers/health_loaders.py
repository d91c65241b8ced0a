"""What the Accounts page's Health tab shows, read in one runner operation (no Qt): every customer's health, the
band counts, the churn watch, churn and retention per period and the health model; and saving the model."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salesmgr.models.customers.health import AccountHealth, distribution, score_accounts, watched
from salesmgr.models.customers.health_model import HealthModel, load_model, reset_model, save_model
from salesmgr.models.customers.retention import Retention
from salesmgr.models.customers.retention_periods import recent_periods, retention_series
from salesmgr.models.database import Session

WATCH_DAYS = 90
PERIODS_SHOWN = {"quarter": 8, "month": 12, "year": 4}


@dataclass(frozen=True)
class HealthView:
    healths: list[AccountHealth]
    counts: dict[str, int]
    watch: list[AccountHealth]
    retention: list[Retention]
    model: HealthModel


def load_health_view(session: Session, today: date, kind: str = "quarter") -> HealthView:
    model = load_model(session)
    healths = score_accounts(session, today, model=model)
    watch = watched(healths, today, WATCH_DAYS)
    series = retention_series(session, recent_periods(session, PERIODS_SHOWN[kind], kind, today))
    return HealthView(healths, distribution(healths), watch, series, model)


def store_model(session: Session, model: HealthModel | None) -> HealthModel:
    """Save ``model``; None: back to the default."""
    return reset_model(session) if model is None else save_model(session, model)
