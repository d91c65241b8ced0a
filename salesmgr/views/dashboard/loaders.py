"""What the Dashboard page shows, read in three parts so the funnel can be drawn before the slower figures
arrive: the funnel (with the filter choices), the KPI tiles, then the other three charts.

Each loader runs on the runner's thread and returns plain rows; none touches a widget, and no Qt is imported
here, so the CLI and tests can call them with a Session. Every amount is lenient (``conversion.lenient_rates``):
a deal in a currency without a rate counts but is left out of the amounts, and ``FunnelPart.unconverted`` says
which deals those are.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date

from salesmgr.models import settings
from salesmgr.models.database import Session
from salesmgr.models.metrics import summary
from salesmgr.models.metrics.cache import MetricCache
from salesmgr.models.metrics.conversion import lenient_rates
from salesmgr.models.metrics.filters import MetricFilter, period_filter
from salesmgr.models.metrics.monthly import won_by_month
from salesmgr.models.metrics.ranking import rep_ranking
from salesmgr.models.metrics.stages import stage_durations
from salesmgr.models.metrics.unconverted import Unconverted
from salesmgr.models.periods import FISCAL_START, Period
from salesmgr.models.team.roster import RepChoice, TeamChoice, owner_choices
from salesmgr.views.dashboard.rows import TOP_REPS, FunnelRow, MonthlyRow, RankingRow, StageDurationRow

MONTHS_SHOWN = 6  # the monthly chart: the period's last month and the five before it


@dataclass(frozen=True)
class DashboardQuery:
    """The filter bar's choice: a period, a team and a rep, and the day the page counts from."""

    period: Period
    team_id: int | None
    rep_id: int | None
    today: date

    @property
    def narrow_team(self) -> int | None:
        # a chosen rep narrows more than their team, and the tiles would take the team's quota for both
        return None if self.rep_id is not None else self.team_id

    def metric_filter(self) -> MetricFilter:
        return period_filter(self.period, self.narrow_team, self.rep_id)


@dataclass(frozen=True)
class FunnelPart:
    teams: list[TeamChoice]
    reps: list[RepChoice]
    date_from: str
    date_to: str
    currency: str
    funnel: list[FunnelRow]
    unconverted: list[Unconverted] = field(default_factory=list)  # deals left out of the amounts: no rate


@dataclass(frozen=True)
class ChartsPart:
    ranking: list[RankingRow]
    monthly: list[MonthlyRow]
    durations: list[StageDurationRow]


def months_ending(last: date, count: int = MONTHS_SHOWN, fiscal_start: int = FISCAL_START) -> list[Period]:
    """The ``count`` months up to and including the month of ``last``, oldest first (their quarters, for a
    quota given by quarter, are fiscal quarters under ``fiscal_start``)."""
    month = Period.month_of(last, fiscal_start)
    return [month.shifted(step) for step in range(1 - count, 1)]


def load_funnel(session: Session, query: DashboardQuery, cache: MetricCache | None) -> FunnelPart:
    teams, reps = owner_choices(session)
    stages = summary.dashboard_stages(session, query.period, team_id=query.narrow_team, rep_id=query.rep_id,
                                      cache=cache)
    return FunnelPart(teams, reps, stages.period.start.isoformat(), stages.period.end.isoformat(), stages.currency,
                      stages.stages, stages.unconverted)


def load_tiles(session: Session, query: DashboardQuery, cache: MetricCache | None) -> summary.DashboardTiles:
    return summary.dashboard_tiles(session, query.period, team_id=query.narrow_team, rep_id=query.rep_id,
                                   today=query.today, cache=cache)


def load_charts(session: Session, query: DashboardQuery, cache: MetricCache | None) -> ChartsPart:
    """The ranking, monthly and stage-duration charts; amounts without a rate are left out (as the funnel's, whose
    note says which)."""
    with lenient_rates():
        return _charts(session, query)


def _charts(session: Session, query: DashboardQuery) -> ChartsPart:
    flt = query.metric_filter()
    assert flt.date_to is not None
    ranking = [RankingRow(r.name, r.won_amount, r.won_count, r.attainment)
               for r in rep_ranking(session, query.period, query.team_id)[:TOP_REPS]]
    monthly = [MonthlyRow(m.month.key, m.won, m.quota)
               for m in won_by_month(session, flt, months_ending(flt.date_to, fiscal_start=query.period.fiscal_start))]
    durations = [StageDurationRow(stage, days) for stage, days in stage_durations(session, flt).items()]
    return ChartsPart(ranking, monthly, durations)


def load_fiscal_start(session: Session) -> int:
    """The database's first month of the fiscal year (1-12): the period combo's quarters follow it."""
    return settings.fiscal_start(session)


class LatestRequest:
    """A request number shared by the page (which starts requests) and the worker (which skips the ones a newer
    request has replaced before they start). Holds no widget."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._number = 0

    def start(self) -> int:
        with self._lock:
            self._number += 1
            return self._number

    def is_current(self, number: int) -> bool:
        with self._lock:
            return number == self._number
