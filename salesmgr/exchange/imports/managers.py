"""Linking reps to their managers by CRM id once a whole reps file is in: a manager may come later in the file
than the reps who report to them (Salesforce's User.csv ManagerId)."""
from __future__ import annotations

from sqlalchemy import select, tuple_, update
from sqlalchemy.orm import Session

from salesmgr.exchange.imports.upsert import Key
from salesmgr.models import Rep

CHUNK = 400  # (system, id) pairs per IN (...) query


def link_managers(session: Session, pending: list[tuple[Key, str, str]]) -> list[str]:
    """Set the manager of each rep of ``pending`` (the rep's key: ``("ext", system, id)`` or ``("id", own id)``;
    the manager's system and CRM id); returns the manager ids that no rep has, in file order, once each."""
    wanted: set[tuple[object, object]] = {(source, external_id) for _key, source, external_id in pending}
    wanted |= {(key[1], key[2]) for key, _source, _id in pending if key[0] == "ext"}
    ids = _by_crm_id(session, wanted)
    missing: dict[str, None] = {}
    for key, source, external_id in pending:
        rep_id = key[1] if key[0] == "id" else ids.get((key[1], key[2]))
        manager_id = ids.get((source, external_id))
        if manager_id is None:
            missing.setdefault(external_id, None)
        elif rep_id is not None and rep_id != manager_id:
            session.connection().execute(update(Rep).where(Rep.id == rep_id).values(manager_id=manager_id))
    return list(missing)


def _by_crm_id(session: Session, wanted: set[tuple[object, object]]) -> dict[tuple[object, object], int]:
    pairs, found = list(wanted), dict[tuple[object, object], int]()
    for start in range(0, len(pairs), CHUNK):
        query = select(Rep.id, Rep.source_system, Rep.external_id).where(
            tuple_(Rep.source_system, Rep.external_id).in_(pairs[start:start + CHUNK]))
        found |= {(row.source_system, row.external_id): row.id for row in session.execute(query)}
    return found
