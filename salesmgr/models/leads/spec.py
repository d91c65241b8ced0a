"""A scoring model as plain values (``ScoringSpec``), checked before it is saved, and the seed's default model.

The seed's model (the article's pseudo-code): industry in [科技, 金融] +15, company size > 1000 +10, downloaded
white paper +10, attended webinar +20, visited pricing page +20; a score of 50 or more is MQL, 30 or more is
SQL, anything else is Lead (the article's own ordering), and MQLs are routed to reps while the others are
nurtured.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from salesmgr.models.errors import ValidationError
from salesmgr.models.leads.catalogue import ATTRIBUTE_FIELDS, IN_LIST, NUMBER, operators_for
from salesmgr.models.leads.entities import GRADE_ACTIONS, RULE_KINDS

Value = str | int
POINTS_LIMIT = 1000
GRADE_NAME_LIMIT = 40


@dataclass(frozen=True)
class Rule:
    """An attribute rule (``field`` a lead field, ``operator`` and ``value``) or a behaviour rule (``field`` a
    behaviour key, ``decay`` points lost per whole 30 days since it happened)."""

    kind: str
    field: str
    points: int
    operator: str | None = None
    value: Value | tuple[Value, ...] | None = None
    decay: int | None = None


@dataclass(frozen=True)
class Grade:
    """A band of scores: leads scoring ``min_score`` or more (the last grade: any score)."""

    name: str
    min_score: int | None
    action: str
    builtin_key: str | None = None


@dataclass(frozen=True)
class ScoringSpec:
    """Rules in order and grades from the top; ``version`` and ``model_id`` once saved."""

    rules: tuple[Rule, ...]
    grades: tuple[Grade, ...]
    version: int | None = None
    model_id: int | None = None
    changed_by: str | None = None
    note: str | None = field(default=None, compare=False)

    def grade_rank(self, score: int) -> int:
        """The index of the grade a score falls in (0 is the top grade)."""
        for rank, grade in enumerate(self.grades):
            if grade.min_score is None or score >= grade.min_score:
                return rank
        return len(self.grades) - 1

    def routed_ranks(self) -> tuple[int, ...]:
        return tuple(rank for rank, grade in enumerate(self.grades) if grade.action == "route")


DEFAULT_SPEC = ScoringSpec(
    rules=(
        Rule("attribute", "industry", 15, "in", ("科技", "金融")),
        Rule("attribute", "company_size", 10, "gt", 1000),
        Rule("behaviour", "white_paper", 10),
        Rule("behaviour", "webinar", 20),
        Rule("behaviour", "pricing_page", 20),
    ),
    grades=(
        Grade("MQL", 50, "route", "mql"),
        Grade("SQL", 30, "nurture", "sql"),
        Grade("Lead", None, "nurture", "lead"),
    ),
)


def check_spec(spec: ScoringSpec) -> None:
    """Refuse a model that cannot score: unknown fields or operators, values of the wrong type, grades out of
    order. Raises ``ValidationError`` naming the first problem."""
    if not spec.grades:
        raise ValidationError("A scoring model needs at least one grade.")
    for number, rule in enumerate(spec.rules, start=1):
        _check_rule(number, rule)
    _check_grades(spec.grades)


def _check_rule(number: int, rule: Rule) -> None:
    if rule.kind not in RULE_KINDS:
        raise ValidationError("Rule {number}: unknown kind {kind}.", number=number, kind=rule.kind)
    if abs(rule.points) > POINTS_LIMIT:
        raise ValidationError("Rule {number}: points must be between -1000 and 1000.", number=number)
    if rule.kind == "behaviour":
        if not rule.field.strip():
            raise ValidationError("Rule {number}: choose the behaviour it scores.", number=number)
        if rule.decay is not None and rule.decay < 0:
            raise ValidationError("Rule {number}: decay cannot be negative.", number=number)
        return
    if rule.field not in ATTRIBUTE_FIELDS:
        raise ValidationError("Rule {number}: unknown lead field {field}.", number=number, field=rule.field)
    if rule.operator not in operators_for(rule.field):
        raise ValidationError("Rule {number}: this operator does not apply to that field.", number=number)
    _check_value(number, rule)


def _check_value(number: int, rule: Rule) -> None:
    values = rule.value if isinstance(rule.value, tuple) else (rule.value,)
    if (rule.operator == IN_LIST) != isinstance(rule.value, tuple) or not values:
        raise ValidationError("Rule {number}: give the list of values, one or more.", number=number)
    numeric = ATTRIBUTE_FIELDS[rule.field][0] == NUMBER
    for value in values:
        if numeric and not isinstance(value, int):
            raise ValidationError("Rule {number}: the value must be a whole number.", number=number)
        if not numeric and (not isinstance(value, str) or not value.strip()):
            raise ValidationError("Rule {number}: the value cannot be empty.", number=number)


def _check_grades(grades: tuple[Grade, ...]) -> None:
    names = [grade.name.strip().casefold() for grade in grades]
    if any(not name or len(name) > GRADE_NAME_LIMIT for name in names):
        raise ValidationError("Every grade needs a name of at most 40 characters.")
    if len(set(names)) != len(names):
        raise ValidationError("Two grades have the same name; give each grade its own.")
    if any(grade.action not in GRADE_ACTIONS for grade in grades):
        raise ValidationError("A grade's action must be route or nurture.")
    minimums = [grade.min_score for grade in grades[:-1]]
    if grades[-1].min_score is not None or any(value is None for value in minimums):
        raise ValidationError("Every grade but the last needs a minimum score; the last takes the rest.")
    if any(high <= low for high, low in itertools.pairwise(minimums)):  # type: ignore[operator]
        raise ValidationError("Grade minimums must go down from the top grade.")
