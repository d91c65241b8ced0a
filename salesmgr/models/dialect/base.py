"""The pieces the dialect interface is made of: the SQL constructs, the plain path and the registry.

* ``DaysBetween`` and ``YearMonth`` are SQLAlchemy constructs; each engine's module gives them its SQL with
  ``@compiles(Construct, "<dialect name>")``. An engine without that SQL gets a ``CompileError`` naming the
  construct and the engine, when the statement is compiled (they change results, so there is no fallback).
* ``Dialect`` is the plain path: standard SQLAlchemy that works on every engine, with the optimisations left
  out. An engine's implementation subclasses it and overrides what that engine needs or does faster.
* ``FullTextIndex`` names a full-text index (its table and text columns); the plain path has none
  (``has_fulltext`` False), so callers search another way there.
* ``register`` records an implementation under its SQLAlchemy dialect name; ``dialect_for`` finds the one for
  a name, the plain ``Dialect`` when there is none.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import ColumnExpressionArgument, Connection, Float, String, Table, insert
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class DaysBetween(FunctionElement[float]):
    """``later - earlier`` in days, fractional (36 hours = 1.5); NULL when either is NULL."""

    type = Float()
    name = "days_between"
    inherit_cache = True

    def __init__(self, later: ColumnExpressionArgument[Any], earlier: ColumnExpressionArgument[Any]) -> None:
        super().__init__(later, earlier)


class YearMonth(FunctionElement[str]):
    """The calendar month of a date or datetime as text ``YYYY-MM`` (2026-03-07 -> ``"2026-03"``); NULL for NULL."""

    type = String()
    name = "year_month"
    inherit_cache = True

    def __init__(self, value: ColumnExpressionArgument[Any]) -> None:
        super().__init__(value)


@compiles(DaysBetween)
@compiles(YearMonth)
def _no_implementation(element: FunctionElement[Any], compiler: SQLCompiler, **_kw: Any) -> str:
    raise CompileError(f"{element.name} has no SQL for the {compiler.dialect.name} database; "
                       f"add it to that engine's module in salesmgr.models.dialect")


@dataclass(frozen=True)
class FullTextIndex:
    """A full-text index over rows of another table: ``name`` is its own table, ``columns`` the texts indexed per
    row (in that order); each row is keyed by the id of the row it indexes and carries a ``stamp`` (text) saying
    which version of that row it holds."""

    name: str
    columns: tuple[str, ...]


class Dialect:
    """The plain path: what an engine without an implementation of its own gets. Each method is one operation
    of the interface (see ``salesmgr.models.dialect``); the optimisations do nothing here."""

    #: The SQLAlchemy dialect name this implementation is registered under ("" for the plain path).
    name: ClassVar[str] = ""

    def connect_args(self) -> dict[str, Any]:
        """Extra arguments for the DBAPI ``connect()`` call."""
        return {}

    def configure_connection(self, dbapi_connection: Any, _record: object) -> None:
        """Settings every new DBAPI connection gets before it is used (a ``connect`` event listener)."""

    @contextmanager
    def foreign_keys_off(self, connection: Connection) -> Iterator[None]:
        """Foreign keys are not enforced inside the block (schema migrations that rebuild tables)."""
        yield

    def insert_rows(self, connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` (dicts of Python values with the same keys) in one executemany."""
        connection.execute(insert(table), list(rows))

    def accepts_raw_rows(self, connection: Connection) -> bool:
        """Whether ``insert_raw_rows`` may be used on this connection."""
        return False

    def insert_raw_rows(self, connection: Connection, table_name: str, columns: Sequence[str],
                        rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert tuples already in stored form straight through the driver; only where ``accepts_raw_rows``."""
        raise NotImplementedError(f"raw rows cannot be inserted into {table_name} on this database")

    def drop_indexes(self, connection: Connection, tables: Iterable[str]) -> list[str]:
        """Drop the indexes of ``tables`` for a bulk load; returns the statements that rebuild them."""
        return []

    def rebuild_indexes(self, connection: Connection, statements: Iterable[str]) -> None:
        """Run the statements ``drop_indexes`` returned."""
        for sql in statements:
            connection.exec_driver_sql(sql)

    @contextmanager
    def larger_cache(self, connection: Connection) -> Iterator[None]:
        """A larger page cache for the connection inside the block, as it was afterwards."""
        yield

    def refresh_statistics(self, connection: Connection) -> None:
        """Recompute the query planner's statistics of every table (after a load that replaced the data)."""

    def optimize(self, connection: Connection) -> None:
        """Let the engine bring its planner statistics up to date where it sees fit (after a big import)."""

    def has_fulltext(self, connection: Connection) -> bool:
        """Whether this engine has full-text indexes (the ``fulltext_*`` operations); the plain path has not."""
        return False

    def fulltext_tables(self, connection: Connection) -> set[str]:
        """The tables that make up the full-text indexes (the indexes and the engine's tables behind them)."""
        return set()

    def fulltext_stamps(self, connection: Connection, index: FullTextIndex) -> dict[int, str]:
        """``{id: stamp}`` of the rows the index holds, the index created (empty) when it does not exist yet."""
        raise NotImplementedError("no full-text index on this database")

    def fulltext_put(self, connection: Connection, index: FullTextIndex,
                     rows: Sequence[tuple[int, str, Sequence[str]]]) -> None:
        """Store ``(id, stamp, texts)`` rows, replacing the rows of those ids."""
        raise NotImplementedError("no full-text index on this database")

    def fulltext_delete(self, connection: Connection, index: FullTextIndex, ids: Iterable[int]) -> None:
        """Remove the rows of ``ids``."""
        raise NotImplementedError("no full-text index on this database")

    def fulltext_match(self, connection: Connection, index: FullTextIndex, tokens: Sequence[tuple[str, bool]],
                       weights: Sequence[float], limit: int) -> list[tuple[int, float]]:
        """``(id, score)`` of the rows holding every token (``(token, prefix)``: a prefix token matches the
        indexed words it starts), best first; the score is higher for a better match (``weights``: one per
        column)."""
        raise NotImplementedError("no full-text index on this database")


PLAIN = Dialect()
_IMPLEMENTATIONS: dict[str, Dialect] = {}


def register(implementation: Dialect) -> None:
    """Make ``implementation`` the one for the engines whose SQLAlchemy dialect is ``implementation.name``."""
    _IMPLEMENTATIONS[implementation.name] = implementation


def dialect_for(name: str) -> Dialect:
    """The implementation registered for the dialect ``name``, else the plain path."""
    return _IMPLEMENTATIONS.get(name, PLAIN)
