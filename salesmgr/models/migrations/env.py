"""Alembic environment: always run with a connection handed over by salesmgr.models.database."""
from __future__ import annotations

import warnings

from alembic import context
from sqlalchemy.exc import SAWarning

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
# A batch migration reflects the tables it copies; SQLAlchemy cannot reflect the expression indexes of
# ``opportunity`` and says so on stderr, although the migrations recreate those indexes themselves.
with warnings.catch_warnings(), context.begin_transaction():
    warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index", SAWarning)
    context.run_migrations()
