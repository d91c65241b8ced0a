"""What the Leads page reads and writes through the runner: the lead list with the grade counts, one lead's
detail, lead edits, the current model with its counts and version history, the live preview of an edited model,
and saving a model. No Qt here.

Definitions:

* ``EditedRule`` is one row of the rules editor as typed: its value is text, a list comma-separated (a Chinese
  comma counts too); ``spec_of`` turns the editor's rows into a ``ScoringSpec`` (a number field's value that is
  not a whole number stays text, so that ``check_spec`` names the problem). The last grade takes every score
  below the others (no minimum).
* A preview is the grade counts of the edited model over the current leads (``bulk.preview_counts``), or the
  message of ``check_spec`` when the edited model cannot score.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from salesmgr.models.database import Session
from salesmgr.models.errors import UserError
from salesmgr.models.leads import edits
from salesmgr.models.leads.bulk import ensure_scored, preview_counts, rescore, stored_counts
from salesmgr.models.leads.catalogue import ATTRIBUTE_FIELDS, IN_LIST, NUMBER
from salesmgr.models.leads.history import VersionChanges, version_history
from salesmgr.models.leads.labels import grade_label, value_text
from salesmgr.models.leads.listing import LeadDetail, LeadRow, lead_detail, lead_rows
from salesmgr.models.leads.spec import Grade, Rule, ScoringSpec, Value, check_spec
from salesmgr.models.leads.store import current_spec, save_spec


@dataclass(frozen=True)
class GradeCount:
    rank: int
    label: str
    count: int


@dataclass(frozen=True)
class LeadsData:
    rows: list[LeadRow]
    counts: list[GradeCount]
    model_version: int


@dataclass(frozen=True)
class HistoryRow:
    id: int  # the version
    item: VersionChanges
    active: bool = True


@dataclass(frozen=True)
class ModelData:
    spec: ScoringSpec
    counts: list[GradeCount]
    history: list[HistoryRow]


@dataclass
class EditedRule:
    kind: str
    field: str
    operator: str | None
    value: str
    points: int
    decay: int


@dataclass
class EditedGrade:
    name: str
    min_score: int | None
    action: str
    builtin_key: str | None = None


@dataclass(frozen=True)
class Preview:
    counts: list[GradeCount] | None
    error: str | None  # a UserError's template; the view translates it with its fields
    exception: UserError | None = None


def _counts(spec: ScoringSpec, counts: dict[int, int]) -> list[GradeCount]:
    return [GradeCount(rank, grade_label(grade), counts[rank]) for rank, grade in enumerate(spec.grades)]


def load_leads(session: Session) -> LeadsData:
    rows = lead_rows(session)  # scores the leads first when their scores are out of date
    spec = current_spec(session)
    return LeadsData(rows, _counts(spec, stored_counts(session, spec)), spec.version or 0)


def load_detail(session: Session, lead_id: int) -> LeadDetail:
    return lead_detail(session, lead_id)


def save_lead(session: Session, lead_id: int, fields: dict[str, object], behaviours: dict[str, date | None]) -> None:
    edits.update_lead(session, lead_id, fields, behaviours)


def set_status(session: Session, lead_ids: list[int], status: str) -> int:
    return edits.set_status(session, lead_ids, status)


def load_model(session: Session) -> ModelData:
    spec = ensure_scored(session)
    history = [HistoryRow(item.version, item) for item in version_history(session)]
    return ModelData(spec, _counts(spec, stored_counts(session, spec)), history)


def preview(session: Session, spec: ScoringSpec) -> Preview:
    try:
        check_spec(spec)
    except UserError as exc:
        return Preview(None, exc.template, exc)
    return Preview(_counts(spec, preview_counts(session, spec)), None)


def save_model(session: Session, spec: ScoringSpec, changed_by: str, note: str) -> int:
    """Save ``spec`` as the next version and rescore every lead with it; returns the version."""
    saved = save_spec(session, spec, changed_by, note)
    rescore(session, saved)
    return saved.version or 0


def edited_rules(spec: ScoringSpec) -> list[EditedRule]:
    return [EditedRule(rule.kind, rule.field, rule.operator, value_text(rule.value), rule.points, rule.decay or 0)
            for rule in spec.rules]


def edited_grades(spec: ScoringSpec) -> list[EditedGrade]:
    return [EditedGrade(grade.name, grade.min_score, grade.action, grade.builtin_key) for grade in spec.grades]


def spec_of(rules: list[EditedRule], grades: list[EditedGrade]) -> ScoringSpec:
    last = len(grades) - 1
    return ScoringSpec(tuple(_rule(rule) for rule in rules),
                       tuple(Grade(grade.name.strip(), None if rank == last else grade.min_score, grade.action,
                                   grade.builtin_key) for rank, grade in enumerate(grades)))


def _rule(rule: EditedRule) -> Rule:
    if rule.kind == "behaviour":
        return Rule("behaviour", rule.field, rule.points, decay=rule.decay or None)
    numeric = rule.field in ATTRIBUTE_FIELDS and ATTRIBUTE_FIELDS[rule.field][0] == NUMBER
    items = [_typed(item, numeric) for item in re.split(r"[,，、]", rule.value) if item.strip()]
    single = _typed(rule.value, numeric) if rule.value.strip() else None
    value: Value | tuple[Value, ...] | None = tuple(items) if rule.operator == IN_LIST else single
    return Rule("attribute", rule.field, rule.points, rule.operator, value)


def _typed(text: str, numeric: bool) -> Value:
    cleaned = text.strip()
    if numeric and re.fullmatch(r"-?\d+", cleaned.replace(",", "")):
        return int(cleaned.replace(",", ""))
    return cleaned
