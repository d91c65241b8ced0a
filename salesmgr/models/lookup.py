"""Finding a team or rep by the name a user typed: case-insensitive, unknown or ambiguous names listed."""
from __future__ import annotations

import difflib

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.errors import NotFoundError
from salesmgr.models.org import Rep, Team


def find_team(session: Session, name: str) -> int:
    teams = {row.id: row.name for row in session.execute(select(Team.id, Team.name))}
    found = _matches(teams, name)
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFoundError("more than one team is called {name}", name=name)
    raise NotFoundError("no team called {name}; close matches: {matches}", name=name, matches=_close(teams, name))


def find_rep(session: Session, name: str) -> int:
    """A rep by name or e-mail."""
    rows = session.execute(select(Rep.id, Rep.name, Rep.email)).all()
    by_email = {row.email.casefold(): row.id for row in rows if row.email}
    if name.strip().casefold() in by_email:
        return by_email[name.strip().casefold()]
    reps = {row.id: row.name for row in rows}
    found = _matches(reps, name)
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFoundError("more than one rep is called {name}; give the e-mail instead", name=name)
    raise NotFoundError("no rep called {name}; close matches: {matches}", name=name, matches=_close(reps, name))


def _matches(names: dict[int, str], name: str) -> list[int]:
    return [key for key, value in names.items() if value.casefold() == name.strip().casefold()]


def _close(names: dict[int, str], name: str) -> str:
    """Names that contain what was typed, then names that look like it."""
    typed = name.strip().casefold()
    containing = [value for value in names.values() if typed and typed in value.casefold()]
    alike = difflib.get_close_matches(name, list(names.values()), n=5, cutoff=0.4)
    return ", ".join(dict.fromkeys(containing + alike).keys()) or "-"
