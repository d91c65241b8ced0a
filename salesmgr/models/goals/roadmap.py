"""The roadmap of the seed's fourth section (issue 12, point 7): phases with milestones, and pilots.

Definitions:

* A ``Phase`` is a stretch of the rollout, in ``position`` order, with optional start and end dates and a note.
  The three *built-in* phases are the seed's own (``BUILTIN_PHASES``, created by migration 0012): their
  ``builtin_key`` names them and, while their stored ``name`` is still the English default, they are shown in
  the interface language (``phase_label``), as the default pipeline stages are (``pipeline.builtin``); renaming a
  phase clears its key.
* A ``Milestone`` belongs to a phase: a title, an owner (a rep, or free text such as "销售运营"), a due date, a
  done date (None while not done) and the goals that measure it (``MilestoneGoal``; a deleted goal drops out).
  Its status on a day (``milestone_status``): *done* when it has a done date; *overdue* when not done and its
  due date is before the day; else *open*.
* A ``Pilot`` is a team trying the change first: the team, the start date, the metric keys it is judged by
  (catalogue keys, in order) and a note; a team has at most one pilot (``set_pilot`` replaces it).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.base import Base
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.org import Rep, Team

BUILTIN_PHASES: dict[str, str] = {  # key -> English default name, in roadmap order
    "foundation": QT_TRANSLATE_NOOP("Goals", "Solid foundations, better processes"),  # 夯实基础 优化流程
    "capability": QT_TRANSLATE_NOOP("Goals", "Stronger skills, data-driven"),  # 提升能力 数据驱动
    "collaboration": QT_TRANSLATE_NOOP("Goals", "Full collaboration, continuous innovation"),  # 全面协同 持续创新
}
STATUSES = ("done", "overdue", "open")
STATUS_LABELS = {"done": QT_TRANSLATE_NOOP("Goals", "done"), "overdue": QT_TRANSLATE_NOOP("Goals", "overdue"),
                 "open": QT_TRANSLATE_NOOP("Goals", "open")}
TITLE_LIMIT = 200


class Phase(Base):
    __tablename__ = "roadmap_phase"

    id: Mapped[int] = mapped_column(primary_key=True)
    builtin_key: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class Milestone(Base):
    __tablename__ = "roadmap_milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("roadmap_phase.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(TITLE_LIMIT))
    owner_text: Mapped[str | None] = mapped_column(String(120))
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"), index=True)
    due_date: Mapped[date] = mapped_column(Date)
    done_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class MilestoneGoal(Base):
    __tablename__ = "roadmap_milestone_goal"

    milestone_id: Mapped[int] = mapped_column(ForeignKey("roadmap_milestone.id", ondelete="CASCADE"),
                                              primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True, index=True)


class Pilot(Base):
    __tablename__ = "roadmap_pilot"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), unique=True)
    start_date: Mapped[date] = mapped_column(Date)
    metrics: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str | None] = mapped_column(Text)


def phase_label(phase: Phase) -> str:
    """A built-in phase nobody renamed in the interface language; any other phase as stored."""
    if phase.builtin_key is not None and BUILTIN_PHASES.get(phase.builtin_key) == phase.name:
        return translate("Goals", phase.name)
    return phase.name


def status_label(status: str) -> str:
    return translate("Goals", STATUS_LABELS.get(status, status))


def milestone_status(milestone: Milestone, today: date) -> str:
    """done, overdue or open (see the module docstring)."""
    if milestone.done_date is not None:
        return "done"
    return "overdue" if milestone.due_date < today else "open"


# --- phases -------------------------------------------------------------------------------------------------
def ensure_default_phases(session: Session) -> None:
    """Add the built-in phases that are missing (after the others, in ``BUILTIN_PHASES`` order)."""
    present = set(session.scalars(select(Phase.builtin_key).where(Phase.builtin_key.is_not(None))))
    position = max(session.scalars(select(Phase.position)), default=0)
    for key, name in BUILTIN_PHASES.items():
        if key not in present:
            position += 1
            session.add(Phase(builtin_key=key, name=name, position=position))
    session.flush()


def phases(session: Session) -> list[Phase]:
    return list(session.scalars(select(Phase).order_by(Phase.position, Phase.id)))


def get_phase(session: Session, phase_id: int) -> Phase:
    row = session.get(Phase, phase_id)
    if row is None:
        raise NotFoundError("no roadmap phase {id}", id=phase_id)
    return row


def find_phase(session: Session, text: str) -> Phase:
    """The phase whose id, built-in key, stored name or shown name is ``text`` (ignoring case)."""
    wanted = text.strip().casefold()
    rows = phases(session)
    for row in rows:
        names = {str(row.id), row.builtin_key or "", row.name, phase_label(row)}
        if wanted in {name.casefold() for name in names if name}:
            return row
    raise NotFoundError("no roadmap phase called {name}; use one of {names}", name=text,
                        names=", ".join(row.builtin_key or str(row.id) for row in rows))


def add_phase(session: Session, name: str, start: date | None = None, end: date | None = None,
              note: str | None = None) -> int:
    """A new phase after the others."""
    row = Phase(position=max(session.scalars(select(Phase.position)), default=0) + 1)
    _fill_phase(row, name, start, end, note)
    session.add(row)
    session.flush()
    return row.id


def update_phase(session: Session, phase_id: int, name: str, start: date | None, end: date | None,
                 note: str | None = None) -> None:
    row = get_phase(session, phase_id)
    if row.builtin_key is not None and name.strip() not in (row.name, phase_label(row)):
        row.builtin_key = None  # renamed: from now on shown as the user wrote it
    kept = row.name if row.builtin_key is not None else name
    _fill_phase(row, kept, start, end, note)
    session.flush()


def delete_phase(session: Session, phase_id: int) -> None:
    session.delete(get_phase(session, phase_id))
    session.flush()


def _fill_phase(row: Phase, name: str, start: date | None, end: date | None, note: str | None) -> None:
    cleaned = (name or "").strip()
    if not cleaned:
        raise ValidationError("a roadmap phase needs a name")
    if start is not None and end is not None and end < start:
        raise ValidationError("a phase cannot end ({end}) before it starts ({start})", end=end, start=start)
    row.name, row.start_date, row.end_date, row.note = cleaned, start, end, (note or "").strip() or None


# --- milestones ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MilestoneSpec:
    """A milestone as a user gives it (checked by ``add_milestone`` / ``update_milestone``)."""

    phase_id: int
    title: str
    due: date
    owner_text: str | None = None
    rep_id: int | None = None
    done: date | None = None
    goal_ids: tuple[int, ...] = field(default_factory=tuple)
    note: str | None = None


def add_milestone(session: Session, spec: MilestoneSpec) -> int:
    row = Milestone()
    _fill_milestone(session, row, spec)
    session.add(row)
    session.flush()
    _link_goals(session, row.id, spec.goal_ids)
    return row.id


def update_milestone(session: Session, milestone_id: int, spec: MilestoneSpec) -> None:
    row = get_milestone(session, milestone_id)
    _fill_milestone(session, row, spec)
    _link_goals(session, row.id, spec.goal_ids)


def mark_done(session: Session, milestone_id: int, on: date | None) -> None:
    """Record the day a milestone was done (None: not done after all)."""
    get_milestone(session, milestone_id).done_date = on
    session.flush()


def delete_milestone(session: Session, milestone_id: int) -> None:
    session.delete(get_milestone(session, milestone_id))
    session.flush()


def get_milestone(session: Session, milestone_id: int) -> Milestone:
    row = session.get(Milestone, milestone_id)
    if row is None:
        raise NotFoundError("no milestone {id}", id=milestone_id)
    return row


def milestones(session: Session, phase_id: int | None = None) -> list[Milestone]:
    """By due date, then id; of one phase when given."""
    query = select(Milestone).order_by(Milestone.due_date, Milestone.id)
    if phase_id is not None:
        query = query.where(Milestone.phase_id == phase_id)
    return list(session.scalars(query))


def linked_goals(session: Session, milestone_id: int) -> list[int]:
    return list(session.scalars(select(MilestoneGoal.goal_id).where(MilestoneGoal.milestone_id == milestone_id)
                                .order_by(MilestoneGoal.goal_id)))


def milestone_owner(session: Session, milestone: Milestone) -> str | None:
    """The rep's name when a rep owns it, else the owner text."""
    if milestone.rep_id is not None:
        rep = session.get(Rep, milestone.rep_id)
        if rep is not None:
            return rep.name
    return milestone.owner_text


def _fill_milestone(session: Session, row: Milestone, spec: MilestoneSpec) -> None:
    from salesmgr.models.goals.goals import Goal

    get_phase(session, spec.phase_id)
    title = (spec.title or "").strip()
    if not title:
        raise ValidationError("a milestone needs a title")
    if len(title) > TITLE_LIMIT:
        raise ValidationError("a milestone's title is at most {limit} characters", limit=TITLE_LIMIT)
    if spec.rep_id is not None and session.get(Rep, spec.rep_id) is None:
        raise NotFoundError("no rep {id}", id=spec.rep_id)
    for goal_id in spec.goal_ids:
        if session.get(Goal, goal_id) is None:
            raise NotFoundError("no goal {id}", id=goal_id)
    row.phase_id, row.title, row.due_date, row.done_date = spec.phase_id, title, spec.due, spec.done
    row.owner_text, row.rep_id = (spec.owner_text or "").strip() or None, spec.rep_id
    row.note = (spec.note or "").strip() or None
    session.flush()


def _link_goals(session: Session, milestone_id: int, goal_ids: tuple[int, ...]) -> None:
    session.execute(delete(MilestoneGoal).where(MilestoneGoal.milestone_id == milestone_id))
    for goal_id in dict.fromkeys(goal_ids):
        session.add(MilestoneGoal(milestone_id=milestone_id, goal_id=goal_id))
    session.flush()


# --- pilots -------------------------------------------------------------------------------------------------
def set_pilot(session: Session, team_id: int, start: date, metrics: list[str] | None = None,
              note: str | None = None) -> int:
    """Make the team a pilot from ``start`` (replacing its pilot if it had one); the pilot's id."""
    from salesmgr.models.goals.catalogue import metric_def

    if session.get(Team, team_id) is None:
        raise NotFoundError("no team {id}", id=team_id)
    keys = list(dict.fromkeys(metrics or ["won_revenue", "win_rate"]))
    for key in keys:
        if metric_def(key).manual:
            raise ValidationError("{metric} is entered by hand for a goal; a pilot compares metrics computed "
                                  "from the data", metric=key)
    row = session.scalar(select(Pilot).where(Pilot.team_id == team_id)) or Pilot(team_id=team_id)
    row.start_date, row.metrics, row.note = start, json.dumps(keys), (note or "").strip() or None
    session.add(row)
    session.flush()
    return row.id


def pilots(session: Session) -> list[Pilot]:
    """Latest start first."""
    return list(session.scalars(select(Pilot).order_by(Pilot.start_date.desc(), Pilot.id.desc())))


def latest_pilot(session: Session, team_id: int | None = None) -> Pilot:
    """The pilot that started last (of the team, when given); refused when there is none."""
    found = [p for p in pilots(session) if team_id is None or p.team_id == team_id]
    if not found:
        raise NotFoundError("no pilot team; set one with 'salesmgr roadmap set-pilot'")
    return found[0]


def pilot_metrics(pilot: Pilot) -> list[str]:
    loaded = json.loads(pilot.metrics or "[]")
    return [str(key) for key in loaded] if isinstance(loaded, list) else []


def delete_pilot(session: Session, pilot_id: int) -> None:
    row = session.get(Pilot, pilot_id)
    if row is None:
        raise NotFoundError("no pilot {id}", id=pilot_id)
    session.delete(row)
    session.flush()
