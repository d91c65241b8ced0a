"""the roadmap: phases (the seed's three, built in), milestones linked to goals, and pilot teams

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

PHASES = (("foundation", "Solid foundations, better processes"), ("capability", "Stronger skills, data-driven"),
          ("collaboration", "Full collaboration, continuous innovation"))


def upgrade() -> None:
    phase = op.create_table("roadmap_phase",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("builtin_key", sa.String(length=40), nullable=True),
    sa.Column("name", sa.String(length=200), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("start_date", sa.Date(), nullable=True),
    sa.Column("end_date", sa.Date(), nullable=True),
    sa.Column("note", sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_phase")),
    sa.UniqueConstraint("builtin_key", name=op.f("uq_roadmap_phase_builtin_key"))
    )
    op.create_table("roadmap_milestone",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("phase_id", sa.Integer(), nullable=False),
    sa.Column("title", sa.String(length=200), nullable=False),
    sa.Column("owner_text", sa.String(length=120), nullable=True),
    sa.Column("rep_id", sa.Integer(), nullable=True),
    sa.Column("due_date", sa.Date(), nullable=False),
    sa.Column("done_date", sa.Date(), nullable=True),
    sa.Column("note", sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(["phase_id"], ["roadmap_phase.id"], name=op.f("fk_roadmap_milestone_phase_id_roadmap_phase"),
                            ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["rep_id"], ["rep.id"], name=op.f("fk_roadmap_milestone_rep_id_rep"), ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_milestone"))
    )
    with op.batch_alter_table("roadmap_milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roadmap_milestone_phase_id"), ["phase_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_roadmap_milestone_rep_id"), ["rep_id"], unique=False)
    op.create_table("roadmap_milestone_goal",
    sa.Column("milestone_id", sa.Integer(), nullable=False),
    sa.Column("goal_id", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], name=op.f("fk_roadmap_milestone_goal_goal_id_goal"),
                            ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["milestone_id"], ["roadmap_milestone.id"],
                            name=op.f("fk_roadmap_milestone_goal_milestone_id_roadmap_milestone"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("milestone_id", "goal_id", name=op.f("pk_roadmap_milestone_goal"))
    )
    with op.batch_alter_table("roadmap_milestone_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roadmap_milestone_goal_goal_id"), ["goal_id"], unique=False)
    op.create_table("roadmap_pilot",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("team_id", sa.Integer(), nullable=False),
    sa.Column("start_date", sa.Date(), nullable=False),
    sa.Column("metrics", sa.Text(), nullable=False),
    sa.Column("note", sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_roadmap_pilot_team_id_team"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_pilot")),
    sa.UniqueConstraint("team_id", name=op.f("uq_roadmap_pilot_team_id"))
    )
    op.bulk_insert(phase, [{"builtin_key": key, "name": name, "position": i + 1} for i, (key, name) in
                           enumerate(PHASES)])


def downgrade() -> None:
    with op.batch_alter_table("roadmap_milestone_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roadmap_milestone_goal_goal_id"))
    with op.batch_alter_table("roadmap_milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roadmap_milestone_rep_id"))
        batch_op.drop_index(batch_op.f("ix_roadmap_milestone_phase_id"))
    for name in ("roadmap_pilot", "roadmap_milestone_goal", "roadmap_milestone", "roadmap_phase"):
        op.drop_table(name)
