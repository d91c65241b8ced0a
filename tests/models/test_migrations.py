from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from salesmgr.models import Base
from salesmgr.models.database import Database, current_revision, head_revision, migrate


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


@pytest.mark.filterwarnings("ignore:.*expression-based index")  # checked on its own below
def test_head_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_downgrade_to_empty_and_upgrade_again(db: Database) -> None:
    assert _tables(db) == set(Base.metadata.tables) | {"alembic_version"}
    migrate(db, "downgrade", "base")
    assert _tables(db) == {"alembic_version"}
    assert current_revision(db) is None
    migrate(db, "upgrade", "head")
    assert current_revision(db) == head_revision()
    assert _tables(db) == set(Base.metadata.tables) | {"alembic_version"}
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM stage_definition").scalar() == 6


def test_the_funnel_index_covers_the_deal_date_expression(db: Database) -> None:
    """Alembic cannot compare expression indexes on SQLite, so this one is checked by its SQL."""
    with db.engine.connect() as connection:
        sql = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = "
                                         "'ix_opportunity_stage_currency_deal_date'").scalar()
    assert sql is not None and "stage_id, currency, coalesce(closed_date, expected_close_date), amount_minor" in sql
    with db.engine.connect() as connection:
        sql = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = "
                                         "'ix_opportunity_owner_deal_date'").scalar()
    assert sql is not None and "owner_id, coalesce(closed_date, expected_close_date), stage_id, currency" in sql
