"""A leads file's behaviour columns stored as ``lead_behaviour`` rows, and what a re-import does to them.

Only the behaviours the file has a column for are touched; for each of them and each lead of the file:

* a day (the behaviour happened then) stores the behaviour with that day, ``dated``: a later import with a day
  replaces the stored day (the file is the newer word), whether the stored one was dated or not;
* a plain yes stores the behaviour with the import day, not dated, when the lead does not have it yet; a lead
  that has it keeps its day (a yes says nothing new about when, and must not restart its decay);
* no, or an empty cell, removes the behaviour from the lead (the file's column says the lead has not done it).

A behaviour whose column the file does not have is left as it is. Two rows of one file for the same lead: the
later row wins, as for the lead's other columns.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.orm import Session

from salesmgr.exchange.imports.upsert import Record
from salesmgr.models import clock
from salesmgr.models.leads import bulk
from salesmgr.models.leads.entities import LeadBehaviour

BEHAVIOURS_KEY = "_behaviours"  # in a lead record's values while it is built: behaviour -> True, False, a day, None
CHUNK = 400  # lead ids per IN (...) query
Taken = dict[int, dict[str, Any]]


def take_behaviours(records: list[Record]) -> Taken:
    """The behaviour values of each record by file row, taken out of the records (they are no lead columns)."""
    return {record.row: record.values.pop(BEHAVIOURS_KEY) for record in records
            if BEHAVIOURS_KEY in record.values}


def finish_leads(session: Session, taken: Taken, lead_of_row: dict[int, int], rescore: bool) -> None:
    """After a leads file is written: its behaviours stored (``store_behaviours``, today from the clock), and every
    lead rescored (one statement, ``bulk.rescore``) unless the import is only tried (a dry run)."""
    store_behaviours(session, taken, lead_of_row, clock.today())
    if rescore:
        bulk.rescore(session)


def store_behaviours(session: Session, taken: Taken, lead_of_row: dict[int, int], today: date) -> None:
    """Apply the taken behaviour values to the leads the rows became (``lead_of_row``: file row -> lead id), as
    the module docstring says. Rows that were not stored (rejected, ambiguous) are not in ``lead_of_row``."""
    wanted: dict[tuple[int, str], Any] = {}
    for row in sorted(taken):
        lead_id = lead_of_row.get(row)
        if lead_id is not None:
            for key, value in taken[row].items():
                wanted[(lead_id, key)] = value
    if not wanted:
        return
    existing = _existing(session, sorted({lead_id for lead_id, _ in wanted}))
    removed, added, redated = [], [], []
    for pair, value in wanted.items():
        stored = existing.get(pair)
        if value is None or value is False:
            if stored is not None:
                removed.append(pair)
        elif value is True:
            if stored is None:
                added.append({"lead_id": pair[0], "behaviour": pair[1], "occurred_on": today, "dated": False})
        elif stored is None:
            added.append({"lead_id": pair[0], "behaviour": pair[1], "occurred_on": value, "dated": True})
        elif stored != (value, True):
            removed.append(pair)
            redated.append({"lead_id": pair[0], "behaviour": pair[1], "occurred_on": value, "dated": True})
    _write(session, removed, added + redated)


def _existing(session: Session, lead_ids: list[int]) -> dict[tuple[int, str], tuple[date, bool]]:
    found = {}
    for start in range(0, len(lead_ids), CHUNK):
        rows = session.execute(select(LeadBehaviour.lead_id, LeadBehaviour.behaviour, LeadBehaviour.occurred_on,
                                      LeadBehaviour.dated)
                               .where(LeadBehaviour.lead_id.in_(lead_ids[start:start + CHUNK])))
        for lead_id, key, day, dated in rows:
            found[(lead_id, key)] = (day, bool(dated))
    return found


def _write(session: Session, removed: list[tuple[int, str]], added: list[dict[str, Any]]) -> None:
    pair = tuple_(LeadBehaviour.lead_id, LeadBehaviour.behaviour)
    for start in range(0, len(removed), CHUNK):
        session.execute(delete(LeadBehaviour).where(pair.in_(removed[start:start + CHUNK])))
    if added:
        session.execute(insert(LeadBehaviour), added)
