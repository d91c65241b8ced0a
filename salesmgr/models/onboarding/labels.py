"""The words for onboarding's keys in the interface language (categories, owner roles, plan statuses and the
agenda's sections, weekdays), for the CLI and the reports; no Qt (``i18n.translate``, context "Onboarding")."""
from __future__ import annotations

from datetime import date

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate

CATEGORY_LABELS = {"practice": QT_TRANSLATE_NOOP("Onboarding", "practice"),
                   "feedback": QT_TRANSLATE_NOOP("Onboarding", "feedback"),
                   "formal": QT_TRANSLATE_NOOP("Onboarding", "formal training")}
ROLE_LABELS = {"new_hire": QT_TRANSLATE_NOOP("Onboarding", "new hire"),
               "mentor": QT_TRANSLATE_NOOP("Onboarding", "mentor"),
               "manager": QT_TRANSLATE_NOOP("Onboarding", "manager")}
STATUS_LABELS = {"active": QT_TRANSLATE_NOOP("Onboarding", "active"),
                 "finished": QT_TRANSLATE_NOOP("Onboarding", "finished"),
                 "cancelled": QT_TRANSLATE_NOOP("Onboarding", "cancelled")}
SECTION_LABELS = {"overdue": QT_TRANSLATE_NOOP("Onboarding", "Overdue tasks"),
                  "due": QT_TRANSLATE_NOOP("Onboarding", "Due this week"),
                  "firsts": QT_TRANSLATE_NOOP("Onboarding", "Firsts since the last review"),
                  "stalled": QT_TRANSLATE_NOOP("Onboarding", "Deals stalled in a stage"),
                  "late": QT_TRANSLATE_NOOP("Onboarding", "Activities logged more than 24 h late"),
                  "criteria": QT_TRANSLATE_NOOP("Onboarding", "Open criteria this month"),
                  "last_review": QT_TRANSLATE_NOOP("Onboarding", "Notes of the last review")}
REVIEW_PARTS = {"went_well": QT_TRANSLATE_NOOP("Onboarding", "went well"),
                "to_improve": QT_TRANSLATE_NOOP("Onboarding", "to improve"),
                "next_steps": QT_TRANSLATE_NOOP("Onboarding", "next steps")}

WEEKDAYS = (QT_TRANSLATE_NOOP("Onboarding", "Mon"), QT_TRANSLATE_NOOP("Onboarding", "Tue"),
            QT_TRANSLATE_NOOP("Onboarding", "Wed"), QT_TRANSLATE_NOOP("Onboarding", "Thu"),
            QT_TRANSLATE_NOOP("Onboarding", "Fri"), QT_TRANSLATE_NOOP("Onboarding", "Sat"),
            QT_TRANSLATE_NOOP("Onboarding", "Sun"))


def weekday_label(day: date) -> str:
    """The day's short weekday name in the interface language ("Sat", "周六")."""
    return translate("Onboarding", WEEKDAYS[day.weekday()])


def _label(labels: dict[str, str], key: str) -> str:
    return translate("Onboarding", labels[key]) if key in labels else key


def category_label(key: str) -> str:
    return _label(CATEGORY_LABELS, key)


def role_label(key: str) -> str:
    return _label(ROLE_LABELS, key)


def status_label(key: str) -> str:
    return _label(STATUS_LABELS, key)


def section_label(key: str) -> str:
    return _label(SECTION_LABELS, key)


def review_part_label(key: str) -> str:
    return _label(REVIEW_PARTS, key)
