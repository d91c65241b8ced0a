"""A random identity for each database, so that the records salesmgr created can be exported with their own ids
("salesmgr:<identity>" as their source) and matched again on import into the same database only: an export from
another database never overwrites records that happen to share an id.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""
from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEY = "database.id"


def upgrade() -> None:
    connection = op.get_bind()
    found = connection.execute(sa.text("SELECT value FROM setting WHERE key = :key"), {"key": KEY}).first()
    if found is None:
        connection.execute(sa.text("INSERT INTO setting (key, value) VALUES (:key, :value)"),
                           {"key": KEY, "value": uuid.uuid4().hex[:12]})


def downgrade() -> None:
    op.get_bind().execute(sa.text("DELETE FROM setting WHERE key = :key"), {"key": KEY})
