"""Editing leads: their fields and behaviours (then the lead is rescored), and their status.

Definitions:

* ``update_lead`` writes the fields given (``EDITABLE_FIELDS``; text is stripped, empty text is None) and, for
  each behaviour key given, its day (``dated``: a day the user gave) or None to remove it; behaviours not given
  are left as they are. A behaviour kept on the day it already had keeps its ``dated`` flag (an imported plain
  yes stays undated until its day is changed). The lead is then rescored with the current model.
* ``set_status`` moves leads to ``disqualified`` or back to ``nurturing``; a converted lead keeps its status
  (it has become an opportunity).
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Lead
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.leads.bulk import ensure_scored, rescore
from salesmgr.models.leads.catalogue import BEHAVIOURS
from salesmgr.models.leads.entities import LeadBehaviour

TEXT_FIELDS: dict[str, int] = {"name": 120, "company": 200, "title": 120, "email": 200, "phone": 40,
                               "industry": 80, "region": 80, "lead_source": 80}
EDITABLE_FIELDS = (*TEXT_FIELDS, "company_size")
SETTABLE_STATUSES = ("disqualified", "nurturing")
SIZE_LIMIT = 10_000_000


def update_lead(session: Session, lead_id: int, fields: Mapping[str, object],
                behaviours: Mapping[str, date | None] | None = None) -> None:
    """Write ``fields`` and ``behaviours`` of a lead, checked first (nothing is written when one is refused),
    and rescore it."""
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise NotFoundError("There is no lead {id}.", id=lead_id)
    values = {name: _checked(name, value) for name, value in fields.items()}
    days = dict(behaviours or {})
    for key in days:
        if key not in BEHAVIOURS:
            raise ValidationError("Unknown behaviour {key}.", key=key)
    for name, value in values.items():
        setattr(lead, name, value)
    _write_behaviours(session, lead_id, days)
    session.flush()
    ensure_scored(session)  # every other lead scored with the current model first
    rescore(session, lead_ids=[lead_id])


def _checked(name: str, value: object) -> object:
    if name == "company_size":
        return _size(value)
    if name not in TEXT_FIELDS:
        raise ValidationError("A lead has no field {field} that can be edited.", field=name)
    text = "" if value is None else str(value).strip()
    if name == "name" and not text:
        raise ValidationError("A lead needs a name.")
    if len(text) > TEXT_FIELDS[name]:
        raise ValidationError("The {field} is too long: at most {limit} characters.", field=name.replace("_", " "),
                              limit=TEXT_FIELDS[name])
    return text or None


def _size(value: object) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        size = int(str(value).replace(",", "").strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValidationError("The company size must be a whole number of employees.") from None
    if isinstance(size, bool) or not 0 <= size <= SIZE_LIMIT:
        raise ValidationError("The company size must be between 0 and 10,000,000 employees.")
    return size


def _write_behaviours(session: Session, lead_id: int, days: dict[str, date | None]) -> None:
    existing = {row.behaviour: row for row in session.scalars(
        select(LeadBehaviour).where(LeadBehaviour.lead_id == lead_id))}
    for key, day in days.items():
        row = existing.get(key)
        if day is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(LeadBehaviour(lead_id=lead_id, behaviour=key, occurred_on=day, dated=True))
        elif row.occurred_on != day:
            row.occurred_on, row.dated = day, True


def set_status(session: Session, lead_ids: Collection[int], status: str) -> int:
    """Give the leads ``status`` (disqualified or nurturing); returns how many changed."""
    if status not in SETTABLE_STATUSES:
        raise ValidationError("A lead can only be disqualified or put back to nurturing here.")
    leads = list(session.scalars(select(Lead).where(Lead.id.in_(sorted(set(lead_ids))))))
    if len(leads) != len(set(lead_ids)):
        raise NotFoundError("Some of these leads no longer exist; reload the list.")
    if any(lead.status == "converted" for lead in leads):
        raise ValidationError("A converted lead has become an opportunity and keeps its status.")
    changed = [lead for lead in leads if lead.status != status]
    for lead in changed:
        lead.status = status
    return len(changed)
