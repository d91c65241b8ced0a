"""Hand-made leads, teams and reps for the routing tests.

Scores under the seed's default model (no decay): white paper 10, webinar 20, pricing page 20, industry 科技 or
金融 15, more than 1000 employees 10; 50 or more is MQL (routed), 30 or more SQL, else Lead (both nurtured).
``MQL`` = all three behaviours = 50; ``SQL`` = webinar + pricing page = 40; ``LEAD`` = webinar = 20.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from salesmgr.models import Lead, Rep, Team
from salesmgr.models.leads.entities import LeadBehaviour

MQL = ("white_paper", "webinar", "pricing_page")
SQL = ("webinar", "pricing_page")
LEAD = ("webinar",)
DAY = date(2026, 11, 2)


def add_team(session: Session, name: str) -> Team:
    team = Team(name=name)
    session.add(team)
    session.flush()
    return team


def add_rep(session: Session, name: str, team: Team | None = None, role: str = "rep",
            active: bool = True) -> Rep:
    rep = Rep(name=name, team_id=team.id if team is not None else None, role=role, active=active)
    session.add(rep)
    session.flush()
    return rep


def add_lead(session: Session, name: str, behaviours: Sequence[str] = MQL, *, created: date = DAY,
             status: str = "new", industry: str | None = None, region: str | None = None,
             company_size: int | None = None, owner: Rep | None = None, email: str | None = None) -> Lead:
    lead = Lead(name=name, company=f"{name} Ltd", email=email, status=status, industry=industry, region=region,
                company_size=company_size, created_date=created, owner_id=owner.id if owner else None)
    session.add(lead)
    session.flush()
    session.add_all(LeadBehaviour(lead_id=lead.id, behaviour=key, occurred_on=created) for key in behaviours)
    session.flush()
    return lead
