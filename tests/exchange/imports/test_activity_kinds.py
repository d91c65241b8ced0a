"""An activity's kind from its type and (Salesforce) subtype; the rules are activity_kinds' docstring."""
from __future__ import annotations

import pytest

from salesmgr.exchange.imports.activity_kinds import activity_kind


@pytest.mark.parametrize(("kind", "subtype", "expected"), [
    (None, "Call", ("call", None)),  # 1. a logged call or e-mail is that, whatever the type says
    ("Meeting", "Call", ("call", None)),
    ("", "Email", ("email", None)),
    ("Meeting", "Task", ("meeting", None)),  # 2. a known type
    ("Site Visit", "Task", ("visit", None)), ("site_visit", None, ("visit", None)), ("DEMO", None, ("demo", None)),
    ("上门拜访", None, ("visit", None)), ("电话", None, ("call", None)),
    ("Other", "Event", ("meeting", None)),  # 3. the subtype's meaning: an event with no usable type is a meeting
    (None, "Event", ("meeting", None)),
    ("Other", "Task", ("note", None)), (None, "ListEmail", ("note", None)), (None, "Cadence", ("note", None)),
    ("Lunch", None, ("note", "Lunch")),  # 4. nothing understood: a note, and the value is reported
    (None, "Whatever", ("note", "Whatever")),
])
def test_activity_kind(kind: str | None, subtype: str | None, expected: tuple[str, str | None]) -> None:
    assert activity_kind(kind, subtype) == expected
