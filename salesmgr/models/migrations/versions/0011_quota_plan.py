"""the quota plan: the company's annual targets, locked quarters and the plan's audit log

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("quota_target",
    sa.Column("fiscal_year", sa.Integer(), autoincrement=False, nullable=False),
    sa.Column("amount_minor", sa.BigInteger(), nullable=False),
    sa.Column("currency", sa.String(length=3), nullable=False),
    sa.Column("updated_at", sa.DateTime(), nullable=False),
    sa.Column("updated_by", sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint("fiscal_year", name=op.f("pk_quota_target"))
    )
    op.create_table("quota_lock",
    sa.Column("period", sa.String(length=10), nullable=False),
    sa.Column("locked_at", sa.DateTime(), nullable=False),
    sa.Column("locked_by", sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint("period", name=op.f("pk_quota_lock"))
    )
    op.create_table("quota_audit",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("at", sa.DateTime(), nullable=False),
    sa.Column("actor", sa.String(length=120), nullable=False),
    sa.Column("action", sa.String(length=20), nullable=False),
    sa.Column("period", sa.String(length=10), nullable=True),
    sa.Column("before", sa.Text(), nullable=True),
    sa.Column("after", sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_quota_audit"))
    )
    with op.batch_alter_table("quota_audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quota_audit_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_quota_audit_period"), ["period"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("quota_audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quota_audit_period"))
        batch_op.drop_index(batch_op.f("ix_quota_audit_at"))
    op.drop_table("quota_audit")
    op.drop_table("quota_lock")
    op.drop_table("quota_target")
