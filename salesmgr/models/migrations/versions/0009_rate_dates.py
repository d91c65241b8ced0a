"""Exchange rates carry the date of the rate (``rated_on``); a rate entered before gets the date it was last
updated (read and written through SQLAlchemy, so that every engine gets the same date).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_rate") as batch:
        batch.add_column(sa.Column("rated_on", sa.Date(), nullable=True))
    rates = sa.table("exchange_rate", sa.column("currency", sa.String()), sa.column("updated_at", sa.DateTime()),
                     sa.column("rated_on", sa.Date()))
    connection = op.get_bind()
    for currency, updated_at in connection.execute(sa.select(rates.c.currency, rates.c.updated_at)).all():
        connection.execute(rates.update().where(rates.c.currency == currency).values(rated_on=updated_at.date()))
    with op.batch_alter_table("exchange_rate") as batch:
        batch.alter_column("rated_on", existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("exchange_rate") as batch:
        batch.drop_column("rated_on")
