"""Teams and reps: the rows the Team page shows and the edits it makes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.org import REP_ROLES, Rep, Team

T = TypeVar("T")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    region: str | None
    active: bool
    rep_count: int


@dataclass(frozen=True)
class RepRow:
    id: int
    name: str
    email: str | None
    team_id: int | None
    team_name: str | None
    role: str
    hire_date: date | None
    manager_id: int | None
    manager_name: str | None
    mentor_id: int | None
    mentor_name: str | None
    active: bool


@dataclass(frozen=True)
class RepInput:
    name: str
    email: str | None = None
    team_id: int | None = None
    role: str = "rep"
    hire_date: date | None = None
    manager_id: int | None = None
    mentor_id: int | None = None
    active: bool = True


def list_teams(session: Session) -> list[TeamRow]:
    """Every team, active first then by name, with the number of active reps in it."""
    active_reps = func.count(Rep.id).filter(Rep.active.is_(True))
    query = (select(Team, active_reps).outerjoin(Rep, Rep.team_id == Team.id)
             .group_by(Team.id).order_by(Team.active.desc(), Team.name))
    return [TeamRow(t.id, t.name, t.region, t.active, count) for t, count in session.execute(query)]


@dataclass(frozen=True)
class TeamInput:
    name: str
    region: str | None = None
    active: bool = True


def add_team(session: Session, name: str, region: str | None = None, active: bool = True) -> int:
    team = Team(name=_team_name(session, name), region=_blank_to_none(region), active=active)
    session.add(team)
    session.flush()
    return team.id


def update_team(session: Session, team_id: int, name: str, region: str | None, active: bool) -> None:
    team = _get(session, Team, team_id)
    team.name = _team_name(session, name, exclude_id=team_id)
    team.region = _blank_to_none(region)
    team.active = active


def save_team(session: Session, team_id: int | None, data: TeamInput) -> int:
    """Add a team (``team_id`` None) or update one; returns its id."""
    if team_id is None:
        return add_team(session, data.name, data.region, data.active)
    update_team(session, team_id, data.name, data.region, data.active)
    return team_id


def list_reps(session: Session) -> list[RepRow]:
    """Every rep with team, manager and mentor names; active reps first, then by name."""
    manager, mentor = aliased(Rep), aliased(Rep)
    query = (select(Rep, Team.name, manager.name, mentor.name)
             .outerjoin(Team, Rep.team_id == Team.id)
             .outerjoin(manager, Rep.manager_id == manager.id)
             .outerjoin(mentor, Rep.mentor_id == mentor.id)
             .order_by(Rep.active.desc(), Rep.name))
    return [
        RepRow(r.id, r.name, r.email, r.team_id, team, r.role, r.hire_date, r.manager_id, mgr, r.mentor_id,
               mtr, r.active)
        for r, team, mgr, mtr in session.execute(query)
    ]


def get_rep(session: Session, rep_id: int) -> RepRow:
    for row in list_reps(session):
        if row.id == rep_id:
            return row
    raise NotFoundError("no rep with id {id}", id=rep_id)


def add_rep(session: Session, data: RepInput) -> int:
    rep = Rep()
    _apply_rep(session, rep, data)
    session.add(rep)
    session.flush()
    return rep.id


def update_rep(session: Session, rep_id: int, data: RepInput) -> None:
    _apply_rep(session, _get(session, Rep, rep_id), data)


def set_rep_active(session: Session, rep_id: int, active: bool) -> None:
    """Deactivate (or reactivate) a rep; their deals and history stay."""
    _get(session, Rep, rep_id).active = active


def _apply_rep(session: Session, rep: Rep, data: RepInput) -> None:
    name = data.name.strip()
    if not name:
        raise ValidationError("a rep needs a name")
    if data.role not in REP_ROLES:
        raise ValidationError("unknown role {role}; use one of {roles}", role=data.role, roles=", ".join(REP_ROLES))
    for other_id in (data.manager_id, data.mentor_id):
        if other_id is not None and rep.id is not None and other_id == rep.id:
            raise ValidationError("a rep cannot be their own manager or mentor")
        if other_id is not None:
            _get(session, Rep, other_id)
    if data.team_id is not None:
        _get(session, Team, data.team_id)
    rep.name = name
    rep.email = _rep_email(session, data.email, rep.id)
    rep.team_id, rep.role, rep.hire_date = data.team_id, data.role, data.hire_date
    rep.manager_id, rep.mentor_id, rep.active = data.manager_id, data.mentor_id, data.active


def _rep_email(session: Session, email: str | None, rep_id: int | None) -> str | None:
    email = _blank_to_none(email)
    if email is None:
        return None
    email = email.lower()
    if not EMAIL_PATTERN.match(email):
        raise ValidationError("{email} is not an e-mail address", email=email)
    clash = session.scalar(select(Rep.name).where(func.lower(Rep.email) == email, Rep.id != (rep_id or -1)))
    if clash:
        raise ValidationError("{email} is already the e-mail of {name}", email=email, name=clash)
    return email


def _team_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("a team needs a name")
    taken = session.scalar(select(Team.id).where(func.lower(Team.name) == name.lower(),
                                                 Team.id != (exclude_id or -1)))
    if taken:
        raise ValidationError("there is already a team called {name}", name=name)
    return name


def _get(session: Session, entity: type[T], entity_id: int) -> T:
    found = session.get(entity, entity_id)
    if found is None:
        if entity is Team:
            raise NotFoundError("no team with id {id}", id=entity_id)
        raise NotFoundError("no rep with id {id}", id=entity_id)
    return found


def _blank_to_none(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


TeamChoice = tuple[int, str]  # id, name
RepChoice = tuple[int, str, int | None]  # id, name, team id


def owner_choices(session: Session) -> tuple[list[TeamChoice], list[RepChoice]]:
    """The team and rep filters' choices: teams by name, reps active first and then by name."""
    teams = sorted(((t.id, t.name) for t in list_teams(session)), key=lambda team: team[1])
    return teams, [(r.id, r.name, r.team_id) for r in list_reps(session)]
