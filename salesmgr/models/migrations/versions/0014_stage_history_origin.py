"""Stage history entries carry their origin (a user's move, derived by the opportunity import, or imported from
a CRM's stage history) and, when imported, the CRM's id of the history row.

Entries already there are a user's, except those the opportunity import derived before: an entry of a deal that
came from a CRM (it has an external id) at midnight of the deal's created or closed date, which is what that
import wrote. An import's "seen in a new stage now" entries cannot be told from a user's move and stay "user".

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""
from __future__ import annotations

from datetime import date, datetime, time

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stage_history") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=10), server_default="user", nullable=False))
        batch.add_column(sa.Column("external_id", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("source_system", sa.String(length=40), nullable=True))
        batch.create_check_constraint(op.f("ck_stage_history_origin"), "origin IN ('user', 'derived', 'imported')")
        batch.create_index("ix_stage_history_source_external", ["source_system", "external_id"], unique=True)
    _mark_derived(op.get_bind())


def _mark_derived(connection: sa.Connection) -> None:
    """Read and written through SQLAlchemy, so that every engine compares the same dates."""
    history = sa.table("stage_history", sa.column("id", sa.Integer()), sa.column("opportunity_id", sa.Integer()),
                       sa.column("entered_at", sa.DateTime()), sa.column("origin", sa.String()))
    deals = sa.table("opportunity", sa.column("id", sa.Integer()), sa.column("external_id", sa.String()),
                     sa.column("created_date", sa.Date()), sa.column("closed_date", sa.Date()))
    rows = connection.execute(
        sa.select(history.c.id, history.c.entered_at, deals.c.created_date, deals.c.closed_date)
        .join(deals, deals.c.id == history.c.opportunity_id).where(deals.c.external_id.is_not(None))).all()
    derived = [row.id for row in rows if _is_derived(row.entered_at, row.created_date, row.closed_date)]
    for start in range(0, len(derived), 500):
        connection.execute(history.update().where(history.c.id.in_(derived[start:start + 500]))
                           .values(origin="derived"))


def _is_derived(entered: datetime | None, created: date | None, closed: date | None) -> bool:
    return entered is not None and entered in {datetime.combine(day, time()) for day in (created, closed) if day}


def downgrade() -> None:
    with op.batch_alter_table("stage_history") as batch:
        batch.drop_index("ix_stage_history_source_external")
        batch.drop_constraint(op.f("ck_stage_history_origin"), type_="check")
        batch.drop_column("source_system")
        batch.drop_column("external_id")
        batch.drop_column("origin")
