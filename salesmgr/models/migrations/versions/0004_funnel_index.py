"""An index for the funnel: opportunities per stage and currency by the date a deal is filed under
(closed date, else expected close date), covering the amount, so per-stage totals over a period read the index
alone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NAME = "ix_opportunity_stage_currency_deal_date"


def upgrade() -> None:
    op.create_index(NAME, "opportunity", ["stage_id", "currency", sa.text("coalesce(closed_date, expected_close_date)"),
                                          "amount_minor"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="opportunity")
