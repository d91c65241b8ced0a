"""A goal's status (issue 12, point 6): how far it has come from its baseline against how much of its period has
gone by.

Definitions:

* ``elapsed`` = days of the period gone by, today included / days in the period: 0 before the first day, 1 from
  the last day on (today from ``salesmgr.models.clock``).
* ``progress`` = (actual - baseline) / (target - baseline). It works the same for lower-is-better goals (the
  target is below the baseline, so both differences are negative when the actual falls): 0 at the baseline,
  1 at the target, negative when the actual moved the wrong way, above 1 past the target.
* ``status``, with gap = progress - elapsed:
  - no actual (the metric has no data in the period): ``no_data``, with the metric's reason;
  - progress >= 1 (the target is reached): ``on_track`` whatever the date;
  - gap >= -0.10 (at most 10 points behind the time gone by): ``on_track``;
  - -0.25 <= gap < -0.10: ``at_risk``;
  - gap < -0.25: ``off_track``.
  So on the period's last day (elapsed 1) a goal at progress 0.90 is on track, at 0.75 at risk, below off track.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models import clock
from salesmgr.models.goals.catalogue import measure
from salesmgr.models.goals.goals import Goal, goals_in, owner_of, parameters_of
from salesmgr.models.org import Rep, Team
from salesmgr.models.periods import Period
from salesmgr.models.settings import fiscal_start

ON_TRACK_GAP = Decimal("-0.10")
AT_RISK_GAP = Decimal("-0.25")


class Status(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


STATUS_LABELS = {
    Status.ON_TRACK: QT_TRANSLATE_NOOP("Goals", "on track"), Status.AT_RISK: QT_TRANSLATE_NOOP("Goals", "at risk"),
    Status.OFF_TRACK: QT_TRANSLATE_NOOP("Goals", "off track"), Status.NO_DATA: QT_TRANSLATE_NOOP("Goals", "no data"),
}


def status_label(status: Status) -> str:
    return translate("Goals", STATUS_LABELS[status])


def elapsed_share(period: Period, today: date) -> Decimal:
    """The share of the period gone by on ``today`` (see the module)."""
    if today < period.start:
        return Decimal(0)
    if today >= period.end:
        return Decimal(1)
    return Decimal((today - period.start).days + 1) / ((period.end - period.start).days + 1)


def progress(baseline: Decimal, target: Decimal, actual: Decimal) -> Decimal:
    """(actual - baseline) / (target - baseline); the target never equals the baseline (``goals.validate``)."""
    return (actual - baseline) / (target - baseline)


def status_of(progress_value: Decimal | None, elapsed: Decimal) -> Status:
    """The rule of the module docstring."""
    if progress_value is None:
        return Status.NO_DATA
    if progress_value >= 1:
        return Status.ON_TRACK
    gap = progress_value - elapsed
    if gap >= ON_TRACK_GAP:
        return Status.ON_TRACK
    return Status.AT_RISK if gap >= AT_RISK_GAP else Status.OFF_TRACK


@dataclass(frozen=True)
class GoalStatus:
    """A goal with its actual now; ``owner`` is the team's or rep's name, None for the company."""

    id: int
    dimension: str
    metric: str
    owner_type: str
    owner: str | None
    period: Period
    baseline: Decimal
    target: Decimal
    direction: str
    note: str | None
    actual: Decimal | None
    progress: Decimal | None
    elapsed: Decimal
    status: Status
    reason: str | None


def evaluate(session: Session, goal: Goal, today: date | None = None) -> GoalStatus:
    period = Period.parse(goal.period, fiscal_start(session))
    found = measure(session, goal.metric, owner_of(goal), period, parameters_of(goal), goal.id)
    done = None if found.value is None else progress(goal.baseline, goal.target, found.value)
    elapsed = elapsed_share(period, today or clock.today())
    return GoalStatus(goal.id, goal.dimension, goal.metric, goal.owner_type, _owner_name(session, goal), period,
                      goal.baseline, goal.target, goal.direction, goal.note, found.value, done, elapsed,
                      status_of(done, elapsed), found.reason)


def goal_statuses(session: Session, period: Period | None = None, today: date | None = None) -> list[GoalStatus]:
    """Every goal of ``period`` (all goals when None) evaluated, in ``goals.goals_in`` order."""
    return [evaluate(session, goal, today) for goal in goals_in(session, period)]


def _owner_name(session: Session, goal: Goal) -> str | None:
    if goal.rep_id is not None:
        return session.scalar(select(Rep.name).where(Rep.id == goal.rep_id))
    if goal.team_id is not None:
        return session.scalar(select(Team.name).where(Team.id == goal.team_id))
    return None
