"""What changed between model versions, in words, worked out from the seed's model by hand."""
from __future__ import annotations

from dataclasses import replace

from salesmgr.models.database import Database
from salesmgr.models.leads.history import changes, version_history
from salesmgr.models.leads.spec import DEFAULT_SPEC, Grade, Rule
from salesmgr.models.leads.store import current_spec, save_spec


def test_points_threshold_and_rules() -> None:
    rules = list(DEFAULT_SPEC.rules)
    rules[3] = replace(rules[3], points=25)  # webinar 20 -> 25
    rules[4] = replace(rules[4], decay=5)  # pricing page decays 5 per 30 days
    rules[0] = replace(rules[0], value=("科技",))  # industry in 科技 only
    del rules[1]  # company size > 1000 removed
    rules.append(Rule("behaviour", "demo_request", 30))
    grades = (replace(DEFAULT_SPEC.grades[0], min_score=55), replace(DEFAULT_SPEC.grades[1], action="route"),
              replace(DEFAULT_SPEC.grades[2], name="Cold"))
    new = replace(DEFAULT_SPEC, rules=tuple(rules), grades=grades)
    assert changes(DEFAULT_SPEC, new) == [
        "rule changed: industry in 科技, 金融 -> industry in 科技",
        "attended webinar: 20 -> 25 points",
        "visited pricing page: decay 0 -> 5 per 30 days",
        "rule removed: company size > 1000",
        "rule added: requested a demo (30 points)",
        "MQL from 50 -> 55",
        "SQL: nurture -> route to reps",
        "grade renamed: Lead -> Cold",
    ]


def test_grades_added_removed_and_order() -> None:
    rules = (DEFAULT_SPEC.rules[1], DEFAULT_SPEC.rules[0], *DEFAULT_SPEC.rules[2:])
    # Warm takes SQL's rank and neither key nor name pairs it with another grade: SQL renamed, new minimum.
    grades = (DEFAULT_SPEC.grades[0], Grade("Warm", 40, "nurture"), DEFAULT_SPEC.grades[2])
    assert changes(DEFAULT_SPEC, replace(DEFAULT_SPEC, rules=rules, grades=grades)) == [
        "rules put in another order", "grade renamed: SQL -> Warm", "Warm from 30 -> 40"]
    # A fourth grade has no rank to pair with: added; dropping SQL (two grades left) removes it.
    four = (*DEFAULT_SPEC.grades[:2], Grade("Warm", 10, "nurture"), DEFAULT_SPEC.grades[2])
    assert changes(DEFAULT_SPEC, replace(DEFAULT_SPEC, grades=four)) == ["grade added: Warm from 10"]
    two = (DEFAULT_SPEC.grades[0], DEFAULT_SPEC.grades[2])
    assert changes(DEFAULT_SPEC, replace(DEFAULT_SPEC, grades=two)) == ["grade removed: SQL"]
    assert changes(DEFAULT_SPEC, DEFAULT_SPEC) == []


def test_version_history_newest_first(db: Database) -> None:
    with db.session() as session:
        first = current_spec(session)
        save_spec(session, replace(first, grades=(replace(first.grades[0], min_score=60), *first.grades[1:])),
                  "Ann", "stricter")
        save_spec(session, first, "Bob")
        history = version_history(session)
    assert [(item.version, item.changed_by, item.note, item.changes) for item in history] == [
        (3, "Bob", None, ("MQL from 60 -> 50",)),
        (2, "Ann", "stricter", ("MQL from 50 -> 60",)),
        (1, "salesmgr", None, ("first version",)),
    ]
