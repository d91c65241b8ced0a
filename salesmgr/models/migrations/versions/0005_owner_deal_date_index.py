"""An index for metrics narrowed to a team or a rep: opportunities per owner by the date a deal is filed under
(closed date, else expected close date), covering stage, currency and amount, so a team's funnel over a period
reads the index alone instead of every deal of the period.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NAME = "ix_opportunity_owner_deal_date"


def upgrade() -> None:
    op.create_index(NAME, "opportunity", ["owner_id", sa.text("coalesce(closed_date, expected_close_date)"),
                                          "stage_id", "currency", "amount_minor"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="opportunity")
