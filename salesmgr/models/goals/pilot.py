"""The pilot comparison of the seed's fourth section (issue 12, point 7): did the change work for the pilot team?

Definitions:

* The *windows* of a pilot are two whole periods of one kind (a fiscal quarter by default, or a month), so of
  equal length: *after* is the first period that begins on or after the pilot's start date; *before* is the
  period just before the one the start falls in. (A start inside a period leaves that mixed period out.)
  ``after_complete`` is False while the after period has not ended (today inside it: its value is partial).
* The pilot's values are ``catalogue.measure`` for the pilot team in each window. The *others'* value in a window
  is the plain mean of the other active teams' values (each team measured by the catalogue, every team counting
  once whatever its size), over the teams that have a value in both windows, so the same teams are compared
  before and after; ``others_teams`` is how many.
* The *difference in differences* = (pilot after - pilot before) - (others after - others before): the change of
  the pilot team beyond the change everybody saw. For a metric where lower is better (the sales cycle) a
  negative difference is the improvement.
* Parameters: those of the metric's template (``diagnosis.default_parameters``). Any value that cannot be computed
  makes the comparison's ``difference`` None; ``reason`` says which value is missing and why.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models import clock
from salesmgr.models.goals.catalogue import measure, metric_def
from salesmgr.models.goals.diagnosis import NEEDS_GOAL, default_parameters
from salesmgr.models.goals.goals import Owner
from salesmgr.models.goals.roadmap import Pilot, pilot_metrics
from salesmgr.models.org import Team
from salesmgr.models.periods import Period, PeriodKind
from salesmgr.models.settings import fiscal_start

KINDS = {"quarter": PeriodKind.QUARTER, "month": PeriodKind.MONTH}
NO_OTHERS = QT_TRANSLATE_NOOP("Goals", "no other team has data in both windows")
NOT_STARTED = QT_TRANSLATE_NOOP("Goals", "the pilot has not run a whole period yet")
WHICH = {"pilot_before": QT_TRANSLATE_NOOP("Goals", "pilot team before"),
         "pilot_after": QT_TRANSLATE_NOOP("Goals", "pilot team after"),
         "others": QT_TRANSLATE_NOOP("Goals", "other teams")}


@dataclass(frozen=True)
class PilotComparison:
    metric: str
    unit: str
    direction: str
    team_id: int
    team: str
    start: date
    before: Period
    after: Period
    after_complete: bool
    pilot_before: Decimal | None
    pilot_after: Decimal | None
    others_before: Decimal | None
    others_after: Decimal | None
    others_teams: int
    difference: Decimal | None
    missing: str | None  # pilot_before, pilot_after or others (``WHICH``), when a value is missing
    reason: str | None  # English, "Goals" context

    def reason_text(self) -> str | None:
        """The missing value and its reason in the interface language."""
        if self.reason is None:
            return None
        if self.missing is None:
            return translate("Goals", self.reason)
        return f"{translate('Goals', WHICH[self.missing])}: {translate('Goals', self.reason)}"


def windows(start: date, kind: str = "quarter", fiscal: int = 1) -> tuple[Period, Period]:
    """(before, after) around a pilot's start date (see the module docstring)."""
    wanted = KINDS[kind]
    containing = Period.quarter_of(start, fiscal) if wanted == PeriodKind.QUARTER else Period.month_of(start, fiscal)
    after = containing if containing.start == start else containing.shifted(1)
    return containing.shifted(-1), after


def compare(session: Session, pilot: Pilot, metric_key: str, kind: str = "quarter",
            today: date | None = None) -> PilotComparison:
    """The pilot team against the other teams on one metric, before and after the start."""
    metric = metric_def(metric_key)
    day = today or clock.today()
    before, after = windows(pilot.start_date, kind, fiscal_start(session))
    team = session.get(Team, pilot.team_id)
    parameters = default_parameters(metric)
    pb = pa = ob = oa = None
    count, missing, reason = 0, None, None
    if after.start > day:
        reason = NOT_STARTED
    elif parameters is None or metric.manual:
        reason = NEEDS_GOAL
    else:
        owner = Owner(team_id=pilot.team_id)
        found_before = measure(session, metric_key, owner, before, parameters)
        found_after = measure(session, metric_key, owner, after, parameters)
        pb, pa = found_before.value, found_after.value
        ob, oa, count = _others(session, pilot.team_id, metric_key, before, after, parameters)
        missing, reason = next(((name, why) for name, value, why in (
            ("pilot_before", pb, found_before.reason), ("pilot_after", pa, found_after.reason),
            ("others", ob, NO_OTHERS)) if value is None), (None, None))
    difference = None if pb is None or pa is None or ob is None or oa is None else (pa - pb) - (oa - ob)
    return PilotComparison(metric_key, metric.unit, metric.direction, pilot.team_id, team.name if team else "",
                           pilot.start_date, before, after, after.end < day, pb, pa, ob, oa, count, difference,
                           missing, reason)


def _others(session: Session, team_id: int, metric_key: str, before: Period, after: Period,
            parameters: dict[str, Any]) -> tuple[Decimal | None, Decimal | None, int]:
    """The mean of the other active teams' values before and after, over the teams with both; their number."""
    pairs = []
    for other in session.scalars(select(Team.id).where(Team.active.is_(True), Team.id != team_id).order_by(Team.id)):
        first = measure(session, metric_key, Owner(team_id=other), before, dict(parameters)).value
        second = measure(session, metric_key, Owner(team_id=other), after, dict(parameters)).value
        if first is not None and second is not None:
            pairs.append((first, second))
    if not pairs:
        return None, None, 0
    count = Decimal(len(pairs))
    return (sum((p[0] for p in pairs), Decimal(0)) / count, sum((p[1] for p in pairs), Decimal(0)) / count,
            len(pairs))


def compare_pilot(session: Session, pilot: Pilot, metric_key: str | None = None, kind: str = "quarter",
                  today: date | None = None) -> list[PilotComparison]:
    """The pilot on ``metric_key``, or on each of its own metrics."""
    keys = [metric_key] if metric_key else pilot_metrics(pilot)
    return [compare(session, pilot, key, kind, today) for key in keys]
