"""Each database's own identity (made by migration 0006): exports name records created in salesmgr
``salesmgr:<identity>`` + their id, and only an import into that same database matches them by id."""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.config import Setting

KEY = "database.id"
OWN_SOURCE = "salesmgr"


def database_id(session: Session) -> str:
    """This database's identity, made now if the database predates it."""
    value = session.scalar(select(Setting.value).where(Setting.key == KEY))
    if value is None:
        value = uuid.uuid4().hex[:12]
        session.add(Setting(key=KEY, value=value))
        session.flush()
    return value


def own_source(session: Session) -> str:
    """The source_system an export gives the records created in this database."""
    return f"{OWN_SOURCE}:{database_id(session)}"
