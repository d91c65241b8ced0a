"""executemany straight to the SQLite driver for bulk inserts, skipping SQLAlchemy's per-value processing.

Values are converted here the way SQLAlchemy's SQLite types store them (dates as ISO text, datetimes as
``YYYY-MM-DD HH:MM:SS.ffffff``, booleans as 0/1), and missing columns get their Python-side defaults.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Table, func, insert, select
from sqlalchemy.types import TypeEngine

from salesmgr.models.dialect.sqlite_indexes import drop_indexes, rebuild_indexes


def bulk_load(connection: Connection, table: Table, rows: Sequence[dict[str, Any]], chunk: int = 10_000) -> None:
    """Insert many rows; when they outnumber what the table holds, its indexes are rebuilt once at the end."""
    existing = connection.execute(select(func.count()).select_from(table)).scalar_one()
    indexes = drop_indexes(connection, [table.name]) if len(rows) > max(existing, 10_000) else []
    for start in range(0, len(rows), chunk):
        bulk_insert(connection, table, rows[start:start + chunk])
    rebuild_indexes(connection, indexes)


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in one executemany."""
    if not rows:
        return
    if connection.dialect.name != "sqlite" or connection.dialect.paramstyle != "qmark":
        connection.execute(insert(table), list(rows))
        return
    given = list(rows[0])
    defaults = {c.name: _default(c) for c in table.c if c.name not in given and c.default is not None}
    columns = given + list(defaults)
    quote = connection.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    connection.exec_driver_sql(sql, _tuples(table, given, rows, tuple(defaults.values())))


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
