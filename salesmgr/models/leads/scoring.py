"""A lead's score in Python, rule by rule, with the breakdown shown to the user ("+15 industry 科技").

``bulk.rescore`` computes the same scores in SQL for every lead at once; ``tests/models/leads`` checks that both
agree. Definitions (see ``entities``): an attribute rule adds its points when it matches; a behaviour rule adds
``points - decay x (whole 30-day periods since the behaviour)``, never beyond zero (a behaviour dated after
today counts as today's); the score is the sum, and its grade the first from the top whose minimum it reaches.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from salesmgr.models.leads.catalogue import CONTAINS, DECAY_DAYS, EQUALS, GREATER, IN_LIST, LESS, fold
from salesmgr.models.leads.spec import Rule, ScoringSpec, Value


@dataclass(frozen=True)
class LeadFacts:
    """What the rules read of one lead: its fields by name and the day of each behaviour it has."""

    attributes: dict[str, str | int | None]
    behaviours: dict[str, date] = field(default_factory=dict)


@dataclass(frozen=True)
class Part:
    """The points one rule gave: ``rule`` is its index in the model; ``value`` what it matched (the field's
    value, or the behaviour's day)."""

    rule: int
    points: int
    value: str | int | date


@dataclass(frozen=True)
class ScoreResult:
    score: int
    grade_rank: int
    parts: tuple[Part, ...]


def score_facts(spec: ScoringSpec, facts: LeadFacts, today: date) -> ScoreResult:
    """The score, grade and breakdown of one lead under ``spec`` on ``today``."""
    parts: list[Part] = []
    for index, rule in enumerate(spec.rules):
        part = _apply(index, rule, facts, today)
        if part is not None:
            parts.append(part)
    score = sum(part.points for part in parts)
    return ScoreResult(score, spec.grade_rank(score), tuple(parts))


def _apply(index: int, rule: Rule, facts: LeadFacts, today: date) -> Part | None:
    if rule.kind == "behaviour":
        day = facts.behaviours.get(rule.field)
        return None if day is None else Part(index, decayed(rule.points, rule.decay, day, today), day)
    value = facts.attributes.get(rule.field)
    if value is None or not matches(rule, value):
        return None
    return Part(index, rule.points, value)


def decayed(points: int, decay: int | None, day: date, today: date) -> int:
    """``points`` less ``decay`` for each whole 30 days from ``day`` to ``today``, stopping at zero."""
    if not decay:
        return points
    periods = max(0, (today - day).days) // DECAY_DAYS
    remaining = max(0, abs(points) - decay * periods)
    return remaining if points >= 0 else -remaining


def matches(rule: Rule, value: str | int) -> bool:
    """Whether an attribute rule matches a (present) value."""
    if isinstance(value, int):
        return _matches_number(rule, value)
    text = fold(value)
    if rule.operator == EQUALS:
        return text == fold(str(rule.value))
    if rule.operator == IN_LIST:
        return text in {fold(str(item)) for item in _items(rule.value)}
    if rule.operator == CONTAINS:
        return fold(str(rule.value)) in text
    return False


def _matches_number(rule: Rule, value: int) -> bool:
    if rule.operator == EQUALS:
        return value == rule.value
    if rule.operator == IN_LIST:
        return value in _items(rule.value)
    if rule.operator == GREATER:
        return value > rule.value  # type: ignore[operator]
    if rule.operator == LESS:
        return value < rule.value  # type: ignore[operator]
    return False


def _items(value: Value | tuple[Value, ...] | None) -> tuple[Value, ...]:
    if isinstance(value, tuple):
        return value
    return () if value is None else (value,)
