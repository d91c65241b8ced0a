from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from salesmgr.models import Rep, Team
from salesmgr.models import database as database_module
from salesmgr.models.database import Database, DatabaseError, current_revision, head_revision, open_database


def test_new_database_is_created_with_pragmas_and_defaults(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        stages = connection.execute(text("SELECT name, kind FROM stage_definition ORDER BY position")).all()
    assert [s.name for s in stages] == ["Lead identified", "Needs confirmed", "Solution demo", "Negotiation",
                                        "Won", "Lost"]
    assert [s.kind for s in stages] == ["open"] * 4 + ["won", "lost"]
    assert current_revision(db) == head_revision()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.session() as session:
        session.add(Rep(name="Ghost", team_id=999))


def test_reopening_is_idempotent_and_keeps_data(db_path: Path, db: Database) -> None:
    with db.session() as session:
        session.add(Team(name="East"))
    db.close()
    again = open_database(db_path)
    with again.session() as session:
        assert session.scalars(select(Team.name)).all() == ["East"]
    assert again.backup_path is None
    again.close()


def _unchanged(path: Path, before: bytes) -> bool:
    return path.read_bytes() == before and not path.with_name(path.name + "-wal").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Quarterly notes, not a database\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a salesmgr database"):
        open_database(path)
    assert _unchanged(path, before)


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a salesmgr database"):
        open_database(path)
    assert _unchanged(path, before)


def test_a_newer_schema_is_refused_untouched(db_path: Path, db: Database) -> None:
    db.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer salesmgr"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_missing_file_is_not_created_when_create_is_false(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="salesmgr init"):
        open_database(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


def test_a_read_only_file_is_refused(db_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    db.close()
    # Tests may run as root, for whom every file is writable: ask os.access the way a normal user would get it.
    real_access = database_module.os.access
    monkeypatch.setattr(database_module.os, "access",
                        lambda p, mode: False if mode == database_module.os.W_OK else real_access(p, mode))
    with pytest.raises(DatabaseError, match="read-only"):
        open_database(db_path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_a_second_instance_is_refused(db_path: Path) -> None:
    first = open_database(db_path, lock=True)
    try:
        with pytest.raises(DatabaseError, match="already open in another salesmgr"):
            open_database(db_path, lock=True)
    finally:
        first.close()
    open_database(db_path, lock=True).close()  # free again once the first one closed


def test_a_bad_url_is_refused() -> None:
    with pytest.raises(DatabaseError):
        open_database("nosuchdriver://user@host/db")


NEXT_REVISION = '''
from __future__ import annotations
import sqlalchemy as sa
from alembic import op
revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None
def upgrade() -> None:
    with op.batch_alter_table("team") as batch:
        batch.add_column(sa.Column("motto", sa.String(80), nullable=True))
def downgrade() -> None:
    with op.batch_alter_table("team") as batch:
        batch.drop_column("motto")
'''


def test_opening_an_older_database_writes_a_backup_then_upgrades(db_path: Path, db: Database, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with db.session() as session:
        session.add(Team(name="East"))
    db.close()
    previous_head = head_revision()
    newer = tmp_path / "migrations"
    shutil.copytree(database_module.MIGRATIONS_DIR, newer)
    (newer / "versions" / "0099_motto.py").write_text(NEXT_REVISION.format(head=head_revision()), encoding="utf-8")
    monkeypatch.setattr(database_module, "MIGRATIONS_DIR", newer)

    upgraded = open_database(db_path)
    assert current_revision(upgraded) == "0099"
    assert upgraded.backup_path is not None and upgraded.backup_path.parent == db_path.parent
    with upgraded.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT name, motto FROM team").all() == [("East", None)]
    upgraded.close()
    with sqlite3.connect(upgraded.backup_path) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (previous_head,)
        assert backup.execute("SELECT name FROM team").fetchall() == [("East",)]
