"""The SQLite implementation of ``salesmgr.models.dialect``: every piece of SQL that only SQLite understands.

* SQL: ``days_between`` is a difference of ``julianday()`` values, ``year_month`` is ``strftime('%Y-%m', ...)``.
* Connections: foreign keys on, a busy timeout, WAL journal and ``synchronous=NORMAL``; ``PRAGMA foreign_keys``
  off during a migration.
* Bulk loads: executemany straight to the driver, skipping SQLAlchemy's per-value processing. Values are
  converted here the way SQLAlchemy's SQLite types store them (dates as ISO text, datetimes as
  ``YYYY-MM-DD HH:MM:SS.ffffff``, booleans as 0/1), and missing columns get their Python-side defaults. A table's
  indexes can be dropped for the load and rebuilt at the end, in the same transaction: SQLite builds an index
  from sorted rows much faster than it maintains one row by row. A larger page cache (index builds sort in it),
  ``ANALYZE`` after a load that replaced the data, ``PRAGMA optimize`` after a big import.
* Full-text indexes: an FTS5 table (``unicode61`` words, case and diacritics folded; the caller splits Chinese
  text into words itself) made at first use, ranked with ``bm25`` (FTS5's rank: lower is better, so the score
  returned is its negation). Without FTS5 in the driver's SQLite, ``has_fulltext`` is False.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Table, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import TypeEngine

from salesmgr.models.dialect.base import DaysBetween, Dialect, FullTextIndex, YearMonth, register

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 256 * 1024  # the page cache of a bulk load; SQLite allocates it only as the load needs it


@compiles(DaysBetween, "sqlite")
def _days_between(element: DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = element.clauses
    return compiler.process((func.julianday(later) - func.julianday(earlier)).self_group(), **kw)


@compiles(YearMonth, "sqlite")
def _year_month(element: YearMonth, compiler: SQLCompiler, **kw: Any) -> str:
    (value,) = element.clauses
    return compiler.process(func.strftime("%Y-%m", value), **kw)


class SQLite(Dialect):
    """See the module docstring; the meaning of each operation is in ``salesmgr.models.dialect``."""

    name = "sqlite"

    def connect_args(self) -> dict[str, Any]:
        return {"timeout": BUSY_TIMEOUT_MS / 1000}

    def configure_connection(self, dbapi_connection: Any, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @contextmanager
    def foreign_keys_off(self, connection: Connection) -> Iterator[None]:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        yield
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")

    def insert_rows(self, connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        if not self.accepts_raw_rows(connection):
            super().insert_rows(connection, table, rows)
            return
        given = list(rows[0])
        defaults = {c.name: _default(c) for c in table.c if c.name not in given and c.default is not None}
        self.insert_raw_rows(connection, table.name, given + list(defaults),
                             _tuples(table, given, rows, tuple(defaults.values())))

    def accepts_raw_rows(self, connection: Connection) -> bool:
        return connection.dialect.paramstyle == "qmark"

    def insert_raw_rows(self, connection: Connection, table_name: str, columns: Sequence[str],
                        rows: Sequence[tuple[Any, ...]]) -> None:
        quote = connection.dialect.identifier_preparer.quote
        sql = (f"INSERT INTO {quote(table_name)} ({', '.join(quote(c) for c in columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        connection.exec_driver_sql(sql, list(rows))

    def drop_indexes(self, connection: Connection, tables: Iterable[str]) -> list[str]:
        """Only inside a transaction (so a cancel or crash rolls the DDL back too)."""
        if not getattr(connection.connection.driver_connection, "in_transaction", False):
            return []
        names = ", ".join(f"'{name}'" for name in tables)
        rows = connection.exec_driver_sql(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                          f"AND sql IS NOT NULL AND tbl_name IN ({names}) ORDER BY name").all()
        quote = connection.dialect.identifier_preparer.quote
        for name, _sql in rows:
            connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
        return [sql for _name, sql in rows]

    @contextmanager
    def larger_cache(self, connection: Connection) -> Iterator[None]:
        """Restored afterwards (the connection is pooled). ``synchronous`` stays as it is: in WAL mode NORMAL
        costs no measurable time here, and OFF would risk the whole file on a power cut during the final
        checkpoint."""
        saved = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
        connection.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
        connection.commit()
        try:
            yield
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size={saved}")
            connection.commit()

    def refresh_statistics(self, connection: Connection) -> None:
        connection.exec_driver_sql("ANALYZE")

    def optimize(self, connection: Connection) -> None:
        connection.exec_driver_sql("PRAGMA optimize")

    def has_fulltext(self, connection: Connection) -> bool:
        options = connection.exec_driver_sql("PRAGMA compile_options").scalars().all()
        return "ENABLE_FTS5" in options

    def fulltext_tables(self, connection: Connection) -> set[str]:
        """Every virtual table and its shadow tables (``<name>_data``, ``_idx``, ``_content``, ...)."""
        rows = connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all()
        virtual = {name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")}
        return {name for name, _sql in rows if name in virtual or any(name.startswith(f"{v}_") for v in virtual)}

    def fulltext_stamps(self, connection: Connection, index: FullTextIndex) -> dict[int, str]:
        columns = ", ".join(index.columns)
        connection.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {index.name} USING fts5(stamp UNINDEXED, "
                                   f"{columns}, tokenize = 'unicode61 remove_diacritics 2')")
        return {int(rowid): str(stamp) for rowid, stamp in
                connection.exec_driver_sql(f"SELECT rowid, stamp FROM {index.name}").all()}

    def fulltext_put(self, connection: Connection, index: FullTextIndex,
                     rows: Sequence[tuple[int, str, Sequence[str]]]) -> None:
        self.fulltext_delete(connection, index, [row[0] for row in rows])
        marks = ", ".join("?" * (len(index.columns) + 2))
        connection.exec_driver_sql(f"INSERT INTO {index.name} (rowid, stamp, {', '.join(index.columns)}) "
                                   f"VALUES ({marks})", [(rowid, stamp, *texts) for rowid, stamp, texts in rows])

    def fulltext_delete(self, connection: Connection, index: FullTextIndex, ids: Iterable[int]) -> None:
        rows = [(int(i),) for i in ids]
        if rows:
            connection.exec_driver_sql(f"DELETE FROM {index.name} WHERE rowid = ?", rows)

    def fulltext_match(self, connection: Connection, index: FullTextIndex, tokens: Sequence[tuple[str, bool]],
                       weights: Sequence[float], limit: int) -> list[tuple[int, float]]:
        if not tokens:
            return []
        query = " AND ".join('"' + token.replace('"', '""') + '"' + ("*" if prefix else "")
                             for token, prefix in tokens)
        ranks = ", ".join(str(float(weight)) for weight in (0.0, *weights))
        rows = connection.exec_driver_sql(
            f"SELECT rowid, bm25({index.name}, {ranks}) AS score FROM {index.name} WHERE {index.name} MATCH ? "
            f"ORDER BY score, rowid LIMIT ?", (query, limit)).all()
        return [(int(rowid), -float(score)) for rowid, score in rows]


def _tuples(table: Table, given: list[str], rows: Sequence[dict[str, Any]], extra: tuple[Any, ...]
            ) -> list[tuple[Any, ...]]:
    """Rows as tuples in ``given`` order plus ``extra``; only the columns that need it are converted."""
    pick = itemgetter(*given) if len(given) > 1 else (lambda row: (row[given[0]],))
    converted = [(i, convert) for i, name in enumerate(given)
                 if (convert := _converter(table.c[name].type)) is not _same]
    if not converted:
        return [pick(row) + extra for row in rows]
    values = []
    for row in rows:
        cells = list(pick(row))
        for i, convert in converted:
            cells[i] = convert(cells[i])
        values.append((*cells, *extra))
    return values


def _default(column: Any) -> Any:
    default = column.default
    value = default.arg(None) if default.is_callable else default.arg
    return _converter(column.type)(value)


def _converter(column_type: TypeEngine[Any]) -> Callable[[Any], Any]:
    if isinstance(column_type, DateTime):
        return _datetime
    if isinstance(column_type, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(column_type, Boolean):
        return lambda v: None if v is None else int(v)
    return _same


def _same(value: Any) -> Any:
    return value


def _datetime(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, datetime.min.time())
    return f"{value.isoformat(' ', 'seconds')}.{value.microsecond:06d}"


register(SQLite())
