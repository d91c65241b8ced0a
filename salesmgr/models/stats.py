"""Row counts of every table, for `salesmgr stats` and the status bar."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.models.base import Base


def table_counts(session: Session) -> dict[str, int]:
    """``{table name: number of rows}`` for every entity table, in name order."""
    return {
        name: session.scalar(select(func.count()).select_from(table)) or 0
        for name, table in sorted(Base.metadata.tables.items())
    }


BUSINESS_TABLES = ("team", "rep", "account", "lead", "opportunity")


def holds_no_business_data(counts: dict[str, int]) -> bool:
    """True when ``counts`` (from ``table_counts``) show no business data (built-in stages and settings do not
    count)."""
    return all(counts[name] == 0 for name in BUSINESS_TABLES)


def is_empty(session: Session) -> bool:
    """True while no business data is loaded (built-in stages and settings do not count)."""
    return holds_no_business_data(table_counts(session))


def database_summary(session: Session) -> tuple[dict[str, int], bool]:
    """Row counts for the status bar and whether the welcome page replaces the Dashboard (every table counted
    once)."""
    counts = table_counts(session)
    return counts, holds_no_business_data(counts)
