"""The metric cache: the funnel and the stalled deals give the same answers with it as without it (whose values
test_metrics_funnel.py works out by hand), it is dropped after an edit through the runner, and it notices
stages that changed behind its back."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from salesmgr.models import Opportunity, StageDefinition, StageHistory
from salesmgr.models.database import Database
from salesmgr.models.metrics.cache import EVER_WON, MetricCache, read_history_depths
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.funnel import funnel
from salesmgr.models.metrics.stages import stalled_count, stalled_deals
from tests.models.metrics.test_funnel import (
    DEMO,
    LEAD,
    LOST,
    NEEDS,
    NEGO,
    TODAY,
    WON,
    _stage,
    _stall_fixture,
    deal,
    rep,
)

ALL = MetricFilter()
D0 = date(2026, 1, 1)


def _funnel_fixture(s: Session) -> dict[str, int]:
    """The deals of test_funnel_reached_and_conversion (reached: Lead 8, Needs 6, Demo 5, Nego 3), Ann owning two."""
    ann = rep(s, "Ann")
    ids = {
        "d1": deal(s, LEAD, "10", history=[(LEAD, D0)], owner=ann),
        "d2": deal(s, DEMO, "100", history=[(LEAD, D0), (NEEDS, D0), (DEMO, D0)], owner=ann),
        "d3": deal(s, DEMO, None),
        "d4": deal(s, WON, "50", history=[(LEAD, D0), (WON, D0)]),
        "d5": deal(s, WON, "60"),
        "d6": deal(s, LOST, "5", history=[(LEAD, D0), (NEEDS, D0), (LOST, D0)]),
        "d7": deal(s, LOST, "7"),
        "d8": deal(s, NEGO, "20", history=[(LEAD, D0), (NEEDS, D0), (DEMO, D0), (NEGO, D0), (WON, D0),
                                           (NEGO, date(2026, 1, 6))]),
    }
    return {**ids, "ann": ann}


def _reached(s: Session, flt: MetricFilter, cache: MetricCache | None) -> list[int]:
    return [step.reached for step in funnel(s, flt, cache)]


def test_history_depths_code_each_deal(db: Database) -> None:
    with db.session() as s:
        ids = _funnel_fixture(s)
        open_rank = {_stage(s, name): rank for rank, name in enumerate((LEAD, NEEDS, DEMO, NEGO))}
        depths = read_history_depths(s, open_rank, frozenset({_stage(s, WON)}))
    assert depths is not None
    # d1 Lead (rank 0 -> 1), d2 Demo (rank 2 -> 3), d3/d5/d7 no history (0), d4/d8 won once, d6 Needs (2)
    assert [depths.code(ids[d]) for d in ("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8")] == [
        1, 3, 0, EVER_WON, 0, 2, 0, EVER_WON]
    assert depths.code(10**6) == 0  # a deal made after the read


def test_funnel_with_the_cache_matches_the_hand_values(db: Database) -> None:
    cache = MetricCache()
    with db.session() as s:
        ids = _funnel_fixture(s)
    with db.session() as s:
        for _ in range(2):  # filling the cache, then using it
            assert _reached(s, ALL, cache) == [8, 6, 5, 3, 2, 2]
            # Ann: d1 depth Lead, d2 depth Demo -> Lead 2, Needs 1, Demo 1, Nego 0
            assert _reached(s, MetricFilter(rep_id=ids["ann"]), cache) == [2, 1, 1, 0, 0, 0]
        assert funnel(s, ALL, cache) == funnel(s, ALL)


def test_sparse_ids_fall_back_to_the_query(db: Database) -> None:
    cache = MetricCache()
    with db.session() as s:
        _funnel_fixture(s)
        s.add(Opportunity(id=5_000_000, name="far", stage_id=_stage(s, NEGO), currency="CNY"))
    with db.session() as s:
        open_rank = {_stage(s, name): rank for rank, name in enumerate((LEAD, NEEDS, DEMO, NEGO))}
        assert read_history_depths(s, open_rank, frozenset({_stage(s, WON)})) is None
        assert _reached(s, ALL, cache) == [9, 7, 6, 4, 2, 2]  # the far deal reached Lead..Nego


def test_a_stage_change_behind_the_cache_is_noticed(db: Database) -> None:
    cache = MetricCache()
    with db.session() as s:
        _funnel_fixture(s)
        assert _reached(s, ALL, cache) == [8, 6, 5, 3, 2, 2]
        # Negotiation becomes a lost stage: d8 (in it now) no longer counts as open
        s.execute(update(StageDefinition).where(StageDefinition.name == NEGO).values(kind="lost"))
        steps = funnel(s, ALL, cache)
        assert steps == funnel(s, ALL)
        assert [step.reached for step in steps if step.kind == "open"] == [8, 6, 5]


def test_stalled_deals_with_the_cache(db: Database) -> None:
    cache = MetricCache()
    with db.session() as s:
        ids = _stall_fixture(s)
        ann = s.scalar(select(Opportunity.owner_id).where(Opportunity.id == ids["o1"]))
        for _ in range(2):
            # o5, o3, o1 stall (see test_stalled_deals_with_default_thresholds); Ann owns o1
            assert [d.name for d in stalled_deals(s, ALL, TODAY, cache=cache)] == ["o5", "o3", "o1"]
            assert [d.name for d in stalled_deals(s, MetricFilter(rep_id=ann), TODAY, cache=cache)] == ["o1"]
            assert stalled_count(s, ALL, TODAY, cache=cache) == 3
        assert stalled_deals(s, ALL, TODAY, cache=cache) == stalled_deals(s, ALL, TODAY)


def test_a_value_computed_while_clearing_is_not_kept() -> None:
    cache = MetricCache()

    def compute() -> int:
        cache.clear()  # an edit committed while the value was being read
        return 1
    assert cache.get("x", compute) == 1
    assert cache.get("x", lambda: 2) == 2
    assert cache.get("x", lambda: 3) == 2


def test_the_runner_drops_the_cache_after_an_edit(qtbot: Any, runner: Any, db: Database) -> None:
    with db.session() as s:
        ids = _funnel_fixture(s)
    results: list[list[int]] = []

    def reached(session: Session) -> list[int]:
        return _reached(session, ALL, runner.cache)

    def record_d7_history(session: Session) -> None:
        for stage in (LEAD, NEEDS, DEMO, LOST):  # the lost deal d7 gets the history it lacked
            session.add(StageHistory(opportunity_id=ids["d7"], stage_id=_stage(session, stage), entered_at=D0))
    runner.run(reached, results.append)
    runner.run(record_d7_history, edits=True)
    runner.run(reached, results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
    # d7 now reached Solution demo: Needs and Demo each gain one (a kept cache would still say Lead only)
    assert results == [[8, 6, 5, 3, 2, 2], [8, 7, 6, 3, 2, 2]]
