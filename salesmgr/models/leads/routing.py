"""Routing the leads of routed grades (MQL by default) to reps, and nurturing the others.

Definitions (the settings, load, capacity and eligible reps are ``routing_settings``'s):

* The *candidates* are the leads with status ``new`` or ``nurturing`` whose stored grade's action is ``route``
  (after ``bulk.ensure_scored``), highest score first, then the oldest created (a lead without a created date
  last), then by id. A candidate's owner from an import, if any, is replaced.
* Each candidate goes to one eligible rep below capacity, chosen by the method:
  - ``round_robin``: the reps in a fixed rotation (by id, the order they were added); each lead goes to the next
    rep after the one served last, skipping reps at capacity. The last rep served is kept (``last_rep``), so
    the next run continues the rotation where this one stopped.
  - ``territory`` / ``industry``: among the reps whose regions / industries include the lead's (``fold``:
    ignoring case and surrounding spaces), the least loaded; ties by name. A lead that no rep covers, or
    without a region / industry, stays unassigned with that reason.
  - ``load``: the rep with the fewest open leads; ties by name.
  Loads count the leads assigned earlier in the same run.
* An assigned lead gets its ``owner_id``, status ``assigned`` and ``assigned_on`` = the day of the run.
* Leads with status ``new`` whose grade's action is ``nurture`` become ``nurturing`` (``nurture_below_threshold``).
* A *dry run* works out the same result and changes no lead and no setting (scores may be refreshed: they are
  derived from the leads and the model, not an edit).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import nulls_last, select, update
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.crm import Lead
from salesmgr.models.leads.bulk import ensure_scored
from salesmgr.models.leads.catalogue import fold
from salesmgr.models.leads.entities import LeadScore
from salesmgr.models.leads.routing_settings import (
    ASSIGNED,
    INDUSTRY,
    LOAD,
    ROUND_ROBIN,
    TERRITORY,
    RepSettings,
    check_method,
    last_rep,
    rep_settings,
    routing_settings,
    set_last_rep,
)
from salesmgr.models.leads.spec import ScoringSpec
from salesmgr.models.org import Team

CONTEXT = "LeadRouting"
OPEN_STATUSES = ("new", "nurturing")

NEXT_IN_TURN = QT_TRANSLATE_NOOP("LeadRouting", "round robin: next in turn")
COVERS_REGION = QT_TRANSLATE_NOOP("LeadRouting", "covers region {region}, {load} open leads before")
COVERS_INDUSTRY = QT_TRANSLATE_NOOP("LeadRouting", "covers industry {industry}, {load} open leads before")
FEWEST_OPEN = QT_TRANSLATE_NOOP("LeadRouting", "fewest open leads ({load} before)")
NO_REP = QT_TRANSLATE_NOOP("LeadRouting", "no rep takes leads")
NO_REP_IN_TEAM = QT_TRANSLATE_NOOP("LeadRouting", "no rep of team {team} takes leads")
ALL_AT_CAPACITY = QT_TRANSLATE_NOOP("LeadRouting", "every rep is at capacity")
NO_REGION = QT_TRANSLATE_NOOP("LeadRouting", "the lead has no region")
NO_INDUSTRY = QT_TRANSLATE_NOOP("LeadRouting", "the lead has no industry")
REGION_UNCOVERED = QT_TRANSLATE_NOOP("LeadRouting", "no rep covers region {region}")
INDUSTRY_UNCOVERED = QT_TRANSLATE_NOOP("LeadRouting", "no rep covers industry {industry}")
REGION_FULL = QT_TRANSLATE_NOOP("LeadRouting", "every rep covering region {region} is at capacity")
INDUSTRY_FULL = QT_TRANSLATE_NOOP("LeadRouting", "every rep covering industry {industry} is at capacity")


@dataclass(frozen=True)
class Reason:
    """Why a lead went where it went: an English template and its fields (``text`` in English, ``shown`` in the
    current language)."""

    template: str
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.fields)

    @property
    def shown(self) -> str:
        return translate(CONTEXT, self.template).format(**self.fields)


@dataclass(frozen=True)
class Assignment:
    lead_id: int
    lead: str
    company: str | None
    score: int
    grade: str
    rep_id: int
    rep: str
    reason: Reason


@dataclass(frozen=True)
class Unassigned:
    lead_id: int
    lead: str
    company: str | None
    score: int
    grade: str
    reason: Reason


@dataclass(frozen=True)
class RoutingResult:
    method: str
    team: str | None
    assignments: tuple[Assignment, ...]
    unassigned: tuple[Unassigned, ...]
    nurtured: int
    dry_run: bool


@dataclass(frozen=True)
class Candidate:
    lead_id: int
    name: str
    company: str | None
    region: str | None
    industry: str | None
    score: int
    grade: str


Choice = tuple[RepSettings | None, Reason]


def routed_candidates(session: Session, spec: ScoringSpec) -> list[Candidate]:
    """The leads to route, in the order they are served (see the module)."""
    ranks = spec.routed_ranks()
    if not ranks:
        return []
    query = (select(Lead.id, Lead.name, Lead.company, Lead.region, Lead.industry, LeadScore.score,
                    LeadScore.grade_rank)
             .join(LeadScore, LeadScore.lead_id == Lead.id)
             .where(Lead.status.in_(OPEN_STATUSES), LeadScore.grade_rank.in_(ranks))
             .order_by(LeadScore.score.desc(), nulls_last(Lead.created_date.asc()), Lead.id))
    return [Candidate(row.id, row.name, row.company, row.region, row.industry, row.score,
                      spec.grades[row.grade_rank].name) for row in session.execute(query)]


def nurture_below_threshold(session: Session, spec: ScoringSpec | None = None, *, dry_run: bool = False) -> int:
    """Move the new leads whose grade's action is nurture to status nurturing; returns how many."""
    spec = spec or ensure_scored(session)
    ranks = [rank for rank in range(len(spec.grades)) if rank not in spec.routed_ranks()]
    if not ranks:
        return 0
    ids = list(session.scalars(select(Lead.id).join(LeadScore, LeadScore.lead_id == Lead.id)
                               .where(Lead.status == "new", LeadScore.grade_rank.in_(ranks))))
    if ids and not dry_run:
        for start in range(0, len(ids), 500):
            session.execute(update(Lead).where(Lead.id.in_(ids[start:start + 500])).values(status="nurturing"))
        session.flush()
    return len(ids)


class _Router:
    """The state of one run: the eligible reps, their loads so far and the rotation."""

    def __init__(self, reps: list[RepSettings], pointer: int | None) -> None:
        self.reps = sorted(reps, key=lambda rep: rep.rep_id)
        self.load = {rep.rep_id: rep.load for rep in reps}
        self.pointer = pointer

    def has_room(self, rep: RepSettings) -> bool:
        return self.load[rep.rep_id] < rep.limit

    def take(self, rep: RepSettings) -> None:
        self.load[rep.rep_id] += 1

    def least_loaded(self, reps: list[RepSettings]) -> RepSettings:
        return min(reps, key=lambda rep: (self.load[rep.rep_id], rep.name.casefold(), rep.rep_id))

    def round_robin(self, _lead: Candidate) -> Choice:
        after = [rep for rep in self.reps if self.pointer is None or rep.rep_id > self.pointer]
        before = [rep for rep in self.reps if rep not in after]
        for rep in after + before:
            if self.has_room(rep):
                self.pointer = rep.rep_id
                return rep, Reason(NEXT_IN_TURN)
        return None, Reason(ALL_AT_CAPACITY)

    def by_load(self, _lead: Candidate) -> Choice:
        open_reps = [rep for rep in self.reps if self.has_room(rep)]
        if not open_reps:
            return None, Reason(ALL_AT_CAPACITY)
        rep = self.least_loaded(open_reps)
        return rep, Reason(FEWEST_OPEN, {"load": self.load[rep.rep_id]})

    def by_region(self, lead: Candidate) -> Choice:
        return self._covering(lead.region, lambda rep: rep.regions, "region",
                              (NO_REGION, REGION_UNCOVERED, REGION_FULL, COVERS_REGION))

    def by_industry(self, lead: Candidate) -> Choice:
        return self._covering(lead.industry, lambda rep: rep.industries, "industry",
                              (NO_INDUSTRY, INDUSTRY_UNCOVERED, INDUSTRY_FULL, COVERS_INDUSTRY))

    def _covering(self, value: str | None, covered: Callable[[RepSettings], tuple[str, ...]], name: str,
                  reasons: tuple[str, str, str, str]) -> Choice:
        missing, uncovered, full, covers = reasons
        if value is None or not value.strip():
            return None, Reason(missing)
        wanted, shown = fold(value), value.strip()
        matching = [rep for rep in self.reps if wanted in {fold(item) for item in covered(rep)}]
        if not matching:
            return None, Reason(uncovered, {name: shown})
        open_reps = [rep for rep in matching if self.has_room(rep)]
        if not open_reps:
            return None, Reason(full, {name: shown})
        rep = self.least_loaded(open_reps)
        return rep, Reason(covers, {name: shown, "load": self.load[rep.rep_id]})

    def chooser(self, method: str) -> Callable[[Candidate], Choice]:
        return {ROUND_ROBIN: self.round_robin, TERRITORY: self.by_region, INDUSTRY: self.by_industry,
                LOAD: self.by_load}[method]


def route_leads(session: Session, today: date, method: str | None = None, team_id: int | None = None,
                dry_run: bool = False) -> RoutingResult:
    """Assign the candidates to reps by ``method`` within ``team_id`` (the settings' when None), nurture the
    leads below the routed grades, and say who got which lead and why the others were left (see the module).
    A dry run writes nothing at all: even the scores it refreshes to decide are rolled back."""
    if dry_run:
        savepoint = session.begin_nested()
        try:
            return _route(session, today, method, team_id, dry_run=True)
        finally:
            savepoint.rollback()
    return _route(session, today, method, team_id, dry_run=False)


def _route(session: Session, today: date, method: str | None, team_id: int | None, *,
           dry_run: bool) -> RoutingResult:
    spec = ensure_scored(session, today)
    settings = routing_settings(session)
    method = check_method(method) if method is not None else settings.method
    team_id = team_id if team_id is not None else settings.team_id
    team = session.get(Team, team_id) if team_id is not None else None
    reps = [rep for rep in rep_settings(session, team_id) if rep.eligible]
    router = _Router(reps, last_rep(session))
    choose = router.chooser(method)
    assigned: list[Assignment] = []
    left: list[Unassigned] = []
    for lead in routed_candidates(session, spec):
        rep, reason = choose(lead) if reps else (None, _nobody(team))
        if rep is None:
            left.append(Unassigned(lead.lead_id, lead.name, lead.company, lead.score, lead.grade, reason))
            continue
        router.take(rep)
        assigned.append(Assignment(lead.lead_id, lead.name, lead.company, lead.score, lead.grade, rep.rep_id,
                                   rep.name, reason))
    nurtured = nurture_below_threshold(session, spec, dry_run=dry_run)
    if not dry_run:
        _save(session, assigned, today)
        if method == ROUND_ROBIN and router.pointer is not None and assigned:
            set_last_rep(session, router.pointer)
    return RoutingResult(method, team.name if team is not None else None, tuple(assigned), tuple(left),
                         nurtured, dry_run)


def _nobody(team: Team | None) -> Reason:
    return Reason(NO_REP_IN_TEAM, {"team": team.name}) if team is not None else Reason(NO_REP)


def _save(session: Session, assigned: list[Assignment], today: date) -> None:
    for assignment in assigned:
        session.execute(update(Lead).where(Lead.id == assignment.lead_id)
                        .values(owner_id=assignment.rep_id, status=ASSIGNED, assigned_on=today))
    session.flush()
