"""Finding a team or rep by the name a user typed, case-insensitively.

The order: the exact name (ignoring case; for a rep the e-mail first), then a part of the name ("East China"
finds "华东大区 East China") when only one name contains it. A part that several names contain is refused
listing them; a name found nowhere is refused listing the close matches.
"""
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
    part = _containing(teams, name)
    if len(part) == 1:
        return part[0]
    if part:
        raise NotFoundError("more than one team's name contains {name}: {matches}; give more of the name",
                            name=name, matches=_listed(teams, part))
    raise NotFoundError("no team called {name}; close matches: {matches}", name=name, matches=_close(teams, name))


def find_rep(session: Session, name: str) -> int:
    """A rep by e-mail or name (see the module)."""
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
    part = _containing(reps, name)
    if len(part) == 1:
        return part[0]
    if part:
        raise NotFoundError("more than one rep's name contains {name}: {matches}; give more of the name or the "
                            "e-mail", name=name, matches=_listed(reps, part))
    raise NotFoundError("no rep called {name}; close matches: {matches}", name=name, matches=_close(reps, name))


def _matches(names: dict[int, str], name: str) -> list[int]:
    return [key for key, value in names.items() if value.casefold() == name.strip().casefold()]


def _containing(names: dict[int, str], name: str) -> list[int]:
    """The ids whose name contains what was typed (ignoring case); none for blank text."""
    typed = name.strip().casefold()
    return [key for key, value in names.items() if typed and typed in value.casefold()] if typed else []


def _listed(names: dict[int, str], keys: list[int]) -> str:
    return ", ".join(sorted(dict.fromkeys(names[key] for key in keys), key=str.casefold))


def _close(names: dict[int, str], name: str) -> str:
    """Names that look like what was typed (none contains it, or it would have been found)."""
    alike = difflib.get_close_matches(name, list(names.values()), n=5, cutoff=0.4)
    return ", ".join(dict.fromkeys(alike).keys()) or "-"
