"""Matching the names in a file to what the database has: pipeline stages, owners (reps) and accounts.

Unknown open stages are added to the pipeline in order of first appearance; unknown owners become reps and
unknown accounts become accounts. Everything added is reported.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from salesmgr.models import Account, Rep, StageDefinition
from salesmgr.models.pipeline.builtin import stage_aliases

WON_WORDS = {"closedwon", "won", "赢单", "成交", "已成交", "赢", "签约", "已签约"}
LOST_WORDS = {"closedlost", "lost", "输单", "丢单", "已输单", "输", "失败", "已丢单"}
_PUNCTUATION = re.compile(r"[\s\-_/.,:;()（）【】\[\]'\"]+")


def normalise(text: str) -> str:
    return _PUNCTUATION.sub("", text).casefold()


class StageResolver:
    """A file's stage value matches a stage by its stored name or, for a default stage nobody renamed, by its
    name in any language (``stage_aliases``: "商务谈判" is the default Negotiation stage); stored names win."""

    def __init__(self, session: Session, stage_map: dict[str, str] | None = None) -> None:
        self.session = session
        stages = session.scalars(select(StageDefinition).order_by(StageDefinition.position)).all()
        self.by_name = {normalise(s.name): s for s in stages}
        for stage in stages:
            for alias in stage_aliases(stage.name, stage.builtin_key):
                self.by_name.setdefault(normalise(alias), stage)
        self.won = next((s for s in stages if s.kind == "won"), None)
        self.lost = next((s for s in stages if s.kind == "lost"), None)
        self.user_map = {normalise(k): v for k, v in (stage_map or {}).items()}
        self.new_stages: list[str] = []
        self._resolved: dict[tuple[str, bool | None, bool | None, str | None], StageDefinition] = {}

    def match(self, value: str) -> StageDefinition | None:
        """The existing stage for a file's stage value, or None when it would be added."""
        key = normalise(value)
        if key in self.user_map and normalise(self.user_map[key]) in self.by_name:
            return self.by_name[normalise(self.user_map[key])]
        if key in self.by_name:
            return self.by_name[key]
        if key in WON_WORDS:
            return self.won
        if key in LOST_WORDS:
            return self.lost
        return None

    def resolve(self, value: str, *, is_won: bool | None = None, is_closed: bool | None = None,
                status: str | None = None) -> StageDefinition:
        """The stage a row belongs in; won/lost flags and a won/lost status override the stage name."""
        key = (value, is_won, is_closed, status)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(value, is_won, is_closed, status)
        return self._resolved[key]

    def _resolve(self, value: str, is_won: bool | None, is_closed: bool | None, status: str | None
                 ) -> StageDefinition:
        outcome = self._outcome(is_won, is_closed, status)
        if outcome == "won" and self.won is not None:
            return self.won
        if outcome == "lost" and self.lost is not None:
            return self.lost
        return self.match(value) or self._add(value)

    @staticmethod
    def _outcome(is_won: bool | None, is_closed: bool | None, status: str | None) -> str | None:
        if is_closed and is_won is not None:
            return "won" if is_won else "lost"
        if is_won:
            return "won"
        key = normalise(status or "")
        return "won" if key in WON_WORDS else "lost" if key in LOST_WORDS else None

    def _add(self, value: str) -> StageDefinition:
        """A new open stage, placed after the last open stage (closed stages move down one)."""
        last_open = max((s.position for s in self.by_name.values() if s.kind == "open"), default=0)
        self.session.execute(update(StageDefinition).where(StageDefinition.position > last_open)
                             .values(position=StageDefinition.position + 1))
        stage = StageDefinition(name=value.strip(), position=last_open + 1, kind="open", default_probability=0,
                                entry_criteria="", exit_criteria="")
        self.session.add(stage)
        self.session.flush()  # the ORM-enabled UPDATE above already moved the stages loaded in this session
        self.by_name[normalise(value)] = stage
        self.new_stages.append(stage.name)
        return stage


class RepResolver:
    """Owners matched by CRM user id, e-mail or name (case-insensitive); unknown ones created."""

    def __init__(self, session: Session, source_system: str) -> None:
        self.session, self.source = session, source_system
        rows = session.execute(select(Rep.id, Rep.name, Rep.email, Rep.external_id, Rep.source_system)).all()
        self.by_external = {(r.source_system, r.external_id): r.id for r in rows if r.external_id}
        self.by_email = {r.email.casefold(): r.id for r in rows if r.email}
        self.by_name = {r.name.casefold(): r.id for r in rows}
        self.names = {r.id: r.name for r in rows}
        self.new_reps: list[str] = []
        self._resolved: dict[tuple[str | None, str | None, str | None], int | None] = {}

    def match(self, name: str | None, email: str | None = None, external_id: str | None = None) -> int | None:
        if external_id and (self.source, external_id) in self.by_external:
            return self.by_external[(self.source, external_id)]
        if email and email.casefold() in self.by_email:
            return self.by_email[email.casefold()]
        if name and name.casefold() in self.by_name:
            return self.by_name[name.casefold()]
        return None

    def resolve(self, name: str | None, email: str | None = None, external_id: str | None = None) -> int | None:
        key = (name, email, external_id)
        if key not in self._resolved:
            found = self.match(name, email, external_id) if (name or email or external_id) else None
            if found is None and (name or email or external_id):
                found = self._create(name, email, external_id)
            self._resolved[key] = found
        return self._resolved[key]

    def _create(self, name: str | None, email: str | None, external_id: str | None) -> int:
        values: dict[str, Any] = {"name": name or email or external_id, "role": "rep", "active": True,
                                  "email": email.casefold() if email else None}
        if external_id:
            values |= {"external_id": external_id, "source_system": self.source}
        rep_id = self.session.connection().execute(insert(Rep).values(**values).returning(Rep.id)).scalar_one()
        self._remember(rep_id, values["name"], values["email"], external_id)
        self.new_reps.append(values["name"])
        return rep_id

    def _remember(self, rep_id: int, name: str, email: str | None, external_id: str | None) -> None:
        self.by_name.setdefault(name.casefold(), rep_id)
        if email:
            self.by_email[email] = rep_id
        if external_id:
            self.by_external[(self.source, external_id)] = rep_id
        self.names[rep_id] = name


class AccountResolver:
    """Accounts matched by CRM id or normalised name; unknown ones created."""

    def __init__(self, session: Session, source_system: str) -> None:
        self.session, self.source = session, source_system
        rows = session.execute(select(Account.id, Account.name, Account.external_id, Account.source_system)).all()
        self.by_external = {(r.source_system, r.external_id): r.id for r in rows if r.external_id}
        self.by_name = {normalise(r.name): r.id for r in rows}
        self.new_accounts: list[str] = []
        self._resolved: dict[tuple[str | None, str | None], int | None] = {}

    def resolve(self, name: str | None, external_id: str | None = None, owner_id: int | None = None) -> int | None:
        key = (name, external_id)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(name, external_id, owner_id)
        return self._resolved[key]

    def _resolve(self, name: str | None, external_id: str | None, owner_id: int | None) -> int | None:
        if external_id and (self.source, external_id) in self.by_external:
            return self.by_external[(self.source, external_id)]
        if name and normalise(name) in self.by_name:
            return self.by_name[normalise(name)]
        if not (name or external_id):
            return None
        values: dict[str, Any] = {"name": name or external_id, "owner_id": owner_id}
        if external_id:
            values |= {"external_id": external_id, "source_system": self.source}
        account_id = self.session.connection().execute(
            insert(Account).values(**values).returning(Account.id)).scalar_one()
        self.by_name[normalise(values["name"])] = account_id
        if external_id:
            self.by_external[(self.source, external_id)] = account_id
        self.new_accounts.append(values["name"])
        return account_id


def count_rows(session: Session, entity: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(entity)) or 0
