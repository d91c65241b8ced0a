from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from salesmgr.models import Base
from salesmgr.models.database import Database, current_revision, head_revision, migrate


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


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
