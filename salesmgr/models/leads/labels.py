"""How the scoring model reads to a user, in the current language (``salesmgr.i18n.translate``): grade names,
lead statuses, grade actions, a rule ("industry in 科技, 金融", "attended webinar, -5 per 30 days") and the points
one rule gave a lead ("+15 industry 科技", "+20 attended webinar (2026-10-03)").

A builtin grade (``Grade.builtin_key``) shows translated while its name is still the builtin English one; once the
manager renames it, it shows the name given.
"""
from __future__ import annotations

from datetime import date

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.leads.catalogue import (
    ATTRIBUTE_FIELDS,
    BEHAVIOURS,
    CONTAINS,
    CONTEXT,
    EQUALS,
    GREATER,
    IN_LIST,
    LESS,
    OPERATORS,
)
from salesmgr.models.leads.scoring import Part
from salesmgr.models.leads.spec import Grade, Rule, Value

BUILTIN_GRADES: dict[str, str] = {
    "mql": QT_TRANSLATE_NOOP("LeadScoring", "MQL"),
    "sql": QT_TRANSLATE_NOOP("LeadScoring", "SQL"),
    "lead": QT_TRANSLATE_NOOP("LeadScoring", "Lead"),
}
STATUS_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("LeadScoring", "new"),
    "nurturing": QT_TRANSLATE_NOOP("LeadScoring", "nurturing"),
    "assigned": QT_TRANSLATE_NOOP("LeadScoring", "assigned"),
    "converted": QT_TRANSLATE_NOOP("LeadScoring", "converted"),
    "disqualified": QT_TRANSLATE_NOOP("LeadScoring", "disqualified"),
}
ACTION_LABELS: dict[str, str] = {
    "route": QT_TRANSLATE_NOOP("LeadScoring", "route to reps"),
    "nurture": QT_TRANSLATE_NOOP("LeadScoring", "nurture"),
}
KIND_LABELS: dict[str, str] = {
    "attribute": QT_TRANSLATE_NOOP("LeadScoring", "attribute"),
    "behaviour": QT_TRANSLATE_NOOP("LeadScoring", "behaviour"),
}
_CONDITIONS: dict[str, str] = {
    EQUALS: QT_TRANSLATE_NOOP("LeadScoring", "{field} = {value}"),
    IN_LIST: QT_TRANSLATE_NOOP("LeadScoring", "{field} in {value}"),
    GREATER: QT_TRANSLATE_NOOP("LeadScoring", "{field} > {value}"),
    LESS: QT_TRANSLATE_NOOP("LeadScoring", "{field} < {value}"),
    CONTAINS: QT_TRANSLATE_NOOP("LeadScoring", "{field} contains {value}"),
}


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def grade_label(grade: Grade) -> str:
    """The grade's name as shown: the builtin name translated while it is unchanged, else the name given."""
    builtin = BUILTIN_GRADES.get(grade.builtin_key or "")
    return _tr(builtin) if builtin is not None and grade.name == builtin else grade.name


def status_label(status: str) -> str:
    return _tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def action_label(action: str) -> str:
    return _tr(ACTION_LABELS[action]) if action in ACTION_LABELS else action


def kind_label(kind: str) -> str:
    return _tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def operator_label(operator: str | None) -> str:
    return _tr(OPERATORS[operator]) if operator in OPERATORS else (operator or "")


def field_label(rule: Rule) -> str:
    """The lead field (attribute rule) or the behaviour (behaviour rule) a rule looks at."""
    if rule.kind == "behaviour":
        return behaviour_label(rule.field)
    return attribute_label(rule.field)


def attribute_label(field: str) -> str:
    return _tr(ATTRIBUTE_FIELDS[field][1]) if field in ATTRIBUTE_FIELDS else field


def behaviour_label(key: str) -> str:
    return _tr(BEHAVIOURS[key]) if key in BEHAVIOURS else key


def value_text(value: Value | tuple[Value, ...] | None) -> str:
    """A rule's value as typed in the editor: a list comma-separated."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def rule_text(rule: Rule) -> str:
    """"industry in 科技, 金融", "company size > 1000", "attended webinar, -5 per 30 days"."""
    if rule.kind == "behaviour":
        label = behaviour_label(rule.field)
        if not rule.decay:
            return label
        return translate("LeadScoring", "{behaviour}, -{decay} per 30 days").format(behaviour=label, decay=rule.decay)
    template = _CONDITIONS.get(rule.operator or EQUALS, _CONDITIONS[EQUALS])
    return _tr(template).format(field=attribute_label(rule.field), value=value_text(rule.value))


def points_text(points: int) -> str:
    return f"{points:+d}"


def part_text(rule: Rule, part: Part) -> str:
    """"+15 industry 科技", "+10 company size 2000", "+20 attended webinar (2026-10-03)"."""
    if rule.kind == "behaviour":
        day = part.value.isoformat() if isinstance(part.value, date) else str(part.value)
        return translate("LeadScoring", "{points} {behaviour} ({day})").format(points=points_text(part.points),
                                                          behaviour=behaviour_label(rule.field), day=day)
    return translate("LeadScoring", "{points} {field} {value}").format(points=points_text(part.points),
                                                  field=attribute_label(rule.field), value=part.value)
