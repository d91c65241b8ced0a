"""What the user asked a report for: the period and the team or rep, resolved into a metric filter."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from salesmgr.i18n import translate
from salesmgr.models import clock
from salesmgr.models.errors import NotFoundError
from salesmgr.models.metrics.filters import MetricFilter, period_filter
from salesmgr.models.metrics.unconverted import Unconverted
from salesmgr.models.org import Rep, Team
from salesmgr.models.periods import Period, PeriodKind


@dataclass(frozen=True)
class ReportRequest:
    """``all_dates``: the deals of every date instead of ``period`` (only reports of deals take it, see
    ``build_report``; ``period`` is then the quarter the report is made in)."""

    period: Period
    team_id: int | None = None
    rep_id: int | None = None
    today: date | None = None  # the day stalled deals are counted on; None = clock.today()
    all_dates: bool = False

    def metric_filter(self) -> MetricFilter:
        """Deals filed by close date inside the period (any date with ``all_dates``), narrowed to the team and rep
        (as the dashboard does)."""
        if self.all_dates:
            return MetricFilter(team_id=self.team_id, rep_id=self.rep_id)
        return period_filter(self.period, self.team_id, self.rep_id)

    def period_text(self) -> str:
        """The period for a report's heading: ``period_label``, or "all dates"."""
        return translate("Reports", "all dates") if self.all_dates else period_label(self.period)


def period_label(period: Period) -> str:
    """A report's period: the key, with its dates when the fiscal year does not start in January (``2026Q1
    (2026-04-01 to 2026-06-30)``), since the key alone would then read as calendar months."""
    if period.fiscal_start == 1 or period.kind is PeriodKind.MONTH:
        return period.key
    return translate("Reports", "{period} ({start} to {end})").format(
        period=period.key, start=period.start.isoformat(), end=period.end.isoformat())


def filter_lines(session: Session, request: ReportRequest) -> tuple[str, ...]:
    """``Team: North`` / ``Rep: Ann`` lines for the report's heading (``All teams and reps`` when neither)."""
    lines = []
    if request.team_id is not None:
        team = session.get(Team, request.team_id)
        if team is None:
            raise NotFoundError("no team with id {id}", id=request.team_id)
        lines.append(translate("Reports", "Team: {name}").format(name=team.name))
    if request.rep_id is not None:
        rep = session.get(Rep, request.rep_id)
        if rep is None:
            raise NotFoundError("no rep with id {id}", id=request.rep_id)
        lines.append(translate("Reports", "Rep: {name}").format(name=rep.name))
    return tuple(lines) or (translate("Reports", "All teams and reps"),)


def generated_now() -> datetime:
    """The local time with its UTC offset, to the second."""
    return clock.aware_now().replace(microsecond=0)



def unconverted_lines(unconverted: list[Unconverted]) -> tuple[str, ...]:
    """A heading line per currency whose deals the report leaves out of its amounts for want of a rate."""
    return tuple((translate("Reports", "Left out of the amounts: {deals} {currency} deals ({amount}), no exchange "
                                       "rate") if entry.deals != 1 else
                  translate("Reports", "Left out of the amounts: {deals} {currency} deal ({amount}), no exchange "
                                       "rate")).format(deals=f"{entry.deals:,}", currency=entry.currency,
                                                     amount=entry.amount_text()) for entry in unconverted)
