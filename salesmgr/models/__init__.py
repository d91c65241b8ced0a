"""Entities, database setup and domain computations. Never imports Qt."""
from __future__ import annotations

from salesmgr.models.base import Base
from salesmgr.models.bonus import entities as _bonus_entities  # noqa: F401  (registers the bonus tables)
from salesmgr.models.config import ExchangeRate, Setting
from salesmgr.models.crm import Account, Activity, Contact, Lead, Opportunity
from salesmgr.models.customers import entities as _customers  # noqa: F401  (tickets, usage, hand-offs, journey)
from salesmgr.models.customers import kb_entities as _knowledge  # noqa: F401  (knowledge base, competitors)
from salesmgr.models.goals import goals as _goal_entities  # noqa: F401  (registers the goal tables)
from salesmgr.models.goals import quota_tables as _quota_tables  # noqa: F401  (the quota plan's tables)
from salesmgr.models.goals import roadmap as _roadmap  # noqa: F401  (the roadmap's phases, milestones, pilots)
from salesmgr.models.leads import entities as _leads  # noqa: F401  (scoring models, behaviours, lead scores)
from salesmgr.models.onboarding import entities as _onboarding  # noqa: F401  (templates, plans, tasks, reviews)
from salesmgr.models.org import Quota, Rep, Team
from salesmgr.models.pipeline.entities import StageDefinition, StageHistory

__all__ = [
    "Account", "Activity", "Base", "Contact", "ExchangeRate", "Lead", "Opportunity", "Quota", "Rep",
    "Setting", "StageDefinition", "StageHistory", "Team",
]
