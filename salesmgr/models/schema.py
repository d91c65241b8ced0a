"""A new database made in one go: every table, index and constraint from the models' metadata (``create_all``),
the rows the migrations seed (the default pipeline stages, the base currency, the database's identity, the
roadmap's three phases), then the Alembic stamp of the head revision. Replaying every migration one by one gives
the same database (``tests/models/test_migrations.py`` compares the two, schema and rows) at about twice the cost;
an existing database is still migrated. Later migrations start from the stamp as from any migrated database.
"""
from __future__ import annotations

import uuid

from sqlalchemy import Connection, insert

from salesmgr.models.base import Base
from salesmgr.models.config import Setting
from salesmgr.models.currency import BASE_CURRENCY_KEY
from salesmgr.models.goals.roadmap import BUILTIN_PHASES, Phase
from salesmgr.models.identity import KEY as DATABASE_ID_KEY
from salesmgr.models.pipeline.entities import StageDefinition

# builtin key, name, kind, probability %, entry criteria, exit criteria: what migrations 0001 and 0008 make
DEFAULT_STAGES = (
    ("lead_identified", "Lead identified", "open", 10, "Company and contact identified\nFits the ideal customer "
     "profile", "Customer agreed to a needs discussion"),
    ("needs_confirmed", "Needs confirmed", "open", 30, "Customer agreed to a needs discussion",
     "Customer confirmed the core needs\nDecision maker and budget known"),
    ("solution_demo", "Solution demo", "open", 50, "Customer confirmed the core needs",
     "Customer accepts the proposed solution\nCustomer agrees to start commercial negotiation"),
    ("negotiation", "Negotiation", "open", 75, "Customer accepts the proposed solution",
     "Contract terms agreed\nDelivery feasibility confirmed with the product team"),
    ("won", "Won", "won", 100, "Contract signed", ""),
    ("lost", "Lost", "lost", 0, "Loss reason recorded", ""),
)
DEFAULT_BASE_CURRENCY = "CNY"


def create_schema(connection: Connection) -> None:
    """Create every table of an empty database and seed it, inside the connection's transaction (the caller
    stamps the revision and commits)."""
    Base.metadata.create_all(connection)
    connection.execute(insert(StageDefinition), [
        {"builtin_key": key, "name": name, "position": position, "kind": kind, "default_probability": probability,
         "entry_criteria": entry, "exit_criteria": exit_}
        for position, (key, name, kind, probability, entry, exit_) in enumerate(DEFAULT_STAGES, start=1)])
    connection.execute(insert(Setting), [{"key": BASE_CURRENCY_KEY, "value": DEFAULT_BASE_CURRENCY},
                                         {"key": DATABASE_ID_KEY, "value": uuid.uuid4().hex[:12]}])
    connection.execute(insert(Phase), [{"builtin_key": key, "name": name, "position": position}
                                       for position, (key, name) in enumerate(BUILTIN_PHASES.items(), start=1)])
