"""Matching the names and ids in a file to what the database has: pipeline stages, owners (reps) and accounts.

Unknown open stages are added to the pipeline in order of first appearance; unknown owners become reps and
unknown accounts become accounts. Everything added is reported.

A reference to an owner or an account is resolved by id when the row has one: the CRM id with its system (the
file's, or the ``*_source_system`` column's), or salesmgr's own id when that system is this database's own
(``salesmgr:<identity>``, what its exports write for records made here). An id not seen before takes the one
record of that name that has no id yet (which keeps the id from then on), else makes a new record: two CRM
records with one name never merge. Only a row with no id is matched by name, and a name that fits several
records is rejected for that row, never guessed.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from salesmgr.exchange.imports.stage_names import closed_kind, normalise
from salesmgr.models import Account, Base, Rep, StageDefinition
from salesmgr.models.dialect import bulk_insert
from salesmgr.models.errors import ValidationError
from salesmgr.models.identity import OWN_SOURCE, own_source
from salesmgr.models.pipeline.builtin import stage_aliases

OWNER, REP = "owner", "rep"  # what a rep's name is read as: a record's owner, or a rep (a rep file's row, a manager)


def ambiguous_account(count: int) -> ValidationError:
    return ValidationError("account name matches {n} accounts; add the account id column", n=count)


def ambiguous_rep(count: int, role: str) -> ValidationError:
    if role == OWNER:
        return ValidationError("owner name matches {n} reps; add the owner id or email column", n=count)
    return ValidationError("rep name matches {n} reps; add the rep id or email column", n=count)


class StageResolver:
    """A file's stage value matches a stage by its stored name or, for a default stage nobody renamed, by its
    name in any language (``stage_aliases``: "商务谈判" is the default Negotiation stage); stored names win.
    A name no stage has that means won or lost (``stage_names``: "Closed Lost to Competition", "Lost - no
    budget", "输单(竞争对手)", each CRM's won/lost names) is the pipeline's won or lost stage; any other is a new
    open stage."""

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
        outcome = closed_kind(value)
        return self.won if outcome == "won" else self.lost if outcome == "lost" else None

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
        return closed_kind(status) if status else None

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


def own_id(text: str) -> int:
    """A salesmgr id as written in an export ("42")."""
    if not text.isdigit() or not text.isascii():
        raise ValidationError("{id} is not a salesmgr id; an ID from salesmgr is a whole number", id=text)
    return int(text)


class _References:
    """What owner and account matching share: the file's system and this database's own one."""

    def __init__(self, session: Session, source_system: str) -> None:
        self.session, self.source = session, source_system
        self._own: str | None = None
        self.with_id: set[int] = set()  # records that carry a CRM id (of any system)
        self.by_external: dict[tuple[str, str], int] = {}

    def own_key(self, external_id: str, source: str) -> int | None:
        """The record's own primary key when ``source`` is this database's own system, else None."""
        if not source.casefold().startswith(OWN_SOURCE):
            return None
        if self._own is None:
            self._own = own_source(self.session)
        return own_id(external_id) if source.casefold() == self._own.casefold() else None

    def adoptable(self, ids: list[int]) -> int | None:
        """The one record of a name when it has no CRM id yet, so an id never seen before may take it."""
        return ids[0] if len(ids) == 1 and ids[0] not in self.with_id else None

    def _take_id(self, entity: type[Any], record_id: int, source: str, external_id: str) -> None:
        self.session.connection().execute(update(entity).where(entity.id == record_id)
                                          .values(external_id=external_id, source_system=source))
        self.with_id.add(record_id)
        self.by_external[(source, external_id)] = record_id


NOT_SALESPEOPLE_KEY = "salesmgr.imports.not_salespeople"  # in Session.info: skipped users' (source, CRM id)


class RepResolver(_References):
    """Owners matched by id (see the module docstring), else e-mail, else name (case-insensitive); unknown ones
    created."""

    def __init__(self, session: Session, source_system: str) -> None:
        super().__init__(session, source_system)
        rows = session.execute(select(Rep.id, Rep.name, Rep.email, Rep.external_id, Rep.source_system)).all()
        self.by_external = {(r.source_system, r.external_id): r.id for r in rows if r.external_id}
        self.with_id = {r.id for r in rows if r.external_id}
        self.by_email = {r.email.casefold(): r.id for r in rows if r.email}
        self.by_name: dict[str, list[int]] = {}
        for r in rows:
            self.by_name.setdefault(r.name.casefold(), []).append(r.id)
        self.names = {r.id: r.name for r in rows}
        self.new_reps: list[str] = []
        self._resolved: dict[tuple[str | None, ...], int | None] = {}
        # the CRM users a users file skipped (system users), in this transaction: never made into reps
        self.not_salespeople: set[tuple[str, str]] = session.info.setdefault(NOT_SALESPEOPLE_KEY, set())
        self.owned_by_system = 0  # rows whose owner is one of them: imported without an owner

    def remember_not_salesperson(self, external_id: str | None, source: str | None) -> None:
        """A skipped user's CRM id, so that a later file of the same export does not make a rep of it."""
        if external_id:
            self.not_salespeople.add((source or self.source, external_id))

    def match(self, name: str | None, email: str | None = None, external_id: str | None = None,
              source: str | None = None) -> int | None:
        """The existing rep a row names, or None (also for a name that fits several reps)."""
        try:
            return self.find(name, email, external_id, source)
        except ValidationError:
            return None

    def find(self, name: str | None, email: str | None = None, external_id: str | None = None,
             source: str | None = None, role: str = OWNER) -> int | None:
        """The existing rep a row names, or None; raises ValidationError for a name that fits several reps (the
        message names the ``role``: OWNER or REP)."""
        source = source or self.source
        own = self.own_key(external_id, source) if external_id else None
        if own is not None and own in self.names:
            return own
        crm_id = external_id if own is None else None
        if crm_id and (source, crm_id) in self.by_external:
            return self.by_external[(source, crm_id)]
        if email and email.casefold() in self.by_email:
            return self.by_email[email.casefold()]
        if not name:
            return None
        ids = self.by_name.get(name.casefold(), [])
        if len(ids) > 1:
            raise ambiguous_rep(len(ids), role)
        return self.adoptable(ids) if crm_id else (ids[0] if ids else None)

    def resolve(self, name: str | None, email: str | None = None, external_id: str | None = None,
                source: str | None = None) -> int | None:
        key = (name, email, external_id, source)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(name, email, external_id, source or self.source)
        found = self._resolved[key]
        if found is None and external_id and ((source or self.source), external_id) in self.not_salespeople:
            self.owned_by_system += 1
        return found

    def _resolve(self, name: str | None, email: str | None, external_id: str | None, source: str) -> int | None:
        if not (name or email or external_id):
            return None
        found = self.find(name, email, external_id, source)
        if found is None and external_id and (source, external_id) in self.not_salespeople:
            return None
        crm_id = external_id if external_id and self.own_key(external_id, source) is None else None
        if found is None:
            return self._create(name, email, crm_id, source)
        if crm_id and found not in self.with_id:
            self._take_id(Rep, found, source, crm_id)
        return found

    def _create(self, name: str | None, email: str | None, external_id: str | None, source: str) -> int:
        values: dict[str, Any] = {"name": name or email or external_id, "role": "rep", "active": True,
                                  "email": email.casefold() if email else None}
        if external_id:
            values |= {"external_id": external_id, "source_system": source}
        rep_id = self.session.connection().execute(insert(Rep).values(**values).returning(Rep.id)).scalar_one()
        self.by_name.setdefault(values["name"].casefold(), []).append(rep_id)
        if values["email"]:
            self.by_email[values["email"]] = rep_id
        if external_id:
            self.by_external[(source, external_id)] = rep_id
            self.with_id.add(rep_id)
        self.names[rep_id] = values["name"]
        self.new_reps.append(values["name"])
        return rep_id


class AccountResolver(_References):
    """Accounts matched by id (see the module docstring), else by normalised name; unknown ones created: given
    their ids at once, written together by ``flush`` (one executemany instead of one INSERT each), which the
    importer calls before it writes the records that refer to them."""

    def __init__(self, session: Session, source_system: str) -> None:
        super().__init__(session, source_system)
        self.pending: dict[int, dict[str, Any]] = {}  # new accounts not written yet, by id
        self._next_id: int | None = None
        rows = session.execute(select(Account.id, Account.name, Account.external_id, Account.source_system)).all()
        self.by_external = {(r.source_system, r.external_id): r.id for r in rows if r.external_id}
        self.with_id = {r.id for r in rows if r.external_id}
        self.ids = {r.id for r in rows}
        self.by_name: dict[str, list[int]] = {}
        for r in rows:
            self.by_name.setdefault(normalise(r.name), []).append(r.id)
        self.new_accounts: list[str] = []
        self._resolved: dict[tuple[str | None, ...], int | None] = {}

    def named(self, name: str) -> int | None:
        """The one account called ``name`` (normalised), or None; raises ValidationError when several are."""
        ids = self.by_name.get(normalise(name), [])
        if len(ids) > 1:
            raise ambiguous_account(len(ids))
        return ids[0] if ids else None

    def resolve(self, name: str | None, external_id: str | None = None, owner_id: int | None = None,
                source: str | None = None) -> int | None:
        key = (name, external_id, source)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(name, external_id, owner_id, source or self.source)
        return self._resolved[key]

    def _resolve(self, name: str | None, external_id: str | None, owner_id: int | None, source: str
                 ) -> int | None:
        if external_id:
            own = self.own_key(external_id, source)
            if own is None:
                return self._by_crm_id(name, external_id, owner_id, source)
            if own in self.ids:
                return own
        if not name:
            return None
        found = self.named(name)
        return found if found is not None else self._create(name, None, owner_id, source)

    def _by_crm_id(self, name: str | None, external_id: str, owner_id: int | None, source: str) -> int:
        found = self.by_external.get((source, external_id))
        if found is not None:
            return found
        free = self.adoptable(self.by_name.get(normalise(name), [])) if name else None
        if free is not None:
            self._take_id(Account, free, source, external_id)
            return free
        return self._create(name or external_id, external_id, owner_id, source)

    def _create(self, name: str, external_id: str | None, owner_id: int | None, source: str) -> int:
        if self._next_id is None:
            self._next_id = (self.session.scalar(select(func.max(Account.id))) or 0) + 1
        account_id, self._next_id = self._next_id, self._next_id + 1
        self.pending[account_id] = {"id": account_id, "name": name, "owner_id": owner_id,
                                    "external_id": external_id or None,
                                    "source_system": source if external_id else None}
        self.by_name.setdefault(normalise(name), []).append(account_id)
        self.ids.add(account_id)
        if external_id:
            self.by_external[(source, external_id)] = account_id
            self.with_id.add(account_id)
        self.new_accounts.append(name)
        return account_id

    def _take_id(self, entity: type[Any], record_id: int, source: str, external_id: str) -> None:
        if record_id in self.pending:  # made by this import, not written yet
            self.pending[record_id] |= {"external_id": external_id, "source_system": source}
            self.with_id.add(record_id)
            self.by_external[(source, external_id)] = record_id
        else:
            super()._take_id(entity, record_id, source, external_id)

    def flush(self) -> None:
        """Write the new accounts (before the records that refer to them)."""
        if self.pending:
            bulk_insert(self.session.connection(), Base.metadata.tables["account"], list(self.pending.values()))
            self.pending.clear()


def count_rows(session: Session, entity: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(entity)) or 0
