"""What the Roadmap panel reads through the runner: the phases with their milestones and status on a day, the
diagnosis of a baseline period, and the pilot comparison on a metric. No Qt here.

Definitions: a milestone's status is ``roadmap.milestone_status`` on the panel's day; its goals are shown by
their metric's label and period (``goal_label``); the pilot is the one that started last (``latest_pilot``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salesmgr.models.database import Session
from salesmgr.models.goals import roadmap
from salesmgr.models.goals.catalogue import METRICS, metric_def
from salesmgr.models.goals.diagnosis import DiagnosisRow, diagnose
from salesmgr.models.goals.goals import Goal
from salesmgr.models.goals.pilot import PilotComparison, compare
from salesmgr.models.org import Team
from salesmgr.models.periods import Period


@dataclass(frozen=True)
class MilestoneView:
    id: int
    title: str
    owner: str | None
    due: date
    done: date | None
    status: str  # done, overdue or open
    goals: tuple[str, ...]  # "Win rate 2026Q4"


@dataclass(frozen=True)
class PhaseView:
    id: int
    name: str  # in the interface language for a built-in phase
    start: date | None
    end: date | None
    milestones: tuple[MilestoneView, ...]


@dataclass(frozen=True)
class PilotView:
    team: str
    start: date
    metrics: tuple[str, ...]
    note: str | None


@dataclass(frozen=True)
class RoadmapView:
    phases: tuple[PhaseView, ...]
    pilot: PilotView | None


def goal_label(goal: Goal) -> str:
    return f"{metric_def(goal.metric).label()} {goal.period}"


def load_roadmap(session: Session, today: date) -> RoadmapView:
    phases = []
    for phase in roadmap.phases(session):
        items = []
        for m in roadmap.milestones(session, phase.id):
            goals = [session.get(Goal, goal_id) for goal_id in roadmap.linked_goals(session, m.id)]
            items.append(MilestoneView(m.id, m.title, roadmap.milestone_owner(session, m), m.due_date, m.done_date,
                                       roadmap.milestone_status(m, today),
                                       tuple(goal_label(g) for g in goals if g is not None)))
        phases.append(PhaseView(phase.id, roadmap.phase_label(phase), phase.start_date, phase.end_date,
                                tuple(items)))
    found = roadmap.pilots(session)
    pilot = None
    if found:
        team = session.get(Team, found[0].team_id)
        pilot = PilotView(team.name if team is not None else "", found[0].start_date,
                          tuple(roadmap.pilot_metrics(found[0])), found[0].note)
    return RoadmapView(tuple(phases), pilot)


def load_diagnosis(session: Session, period: Period) -> list[DiagnosisRow]:
    return diagnose(session, period)


def pilot_metric_keys() -> list[str]:
    """The metrics a pilot can be compared on: every one computed from the data."""
    return [key for key, metric in METRICS.items() if not metric.manual]


def load_pilot(session: Session, metric_key: str, today: date) -> PilotComparison | None:
    """The latest pilot on the metric; None when there is no pilot."""
    found = roadmap.pilots(session)
    return compare(session, found[0], metric_key, today=today) if found else None


def load_settings(session: Session) -> tuple[int, str]:
    """The database's fiscal start (the quarter combo follows it) and base currency (money is in it)."""
    from salesmgr.models import settings
    from salesmgr.models.currency import base_currency

    return settings.fiscal_start(session), base_currency(session)
