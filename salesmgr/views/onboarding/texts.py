"""How the Onboarding page names things in the user's language: the 70/20/10 categories, the owner and author
roles, the plans' statuses, weekdays and the mix of a plan (``60 / 25 / 15``). Built per call, so a new
translator applies."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from salesmgr.i18n import QT_TRANSLATE_NOOP
from salesmgr.models.onboarding import labels
from salesmgr.models.onboarding.entities import CATEGORIES, DATA, TARGET_MIX

CONTEXT = "OnboardingLabels"
NO_VALUE = "—"
ACTIVITY_KINDS = {"call": QT_TRANSLATE_NOOP("OnboardingLabels", "call"),
                  "email": QT_TRANSLATE_NOOP("OnboardingLabels", "e-mail"),
                  "meeting": QT_TRANSLATE_NOOP("OnboardingLabels", "meeting"),
                  "visit": QT_TRANSLATE_NOOP("OnboardingLabels", "visit"),
                  "demo": QT_TRANSLATE_NOOP("OnboardingLabels", "demo"),
                  "note": QT_TRANSLATE_NOOP("OnboardingLabels", "note")}
def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _capitalised(text: str) -> str:
    """A label at the start of a table cell ("Formal training"; Chinese is unchanged)."""
    return text[:1].upper() + text[1:]


def category_label(key: str) -> str:
    return _capitalised(labels.category_label(key))


def role_label(key: str) -> str:
    return _capitalised(labels.role_label(key))


def status_label(key: str) -> str:
    return _capitalised(labels.status_label(key))


def activity_kind_label(key: str) -> str:
    return _tr(ACTIVITY_KINDS[key]) if key in ACTIVITY_KINDS else key


def day_with_weekday(day: date | None) -> str:
    """``Sat 2026-11-07`` (``周六 2026-11-07``): a weekend day reads as one."""
    return NO_VALUE if day is None else f"{labels.weekday_label(day)} {day.isoformat()}"


def done_by_label(done_by: str | None) -> str:
    """Who ticked a task; "by data" when its criterion completed it."""
    if done_by == DATA:
        return QCoreApplication.translate("OnboardingLabels", "by data")
    return done_by or ""


def mix_text(mix: dict[str, float] | None) -> str:
    """Practice / feedback / formal in whole percent (``60 / 25 / 15``); a dash while nothing is done."""
    if mix is None:
        return NO_VALUE
    return " / ".join(f"{mix[key] * 100:.0f}" for key in CATEGORIES)


def mix_tooltip(mix: dict[str, float] | None) -> str:
    """Each category's share against the 70/20/10 target, one per line."""
    target = " / ".join(f"{TARGET_MIX[key] * 100:.0f}" for key in CATEGORIES)
    head = QCoreApplication.translate(
        "OnboardingLabels", "Hours of completed work by category: practice / feedback / formal training "
                            "(target {target} %)").format(target=target)
    if mix is None:
        return head + "\n" + QCoreApplication.translate("OnboardingLabels", "Nothing done yet.")
    lines = [QCoreApplication.translate("OnboardingLabels", "{category}: {share} % (target {target} %)").format(
        category=category_label(key), share=f"{mix[key] * 100:.0f}", target=f"{TARGET_MIX[key] * 100:.0f}")
        for key in CATEGORIES]
    return "\n".join([head, *lines])


def percent(share: float | None, places: int = 0) -> str:
    return NO_VALUE if share is None else f"{share * 100:.{places}f} %"
