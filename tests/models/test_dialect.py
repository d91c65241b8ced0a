"""salesmgr.models.dialect: engine-specific SQL lives there alone; its expressions and operations do what they say."""
from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import Column, Connection, Date, DateTime, Integer, MetaData, String, Table, create_engine, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import make_url
from sqlalchemy.exc import CompileError

from salesmgr.models.dialect import (
    accepts_raw_rows,
    bulk_insert,
    connect_args,
    days_between,
    drop_indexes,
    implementation,
    insert_raw_rows,
    year_month,
)
from salesmgr.models.dialect.base import PLAIN

PACKAGE = Path(__file__).resolve().parent.parent.parent / "salesmgr"
DIALECT_PACKAGE = PACKAGE / "models" / "dialect"
#: Anywhere in a module (code, strings, comments): words that only engine-specific code has reason to use.
ANYWHERE = {"julianday": re.compile(r"julianday", re.IGNORECASE), "PRAGMA": re.compile(r"\bpragma\b", re.IGNORECASE),
            "exec_driver_sql": re.compile(r"exec_driver_sql"), "dialect.name": re.compile(r"dialect\.name\b")}
SQL_STRFTIME = re.compile(r"\bstrftime\s*\(", re.IGNORECASE)  # in a string literal, that is SQL text
FUNC_STRFTIME = re.compile(r"\bfunc\s*\.\s*strftime\b")  # SQLAlchemy's func.strftime(...)


def engine_specific(source: str) -> list[str]:
    """The engine-specific SQL words ``source`` contains (Python's ``datetime.strftime`` does not count)."""
    found = [word for word, pattern in ANYWHERE.items() if pattern.search(source)]
    strings = [token.string for token in tokenize.generate_tokens(io.StringIO(source).readline)
               if token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1)]
    if FUNC_STRFTIME.search(source) or any(SQL_STRFTIME.search(text) for text in strings):
        found.append("strftime( as SQL")
    return found


def test_engine_specific_sql_is_only_in_the_dialect_package() -> None:
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if DIALECT_PACKAGE in path.parents:
            continue
        words = engine_specific(path.read_text(encoding="utf-8"))
        if words:
            offenders[str(path.relative_to(PACKAGE.parent))] = words
    assert offenders == {}, "engine-specific SQL outside salesmgr/models/dialect/: " + "; ".join(
        f"{path} has {', '.join(words)}" for path, words in offenders.items())


@pytest.mark.parametrize(("source", "word"), [
    ("x = func.julianday(a)\n", "julianday"),
    ("connection.execute(text('pragma optimize'))\n", "PRAGMA"),
    ("connection.exec_driver_sql('ANALYZE')\n", "exec_driver_sql"),
    ("if engine.dialect.name == 'sqlite':\n    pass\n", "dialect.name"),
    ("key = func.strftime('%Y-%m', column)\n", "strftime( as SQL"),
    ("rows = text(\"SELECT strftime('%Y', closed_date) FROM opportunity\")\n", "strftime( as SQL"),
])
def test_the_scan_sees_each_word(source: str, word: str) -> None:
    assert word in engine_specific(source)


def test_python_strftime_is_not_sql() -> None:
    assert engine_specific('shown = value.strftime("%Y-%m-%d %H:%M")\n') == []


@pytest.fixture
def connection() -> Iterator[Connection]:
    engine = create_engine("sqlite://")
    with engine.connect() as opened:
        yield opened
    engine.dispose()


METADATA = MetaData()
EVENTS = Table("event", METADATA, Column("id", Integer, primary_key=True), Column("day", Date),
               Column("started", DateTime), Column("ended", DateTime), Column("note", String))


def test_days_between_is_fractional_days(connection: Connection) -> None:
    later, earlier = datetime(2026, 3, 8, 12, 0), datetime(2026, 3, 7, 0, 0)  # 36 hours apart
    assert connection.scalar(select(days_between(later, earlier))) == pytest.approx(1.5)
    assert connection.scalar(select(days_between(earlier, later))) == pytest.approx(-1.5)
    assert connection.scalar(select(days_between(datetime(2026, 3, 1, 0, 0, 0, 500_000), datetime(2026, 3, 1)))
                             ) == pytest.approx(0.5 / 86400, abs=1e-9)


def test_days_between_and_year_month_on_columns(connection: Connection) -> None:
    METADATA.create_all(connection)
    connection.execute(EVENTS.insert(), [
        {"id": 1, "day": date(2026, 3, 7), "started": datetime(2026, 12, 31, 18), "ended": datetime(2027, 1, 1, 6)},
        {"id": 2, "day": None, "started": datetime(2026, 1, 1), "ended": None},
    ])
    rows = connection.execute(select(EVENTS.c.id, year_month(EVENTS.c.day), year_month(EVENTS.c.started),
                                     days_between(EVENTS.c.ended, EVENTS.c.started)).order_by(EVENTS.c.id)).all()
    assert rows[0][:3] == (1, "2026-03", "2026-12") and rows[0][3] == pytest.approx(0.5)
    assert rows[1] == (2, None, "2026-01", None)


def test_year_month_of_a_date(connection: Connection) -> None:
    assert connection.scalar(select(year_month(date(2026, 3, 7)))) == "2026-03"


def test_an_engine_without_an_implementation_refuses_the_expressions() -> None:
    for expression in (year_month(EVENTS.c.day), days_between(EVENTS.c.ended, EVENTS.c.started)):
        with pytest.raises(CompileError, match="postgresql"):
            select(expression).compile(dialect=postgresql.dialect())


def test_an_engine_without_an_implementation_takes_the_plain_path(connection: Connection) -> None:
    other = SimpleNamespace(dialect=SimpleNamespace(name="postgresql"))
    assert implementation(other) is PLAIN  # type: ignore[arg-type]
    assert connect_args(make_url("postgresql://user@host/sales")) == {}
    METADATA.create_all(connection)
    assert not PLAIN.accepts_raw_rows(connection)
    assert PLAIN.drop_indexes(connection, ["event"]) == []
    with PLAIN.larger_cache(connection), PLAIN.foreign_keys_off(connection):
        PLAIN.insert_rows(connection, EVENTS, [{"id": 1, "day": date(2026, 3, 7), "started": None}])
    assert connection.execute(select(EVENTS.c.id, EVENTS.c.day)).all() == [(1, date(2026, 3, 7))]


def test_sqlite_is_registered_with_its_fast_paths(connection: Connection) -> None:
    assert implementation(connection).name == "sqlite"
    assert connect_args(make_url("sqlite:///sales.sqlite")) == {"timeout": 5.0}
    assert accepts_raw_rows(connection)
    METADATA.create_all(connection)
    bulk_insert(connection, EVENTS, [{"id": 1, "day": date(2026, 3, 7), "started": datetime(2026, 3, 7, 9, 30)}])
    insert_raw_rows(connection, "event", ["id", "day", "note"], [(2, "2026-03-08", "raw")])
    assert connection.execute(select(EVENTS.c.id, EVENTS.c.day, EVENTS.c.started).order_by(EVENTS.c.id)).all() == [
        (1, date(2026, 3, 7), datetime(2026, 3, 7, 9, 30)), (2, date(2026, 3, 8), None)]


def test_indexes_are_dropped_only_inside_a_transaction(connection: Connection) -> None:
    METADATA.create_all(connection)
    connection.commit()
    connection.exec_driver_sql("CREATE INDEX ix_event_day ON event (day)")
    connection.commit()
    assert drop_indexes(connection, ["event"]) == []  # pysqlite has not begun a transaction yet
    with connection.begin():
        connection.execute(EVENTS.insert(), [{"id": 1}])
        assert drop_indexes(connection, ["event"]) == ["CREATE INDEX ix_event_day ON event (day)"]
