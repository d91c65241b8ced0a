"""goals, their manual actuals, NPS survey responses, and a certification result on training attendance

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("goal",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("dimension", sa.String(length=20), nullable=False),
    sa.Column("metric", sa.String(length=40), nullable=False),
    sa.Column("parameters", sa.Text(), nullable=False),
    sa.Column("owner_type", sa.String(length=10), nullable=False),
    sa.Column("team_id", sa.Integer(), nullable=True),
    sa.Column("rep_id", sa.Integer(), nullable=True),
    sa.Column("period", sa.String(length=10), nullable=False),
    sa.Column("baseline", sa.String(length=40), nullable=False),
    sa.Column("target", sa.String(length=40), nullable=False),
    sa.Column("direction", sa.String(length=6), nullable=False),
    sa.Column("note", sa.Text(), nullable=True),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.CheckConstraint("dimension IN ('financial', 'customer', 'operations', 'team')",
                       name=op.f("ck_goal_dimension")),
    sa.CheckConstraint("owner_type IN ('company', 'team', 'rep')", name=op.f("ck_goal_owner_type")),
    sa.CheckConstraint("direction IN ('higher', 'lower')", name=op.f("ck_goal_direction")),
    sa.ForeignKeyConstraint(["rep_id"], ["rep.id"], name=op.f("fk_goal_rep_id_rep"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_goal_team_id_team"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_goal"))
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_period"), ["period"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_rep_id"), ["rep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_team_id"), ["team_id"], unique=False)

    op.create_table("goal_actual",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("goal_id", sa.Integer(), nullable=False),
    sa.Column("value", sa.String(length=40), nullable=False),
    sa.Column("recorded_on", sa.Date(), nullable=False),
    sa.Column("note", sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], name=op.f("fk_goal_actual_goal_id_goal"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_actual"))
    )
    with op.batch_alter_table("goal_actual", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_actual_goal_id"), ["goal_id"], unique=False)

    op.create_table("nps_response",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("account_id", sa.Integer(), nullable=True),
    sa.Column("rep_id", sa.Integer(), nullable=True),
    sa.Column("responded_on", sa.Date(), nullable=False),
    sa.Column("score", sa.Integer(), nullable=False),
    sa.Column("comment", sa.Text(), nullable=True),
    sa.Column("external_id", sa.String(length=80), nullable=True),
    sa.Column("source_system", sa.String(length=40), nullable=True),
    sa.CheckConstraint("score >= 0 AND score <= 10", name=op.f("ck_nps_response_score")),
    sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_nps_response_account_id_account"),
                            ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["rep_id"], ["rep.id"], name=op.f("fk_nps_response_rep_id_rep"), ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_nps_response"))
    )
    with op.batch_alter_table("nps_response", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nps_response_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_nps_response_rep_id"), ["rep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_nps_response_responded_on"), ["responded_on"], unique=False)
        batch_op.create_index("ix_nps_response_source_external", ["source_system", "external_id"], unique=True)

    with op.batch_alter_table("training_attendance") as batch_op:
        batch_op.add_column(sa.Column("passed", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("training_attendance") as batch_op:
        batch_op.drop_column("passed")
    for name in ("nps_response", "goal_actual", "goal"):
        op.drop_table(name)
