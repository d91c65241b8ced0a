"""Insert-or-update of parsed records in bulk: match by external id, then by the kind's natural key.

A record matching an existing row updates only the columns the file maps; one that changes nothing counts as
unchanged, so re-importing a file changes nothing. Two rows of one file with the same key are reported.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, bindparam, func, select, true, tuple_, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from salesmgr.models.dialect import bulk_load

CHUNK = 450  # keys per IN (...) query: two columns each stays far below SQLite's variable limit
WRITE_CHUNK = 10_000
SCAN_ABOVE = 5_000
Key = tuple[Hashable, ...]
AMBIGUOUS_ROW: tuple[Any, ...] = (None,)  # a natural key that several existing rows share


@dataclass(slots=True)
class Record:
    row: int
    values: dict[str, Any]  # column -> value, for every column the file maps
    keys: list[Key]  # the first identifies the record: ("ext", source, id) when it has one, else a natural key


@dataclass
class Outcome:
    inserted: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (new id, values)
    updated: list[tuple[int, dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (id, new, old)
    unchanged: int = 0
    duplicates: list[int] = field(default_factory=list)  # file rows that repeat an earlier row's key
    ambiguous: list[int] = field(default_factory=list)  # file rows whose key matches several existing rows


@dataclass
class KeyQuery:
    """How to find existing rows for one kind of key: the columns that make the key, read in chunks."""

    tag: str
    columns: Sequence[Any]  # ORM columns whose values form the key (after the tag)


def upsert(session: Session, entity: type[Any], records: list[Record], queries: list[KeyQuery],
           ids: dict[int, int] | None = None) -> Outcome:
    """Insert or update ``records``; ``ids``, when given, is filled with the id of every record's row that is
    stored or already was (file row -> id: new, updated, unchanged, and a repeated row with its earlier row's)."""
    compare = sorted({column for record in records for column in record.values})
    last_id = session.scalar(select(func.max(entity.id)))
    existing = _load_existing(session, entity, records, queries, compare) if last_id is not None else {}
    outcome, pending = Outcome(), []
    seen: dict[Key, dict[str, Any]] = {}
    id_of: dict[Key, int] = {}
    same = _Comparer(compare)
    next_id = max([last_id or 0, *_own_ids(records)]) + 1
    for record in records:
        identity = record.keys[0] if record.keys else ("row", record.row)
        earlier = seen.get(identity)
        if earlier is not None:
            outcome.duplicates.append(record.row)
            earlier.update(record.values)
            if ids is not None:
                ids[record.row] = id_of[identity]
            continue
        old = existing.get(identity)
        if old is AMBIGUOUS_ROW:
            outcome.ambiguous.append(record.row)
            continue
        values = record.values  # the record is ours: give it its id rather than copy it
        if old is None:
            if identity[0] == "id":  # a salesmgr id that is free here (e.g. an export loaded into a new database)
                values["id"] = identity[1]
            else:
                values["id"] = next_id
                next_id += 1
            pending.append(values)
        elif same(values, old):
            outcome.unchanged += 1  # a later duplicate merges into ``values``, which is not written, as before
        else:
            old_values = dict(zip(["id", *compare], old, strict=True))
            values = {"id": old[0], **values}
            outcome.updated.append((old[0], values, old_values))
        seen[identity] = values
        if ids is not None:
            ids[record.row] = id_of[identity] = values["id"] if old is None else old[0]
    _write(session, entity, pending, outcome)
    return outcome


class _Comparer:
    """Whether a record's values equal an existing row's (``(id, *compare)`` as loaded), column for column over
    the columns the record maps; the item getters are made once per set of columns."""

    def __init__(self, compare: list[str]) -> None:
        self.position = {name: index for index, name in enumerate(compare, start=1)}
        self.getters: dict[tuple[str, ...], tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {}

    def __call__(self, values: dict[str, Any], old: tuple[Any, ...]) -> bool:
        names = tuple(values)
        getters = self.getters.get(names)
        if getters is None:
            getters = self.getters[names] = (_getter(names), _getter([self.position[n] for n in names]))
        new_of, old_of = getters
        return bool(new_of(values) == old_of(old))


def _getter(keys: Sequence[Any]) -> Callable[[Any], tuple[Any, ...]]:
    if not keys:
        return lambda _: ()
    if len(keys) == 1:
        key = keys[0]
        return lambda item: (item[key],)
    return itemgetter(*keys)


def _own_ids(records: list[Record]) -> list[int]:
    """The ids that records keyed by their own salesmgr id ask for; new ids are numbered above them."""
    return [record.keys[0][1] for record in records  # type: ignore[misc]
            if record.keys and record.keys[0][0] == "id"]


def _write(session: Session, entity: type[Any], pending: list[dict[str, Any]], outcome: Outcome) -> None:
    """One executemany per chunk (the ORM's bulk path would split batches on None values)."""
    connection, table = session.connection(), entity.__table__
    bulk_load(connection, table, pending, WRITE_CHUNK)
    outcome.inserted = [(values["id"], values) for values in pending]
    updates = [{"_id": values["id"], **{k: v for k, v in values.items() if k != "id"}}
               for _, values, _ in outcome.updated]
    if updates:
        statement = update(table).where(table.c.id == bindparam("_id"))
        for start in range(0, len(updates), WRITE_CHUNK):
            connection.execute(statement, updates[start:start + WRITE_CHUNK])


def _load_existing(session: Session, entity: type[Any], records: list[Record], queries: list[KeyQuery],
                   compare: list[str]) -> dict[Key, tuple[Any, ...]]:
    """Existing rows that a record of the file identifies (by its first key), keyed by that key: the tuple
    ``(id, *compare)`` as Python values (read raw and converted here: ``_RawColumns``), or ``AMBIGUOUS_ROW``."""
    found: dict[Key, tuple[Any, ...]] = {}
    raw = _RawColumns(entity, compare)
    connection = session.connection()
    for query in queries:
        wanted = {r.keys[0][1:] for r in records if r.keys and r.keys[0][0] == query.tag}
        width = len(query.columns)
        for condition in _conditions(query, wanted):
            statement = select(*raw.columns, *query.columns).where(condition)
            for row in connection.execute(statement):
                key = tuple(row[-width:])
                if key in wanted:
                    tagged = (query.tag, *key)
                    earlier = found.get(tagged)
                    values = raw.convert(row)
                    found[tagged] = AMBIGUOUS_ROW if earlier is not None and earlier[0] != values[0] else values
    return found


class _RawColumns:
    """The id and compared columns selected without SQLAlchemy's per-value result processing; dates, datetimes
    and booleans are converted here with the C-level ``fromisoformat`` (a stored value that does not parse stays
    text, and so compares as changed)."""

    def __init__(self, entity: type[Any], compare: list[str]) -> None:
        table = entity.__table__
        names = ["id", *compare]
        self.width = len(names)
        self.columns = [type_coerce(table.c[name], NullType()).label(name) for name in names]
        self.converters = [(index, convert) for index, name in enumerate(names)
                           if (convert := _from_stored(table.c[name].type)) is not None]

    def convert(self, row: Any) -> tuple[Any, ...]:
        if not self.converters:
            return tuple(row[:self.width])
        values = list(row[:self.width])
        for index, convert in self.converters:
            value = values[index]
            if value is not None:
                with suppress(TypeError, ValueError):
                    values[index] = convert(value)
        return tuple(values)


def _from_stored(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat
    if isinstance(column_type, Date):
        return date.fromisoformat
    if isinstance(column_type, Boolean):
        return bool
    return None


def _conditions(query: KeyQuery, wanted: set[tuple[Any, ...]]) -> list[Any]:
    """WHERE clauses that fetch the wanted keys: IN lists for a few, one scan by the leading column for many
    (hundreds of IN queries cost more than reading the rows once)."""
    if not wanted:
        return []
    if any(None in key for key in wanted):  # SQL's IN never matches a NULL: fetch by the leading column, or scan
        leading = {key[0] for key in wanted}
        return [true()] if None in leading else [query.columns[0].in_(list(leading))]
    if len(wanted) > SCAN_ABOVE:
        leading = {key[0] for key in wanted}
        if len(leading) <= CHUNK and len(query.columns) > 1:
            return [query.columns[0].in_(leading)]
        return [true()]
    keys = list(wanted)
    if len(query.columns) > 1:
        return [tuple_(*query.columns).in_(keys[i:i + CHUNK]) for i in range(0, len(keys), CHUNK)]
    return [query.columns[0].in_([k[0] for k in keys[i:i + CHUNK]]) for i in range(0, len(keys), CHUNK)]
