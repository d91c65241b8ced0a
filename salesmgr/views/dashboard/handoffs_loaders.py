"""What the Dashboard's hand-offs panel shows (no Qt): the open hand-offs of the whole company today, how many of
their items are overdue, and the longest overdue of those items (``models.customers.handoff_lists``)."""
from __future__ import annotations

from dataclasses import dataclass

from salesmgr.models.customers.handoff_lists import OverdueItem, list_handoffs, overdue_items
from salesmgr.models.database import Session
from salesmgr.models.metrics.cache import MetricCache
from salesmgr.views.dashboard.loaders import DashboardQuery

PANEL_ITEMS = 5  # overdue items listed, the longest overdue first


@dataclass(frozen=True)
class HandoffsPart:
    open_count: int
    overdue_count: int
    overdue: list[OverdueItem]


def load_handoffs_panel(session: Session, query: DashboardQuery, cache: MetricCache | None = None) -> HandoffsPart:
    opened = list_handoffs(session, "open", query.today)
    return HandoffsPart(len(opened), sum(row.overdue for row in opened),
                        overdue_items(session, query.today, PANEL_ITEMS))
