"""Bulk loads on SQLite: drop a table's indexes for the load and rebuild them at the end, in the same
transaction. SQLite builds an index from sorted rows much faster than it maintains one row by row."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection


def drop_indexes(connection: Connection, tables: Iterable[str]) -> list[str]:
    """Drop the indexes of ``tables`` inside the open transaction; returns the SQL that rebuilds them.

    Only on SQLite, and only inside a transaction (so a cancel or crash rolls the DDL back too).
    """
    if connection.dialect.name != "sqlite":
        return []
    if not getattr(connection.connection.driver_connection, "in_transaction", False):
        return []
    names = ", ".join(f"'{name}'" for name in tables)
    rows = connection.exec_driver_sql(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                      f"AND sql IS NOT NULL AND tbl_name IN ({names}) ORDER BY name").all()
    quote = connection.dialect.identifier_preparer.quote
    for name, _sql in rows:
        connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
    return [sql for _name, sql in rows]


def rebuild_indexes(connection: Connection, statements: Iterable[str]) -> None:
    for sql in statements:
        connection.exec_driver_sql(sql)
