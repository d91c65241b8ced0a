"""Editing the pipeline's stages as a whole: rename, reorder, add, delete, kinds, probabilities and criteria.

``save_stages`` takes the complete list in the desired order and applies it in the caller's transaction; it
validates everything before writing, so a ValidationError leaves the stages as they were.

The editor works with what is shown (``builtin``): ``list_stages`` hands out the names and criteria in the
current language, and ``save_stages`` reads them back the same way. A built-in stage whose name comes back as
it was shown keeps its stored English name and its key (so it is still shown in every language); any other name
is the user's, stored as typed, and clears the key. Default checklist items in the current language are stored
as the English items.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from salesmgr.models.crm import Opportunity
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.pipeline.builtin import criteria_labels, is_builtin, stage_aliases, stored_criterion
from salesmgr.models.pipeline.entities import STAGE_KINDS, StageDefinition, StageHistory

NAME_LIMIT = 80


@dataclass(frozen=True)
class StageRow:
    id: int
    name: str
    position: int
    kind: str
    default_probability: int
    entry_criteria: list[str]
    exit_criteria: list[str]
    deals: int


@dataclass
class StageInput:
    """One stage as the editor wants it; ``id`` is None for a new stage."""

    id: int | None
    name: str
    kind: str = "open"
    default_probability: int = 0
    entry_criteria: list[str] = field(default_factory=list)
    exit_criteria: list[str] = field(default_factory=list)


def criteria_lines(lines: list[str] | str | None) -> list[str]:
    """Checklist items stripped, blanks dropped; a string is split into lines."""
    if lines is None:
        return []
    if isinstance(lines, str):
        lines = lines.splitlines()
    return [item for item in (line.strip() for line in lines) if item]


def list_stages(session: Session) -> list[StageRow]:
    """Every stage in pipeline order, with the number of opportunities currently in it."""
    query = select(Opportunity.stage_id, func.count()).group_by(Opportunity.stage_id)
    counts = {stage_id: count for stage_id, count in session.execute(query)}
    stages = session.scalars(select(StageDefinition).order_by(StageDefinition.position, StageDefinition.id))
    return [StageRow(s.id, s.label, s.position, s.kind, s.default_probability,
                     criteria_labels(criteria_lines(s.entry_criteria)),
                     criteria_labels(criteria_lines(s.exit_criteria)), counts.get(s.id, 0)) for s in stages]


def save_stages(session: Session, rows: list[StageInput]) -> None:
    """Make the pipeline exactly ``rows``, in that order; stages left out are deleted if no deal uses them."""
    cleaned = [_clean(row) for row in rows]
    _validate(cleaned)
    existing = {s.id: s for s in session.scalars(select(StageDefinition))}
    for row in cleaned:
        if row.id is not None and row.id not in existing:
            raise NotFoundError("no pipeline stage with id {id}", id=row.id)
    kept = {row.id for row in cleaned if row.id is not None}
    stored = [_stored_name(existing[row.id], row.name) if row.id is not None else (row.name, None)
              for row in cleaned]
    _check_aliases(cleaned, stored)
    removed = [stage for stage_id, stage in existing.items() if stage_id not in kept]
    for stage in sorted(removed, key=lambda s: s.position):
        count = _deal_count(session, stage.id)
        if count:
            raise ValidationError("the stage {name} still has {count} deals; move them first",
                                  name=stage.label, count=count)
    for stage in removed:
        session.delete(stage)
    session.flush()
    # Free every kept name first so that swapped or reused names do not trip the unique constraint mid-flush.
    for stage_id in kept:
        existing[stage_id].name = f"\x00renaming {stage_id}"
    session.flush()
    for position, row in enumerate(cleaned, start=1):
        stage = existing[row.id] if row.id is not None else StageDefinition()
        stage.name, stage.builtin_key = stored[position - 1]
        stage.position = position
        stage.kind = row.kind
        stage.default_probability = row.default_probability
        stage.entry_criteria = "\n".join(stored_criterion(item) for item in row.entry_criteria)
        stage.exit_criteria = "\n".join(stored_criterion(item) for item in row.exit_criteria)
        if row.id is None:
            session.add(stage)
    session.flush()


def _stored_name(stage: StageDefinition, shown: str) -> tuple[str, str | None]:
    """(name, builtin key) to store for an existing stage edited to ``shown``: unchanged while ``shown`` is what
    the stage is shown as now, else the user's name without a key."""
    if shown == stage.label:
        return stage.name, stage.builtin_key if is_builtin(stage.name, stage.builtin_key) else None
    return shown, None


def _check_aliases(rows: list[StageInput], stored: list[tuple[str, str | None]]) -> None:
    """No stage may be called what a built-in stage is called in another language (a lookup by name would not
    know which one is meant); ``_validate`` has already refused two equal names. ``stored`` is the (name, key)
    each row will be saved with."""
    owners: dict[str, str] = {}
    for row, (name, key) in zip(rows, stored, strict=True):
        if is_builtin(name, key):
            for alias in stage_aliases(name, key):
                owners[alias.casefold()] = row.name
    for row in rows:
        owner = owners.get(row.name.casefold())
        if owner is not None and owner != row.name:
            raise ValidationError("{name} is the name of the stage {stage} in another language; "
                                  "give the stage another name", name=row.name, stage=owner)


def _clean(row: StageInput) -> StageInput:
    return StageInput(row.id, (row.name or "").strip(), (row.kind or "").strip().lower(), row.default_probability,
                      criteria_lines(row.entry_criteria), criteria_lines(row.exit_criteria))


def _validate(rows: list[StageInput]) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        if not row.name:
            raise ValidationError("every stage needs a name")
        if len(row.name) > NAME_LIMIT:
            raise ValidationError("a stage name can be at most {limit} characters", limit=NAME_LIMIT)
        key = row.name.casefold()
        if key in seen:
            raise ValidationError("there are two stages called {name}; give each stage its own name", name=row.name)
        seen[key] = row.name
        if row.kind not in STAGE_KINDS:
            raise ValidationError("unknown kind {kind}; use one of {kinds}", kind=row.kind,
                                  kinds=", ".join(STAGE_KINDS))
        probability = row.default_probability
        if isinstance(probability, bool) or not isinstance(probability, int) or not 0 <= probability <= 100:
            raise ValidationError("{value} is not a percentage between 0 and 100", value=probability)
    kinds = [row.kind for row in rows]
    if not all(kind in kinds for kind in STAGE_KINDS):
        raise ValidationError("the pipeline needs at least one open, one won and one lost stage")
    first_closed = next(i for i, kind in enumerate(kinds) if kind != "open")
    if "open" in kinds[first_closed:]:
        raise ValidationError("open stages come before won and lost stages")


def _deal_count(session: Session, stage_id: int) -> int:
    """Opportunities in the stage now or in its history (either keeps the stage from being deleted)."""
    ids = union(select(Opportunity.id).where(Opportunity.stage_id == stage_id),
                select(StageHistory.opportunity_id).where(StageHistory.stage_id == stage_id)).subquery()
    return session.scalar(select(func.count()).select_from(ids)) or 0
