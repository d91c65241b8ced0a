"""What the routing dialog shows and saves, read and written on the runner (no Qt here).

``save_routing`` writes the settings and every rep row the dialog shows; ``save_and_route`` saves, then routes
the unassigned MQLs with the saved settings (``routing.route_leads``), so "Route now" uses what is on screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salesmgr.models.database import Session
from salesmgr.models.leads.routing import RoutingResult, route_leads
from salesmgr.models.leads.routing_settings import (
    ROUTED_ROLES,
    RepSettings,
    RoutingSettings,
    active_teams,
    rep_settings,
    routing_settings,
    set_rep_routing,
    set_routing_settings,
)


@dataclass(frozen=True)
class RoutingView:
    settings: RoutingSettings
    teams: tuple[tuple[int, str], ...]  # (id, name) by name
    reps: tuple[RepSettings, ...]  # every active rep, by name


@dataclass(frozen=True)
class RepEdit:
    """One rep's row as edited: ``capacity`` None = the default; regions and industries as typed."""

    rep_id: int
    takes_leads: bool
    capacity: int | None
    regions: tuple[str, ...]
    industries: tuple[str, ...]


@dataclass(frozen=True)
class RoutingEdit:
    method: str
    team_id: int | None
    capacity: int
    reps: tuple[RepEdit, ...]


def load_routing(session: Session) -> RoutingView:
    return RoutingView(routing_settings(session), tuple(active_teams(session)), tuple(rep_settings(session)))


def save_routing(session: Session, edit: RoutingEdit) -> RoutingView:
    set_routing_settings(session, method=edit.method, team_id=edit.team_id, capacity=edit.capacity)
    roles = {rep.rep_id: rep.role for rep in rep_settings(session)}
    for rep in edit.reps:
        routed = roles.get(rep.rep_id) in ROUTED_ROLES
        set_rep_routing(session, rep.rep_id, takes_leads=rep.takes_leads if routed else None,
                        capacity=rep.capacity, regions=rep.regions, industries=rep.industries)
    return load_routing(session)


def save_and_route(session: Session, edit: RoutingEdit, today: date) -> tuple[RoutingView, RoutingResult]:
    save_routing(session, edit)
    result = route_leads(session, today)
    return load_routing(session), result
