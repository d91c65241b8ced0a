"""bonus plans, CSAT responses, training, adjustments, approvals and the bonus audit log

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("bonus_plan",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("period", sa.String(length=10), nullable=False),
    sa.Column("data", sa.Text(), nullable=False),
    sa.Column("updated_at", sa.DateTime(), nullable=False),
    sa.Column("updated_by", sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_plan")),
    sa.UniqueConstraint("period", name=op.f("uq_bonus_plan_period"))
    )
    op.create_table("csat_response",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("account_id", sa.Integer(), nullable=True),
    sa.Column("rep_id", sa.Integer(), nullable=True),
    sa.Column("responded_on", sa.Date(), nullable=False),
    sa.Column("score_centi", sa.Integer(), nullable=False),
    sa.Column("comment", sa.Text(), nullable=True),
    sa.Column("external_id", sa.String(length=80), nullable=True),
    sa.Column("source_system", sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_csat_response_account_id_account"),
                            ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["rep_id"], ["rep.id"], name=op.f("fk_csat_response_rep_id_rep"), ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_csat_response"))
    )
    with op.batch_alter_table("csat_response", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_csat_response_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_csat_response_rep_id"), ["rep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_csat_response_responded_on"), ["responded_on"], unique=False)
        batch_op.create_index("ix_csat_response_source_external", ["source_system", "external_id"], unique=True)

    op.create_table("training_session",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=200), nullable=False),
    sa.Column("held_on", sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session"))
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_session_held_on"), ["held_on"], unique=False)

    op.create_table("training_attendance",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("session_id", sa.Integer(), nullable=False),
    sa.Column("rep_id", sa.Integer(), nullable=False),
    sa.Column("attended", sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(["rep_id"], ["rep.id"], name=op.f("fk_training_attendance_rep_id_rep"),
                            ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["session_id"], ["training_session.id"],
                            name=op.f("fk_training_attendance_session_id_training_session"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attendance"))
    )
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_attendance_rep_id"), ["rep_id"], unique=False)
        batch_op.create_index("ix_training_attendance_session_rep", ["session_id", "rep_id"], unique=True)

    op.create_table("bonus_adjustment",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("period", sa.String(length=10), nullable=False),
    sa.Column("rep_id", sa.Integer(), nullable=False),
    sa.Column("amount_minor", sa.BigInteger(), nullable=False),
    sa.Column("currency", sa.String(length=3), nullable=False),
    sa.Column("reason", sa.Text(), nullable=False),
    sa.Column("made_by", sa.String(length=120), nullable=False),
    sa.Column("made_at", sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(["rep_id"], ["rep.id"], name=op.f("fk_bonus_adjustment_rep_id_rep"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_adjustment"))
    )
    with op.batch_alter_table("bonus_adjustment", schema=None) as batch_op:
        batch_op.create_index("ix_bonus_adjustment_period_rep", ["period", "rep_id"], unique=False)

    op.create_table("bonus_approval",
    sa.Column("period", sa.String(length=10), nullable=False),
    sa.Column("approved_at", sa.DateTime(), nullable=False),
    sa.Column("approved_by", sa.String(length=120), nullable=False),
    sa.Column("snapshot", sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint("period", name=op.f("pk_bonus_approval"))
    )
    op.create_table("bonus_audit",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("at", sa.DateTime(), nullable=False),
    sa.Column("actor", sa.String(length=120), nullable=False),
    sa.Column("action", sa.String(length=20), nullable=False),
    sa.Column("period", sa.String(length=10), nullable=True),
    sa.Column("before", sa.Text(), nullable=True),
    sa.Column("after", sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_audit"))
    )
    with op.batch_alter_table("bonus_audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bonus_audit_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_bonus_audit_period"), ["period"], unique=False)


def downgrade() -> None:
    for name in ("bonus_audit", "bonus_approval", "bonus_adjustment", "training_attendance", "training_session",
                 "csat_response", "bonus_plan"):
        op.drop_table(name)
