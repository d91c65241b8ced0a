"""Importing a CRM's stage history (kind ``stage_history``, e.g. Salesforce's OpportunityHistory.csv): when each
deal entered each stage. The table is imported as a whole, not row by row.

Definitions:

* A row says "opportunity O was in stage S as of ``entered_at``". Salesforce also writes a row when only the
  amount or the close date changed, so a deal's rows, ordered by ``entered_at`` (then file order), that repeat
  the stage of the row before them make one *entry*, entered at the earliest of them; a stage entered again
  later is a new entry.
* O is the opportunity with that CRM id in the row's source system (the file's, or its source_system column);
  for an id that no opportunity of that system has, the opportunity made in salesmgr (no CRM id) whose own id it
  is; when the source is this database's own (``salesmgr:<identity>``), the opportunity with that id. Any other
  id rejects the row. Stage names resolve like the opportunity import's (``StageResolver``; new ones reported).
* Rows marked deleted (IsDeleted) are skipped and counted (``skipped``).
* An entry is identified by the CRM id of its first row (with its source) when the file has ids, else by
  (opportunity, stage, entered_at). Entries imported before take part in the ordering, so a re-import, or an
  export that overlaps an earlier one, adds nothing twice; an imported entry that now repeats the stage before it
  is deleted, and one whose row the file gives another stage, time or deal is updated.
* Once a deal has real history, the entries the opportunity import derived from its dates (origin ``derived``)
  are deleted: the real ones replace them. Entries a user made by moving the deal in salesmgr (origin ``user``)
  are kept; a file row with the same stage and time as one of them adds nothing.
* Counts: inserted = new entries, updated = imported entries changed, unchanged = rows that add nothing (an
  entry already there, or a repeat of the stage before); a row repeating an earlier row's id (or, without ids,
  its deal, stage and time) is a duplicate.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from salesmgr.exchange.imports.records import skip_deleted
from salesmgr.exchange.imports.resolvers import StageResolver
from salesmgr.exchange.imports.results import ImportResult
from salesmgr.exchange.imports.tables import ParsedRow, ParsedTable
from salesmgr.models.base import Base
from salesmgr.models.crm import Opportunity
from salesmgr.models.dialect import bulk_insert
from salesmgr.models.errors import UserError, ValidationError
from salesmgr.models.identity import own_source
from salesmgr.models.pipeline.entities import DERIVED, IMPORTED, USER, StageHistory

CHUNK = 500
Key = tuple[Any, ...]


@dataclass
class _Entry:
    """One stage entry: from the file (``row`` set), or stored (``stored`` set), or a file row matching a stored
    entry (both)."""

    entered_at: datetime
    stage_id: int
    external_id: str | None
    source_system: str | None
    order: tuple[int, int]  # ties on entered_at: stored entries first (by id), then file rows (by row)
    row: int | None = None
    stored: Any = None  # the stored StageHistory row (id, opportunity_id, stage_id, entered_at, ...)


@dataclass
class _Changes:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    deletes: list[int] = field(default_factory=list)


class _Deals:
    """Opportunities by CRM id (per source system) and by salesmgr's own id."""

    def __init__(self, session: Session) -> None:
        self.by_crm: dict[tuple[str | None, str], int] = {}
        self.ids: set[int] = set()
        self.made_here: set[int] = set()
        for opp_id, source, external_id in session.execute(
                select(Opportunity.id, Opportunity.source_system, Opportunity.external_id)):
            self.ids.add(opp_id)
            if external_id:
                self.by_crm[(source, external_id)] = opp_id
            else:
                self.made_here.add(opp_id)
        self.own_source = own_source(session)

    def find(self, external_id: str, source: str) -> int | None:
        number = int(external_id) if external_id.isdigit() else None
        if source.casefold() == self.own_source.casefold():
            return number if number in self.ids else None
        found = self.by_crm.get((source, external_id))
        if found is None and number in self.made_here:
            return number
        return found


def import_history(session: Session, table: ParsedTable, result: ImportResult) -> None:
    """Import the stage history rows of ``table`` into ``session`` (see the module), filling in ``result``."""
    stages = StageResolver(session, table.options.stage_map)
    by_deal = _file_entries(session, table, stages, result)
    stored, by_ext = _stored(session, by_deal)
    changes = _Changes()
    for opp_id, entries in by_deal.items():
        _merge(opp_id, entries, stored.get(opp_id, []), by_ext, changes, result)
    _write(session, changes)
    result.new_stages = stages.new_stages


def _file_entries(session: Session, table: ParsedTable, stages: StageResolver, result: ImportResult
                  ) -> dict[int, list[_Entry]]:
    """The file's usable rows as entries, per deal; deleted, unknown and repeated rows are counted."""
    deals = _Deals(session)
    by_deal: dict[int, list[_Entry]] = defaultdict(list)
    seen: set[Key] = set()
    for row in table.rows:
        values = row.values
        if (reason := skip_deleted(values)) is not None:
            result.skip(reason)
            continue
        source = values.get("source_system") or table.source
        opp_id = deals.find(str(values["opportunity_external_id"]).strip(), source)
        if opp_id is None:
            table.reject(result, row, _unknown(values["opportunity_external_id"], source), "opportunity_external_id")
            continue
        try:
            stage_id = stages.resolve(values["stage"]).id
        except UserError as exc:
            table.reject(result, row, exc, "stage")
            continue
        entry = _entry(row, stage_id, source)
        key: Key = (("ext", source, entry.external_id) if entry.external_id
                    else ("nat", opp_id, stage_id, entry.entered_at))
        if key in seen:
            result.duplicate_rows.append(row.row)
            result.duplicates.append(f"row {row.row} repeats an earlier row")
            continue
        seen.add(key)
        by_deal[opp_id].append(entry)
    return by_deal


def _unknown(external_id: object, source: str) -> UserError:
    return ValidationError("no opportunity has the id {id} in {source}; import the opportunities first",
                           id=external_id, source=source)


def _entry(row: ParsedRow, stage_id: int, source: str) -> _Entry:
    external_id = row.values.get("external_id")
    return _Entry(row.values["entered_at"].replace(microsecond=0), stage_id, external_id or None,
                  source if external_id else None, (1, row.row), row=row.row)


def _stored(session: Session, by_deal: dict[int, list[_Entry]]) -> tuple[dict[int, list[Any]], dict[Key, Any]]:
    """The stored entries of the file's deals, per deal, and the stored entries with the CRM ids the file has
    (whichever deal they belong to), by (source, id)."""
    columns = (StageHistory.id, StageHistory.opportunity_id, StageHistory.stage_id, StageHistory.entered_at,
               StageHistory.origin, StageHistory.external_id, StageHistory.source_system)
    per_deal: dict[int, list[Any]] = defaultdict(list)
    by_ext: dict[Key, Any] = {}
    deals = list(by_deal)
    for start in range(0, len(deals), CHUNK):
        chunk = deals[start:start + CHUNK]
        for stored in session.execute(select(*columns).where(StageHistory.opportunity_id.in_(chunk))
                                      .order_by(StageHistory.id)):
            per_deal[stored.opportunity_id].append(stored)
            if stored.external_id:
                by_ext[(stored.source_system, stored.external_id)] = stored
    wanted = sorted({e.external_id for entries in by_deal.values() for e in entries if e.external_id})
    for start in range(0, len(wanted), CHUNK):
        ids = wanted[start:start + CHUNK]
        for stored in session.execute(select(*columns).where(StageHistory.external_id.in_(ids))):
            by_ext.setdefault((stored.source_system, stored.external_id), stored)
    return per_deal, by_ext


def _merge(opp_id: int, entries: list[_Entry], stored: list[Any], by_ext: dict[Key, Any], changes: _Changes,
           result: ImportResult) -> None:
    """One deal: its derived entries go, the file's entries and its imported ones are ordered and collapsed."""
    changes.deletes += [s.id for s in stored if s.origin == DERIVED]
    made_by_user = {(s.stage_id, s.entered_at) for s in stored if s.origin == USER}
    imported = [s for s in stored if s.origin == IMPORTED]
    by_time = {(s.stage_id, s.entered_at): s for s in imported}
    claimed: set[int] = set()
    timeline: list[_Entry] = []
    for entry in entries:
        if (entry.stage_id, entry.entered_at) in made_by_user:
            result.unchanged += 1
            continue
        match = (by_ext.get((entry.source_system, entry.external_id)) if entry.external_id
                 else by_time.get((entry.stage_id, entry.entered_at)))
        if match is not None and match.id not in claimed:
            claimed.add(match.id)
            entry.stored = match
            entry.external_id, entry.source_system = (entry.external_id or match.external_id,
                                                      entry.source_system or match.source_system)
        timeline.append(entry)
    timeline += [_Entry(s.entered_at, s.stage_id, s.external_id, s.source_system, (0, s.id), stored=s)
                 for s in imported if s.id not in claimed]
    timeline.sort(key=lambda e: (e.entered_at, e.order))
    previous: int | None = None
    for entry in timeline:
        repeat, previous = entry.stage_id == previous, entry.stage_id
        _place(opp_id, entry, repeat, changes, result)


def _place(opp_id: int, entry: _Entry, repeat: bool, changes: _Changes, result: ImportResult) -> None:
    """What one entry of a deal's ordered timeline becomes (``repeat``: it has the stage of the one before)."""
    stored, from_file = entry.stored, entry.row is not None
    if repeat:
        if stored is not None:
            changes.deletes.append(stored.id)
        result.unchanged += from_file
    elif stored is None:
        changes.inserts.append({"opportunity_id": opp_id, "stage_id": entry.stage_id, "entered_at": entry.entered_at,
                                "origin": IMPORTED, "external_id": entry.external_id,
                                "source_system": entry.source_system})
        result.inserted += 1
    elif from_file:
        now = (opp_id, entry.stage_id, entry.entered_at, entry.external_id, entry.source_system)
        if (stored.opportunity_id, stored.stage_id, stored.entered_at, stored.external_id,
                stored.source_system) == now:
            result.unchanged += 1
        else:
            changes.updates.append({"_id": stored.id, "opportunity_id": opp_id, "stage_id": entry.stage_id,
                                    "entered_at": entry.entered_at, "external_id": entry.external_id,
                                    "source_system": entry.source_system})
            result.updated += 1


def _write(session: Session, changes: _Changes) -> None:
    """Deletions first (they free the ids and times the insertions may reuse), then updates, then insertions."""
    connection, table = session.connection(), Base.metadata.tables["stage_history"]
    deletes = sorted(set(changes.deletes))
    for start in range(0, len(deletes), CHUNK):
        connection.execute(delete(table).where(table.c.id.in_(deletes[start:start + CHUNK])))
    if changes.updates:
        connection.execute(update(table).where(table.c.id == bindparam("_id")), changes.updates)
    bulk_insert(connection, table, changes.inserts)


__all__ = ["import_history"]
