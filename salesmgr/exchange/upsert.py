"""Insert-or-update of parsed records in bulk: match by external id, then by the kind's natural key.

A record matching an existing row updates only the columns the file maps; one that changes nothing counts as
unchanged, so re-importing a file changes nothing. Two rows of one file with the same key are reported.
"""
from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, tuple_, update
from sqlalchemy.orm import Session

CHUNK = 500
Key = tuple[Hashable, ...]


@dataclass
class Record:
    row: int
    values: dict[str, Any]  # column -> value, for every column the file maps
    keys: list[Key]  # ("ext", source, id) and/or a natural key, tried in order


@dataclass
class Outcome:
    inserted: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (new id, values)
    updated: list[tuple[int, dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (id, new, old)
    unchanged: int = 0
    duplicates: list[int] = field(default_factory=list)  # file rows that repeat an earlier row's key


@dataclass
class KeyQuery:
    """How to find existing rows for one kind of key: the columns that make the key, read in chunks."""

    tag: str
    columns: Sequence[Any]  # ORM columns whose values form the key (after the tag)


def upsert(session: Session, entity: type[Any], records: list[Record], queries: list[KeyQuery]) -> Outcome:
    compare = sorted({column for record in records for column in record.values})
    existing = _load_existing(session, entity, records, queries, compare)
    outcome, pending = Outcome(), []
    seen: dict[Key, dict[str, Any]] = {}
    next_id = (session.scalar(select(func.max(entity.id))) or 0) + 1
    for record in records:
        earlier = next((seen[k] for k in record.keys if k in seen), None)
        if earlier is not None:
            outcome.duplicates.append(record.row)
            earlier.update(record.values)
            continue
        old = next((existing[k] for k in record.keys if k in existing), None)
        if old is None:
            values = {"id": next_id, **record.values}
            next_id += 1
            pending.append(values)
        elif all(old.get(c) == record.values.get(c) for c in record.values):
            outcome.unchanged += 1
            values = old
        else:
            values = {"id": old["id"], **record.values}
            outcome.updated.append((old["id"], values, old))
        for key in record.keys:
            seen[key] = values
    _write(session, entity, pending, outcome)
    return outcome


def _write(session: Session, entity: type[Any], pending: list[dict[str, Any]], outcome: Outcome) -> None:
    for start in range(0, len(pending), 5000):
        session.execute(insert(entity), pending[start:start + 5000])
    outcome.inserted = [(values["id"], values) for values in pending]
    updates = [values for _, values, _ in outcome.updated]
    for start in range(0, len(updates), 5000):
        session.execute(update(entity), updates[start:start + 5000])


def _load_existing(session: Session, entity: type[Any], records: list[Record], queries: list[KeyQuery],
                   compare: list[str]) -> dict[Key, dict[str, Any]]:
    """Existing rows whose keys appear in the file, keyed by every key they have."""
    found: dict[Key, dict[str, Any]] = {}
    columns = [entity.id, *(getattr(entity, c) for c in compare)]
    for query in queries:
        wanted = sorted({k[1:] for r in records for k in r.keys if k[0] == query.tag}, key=repr)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            condition = tuple_(*query.columns).in_(chunk) if len(query.columns) > 1 else \
                query.columns[0].in_([k[0] for k in chunk])
            for row in session.execute(select(*columns, *query.columns).where(condition)):
                mapping = dict(zip(["id", *compare], row[:len(columns)], strict=True))
                key = (query.tag, *row[len(columns):])
                found[key] = mapping
    return found
