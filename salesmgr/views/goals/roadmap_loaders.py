"""What the Roadmap panel reads and writes through the runner: the phases with their milestones and status on a
day, the diagnosis of a baseline period, the pilot comparison on a metric, and the edits of milestones, phases and
the pilot. No Qt here.

Definitions: a milestone's status is ``roadmap.milestone_status`` on the panel's day; its goals are shown by
their metric's label and period (``goal_label``); the pilot is the one that started last (``latest_pilot``).
Setting the pilot (``save_pilot``) replaces the one shown: when its team changes, the old pilot is removed, so
the panel shows the pilot just set whatever its start date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salesmgr.models.database import Session
from salesmgr.models.goals import roadmap
from salesmgr.models.goals.catalogue import METRICS, metric_def
from salesmgr.models.goals.diagnosis import DiagnosisRow, diagnose
from salesmgr.models.goals.goals import Goal, goals_in
from salesmgr.models.goals.pilot import PilotComparison, compare
from salesmgr.models.goals.roadmap import BUILTIN_PHASES, MilestoneSpec
from salesmgr.models.org import Team
from salesmgr.models.periods import Period
from salesmgr.models.team.roster import owner_choices


@dataclass(frozen=True)
class MilestoneView:
    id: int
    phase_id: int
    title: str
    owner: str | None  # the rep's name, else the owner text
    due: date
    done: date | None
    status: str  # done, overdue or open
    goals: tuple[str, ...]  # "Win rate 2026Q4"
    owner_text: str | None = None
    rep_id: int | None = None
    goal_ids: tuple[int, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class PhaseView:
    id: int
    name: str  # in the interface language for a built-in phase
    start: date | None
    end: date | None
    milestones: tuple[MilestoneView, ...]
    note: str | None = None
    builtin: bool = False  # a built-in phase nobody renamed: its name follows the interface language


@dataclass(frozen=True)
class PilotView:
    team: str
    start: date
    metrics: tuple[str, ...]
    note: str | None
    id: int = 0
    team_id: int = 0


@dataclass(frozen=True)
class GoalChoice:
    id: int
    label: str  # goal_label
    owner: str | None  # the team's or rep's name; None for a company goal


@dataclass(frozen=True)
class EditChoices:
    """What the edit dialogs offer: teams and reps by name (id, name), and every goal, latest period first."""

    teams: tuple[tuple[int, str], ...] = ()
    reps: tuple[tuple[int, str], ...] = ()
    goals: tuple[GoalChoice, ...] = ()


@dataclass(frozen=True)
class RoadmapView:
    phases: tuple[PhaseView, ...]
    pilot: PilotView | None
    choices: EditChoices = EditChoices()


@dataclass(frozen=True)
class PhaseInput:
    """A phase as the user gives it (checked by ``roadmap.update_phase``)."""

    name: str
    start: date | None
    end: date | None
    note: str | None


@dataclass(frozen=True)
class PilotInput:
    """A pilot as the user gives it (checked by ``roadmap.set_pilot``)."""

    team_id: int
    start: date
    metrics: tuple[str, ...]
    note: str | None


def goal_label(goal: Goal) -> str:
    return f"{metric_def(goal.metric).label()} {goal.period}"


def load_roadmap(session: Session, today: date) -> RoadmapView:
    phases = []
    for phase in roadmap.phases(session):
        items = tuple(_milestone_view(session, m, today) for m in roadmap.milestones(session, phase.id))
        builtin = phase.builtin_key is not None and BUILTIN_PHASES.get(phase.builtin_key) == phase.name
        phases.append(PhaseView(phase.id, roadmap.phase_label(phase), phase.start_date, phase.end_date, items,
                                phase.note, builtin))
    found = roadmap.pilots(session)
    pilot = None
    if found:
        team = session.get(Team, found[0].team_id)
        pilot = PilotView(team.name if team is not None else "", found[0].start_date,
                          tuple(roadmap.pilot_metrics(found[0])), found[0].note, found[0].id, found[0].team_id)
    return RoadmapView(tuple(phases), pilot, load_choices(session))


def _milestone_view(session: Session, m: roadmap.Milestone, today: date) -> MilestoneView:
    goal_ids = roadmap.linked_goals(session, m.id)
    goals = [session.get(Goal, goal_id) for goal_id in goal_ids]
    return MilestoneView(m.id, m.phase_id, m.title, roadmap.milestone_owner(session, m), m.due_date, m.done_date,
                         roadmap.milestone_status(m, today), tuple(goal_label(g) for g in goals if g is not None),
                         m.owner_text, m.rep_id, tuple(goal_ids), m.note)


def load_choices(session: Session) -> EditChoices:
    teams, reps = owner_choices(session)
    team_names = dict(teams)
    rep_names = {rep_id: name for rep_id, name, _team in reps}
    goals = sorted(goals_in(session), key=lambda g: (goal_label(g), g.id))
    goals.sort(key=lambda g: g.period, reverse=True)  # latest period first (stable: by label within one)
    return EditChoices(tuple(teams), tuple(sorted(rep_names.items(), key=lambda rep: rep[1])), tuple(
        GoalChoice(g.id, goal_label(g), rep_names.get(g.rep_id) if g.rep_id is not None
                   else team_names.get(g.team_id) if g.team_id is not None else None) for g in goals))


# --- edits --------------------------------------------------------------------------------------------------
def save_milestone(session: Session, milestone_id: int | None, spec: MilestoneSpec) -> int:
    """Add the milestone (``milestone_id`` None) or change it; its id."""
    if milestone_id is None:
        return roadmap.add_milestone(session, spec)
    roadmap.update_milestone(session, milestone_id, spec)
    return milestone_id


def mark_milestone(session: Session, milestone_id: int, on: date | None) -> None:
    roadmap.mark_done(session, milestone_id, on)


def delete_milestone(session: Session, milestone_id: int) -> None:
    roadmap.delete_milestone(session, milestone_id)


def save_phase(session: Session, phase_id: int, given: PhaseInput) -> None:
    roadmap.update_phase(session, phase_id, given.name, given.start, given.end, given.note)


def save_pilot(session: Session, replacing: int | None, given: PilotInput) -> int:
    """Set the pilot; the pilot ``replacing`` (the one shown) is removed when it was another team's."""
    pilot_id = roadmap.set_pilot(session, given.team_id, given.start, list(given.metrics), given.note)
    if replacing is not None and replacing != pilot_id:
        roadmap.delete_pilot(session, replacing)
    return pilot_id


def remove_pilot(session: Session, pilot_id: int) -> None:
    roadmap.delete_pilot(session, pilot_id)


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
