"""builtin_key on stage_definition: the default stages nobody renamed, so that they are shown in the interface
language (salesmgr.models.pipeline.builtin).

A stage gets its key when its name and kind are still those the first migration gave it (names compared
exactly). Its criteria do not matter: default checklist items are translated line by line wherever they are.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# key, English name and kind of each stage 0001 created (a copy: a migration never imports the app's models)
DEFAULT_STAGES = (
    ("lead_identified", "Lead identified", "open"),
    ("needs_confirmed", "Needs confirmed", "open"),
    ("solution_demo", "Solution demo", "open"),
    ("negotiation", "Negotiation", "open"),
    ("won", "Won", "won"),
    ("lost", "Lost", "lost"),
)


def upgrade() -> None:
    with op.batch_alter_table("stage_definition", schema=None) as batch_op:
        batch_op.add_column(sa.Column("builtin_key", sa.String(length=40), nullable=True))
        batch_op.create_index("ix_stage_definition_builtin_key", ["builtin_key"], unique=True)
    connection = op.get_bind()
    for key, name, kind in DEFAULT_STAGES:
        connection.execute(sa.text("UPDATE stage_definition SET builtin_key = :key "
                                   "WHERE name = :name AND kind = :kind AND builtin_key IS NULL"),
                           {"key": key, "name": name, "kind": kind})


def downgrade() -> None:
    with op.batch_alter_table("stage_definition", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_definition_builtin_key")
        batch_op.drop_column("builtin_key")
