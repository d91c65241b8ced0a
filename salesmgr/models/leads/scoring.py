"""A lead's score in Python, rule by rule, with the breakdown shown to the user ("+15 industry 科技").

``bulk.rescore`` computes the same scores in SQL for every lead at once; ``tests/models/leads`` checks that both
agree. Definitions (see ``entities``): an attribute rule adds its points when it matches; a behaviour rule adds
``points - decay x (whole 30-day periods since the behaviour)``, never beyond zero (a behaviour dated after
today counts as today's); the score is the sum, and its grade the first from the top whose minimum it reaches.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from salesmgr.models.leads.catalogue import CONTAINS, DECAY_DAYS, GREATER, LESS, fold
from salesmgr.models.leads.spec import Rule, ScoringSpec, Value


@dataclass(frozen=True)
class LeadFacts:
    """What the rules read of one lead: its fields by name and the day of each behaviour it has."""

    attributes: dict[str, str | int | None]
    behaviours: dict[str, date] = field(default_factory=dict)


class Part(NamedTuple):
    """The points one rule gave: ``rule`` is its index in the model; ``value`` what it matched (the field's
    value, or the behaviour's day)."""

    rule: int
    points: int
    value: str | int | date


class ScoreResult(NamedTuple):
    score: int
    grade_rank: int
    parts: tuple[Part, ...]


Matcher = Callable[[LeadFacts, date], "Part | None"]


def score_facts(spec: ScoringSpec, facts: LeadFacts, today: date) -> ScoreResult:
    """The score, grade and breakdown of one lead under ``spec`` on ``today``."""
    parts = []
    score = 0
    for match in _matchers(spec):
        part = match(facts, today)
        if part is not None:
            parts.append(part)
            score += part.points
    return ScoreResult(score, spec.grade_rank(score), tuple(parts))


_compiled: dict[int, tuple[ScoringSpec, tuple[Matcher, ...]]] = {}


def _matchers(spec: ScoringSpec) -> tuple[Matcher, ...]:
    """One function per rule, its values folded once (a model scores thousands of leads); kept for the specs
    last used, found by identity (hashing a whole model for each lead would cost more than scoring it)."""
    found = _compiled.get(id(spec))
    if found is not None and found[0] is spec:
        return found[1]
    if len(_compiled) > 8:
        _compiled.clear()
    matchers = tuple(_matcher(index, rule) for index, rule in enumerate(spec.rules))
    _compiled[id(spec)] = (spec, matchers)
    return matchers


def _matcher(index: int, rule: Rule) -> Matcher:
    if rule.kind == "behaviour":
        key, points, decay = rule.field, rule.points, rule.decay

        def behaviour(facts: LeadFacts, today: date) -> Part | None:
            day = facts.behaviours.get(key)
            return None if day is None else Part(index, decayed(points, decay, day, today), day)
        return behaviour
    test = _test(rule)
    name, points = rule.field, rule.points

    def attribute(facts: LeadFacts, _today: date) -> Part | None:
        value = facts.attributes.get(name)
        return None if value is None or not test(value) else Part(index, points, value)
    return attribute


def decayed(points: int, decay: int | None, day: date, today: date) -> int:
    """``points`` less ``decay`` for each whole 30 days from ``day`` to ``today``, stopping at zero."""
    if not decay:
        return points
    periods = max(0, (today - day).days) // DECAY_DAYS
    remaining = max(0, abs(points) - decay * periods)
    return remaining if points >= 0 else -remaining


def matches(rule: Rule, value: str | int) -> bool:
    """Whether an attribute rule matches a (present) value."""
    return _test(rule)(value)


def _test(rule: Rule) -> Callable[[str | int], bool]:
    items = _items(rule.value)
    if rule.operator == GREATER:
        return lambda value: isinstance(value, int) and value > items[0]  # type: ignore[operator]
    if rule.operator == LESS:
        return lambda value: isinstance(value, int) and value < items[0]  # type: ignore[operator]
    numbers = frozenset(item for item in items if isinstance(item, int))
    texts = frozenset(fold(str(item)) for item in items)
    if rule.operator == CONTAINS:
        needle = fold(str(items[0]))
        return lambda value: isinstance(value, str) and needle in fold(value)
    # equals and in list: a number compares as a number, a text folded
    return lambda value: value in numbers if isinstance(value, int) else fold(value) in texts


def _items(value: Value | tuple[Value, ...] | None) -> tuple[Value, ...]:
    if isinstance(value, tuple):
        return value
    return () if value is None else (value,)
