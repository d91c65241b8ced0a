"""What changed from one version of the scoring model to the next, in plain words, for the version history.

Definitions: a rule of the new version is the same rule as one of the old when both look at the same thing
(kind and field; several rules on one field pair up in their order). For such a pair the changes are its points
("attended webinar: 20 -> 25 points"), its decay, and its condition (operator and value); an old rule without a
pair was removed, a new one added. Grades pair up by builtin key, else by name, else by rank; a pair reports a
new name ("grade renamed: Lead -> Cold"), minimum ("MQL from 50 -> 55") and action.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from salesmgr.i18n import translate
from salesmgr.models.leads.catalogue import CONTEXT
from salesmgr.models.leads.labels import action_label, field_label, grade_label, rule_text
from salesmgr.models.leads.spec import Grade, Rule, ScoringSpec
from salesmgr.models.leads.store import spec_of_version, versions


@dataclass(frozen=True)
class VersionChanges:
    version: int
    changed_by: str
    changed_at: datetime
    origin: str
    note: str | None
    changes: tuple[str, ...]


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def changes(old: ScoringSpec, new: ScoringSpec) -> list[str]:
    """The changes from ``old`` to ``new``, rules first, then grades."""
    return _rule_changes(old.rules, new.rules) + _grade_changes(old.grades, new.grades)


def version_history(session: Session) -> list[VersionChanges]:
    """Every version, newest first, with its changes against the version before it."""
    infos = versions(session)
    specs = {info.version: spec_of_version(session, info.version) for info in infos}
    history = []
    for info in infos:
        before = specs.get(info.version - 1)
        first = (translate("LeadScoring", "first version"),)
        found = first if before is None else tuple(changes(before, specs[info.version]))
        history.append(VersionChanges(info.version, info.changed_by, info.changed_at, info.origin, info.note,
                                      found or (translate("LeadScoring", "no change"),)))
    return history


def _pairs(old: tuple[Rule, ...], new: tuple[Rule, ...]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """(old index, new index) of the rules that pair up, then the old and the new ones without a pair."""
    waiting: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, rule in enumerate(old):
        waiting[(rule.kind, rule.field)].append(index)
    pairs, added = [], []
    for index, rule in enumerate(new):
        queue = waiting.get((rule.kind, rule.field))
        if queue:
            pairs.append((queue.pop(0), index))
        else:
            added.append(index)
    removed = sorted(index for queue in waiting.values() for index in queue)
    return pairs, removed, added


def _rule_changes(old: tuple[Rule, ...], new: tuple[Rule, ...]) -> list[str]:
    pairs, removed, added = _pairs(old, new)
    found: list[str] = []
    for before_index, after_index in pairs:
        found.extend(_rule_pair(old[before_index], new[after_index]))
    removal = translate("LeadScoring", "rule removed: {rule}")
    found.extend(removal.format(rule=rule_text(old[index])) for index in removed)
    addition = translate("LeadScoring", "rule added: {rule} ({points} points)")
    found.extend(addition.format(rule=rule_text(new[index]), points=new[index].points) for index in added)
    order = [before for before, _after in pairs]
    if order != sorted(order):
        found.append(translate("LeadScoring", "rules put in another order"))
    return found


def _rule_pair(before: Rule, after: Rule) -> list[str]:
    found = []
    if (before.operator, before.value) != (after.operator, after.value):
        found.append(translate("LeadScoring", "rule changed: {old} -> {new}").format(
            old=rule_text(before), new=rule_text(after)))
    if before.points != after.points:
        found.append(translate("LeadScoring", "{rule}: {old} -> {new} points").format(
            rule=field_label(after), old=before.points, new=after.points))
    if (before.decay or 0) != (after.decay or 0):
        found.append(translate("LeadScoring", "{rule}: decay {old} -> {new} per 30 days").format(
            rule=field_label(after), old=before.decay or 0, new=after.decay or 0))
    return found


def _grade_pairs(old: tuple[Grade, ...], new: tuple[Grade, ...]) -> dict[int, int]:
    """New rank -> old rank of the grades that pair up."""
    pairs: dict[int, int] = {}
    keys = (lambda grade: grade.builtin_key, lambda grade: grade.name.strip().casefold())
    for key in keys:
        for new_rank, grade in enumerate(new):
            if new_rank in pairs or key(grade) is None:
                continue
            match = next((old_rank for old_rank, other in enumerate(old)
                          if old_rank not in pairs.values() and key(other) == key(grade)), None)
            if match is not None:
                pairs[new_rank] = match
    for new_rank in range(len(new)):
        if new_rank not in pairs and new_rank < len(old) and new_rank not in pairs.values():
            pairs[new_rank] = new_rank
    return pairs


def _grade_changes(old: tuple[Grade, ...], new: tuple[Grade, ...]) -> list[str]:
    pairs = _grade_pairs(old, new)
    found: list[str] = []
    for new_rank, grade in enumerate(new):
        if new_rank not in pairs:
            found.append(translate("LeadScoring", "grade added: {grade} from {minimum}").format(
                grade=grade_label(grade), minimum=_minimum(grade)))
            continue
        before = old[pairs[new_rank]]
        if before.name.strip() != grade.name.strip():
            found.append(translate("LeadScoring", "grade renamed: {old} -> {new}").format(old=grade_label(before),
                                                                    new=grade_label(grade)))
        if before.min_score != grade.min_score:
            found.append(translate("LeadScoring", "{grade} from {old} -> {new}").format(grade=grade_label(grade),
                                                                  old=_minimum(before), new=_minimum(grade)))
        if before.action != grade.action:
            found.append(translate("LeadScoring", "{grade}: {old} -> {new}").format(grade=grade_label(grade),
                                                              old=action_label(before.action),
                                                              new=action_label(grade.action)))
    found.extend(translate("LeadScoring", "grade removed: {grade}").format(grade=grade_label(grade))
                 for rank, grade in enumerate(old) if rank not in pairs.values())
    return found


def _minimum(grade: Grade) -> str:
    return translate("LeadScoring", "any score") if grade.min_score is None else str(grade.min_score)
