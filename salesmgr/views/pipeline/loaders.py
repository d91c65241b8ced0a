"""What the Pipeline page reads through the runner: the filter bar's choices and the table's first page.

No Qt here: the CLI, tests and benchmarks call these directly with a Session.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from salesmgr.models import clock, settings
from salesmgr.models.customers.knowledge import Article, spin_for_stage
from salesmgr.models.database import Session
from salesmgr.models.metrics.cache import MetricCache
from salesmgr.models.metrics.conversion import lenient_rates
from salesmgr.models.metrics.filters import DateField, MetricFilter
from salesmgr.models.metrics.stages import StalledDeal, stalled_deals
from salesmgr.models.periods import FISCAL_START, Period
from salesmgr.models.pipeline import opportunities as service
from salesmgr.models.pipeline.opportunities import OpportunityFilter, OpportunityRow, StageOption
from salesmgr.models.team.roster import RepChoice, TeamChoice, owner_choices

PAGE_SIZE = 200
OPEN_STAGES = "open"  # the stage filter's value for "every open stage"


@dataclass(frozen=True)
class FilterChoices:
    stages: list[StageOption]
    teams: list[TeamChoice]
    reps: list[RepChoice]
    fiscal_start: int = FISCAL_START  # the database's first month of the fiscal year


def opening_dates(fiscal_start: int = FISCAL_START) -> tuple[date, date]:
    """The first and last day of the current fiscal quarter (the quarter of ``clock.today()`` under the fiscal year
    starting in month ``fiscal_start``; the page corrects them once ``load_choices`` gives the database's)."""
    return Period.quarter_of(clock.today(), fiscal_start).bounds


def opening_filter() -> OpportunityFilter:
    """The filter the page opens on: the open pipeline of the current fiscal quarter, i.e. the deals in an open
    stage whose expected close date falls in ``opening_dates()``."""
    start, end = opening_dates()
    return OpportunityFilter(stage_kind=OPEN_STAGES, metric=MetricFilter(start, end, DateField.CLOSE))


def load_choices(session: Session) -> FilterChoices:
    """The stages, teams and reps the filter bar offers."""
    teams, reps = owner_choices(session)
    return FilterChoices(service.stage_options(session), teams, reps, settings.fiscal_start(session))


def first_page(flt: OpportunityFilter, sort: str, descending: bool,
               stale: Callable[[], bool] = lambda: False) -> Callable[[Session], tuple[int, list[OpportunityRow]]]:
    """The operation that starts a (re)load: the count and the first page, in one trip to the worker. When
    ``stale()`` says a newer load was asked for while this one waited in the queue, it skips the queries."""
    def load(session: Session) -> tuple[int, list[OpportunityRow]]:
        if stale():
            return 0, []
        total = service.count_opportunities(session, flt)
        return total, service.opportunity_page(session, flt, sort, descending, 0, PAGE_SIZE) if total else []
    return load


def page_of(flt: OpportunityFilter, sort: str, descending: bool, number: int,
            stale: Callable[[], bool] = lambda: False) -> Callable[[Session], list[OpportunityRow]]:
    """The operation that fetches page ``number``; nothing when ``stale()`` (its answer would be dropped)."""
    def load(session: Session) -> list[OpportunityRow]:
        if stale():
            return []
        return service.opportunity_page(session, flt, sort, descending, number * PAGE_SIZE, PAGE_SIZE)
    return load


def load_stalled(session: Session, flt: MetricFilter, today: date | None, cache: MetricCache | None
                 ) -> tuple[list[StalledDeal], list[str]]:
    """The stalled deals of ``flt`` with their amounts in the base currency, and the currencies without a rate
    whose deals show no amount (lenient: a missing rate never hides the list)."""
    with lenient_rates() as left_out:
        deals = stalled_deals(session, flt, today, cache=cache)
    return deals, left_out.codes


def spin_questions(session: Session, stage_id: int) -> list[Article]:
    """The knowledge base's SPIN question sets offered for a deal in ``stage_id`` (``knowledge.spin_for_stage``)."""
    return spin_for_stage(session, stage_id)
