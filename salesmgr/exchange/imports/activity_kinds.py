"""Reading an activity's kind (models.crm.ACTIVITY_KINDS) from what CRM exports write for it.

An export says what an activity was in up to two columns: its type as people chose it (Salesforce's Type picklist,
"Activity Type", "活动类型": "Call", "Site Visit", "Meeting", "电话") and, in Salesforce, the subtype the system
recorded (TaskSubtype: Task, Call, Email, ListEmail, Cadence; EventSubtype: Event). ``activity_kind`` reads them
in this order:

1. a subtype that says how the activity was logged, Call or Email, is that kind (a logged call is a call);
2. else a type of the vocabulary below is its kind (case, spaces and punctuation ignored);
3. else the subtype's own meaning: an Event is a meeting, a Task, ListEmail or Cadence step is a note;
4. else (a type nobody knows, such as "Other" on a task) a note, and the value is reported as unknown.
"""
from __future__ import annotations

from salesmgr.exchange.imports.mapping import normalise_header

_WORDS: dict[str, tuple[str, ...]] = {
    "call": ("call", "calls", "phone", "phone call", "log a call", "电话", "通话", "电话沟通", "电话拜访", "来电",
             "去电"),
    "email": ("email", "emails", "e-mail", "mail", "send email", "邮件", "电子邮件", "发邮件"),
    "meeting": ("meeting", "meetings", "meet", "event", "会议", "会面", "见面", "开会"),
    "visit": ("visit", "site visit", "customer visit", "on-site visit", "拜访", "上门", "上门拜访", "客户拜访",
              "实地拜访"),
    "demo": ("demo", "demonstration", "product demo", "演示", "产品演示", "方案演示"),
    "note": ("note", "notes", "task", "to do", "list email", "cadence", "备注", "笔记", "任务", "待办"),
}
VOCABULARY = {normalise_header(word): kind for kind, words in _WORDS.items() for word in words}
LOGGED_AS = {"call": "call", "email": "email"}  # the subtypes that say how the activity was logged


def activity_kind(kind: str | None, subtype: str | None) -> tuple[str, str | None]:
    """``(kind, unknown)``: the activity's kind (see the module docstring) and the file's value it could not read
    (None when every given value was understood)."""
    logged = normalise_header(subtype) if subtype else ""
    if logged in LOGGED_AS:
        return LOGGED_AS[logged], None
    sub = VOCABULARY.get(logged) if logged else None
    typed = VOCABULARY.get(normalise_header(kind)) if kind else None
    if typed is not None:
        return typed, None
    if sub is not None:
        return sub, None
    return "note", kind or subtype
