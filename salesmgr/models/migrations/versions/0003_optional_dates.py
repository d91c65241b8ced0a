"""Dates a CRM export may not carry become optional: an opportunity's or lead's created date, an activity's
logged time. Missing data stays missing (the completeness KPI reports it) instead of being invented.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = (("opportunity", "created_date", sa.Date()), ("lead", "created_date", sa.Date()),
           ("activity", "logged_at", sa.DateTime()))


def upgrade() -> None:
    for table, column, type_ in COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, existing_type=type_, nullable=True)


def downgrade() -> None:
    # Rows imported without the value get the best stand-in available before the column is required again.
    op.execute("UPDATE opportunity SET created_date = COALESCE(engaged_date, expected_close_date, closed_date, "
               "DATE('now')) WHERE created_date IS NULL")
    op.execute("UPDATE lead SET created_date = DATE('now') WHERE created_date IS NULL")
    op.execute("UPDATE activity SET logged_at = occurred_at WHERE logged_at IS NULL")
    for table, column, type_ in COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, existing_type=type_, nullable=False)
