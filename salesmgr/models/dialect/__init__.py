"""SQL and connection handling that depend on the database engine, behind engine-neutral names.

Everything else in salesmgr calls the names below and never writes engine-specific SQL (no ``PRAGMA``, no
``julianday``, no ``dialect.name`` checks: ``tests/models/test_dialect.py`` keeps it so).

SQL expressions, SQLAlchemy constructs that compile per engine (so a query needs no session to build them):

* ``days_between(later, earlier)``: ``later - earlier`` in fractional days (36 hours = 1.5), NULL if either is;
* ``year_month(value)``: the calendar month of a date or datetime as text ``YYYY-MM`` (2026-03-07 -> "2026-03").

Operations on an engine or a connection:

* ``connect_args(url)``: extra DBAPI ``connect()`` arguments for a URL (SQLite: the busy timeout);
* ``configure_engine(engine)``: every new connection of the engine gets the settings salesmgr relies on
  (``configure_connection``; SQLite: foreign keys enforced, busy timeout, WAL journal);
* ``foreign_keys_off(connection)``: foreign keys not enforced inside the block (migrations that rebuild tables);
* ``bulk_insert`` / ``bulk_load``: many rows (dicts of Python values) in executemany batches, on SQLite straight
  through the driver; ``bulk_load`` also drops and rebuilds the table's indexes when the rows outnumber it;
* ``accepts_raw_rows`` / ``insert_raw_rows``: tuples already in stored form (dates as ISO text, booleans 0/1)
  straight through the driver, for generators that produce them so (the demo data);
* ``drop_indexes`` / ``rebuild_indexes``: a table's indexes dropped during a bulk load, rebuilt at its end;
* ``larger_cache(connection)``: a larger page cache during a bulk load, as it was afterwards;
* ``refresh_statistics(connection)``: the planner's statistics recomputed after a load that replaced the data;
* ``optimize(connection)``: the planner's statistics kept current after a big import;
* ``has_fulltext`` / ``fulltext_tables`` / ``fulltext_stamps`` / ``fulltext_put`` / ``fulltext_delete`` /
  ``fulltext_match``: a full-text index (``FullTextIndex``: its table and columns) kept by the caller, made at
  first use, ranked matches of words; engines without one say so (``has_fulltext`` False) and the caller
  searches plainly.

Each engine is one module here (``sqlite.py`` today) that subclasses ``base.Dialect``, gives the SQL constructs
their SQL with ``@compiles(..., "<dialect name>")`` and registers itself when imported. A PostgreSQL
implementation is one new file, ``postgresql.py``, plus one line below: ``from salesmgr.models.dialect import
postgresql``; nothing in the metrics or elsewhere changes. For an engine without a module, the operations that
are only optimisations (raw rows, index drops, cache, statistics, connection settings) take the plain path of
``base.Dialect``; the SQL expressions refuse to compile, naming the engine, since results depend on them.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import ColumnExpressionArgument, Connection, Engine, Table, event, func, select
from sqlalchemy.engine import URL

from salesmgr.models.dialect import sqlite  # noqa: F401 - registers the SQLite implementation
from salesmgr.models.dialect.base import DaysBetween, Dialect, FullTextIndex, YearMonth, dialect_for

BULK_CHUNK = 10_000  # rows per executemany
REBUILD_ABOVE = 10_000  # a bulk load drops the indexes when it adds more rows than this and than the table holds


def days_between(later: ColumnExpressionArgument[Any], earlier: ColumnExpressionArgument[Any]) -> DaysBetween:
    """``later - earlier`` in fractional days; NULL when either is NULL."""
    return DaysBetween(later, earlier)


def year_month(value: ColumnExpressionArgument[Any]) -> YearMonth:
    """The month of a date or datetime as ``YYYY-MM`` text; NULL for NULL."""
    return YearMonth(value)


def implementation(bind: Connection | Engine) -> Dialect:
    """The implementation for the engine behind ``bind`` (the plain path when there is none)."""
    return dialect_for(bind.dialect.name)


def connect_args(url: URL) -> dict[str, Any]:
    """Extra DBAPI ``connect()`` arguments for an engine on ``url``."""
    return dialect_for(url.get_backend_name()).connect_args()


def configure_engine(engine: Engine) -> None:
    """Give every new connection of ``engine`` the settings salesmgr relies on."""
    event.listen(engine, "connect", implementation(engine).configure_connection)


def foreign_keys_off(connection: Connection) -> AbstractContextManager[None]:
    """Foreign keys are not enforced inside the block; enforced again when it ends normally."""
    return implementation(connection).foreign_keys_off(connection)


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts of Python values with the same keys) into ``table`` in one executemany."""
    if rows:
        implementation(connection).insert_rows(connection, table, rows)


def bulk_load(connection: Connection, table: Table, rows: Sequence[dict[str, Any]], chunk: int = BULK_CHUNK
              ) -> None:
    """Insert many rows in batches of ``chunk``; when they outnumber what the table holds (and
    ``REBUILD_ABOVE``), its indexes are dropped for the load and rebuilt once at the end."""
    existing = connection.execute(select(func.count()).select_from(table)).scalar_one()
    indexes = drop_indexes(connection, [table.name]) if len(rows) > max(existing, REBUILD_ABOVE) else []
    for start in range(0, len(rows), chunk):
        bulk_insert(connection, table, rows[start:start + chunk])
    rebuild_indexes(connection, indexes)


def accepts_raw_rows(connection: Connection) -> bool:
    """Whether ``insert_raw_rows`` may be used: the driver takes tuples of values already in the form the
    database stores them (dates and datetimes as ISO text, booleans as 0/1) and nothing converts them."""
    return implementation(connection).accepts_raw_rows(connection)


def insert_raw_rows(connection: Connection, table_name: str, columns: Sequence[str],
                    rows: Sequence[tuple[Any, ...]]) -> None:
    """executemany of ``rows`` (one value per column of ``columns``) straight through the driver."""
    implementation(connection).insert_raw_rows(connection, table_name, columns, rows)


def drop_indexes(connection: Connection, tables: Iterable[str]) -> list[str]:
    """Drop the indexes of ``tables`` inside the open transaction, for a bulk load; returns the statements that
    ``rebuild_indexes`` runs at its end (none where dropping is not worth it or not safe)."""
    return implementation(connection).drop_indexes(connection, tables)


def rebuild_indexes(connection: Connection, statements: Iterable[str]) -> None:
    """Rebuild the indexes ``drop_indexes`` dropped."""
    implementation(connection).rebuild_indexes(connection, statements)


def larger_cache(connection: Connection) -> AbstractContextManager[None]:
    """A larger page cache for ``connection`` inside the block (index builds sort in it), restored afterwards.
    Enter it outside the load's transaction: it commits what it changes."""
    return implementation(connection).larger_cache(connection)


def refresh_statistics(connection: Connection) -> None:
    """Recompute the query planner's statistics (after a load that replaced the data)."""
    implementation(connection).refresh_statistics(connection)


def optimize(connection: Connection) -> None:
    """Keep the planner's statistics current after a big import (cheap when little changed)."""
    implementation(connection).optimize(connection)


def has_fulltext(connection: Connection) -> bool:
    """Whether the database has full-text indexes; without them ``fulltext_*`` must not be called."""
    return implementation(connection).has_fulltext(connection)


def fulltext_tables(connection: Connection) -> set[str]:
    """The tables behind the full-text indexes: only the ``fulltext_*`` operations may write them (code that
    goes over every table of the database, such as clearing it, leaves them out)."""
    return implementation(connection).fulltext_tables(connection)


def fulltext_stamps(connection: Connection, index: FullTextIndex) -> dict[int, str]:
    """``{id: stamp}`` of every row ``index`` holds; the index is created, empty, when it does not exist."""
    return implementation(connection).fulltext_stamps(connection, index)


def fulltext_put(connection: Connection, index: FullTextIndex, rows: Sequence[tuple[int, str, Sequence[str]]]
                 ) -> None:
    """Store ``(id, stamp, texts)`` rows in ``index`` (one text per column), replacing those ids' rows."""
    if rows:
        implementation(connection).fulltext_put(connection, index, rows)


def fulltext_delete(connection: Connection, index: FullTextIndex, ids: Iterable[int]) -> None:
    """Remove the rows of ``ids`` from ``index``."""
    implementation(connection).fulltext_delete(connection, index, list(ids))


def fulltext_match(connection: Connection, index: FullTextIndex, tokens: Sequence[tuple[str, bool]],
                   weights: Sequence[float], limit: int = 100) -> list[tuple[int, float]]:
    """``(id, score)`` of the rows of ``index`` that hold every token (``(word, prefix)``), best first (higher
    score = better match; ``weights`` one per column)."""
    return implementation(connection).fulltext_match(connection, index, tokens, weights, limit)


__all__ = [
    "FullTextIndex",
    "accepts_raw_rows",
    "bulk_insert",
    "bulk_load",
    "configure_engine",
    "connect_args",
    "days_between",
    "drop_indexes",
    "foreign_keys_off",
    "fulltext_delete",
    "fulltext_match",
    "fulltext_put",
    "fulltext_stamps",
    "has_fulltext",
    "implementation",
    "insert_raw_rows",
    "larger_cache",
    "optimize",
    "rebuild_indexes",
    "refresh_statistics",
    "year_month",
]
