"""Alembic environment: always run with a connection handed over by salesmgr.models.database."""
from __future__ import annotations

from alembic import context

from salesmgr.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through salesmgr.models.database, which supplies a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
