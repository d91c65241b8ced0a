"""The competitor library: competitors with their strengths, weaknesses and our answers, the opportunities where
each appeared, and the win rate against each.

Definitions:

* A competitor's deals are the opportunities linked to it (``opportunity_competitor``); each counts as won,
  lost or open by its stage's kind.
* *Win rate against a competitor* = won / (won + lost) among its deals, to 4 places; None (shown as missing)
  while none of them is closed.
* Names are unique ignoring case; ``find_competitor`` finds one by its name ignoring case, else by the only
  name containing the text, else refuses listing the close matches.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.customers.kb_entities import Competitor, OpportunityCompetitor
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.pipeline.builtin import stage_label
from salesmgr.models.pipeline.entities import StageDefinition

NAME_CHARS = 120
RATE_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class CompetitorRow:
    id: int
    name: str
    website: str | None
    strengths: str
    weaknesses: str
    answers: str
    won: int
    lost: int
    open: int
    win_rate: Decimal | None  # won / (won + lost); None while none is closed

    @property
    def deals(self) -> int:
        return self.won + self.lost + self.open


@dataclass(frozen=True)
class CompetitorDeal:
    id: int
    name: str
    account: str | None
    stage: str
    outcome: str  # "won", "lost" or "open"


@dataclass(frozen=True)
class CompetitorEdit:
    name: str
    website: str | None = None
    strengths: str = ""
    weaknesses: str = ""
    answers: str = ""


def win_rate(won: int, lost: int) -> Decimal | None:
    """won / (won + lost) to 4 places; None when nothing is closed."""
    closed = won + lost
    return (Decimal(won) / Decimal(closed)).quantize(RATE_PLACES) if closed else None


def competitor_rows(session: Session) -> list[CompetitorRow]:
    """Every competitor with its deal counts and win rate, by name."""
    counts: dict[int, dict[str, int]] = {}
    query = (select(OpportunityCompetitor.competitor_id, StageDefinition.kind, func.count())
             .join(Opportunity, Opportunity.id == OpportunityCompetitor.opportunity_id)
             .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .group_by(OpportunityCompetitor.competitor_id, StageDefinition.kind))
    for competitor_id, kind, number in session.execute(query):
        counts.setdefault(competitor_id, {})[kind] = number
    rows = []
    for row in session.scalars(select(Competitor).order_by(func.lower(Competitor.name), Competitor.id)):
        found = counts.get(row.id, {})
        won, lost, open_ = found.get("won", 0), found.get("lost", 0), found.get("open", 0)
        rows.append(CompetitorRow(row.id, row.name, row.website, row.strengths or "", row.weaknesses or "",
                                  row.answers or "", won, lost, open_, win_rate(won, lost)))
    return rows


def competitor(session: Session, competitor_id: int) -> CompetitorRow:
    """One competitor's row; a missing one is refused."""
    found = next((row for row in competitor_rows(session) if row.id == competitor_id), None)
    if found is None:
        raise NotFoundError("There is no competitor {id}.", id=competitor_id)
    return found


def competitor_deals(session: Session, competitor_id: int) -> list[CompetitorDeal]:
    """The opportunities where the competitor appeared, newest first."""
    query = (select(Opportunity.id, Opportunity.name, Account.name.label("account"), StageDefinition.name.label(
        "stage"), StageDefinition.builtin_key, StageDefinition.kind)
             .join(OpportunityCompetitor, OpportunityCompetitor.opportunity_id == Opportunity.id)
             .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .outerjoin(Account, Account.id == Opportunity.account_id)
             .where(OpportunityCompetitor.competitor_id == competitor_id).order_by(Opportunity.id.desc()))
    return [CompetitorDeal(row.id, row.name, row.account, stage_label(row.stage, row.builtin_key), row.kind)
            for row in session.execute(query)]


def opportunity_competitors(session: Session, opportunity_id: int) -> list[tuple[int, str]]:
    """``(id, name)`` of the competitors linked to an opportunity, by name."""
    query = (select(Competitor.id, Competitor.name)
             .join(OpportunityCompetitor, OpportunityCompetitor.competitor_id == Competitor.id)
             .where(OpportunityCompetitor.opportunity_id == opportunity_id).order_by(Competitor.name))
    return [(row.id, row.name) for row in session.execute(query)]


def save_competitor(session: Session, edit: CompetitorEdit, competitor_id: int | None = None) -> int:
    """Create (no ``competitor_id``) or update a competitor; returns its id. A name in use is refused."""
    name = " ".join(edit.name.split())
    if not name:
        raise ValidationError("Give the competitor a name.")
    if len(name) > NAME_CHARS:
        raise ValidationError("The {field} is too long: at most {limit} characters.", field="name", limit=NAME_CHARS)
    clash = session.scalar(select(Competitor.id).where(func.lower(Competitor.name) == name.lower(),
                                                       Competitor.id != (competitor_id or 0)))
    if clash is not None:
        raise ValidationError("There is already a competitor called {name}.", name=name)
    row = Competitor() if competitor_id is None else session.get(Competitor, competitor_id)
    if row is None:
        raise NotFoundError("There is no competitor {id}.", id=competitor_id)
    row.name, row.website = name, (edit.website or "").strip() or None
    row.strengths, row.weaknesses, row.answers = edit.strengths, edit.weaknesses, edit.answers
    session.add(row)
    session.flush()
    return row.id


def delete_competitor(session: Session, competitor_id: int) -> None:
    row = session.get(Competitor, competitor_id)
    if row is None:
        raise NotFoundError("There is no competitor {id}.", id=competitor_id)
    session.execute(delete(OpportunityCompetitor).where(OpportunityCompetitor.competitor_id == competitor_id))
    session.delete(row)


def link_opportunity(session: Session, competitor_id: int, opportunity_id: int, *, linked: bool = True) -> None:
    """Record (or with ``linked=False`` remove) that the competitor appeared in the opportunity."""
    if session.get(Competitor, competitor_id) is None:
        raise NotFoundError("There is no competitor {id}.", id=competitor_id)
    if session.get(Opportunity, opportunity_id) is None:
        raise NotFoundError("There is no opportunity {id}.", id=opportunity_id)
    present = session.get(OpportunityCompetitor, (opportunity_id, competitor_id))
    if linked and present is None:
        session.add(OpportunityCompetitor(opportunity_id=opportunity_id, competitor_id=competitor_id))
    elif not linked and present is not None:
        session.delete(present)
    session.flush()


def find_competitor(session: Session, name: str) -> int:
    """A competitor by name (see the module)."""
    names = {row.id: row.name for row in session.execute(select(Competitor.id, Competitor.name))}
    wanted = name.strip().casefold()
    exact = [key for key, value in names.items() if value.casefold() == wanted]
    if exact:
        return exact[0]
    part = [key for key, value in names.items() if wanted and wanted in value.casefold()]
    if len(part) == 1:
        return part[0]
    if part:
        raise NotFoundError("more than one competitor's name contains {name}: {matches}; give more of the name",
                            name=name, matches=", ".join(sorted(names[key] for key in part)))
    close = difflib.get_close_matches(name, list(names.values()), n=5, cutoff=0.4)
    raise NotFoundError("no competitor called {name}; close matches: {matches}", name=name,
                        matches=", ".join(close) or "-")
