"""What the review and suggestion panels ask the domain for, through the runner (no Qt here): the review and the
proposal of a period, accepting a proposal, the Excel report, and the month presets of the period picker.

Rows for the panels' tables wrap the domain's lines with the ``id`` and ``active`` every table row has.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Generic, TypeVar

from salesmgr.exchange.reports.leads import write_lead_review
from salesmgr.models.database import Database, Session
from salesmgr.models.leads.review import Review, lead_review
from salesmgr.models.leads.suggest import Proposal, accept_proposal, propose
from salesmgr.progress import Progress

T = TypeVar("T")
PRESET_MONTHS = 12


@dataclass(frozen=True)
class Row(Generic[T]):
    """One table row: its position and the domain's line."""

    id: int
    line: T
    active: bool = True


def rows_of(lines: tuple[T, ...] | list[T]) -> list[Row[T]]:
    return [Row(index, line) for index, line in enumerate(lines)]


def load_review(session: Session, start: date, end: date) -> Review:
    return lead_review(session, start, end)


def load_proposal(session: Session, start: date, end: date) -> Proposal:
    return propose(session, start, end)


def accept(session: Session, proposal: Proposal, by: str, note: str | None) -> int:
    """Save the proposal as the next version; returns its number."""
    saved = accept_proposal(session, proposal, by, note)
    assert saved.version is not None
    return saved.version


def export_review(db: Database, progress: Progress, start: date, end: date, out: Path) -> Path:
    """The review and proposal of [start, end] written to ``out`` (xlsx)."""
    with db.session() as session:
        review = lead_review(session, start, end)
        proposal = propose(session, start, end)
    return write_lead_review(review, proposal, out, progress)


def month_bounds(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s month."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def month_presets(today: date, months: int = PRESET_MONTHS) -> list[tuple[date, date]]:
    """The last ``months`` full calendar months before today's, newest first (the first is the default: the
    month the monthly meeting reviews)."""
    presets = []
    day = today.replace(day=1)
    for _ in range(months):
        day = (day - timedelta(days=1)).replace(day=1)
        presets.append(month_bounds(day))
    return presets
