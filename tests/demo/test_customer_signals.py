"""The demo's customer signals: every health band and the churn watch have content, some customers churned,
and the inputs are partly unknown as real data is."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from salesmgr.demo import load_demo
from salesmgr.models import Account
from salesmgr.models.customers.entities import SupportTicket, UsageRecord
from salesmgr.models.customers.health import churn_watch, distribution, score_accounts
from salesmgr.models.customers.retention import customer_dates
from salesmgr.models.customers.retention_periods import recent_periods, retention_series
from salesmgr.models.database import Database

TODAY = date(2026, 12, 1)


def test_every_band_and_the_churn_watch_show_content(db: Database) -> None:
    load_demo(db, reps=8, opportunities=900, today=TODAY)
    with db.session() as s:
        healths = score_accounts(s, TODAY)
        watch = churn_watch(s, TODAY)
        dates = customer_dates(s)
        series = retention_series(s, recent_periods(s, 4, today=TODAY))
        usage = s.scalar(select(func.count()).select_from(UsageRecord))
        tickets = s.scalar(select(func.count()).select_from(SupportTicket))
        unknown_intent = s.scalar(select(func.count()).select_from(Account).where(
            Account.id.in_(list(dates)), Account.renewal_intent.is_(None)))
    counts = distribution(healths)
    assert all(counts[band] > 0 for band in ("healthy", "watch", "at_risk")), counts
    assert counts["healthy"] > counts["watch"] > counts["at_risk"]  # a believable base: most customers fine
    assert watch and all(h.band == "at_risk" and h.renewal_date is not None
                         and 0 <= (h.renewal_date - TODAY).days <= 90 for h in watch)
    churned = [d for d in dates.values() if d.churned_on is not None]
    assert churned and all(d.since < d.churned_on < TODAY for d in churned if d.churned_on)
    assert any(item.churned for item in series) and all(item.cohort for item in series)
    assert usage and tickets and unknown_intent
    # some scored customers still miss an input (shown as missing)
    assert any(part.missing for h in healths for part in h.parts)
