"""How routed leads are shared out: the routing settings (kept in the ``setting`` table) and each rep's own
(``RepRouting`` rows).

Definitions:

* The *method* is one of ``ROUTING_METHODS``: ``round_robin`` (each rep in turn), ``territory`` (reps covering the
  lead's region), ``industry`` (reps covering the lead's industry) or ``load`` (the rep with the fewest open
  leads). The default is round robin.
* The *team*: routing goes to the reps of that team only; None (the default) means every team, and reps without
  a team too.
* A rep's *load* is the number of leads they own with status ``assigned`` (routed to them and not yet converted
  or disqualified). A rep *at capacity* has a load of ``capacity`` or more and gets no more leads; a rep's
  capacity is their own when set, else the default capacity (25 unless set).
* An *eligible* rep is active, has a role in ``ROUTED_ROLES`` and takes leads (``takes_leads``, true for a rep
  without a ``RepRouting`` row). Reps, senior reps and SDRs work leads; managers do not: they coach, and a
  manager's pipeline would skew the load of the team they lead.
* Regions and industries a rep covers are kept one per line; matching ignores case and surrounding spaces
  (``catalogue.fold``).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.models.config import Setting
from salesmgr.models.crm import Lead
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.leads.catalogue import fold
from salesmgr.models.leads.entities import RepRouting
from salesmgr.models.org import Rep, Team

ROUND_ROBIN, TERRITORY, INDUSTRY, LOAD = "round_robin", "territory", "industry", "load"
ROUTING_METHODS = (ROUND_ROBIN, TERRITORY, INDUSTRY, LOAD)
ROUTED_ROLES = ("rep", "senior", "sdr")
DEFAULT_CAPACITY = 25
CAPACITY_LIMIT = 1000
ASSIGNED = "assigned"

METHOD_KEY = "lead_routing.method"
TEAM_KEY = "lead_routing.team_id"
CAPACITY_KEY = "lead_routing.capacity"
LAST_REP_KEY = "lead_routing.last_rep_id"


@dataclass(frozen=True)
class RoutingSettings:
    method: str
    team_id: int | None
    team: str | None
    capacity: int


@dataclass(frozen=True)
class RepSettings:
    """One active rep's routing: ``capacity`` their own (None: the default), ``limit`` the one that applies."""

    rep_id: int
    name: str
    team: str | None
    role: str
    takes_leads: bool
    capacity: int | None
    limit: int
    load: int
    regions: tuple[str, ...]
    industries: tuple[str, ...]

    @property
    def eligible(self) -> bool:
        return self.takes_leads and self.role in ROUTED_ROLES


def _get(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def _put(session: Session, key: str, value: str | None) -> None:
    row = session.get(Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def routing_settings(session: Session) -> RoutingSettings:
    """The settings in force (a stored value that no longer makes sense falls back to its default)."""
    method = _get(session, METHOD_KEY)
    team_id = _int(_get(session, TEAM_KEY))
    team = session.get(Team, team_id) if team_id is not None else None
    capacity = _int(_get(session, CAPACITY_KEY))
    return RoutingSettings(method if method in ROUTING_METHODS else ROUND_ROBIN,
                           team.id if team is not None else None, team.name if team is not None else None,
                           capacity if capacity is not None and 1 <= capacity <= CAPACITY_LIMIT
                           else DEFAULT_CAPACITY)


def check_method(method: str) -> str:
    if method not in ROUTING_METHODS:
        raise ValidationError("unknown routing method {method}; use one of {methods}", method=method,
                              methods=", ".join(ROUTING_METHODS))
    return method


def check_capacity(capacity: int) -> int:
    if not 1 <= capacity <= CAPACITY_LIMIT:
        raise ValidationError("a capacity must be a whole number from 1 to 1000, not {capacity}; to stop a rep "
                              "taking leads, turn off takes leads", capacity=capacity)
    return capacity


_KEEP = object()


def set_routing_settings(session: Session, *, method: str | None = None, team_id: int | object | None = _KEEP,
                         capacity: int | None = None) -> RoutingSettings:
    """Change what is given (``team_id=None``: every team); returns the settings now in force."""
    if method is not None:
        _put(session, METHOD_KEY, check_method(method))
    if team_id is not _KEEP:
        if team_id is not None and session.get(Team, team_id) is None:
            raise NotFoundError("no team with id {id}", id=team_id)
        _put(session, TEAM_KEY, None if team_id is None else str(team_id))
    if capacity is not None:
        _put(session, CAPACITY_KEY, str(check_capacity(capacity)))
    return routing_settings(session)


def last_rep(session: Session) -> int | None:
    """The rep round robin served last (the rotation continues after them)."""
    return _int(_get(session, LAST_REP_KEY))


def set_last_rep(session: Session, rep_id: int) -> None:
    _put(session, LAST_REP_KEY, str(rep_id))


def split_lines(values: Iterable[str]) -> tuple[str, ...]:
    """Names without blanks or repeats (ignoring case and surrounding spaces), in the order given."""
    seen: dict[str, str] = {}
    for value in values:
        for part in value.splitlines():
            text = part.strip()
            if text and fold(text) not in seen:
                seen[fold(text)] = text
    return tuple(seen.values())


def active_teams(session: Session) -> list[tuple[int, str]]:
    """``(id, name)`` of every active team, by name: the teams routing can be limited to."""
    rows = session.execute(select(Team.id, Team.name).where(Team.active.is_(True))).tuples()
    return sorted(rows, key=lambda item: (item[1].casefold(), item[0]))


def loads(session: Session) -> dict[int, int]:
    """Open assigned leads per owner."""
    rows = session.execute(select(Lead.owner_id, func.count()).where(Lead.status == ASSIGNED,
                                                                   Lead.owner_id.is_not(None))
                           .group_by(Lead.owner_id))
    return {owner: count for owner, count in rows.tuples() if owner is not None}


def rep_settings(session: Session, team_id: int | None = None) -> list[RepSettings]:
    """Every active rep (of ``team_id`` when given) with their routing, by name."""
    default = routing_settings(session).capacity
    query = (select(Rep, Team.name, RepRouting).outerjoin(Team, Team.id == Rep.team_id)
             .outerjoin(RepRouting, RepRouting.rep_id == Rep.id).where(Rep.active.is_(True)))
    if team_id is not None:
        query = query.where(Rep.team_id == team_id)
    load = loads(session)
    found = []
    for rep, team, routing in session.execute(query).tuples():
        takes = routing.takes_leads if routing is not None else True
        capacity = routing.capacity if routing is not None else None
        found.append(RepSettings(
            rep.id, rep.name, team, rep.role, bool(takes) and rep.role in ROUTED_ROLES, capacity,
            capacity or default, load.get(rep.id, 0),
            split_lines([routing.regions or ""]) if routing is not None else (),
            split_lines([routing.industries or ""]) if routing is not None else ()))
    return sorted(found, key=lambda row: (row.name.casefold(), row.rep_id))


def set_rep_routing(session: Session, rep_id: int, *, takes_leads: bool | None = None,
                    capacity: int | object | None = _KEEP, regions: Sequence[str] | None = None,
                    industries: Sequence[str] | None = None) -> None:
    """Change what is given of a rep's routing (``capacity=None``: back to the default capacity)."""
    rep = session.get(Rep, rep_id)
    if rep is None:
        raise NotFoundError("no rep with id {id}", id=rep_id)
    if takes_leads and rep.role not in ROUTED_ROLES:
        raise ValidationError("{rep} is a manager; managers do not take routed leads", rep=rep.name)
    routing = session.get(RepRouting, rep_id)
    if routing is None:
        routing = RepRouting(rep_id=rep_id, takes_leads=True)
        session.add(routing)
    if takes_leads is not None:
        routing.takes_leads = takes_leads
    if capacity is not _KEEP:
        routing.capacity = None if capacity is None else check_capacity(capacity)  # type: ignore[arg-type]
    if regions is not None:
        routing.regions = "\n".join(split_lines(regions)) or None
    if industries is not None:
        routing.industries = "\n".join(split_lines(industries)) or None
    session.flush()
