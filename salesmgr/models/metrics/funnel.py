"""Pipeline and funnel metrics: what sits in each stage, how deals flow through the stages, win rate, cycle length.

Every function takes a ``MetricFilter`` (period on the deal's close or created date, team or rep) and counts the
opportunities it selects. Amounts are summed in SQL as integer minor units per (stage, currency) and each sum is
converted to the base currency with the exchange-rate table; a currency without a rate raises ``MissingRateError``.
Stays in stages and stalled deals live in ``salesmgr.models.metrics.stages``.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Opportunity
from salesmgr.models.metrics.cache import EVER_WON, HistoryDepths, MetricCache, read_history_depths
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import MetricFilter, apply
from salesmgr.models.pipeline.builtin import stage_label
from salesmgr.models.pipeline.entities import StageDefinition, StageHistory

ZERO = Decimal(0)


@dataclass(frozen=True)
class StageInfo:
    id: int
    name: str
    kind: str
    position: int


def pipeline_stages(session: Session) -> list[StageInfo]:
    """Every stage in pipeline order (position, then id); ``name`` is the name shown in the current language
    (``stage_label``), so every figure built from these carries it."""
    rows = session.execute(select(StageDefinition.id, StageDefinition.name, StageDefinition.builtin_key,
                                  StageDefinition.kind, StageDefinition.position)
                           .order_by(StageDefinition.position, StageDefinition.id))
    return [StageInfo(id_, stage_label(name, key), kind, position) for id_, name, key, kind, position in rows]


def _sum_groups(converter: Converter, groups: Iterable[tuple[int, str, int, int | None]]
                ) -> tuple[dict[int, int], dict[int, Decimal]]:
    """``(stage_id, currency, count, sum of minor units)`` rows -> counts and base-currency amounts per stage."""
    counts: dict[int, int] = defaultdict(int)
    amounts: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for stage_id, currency, count, minor in groups:
        counts[stage_id] += count
        if minor is not None:
            amounts[stage_id] += converter.minor_to_base(minor, currency)
    return counts, amounts


def _stage_groups(session: Session, flt: MetricFilter) -> list[tuple[int, str, int, int | None]]:
    """``SELECT stage_id, currency, count(*), sum(amount_minor) ... WHERE <filter> GROUP BY stage_id, currency``."""
    query = select(Opportunity.stage_id, Opportunity.currency, func.count(), func.sum(Opportunity.amount_minor))
    query = apply(query, flt).group_by(Opportunity.stage_id, Opportunity.currency)
    return [(stage_id, currency, count, minor) for stage_id, currency, count, minor in session.execute(query)]


@dataclass(frozen=True)
class StageTotal:
    stage_id: int
    stage: str
    kind: str
    position: int
    count: int
    amount: Decimal  # base currency


def stage_totals(session: Session, flt: MetricFilter) -> list[StageTotal]:
    """The opportunities in the filter that are currently in each stage.

    One row per stage, in pipeline order, including stages with no deals (count 0, amount 0). ``count`` counts
    every deal, with or without an amount; ``amount`` is the sum of the deals' amounts converted to the base
    currency (deals without an amount add nothing). Raises ``MissingRateError`` for a currency without a rate.
    """
    converter = Converter.load(session)
    counts, amounts = _sum_groups(converter, _stage_groups(session, flt))
    return [StageTotal(s.id, s.name, s.kind, s.position, counts.get(s.id, 0), amounts.get(s.id, ZERO))
            for s in pipeline_stages(session)]


@dataclass(frozen=True)
class FunnelStep:
    stage: str
    kind: str
    count: int
    amount: Decimal  # base currency
    reached: int
    conversion: float | None


def funnel(session: Session, flt: MetricFilter, cache: MetricCache | None = None) -> list[FunnelStep]:
    """The funnel of the deals in the filter: open stages in pipeline order, then won stages, then lost stages.

    ``count``/``amount``: the deals currently in the stage (as in ``stage_totals``).

    ``reached`` for an open stage S: the deals that got at least as far as S. A deal's depth is the furthest
    open stage it is known to have entered: the open stages in its StageHistory and its current stage if open;
    a deal that is won now or has a won stage in its history reached every open stage; every deal reached the
    first open stage (it entered the pipeline), so a deal without usable history (e.g. an imported lost deal
    whose history only records the loss) counts there only. A deal reached S when its depth is S or a later
    open stage; so a reopened deal (won, then back to negotiation) reached every open stage but is not counted
    as won, and a deal without history counts for its current stage and every open stage before it.

    ``conversion`` for an open stage = reached(next open stage) / reached(this stage); for the last open stage
    (the close rate) = won / reached(last open stage), where won = the deals in the filter currently in a won
    stage (each of them reached every open stage, so it is at most 1); None when reached is 0. For a won stage
    reached = the deals currently in it, for a lost stage too; their conversion is None.

    ``cache`` keeps every deal's furthest stage from the history between calls (same results, faster when only
    the filter changes).
    """
    stages = pipeline_stages(session)
    totals = {t.stage_id: t for t in stage_totals(session, flt)}
    open_stages = [s for s in stages if s.kind == "open"]
    open_rank = {s.id: i for i, s in enumerate(open_stages)}
    depths = _history_depths(session, cache, stages, open_rank)
    if depths is None:
        depth_counts = _depth_counts(session, flt, stages, open_rank)
    else:
        depth_counts = _depth_counts_from(session, flt, depths)
    # reached[i] = deals whose depth >= i
    reached: list[int] = []
    running = 0
    for i in reversed(range(len(open_stages))):
        running += depth_counts.get(i, 0)
        reached.append(running)
    reached.reverse()
    won_now = sum(totals[s.id].count for s in stages if s.kind == "won")
    steps: list[FunnelStep] = []
    for i, stage in enumerate(open_stages):
        total = totals[stage.id]
        nxt = reached[i + 1] if i + 1 < len(open_stages) else won_now
        conversion = nxt / reached[i] if reached[i] else None
        steps.append(FunnelStep(stage.name, stage.kind, total.count, total.amount, reached[i], conversion))
    for kind in ("won", "lost"):
        for stage in stages:
            if stage.kind == kind:
                total = totals[stage.id]
                steps.append(FunnelStep(stage.name, kind, total.count, total.amount, total.count, None))
    return steps


def _depth_counts(session: Session, flt: MetricFilter, stages: list[StageInfo],
                  open_rank: dict[int, int]) -> dict[int, int]:
    """``{depth: number of deals}`` where depth is the rank of the furthest open stage reached (see ``funnel``)."""
    if not open_rank:
        return {}
    last = len(open_rank) - 1
    rank_of_position = {s.position: open_rank[s.id] for s in stages if s.kind == "open"}
    kind_of = {s.id: s.kind for s in stages}
    # Per deal: the furthest open position in its history and whether it was ever won; then counted per
    # (current stage, furthest position, ever won), so only a handful of rows come back.
    per_deal = apply(
        select(Opportunity.stage_id.label("stage_id"),
               func.max(case((StageDefinition.kind == "open", StageDefinition.position))).label("furthest"),
               func.max(case((StageDefinition.kind == "won", 1), else_=0)).label("ever_won"))
        .select_from(Opportunity)
        .outerjoin(StageHistory, StageHistory.opportunity_id == Opportunity.id)
        .outerjoin(StageDefinition, StageDefinition.id == StageHistory.stage_id), flt,
    ).group_by(Opportunity.id).subquery()
    rows = session.execute(select(per_deal.c.stage_id, per_deal.c.furthest, per_deal.c.ever_won, func.count())
                           .group_by(per_deal.c.stage_id, per_deal.c.furthest, per_deal.c.ever_won))
    counts: dict[int, int] = defaultdict(int)
    for stage_id, furthest, ever_won, count in rows:
        reached = rank_of_position.get(furthest, 0) if furthest is not None else None
        won = bool(ever_won) or kind_of.get(stage_id) == "won"
        counts[_depth(won, reached, open_rank.get(stage_id), last)] += count
    return counts


def _depth(won: bool, furthest_rank: int | None, current_rank: int | None, last: int) -> int:
    """A deal's depth (see ``funnel``): every open stage when it is or was won, else the furthest open stage in
    its history or its current one, and at least the first."""
    if won:
        return last
    return max(furthest_rank or 0, current_rank or 0)


def _history_depths(session: Session, cache: MetricCache | None, stages: list[StageInfo],
                    open_rank: dict[int, int]) -> HistoryDepths | None:
    if cache is None or not open_rank:
        return None
    won_ids = frozenset(s.id for s in stages if s.kind == "won")
    return cache.get("history_depths", lambda: read_history_depths(session, open_rank, won_ids),
                     lambda depths: depths is None or (depths.open_rank, depths.won_ids) == (open_rank, won_ids))


def _depth_counts_from(session: Session, flt: MetricFilter, depths: HistoryDepths) -> dict[int, int]:
    """``_depth_counts`` from the cached history depths: only the deals in the filter are read."""
    last = len(depths.open_rank) - 1
    pairs: Counter[tuple[int, int]] = Counter(
        (stage_id, depths.code(opportunity_id))
        for opportunity_id, stage_id in session.execute(apply(select(Opportunity.id, Opportunity.stage_id), flt)))
    counts: dict[int, int] = defaultdict(int)
    for (stage_id, code), count in pairs.items():
        won = code == EVER_WON or stage_id in depths.won_ids
        counts[_depth(won, code - 1 if code else None, depths.open_rank.get(stage_id), last)] += count
    return counts


def _closed_counts(session: Session, flt: MetricFilter) -> tuple[int, int]:
    kind_of = {s.id: s.kind for s in pipeline_stages(session)}
    won = lost = 0
    query = apply(select(Opportunity.stage_id, func.count()), flt).group_by(Opportunity.stage_id)
    for stage_id, count in session.execute(query):
        if kind_of.get(stage_id) == "won":
            won += count
        elif kind_of.get(stage_id) == "lost":
            lost += count
    return won, lost


def win_rate(session: Session, flt: MetricFilter) -> float | None:
    """won / (won + lost) among the deals in the filter, by their current stage; None when none is closed."""
    won, lost = _closed_counts(session, flt)
    return won / (won + lost) if won + lost else None


@dataclass(frozen=True)
class CycleStats:
    count: int  # won deals measured
    average_days: float | None
    median_days: float | None
    missing: int = 0  # won deals left out: no closed date, no start date, or closed before the start


def sales_cycle(session: Session, flt: MetricFilter) -> CycleStats:
    """Length of the sales cycle of the won deals in the filter (deals currently in a won stage).

    A deal's cycle is ``closed_date - coalesce(engaged_date, created_date)`` in days. Deals without a closed
    date or without both start dates, and deals closed before their start date, are left out and counted in
    ``missing``. Average and median are None when no deal is measured.
    """
    won_ids = [s.id for s in pipeline_stages(session) if s.kind == "won"]
    if not won_ids:
        return CycleStats(0, None, None)
    start = func.coalesce(Opportunity.engaged_date, Opportunity.created_date)
    query = apply(select(Opportunity.closed_date, start, func.count()), flt)
    query = query.where(Opportunity.stage_id.in_(won_ids)).group_by(Opportunity.closed_date, start)
    days: list[tuple[int, int]] = []
    missing = 0
    for closed, begun, count in session.execute(query):
        if closed is None or begun is None:
            missing += count
            continue
        span = (_as_date(closed) - _as_date(begun)).days
        if span < 0:
            missing += count
        else:
            days.append((span, count))
    measured = sum(count for _, count in days)
    if not measured:
        return CycleStats(0, None, None, missing)
    average = sum(span * count for span, count in days) / measured
    return CycleStats(measured, average, _weighted_median(days), missing)


def _as_date(value: date | str) -> date:
    """A date from a coalesce() result (SQLite may hand back the ISO text)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _weighted_median(values: list[tuple[int, int]]) -> float:
    """Median of values given as (value, how many times)."""
    ordered = sorted(values)
    total = sum(n for _, n in ordered)
    lower_index, upper_index = (total - 1) // 2, total // 2
    seen = 0
    lower = upper = None
    for value, n in ordered:
        if lower is None and seen + n > lower_index:
            lower = value
        if seen + n > upper_index:
            upper = value
            break
        seen += n
    assert lower is not None and upper is not None
    return (lower + upper) / 2


__all__ = [
    "CycleStats", "FunnelStep", "StageTotal", "funnel", "pipeline_stages", "sales_cycle", "stage_totals", "win_rate",
]
