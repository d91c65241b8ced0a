"""Facts read from the whole stage history that do not depend on a metric's filter, kept between metric calls
until the data changes.

A ``MetricCache`` belongs to whoever knows when the data changes (the GUI's database runner clears it after each
edit); metrics take it as an optional argument and give the same answers with or without it. With it, a filter
change on a large database only reads the deals in the filter, not their history again.
"""
from __future__ import annotations

import threading
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Opportunity
from salesmgr.models.pipeline.entities import StageHistory

T = TypeVar("T")
#: Depth code of a deal whose history has a won stage (every other code is 1 + an open stage's rank, or 0).
EVER_WON = 127
#: Above this many ids per deal (sparse ids after mass deletes) the depths are not worth an array.
MAX_SPARSENESS = 8


@dataclass(frozen=True)
class HistoryDepths:
    """Per deal, the furthest open stage its StageHistory records, as a code: 0 (no open stage in its
    history), ``1 + rank`` of the furthest open stage, or ``EVER_WON``. ``open_rank`` is the stage id ->
    rank mapping the codes were made with."""

    codes: array
    open_rank: dict[int, int]
    won_ids: frozenset[int]

    def code(self, opportunity_id: int) -> int:
        return self.codes[opportunity_id] if 0 <= opportunity_id < len(self.codes) else 0


def read_history_depths(session: Session, open_rank: dict[int, int], won_ids: frozenset[int]
                        ) -> HistoryDepths | None:
    """One pass over StageHistory; None when the deal ids are too sparse for an array (then callers query)."""
    if len(open_rank) >= EVER_WON:
        return None
    highest, deals = session.execute(select(func.max(Opportunity.id), func.count(Opportunity.id))).one()
    if highest is None:
        return HistoryDepths(array("b"), open_rank, won_ids)
    if highest > MAX_SPARSENESS * deals + 1_000_000:
        return None
    ranks = [(StageHistory.stage_id == stage_id, rank + 1) for stage_id, rank in open_rank.items()]
    ranks += [(StageHistory.stage_id == stage_id, EVER_WON) for stage_id in won_ids]
    code = func.max(case(*ranks, else_=0)) if ranks else func.max(0)
    codes = array("b", bytes(highest + 1))
    query = select(StageHistory.opportunity_id, code).group_by(StageHistory.opportunity_id)
    for opportunity_id, value in session.execute(query):
        if opportunity_id is not None and 0 <= opportunity_id <= highest:
            codes[opportunity_id] = value
    return HistoryDepths(codes, open_rank, won_ids)


class MetricCache:
    """Filter-independent facts, each computed on first use and kept until ``clear()``. Thread-safe: the
    runner's worker fills it while the UI thread may clear it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, object] = {}
        self._generation = 0

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._generation += 1

    def get(self, key: str, compute: Callable[[], T], valid: Callable[[T], bool] = lambda _value: True) -> T:
        """The value kept under ``key``, computing it when missing or when ``valid`` says it no longer fits (the
        stages changed behind the cache's back); a value computed while ``clear()`` ran is returned but not
        kept."""
        with self._lock:
            if key in self._values and valid(self._values[key]):  # type: ignore[arg-type]
                return self._values[key]  # type: ignore[return-value]
            generation = self._generation
        value = compute()
        with self._lock:
            if generation == self._generation:
                self._values[key] = value
        return value


@dataclass(frozen=True)
class OpenStay:
    """An open deal's current stage and the day it entered it (None: no date known)."""

    stage_id: int
    since: date | None


__all__ = ["EVER_WON", "HistoryDepths", "MetricCache", "OpenStay", "read_history_depths"]
