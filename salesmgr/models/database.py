"""Opening a salesmgr database: find it, check it, lock it, migrate it (with a backup), hand out Sessions. A new
(empty) database is created at the newest schema in one go (``schema.create_schema``) and stamped, not migrated.

Every failure a user can cause (a file that is not a database, a newer schema, a read-only place, a second
instance) raises ``DatabaseError`` with one line that says what to do, before anything is written.

Engine-specific SQL and connection settings (those of SQLite, foreign keys off during a migration) are in
``salesmgr.models.dialect``. What stays here with the ``sqlite3`` module is about a SQLite *file* given as a path,
not about SQL sent through the engine: whether the file is an SQLite database at all (its header), reading its
tables and schema revision before any engine touches it (a plain connection changes nothing in the file, where
the engine's connection settings would switch it to WAL), and copying it with SQLite's backup API.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker  # Session: also the type the views and their loaders name

from salesmgr.models import clock
from salesmgr.models.dialect import configure_engine, connect_args, foreign_keys_off
from salesmgr.models.errors import UserError
from salesmgr.models.locking import InstanceLock, LockedError
from salesmgr.models.schema import create_schema
from salesmgr.paths import DB_ENV_VAR, default_db_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(UserError):
    """A database that cannot be used; the message is one line for the user."""


@dataclass
class Database:
    url: str
    engine: Engine
    path: Path | None = None
    lock: InstanceLock | None = None
    backup_path: Path | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def label(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session for one operation: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self.lock:
            self.lock.release()
            self.lock = None


def resolve_target(target: str | os.PathLike[str] | None) -> str:
    """``--db`` value, else ``SALESMGR_DB``, else the default file in the user's data folder."""
    chosen = target or os.environ.get(DB_ENV_VAR) or default_db_path()
    return str(chosen)


def to_url(target: str) -> tuple[str, Path | None]:
    """A path or SQLAlchemy URL -> (URL, file path if it is an SQLite file)."""
    if "://" not in target:
        path = Path(target).expanduser().resolve()
        return f"sqlite:///{path.as_posix()}", path
    try:
        url = make_url(target)
    except ArgumentError as exc:
        raise DatabaseError("{target} is not a database path or URL; give a file path or a URL such as "
                            "sqlite:///sales.sqlite", target=target) from exc
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return target, Path(url.database).expanduser().resolve()
    return target, None


def open_database(target: str | os.PathLike[str] | None = None, *, create: bool = True,
                  lock: bool = False, migrate: bool = True) -> Database:
    """Open (and by default create and upgrade) the database named by ``target``."""
    url, path = to_url(resolve_target(target))
    if path is not None:
        _check_file(path, create=create)
    instance_lock = _take_lock(path) if lock and path is not None else None
    try:
        if migrate and path is not None:
            _check_schema(str(path), *_inspect_sqlite_file(path))
        engine = _make_engine(url)
        db = Database(url=url, engine=engine, path=path, lock=instance_lock)
        if migrate:
            if path is None:
                _check_schema(db.label, *_inspect_engine(engine))
            db.backup_path = upgrade_to_head(db)
        return db
    except BaseException:
        if instance_lock:
            instance_lock.release()
        raise


def _check_file(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise DatabaseError("{path} is a folder; give the path of a database file inside it", path=path)
    if not path.exists():
        if not create:
            raise DatabaseError("{path} does not exist; run 'salesmgr init' to create it", path=path)
        _check_folder_writable(path.parent)
        return
    if not os.access(path, os.R_OK):
        raise DatabaseError("{path} cannot be read; check its permissions", path=path)
    if path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise DatabaseError("{path} is not a salesmgr database (not an SQLite file); "
                                    "choose another database file", path=path)
    if not os.access(path, os.W_OK):
        raise DatabaseError("{path} is read-only; copy it to a writable folder or change its permissions",
                            path=path)
    _check_folder_writable(path.parent)


def _check_folder_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError("cannot create the folder {folder} ({reason}); choose another place for the database",
                            folder=folder, reason=exc.strerror) from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseError("the folder {folder} is read-only; choose a writable place for the database", folder=folder)


def _take_lock(path: Path) -> InstanceLock:
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except LockedError as exc:
        if exc.pid:
            raise DatabaseError("{path} is already open in another salesmgr (process {pid}); close it there first",
                                path=path, pid=exc.pid) from None
        raise DatabaseError("{path} is already open in another salesmgr; close it there first", path=path) from None
    return lock


def _make_engine(url: str) -> Engine:
    arguments = connect_args(make_url(url))
    try:
        engine = create_engine(url, connect_args=arguments)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        label = make_url(url).render_as_string(hide_password=True)
        raise DatabaseError("cannot use {url}: {reason}; check the URL or install its database driver",
                            url=label, reason=exc) from exc
    configure_engine(engine)
    return engine


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_alembic_config())


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _inspect_sqlite_file(path: Path) -> tuple[set[str], str | None]:
    """Table names and Alembic revision, read with a plain connection that changes nothing in the file."""
    if not path.exists():
        return set(), None
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("{path} cannot be opened as a database ({reason}); choose another database file",
                            path=path, reason=exc) from exc
    finally:
        connection.close()
    return tables, revision


def _inspect_engine(engine: Engine) -> tuple[set[str], str | None]:
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            return tables, MigrationContext.configure(connection).get_current_revision()
    except Exception as exc:  # the driver's own error: server down, bad credentials, damaged file
        raise DatabaseError("cannot open the database: {reason}", reason=str(exc).splitlines()[0]) from exc


def _check_schema(label: str, tables: set[str], revision: str | None) -> None:
    """Refuse a database from a newer salesmgr, or one that is not a salesmgr database at all."""
    if revision is None:
        if tables - {"alembic_version"}:
            raise DatabaseError("{path} holds tables but is not a salesmgr database; "
                                "choose another database file", path=label)
        return
    known = {script.revision for script in _script().walk_revisions()}
    if revision not in known:
        raise DatabaseError("{path} was written by a newer salesmgr (schema {revision}); "
                            "install the newer salesmgr to open it", path=label, revision=revision)


def upgrade_to_head(db: Database) -> Path | None:
    """Bring the schema to the newest revision; returns the backup written first, if any."""
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    if current is None and _is_empty(db):
        create_new(db)
        return None
    backup = backup_file(db, current) if current is not None and db.path else None
    migrate(db, "upgrade", head)
    return backup


def _is_empty(db: Database) -> bool:
    with db.engine.connect() as connection:
        return not set(inspect(connection).get_table_names()) - {"alembic_version"}


def create_new(db: Database) -> None:
    """An empty database made in one go at the newest revision (``schema``) instead of replaying the migrations."""
    config = _alembic_config()
    with db.engine.begin() as connection:
        create_schema(connection)
        config.attributes["connection"] = connection
        command.stamp(config, "head")


def migrate(db: Database, direction: str, revision: str) -> None:
    """Run Alembic ``upgrade`` or ``downgrade`` to ``revision`` on this database."""
    config = _alembic_config()
    with db.engine.connect() as connection, foreign_keys_off(connection):
        config.attributes["connection"] = connection
        getattr(command, direction)(config, revision)
        connection.commit()


def backup_file(db: Database, revision: str) -> Path:
    """Copy the SQLite file beside itself (with SQLite's backup API, so WAL content is included)."""
    assert db.path is not None
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = db.path.with_name(f"{db.path.stem}.backup-{revision}-{stamp}{db.path.suffix or '.sqlite'}")
    source = sqlite3.connect(db.path)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return target
