"""How the account view's codes read to a user, in the current language (``salesmgr.i18n.translate``, context
"Accounts"): timeline entry kinds, activity kinds, ticket severities, renewal intents, payment statuses, promise
statuses, departments and survey kinds. An unknown code is shown as it is."""
from __future__ import annotations

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Accounts"

LABELS: dict[str, str] = {
    # timeline entry kinds
    "deal_created": QT_TRANSLATE_NOOP("Accounts", "Deal created"),
    "stage": QT_TRANSLATE_NOOP("Accounts", "Stage reached"),
    "won": QT_TRANSLATE_NOOP("Accounts", "Deal won"),
    "lost": QT_TRANSLATE_NOOP("Accounts", "Deal lost"),
    "activity": QT_TRANSLATE_NOOP("Accounts", "Activity"),
    "csat": QT_TRANSLATE_NOOP("Accounts", "CSAT"),
    "nps": QT_TRANSLATE_NOOP("Accounts", "NPS"),
    "ticket_opened": QT_TRANSLATE_NOOP("Accounts", "Ticket opened"),
    "ticket_closed": QT_TRANSLATE_NOOP("Accounts", "Ticket closed"),
    "usage": QT_TRANSLATE_NOOP("Accounts", "Usage"),
    "handoff": QT_TRANSLATE_NOOP("Accounts", "Hand-off"),
    "handoff_item": QT_TRANSLATE_NOOP("Accounts", "Hand-off item done"),
    "promise": QT_TRANSLATE_NOOP("Accounts", "Promise made"),
    "promise_kept": QT_TRANSLATE_NOOP("Accounts", "Promise kept"),
    "promise_broken": QT_TRANSLATE_NOOP("Accounts", "Promise broken"),
    "customer_since": QT_TRANSLATE_NOOP("Accounts", "Became a customer"),
    "contract_start": QT_TRANSLATE_NOOP("Accounts", "Contract start"),
    "renewal": QT_TRANSLATE_NOOP("Accounts", "Renewal"),
    "churned": QT_TRANSLATE_NOOP("Accounts", "Churned"),
    # activity kinds
    "call": QT_TRANSLATE_NOOP("Accounts", "call"),
    "email": QT_TRANSLATE_NOOP("Accounts", "e-mail"),
    "meeting": QT_TRANSLATE_NOOP("Accounts", "meeting"),
    "visit": QT_TRANSLATE_NOOP("Accounts", "visit"),
    "demo": QT_TRANSLATE_NOOP("Accounts", "demo"),
    "note": QT_TRANSLATE_NOOP("Accounts", "note"),
    # ticket severities
    "low": QT_TRANSLATE_NOOP("Accounts", "low"),
    "normal": QT_TRANSLATE_NOOP("Accounts", "normal"),
    "high": QT_TRANSLATE_NOOP("Accounts", "high"),
    "urgent": QT_TRANSLATE_NOOP("Accounts", "urgent"),
    # renewal intents
    "likely": QT_TRANSLATE_NOOP("Accounts", "likely"),
    "unsure": QT_TRANSLATE_NOOP("Accounts", "unsure"),
    "unlikely": QT_TRANSLATE_NOOP("Accounts", "unlikely"),
    # payment statuses
    "current": QT_TRANSLATE_NOOP("Accounts", "current"),
    "late": QT_TRANSLATE_NOOP("Accounts", "late"),
    "overdue": QT_TRANSLATE_NOOP("Accounts", "overdue"),
    # promise statuses
    "open": QT_TRANSLATE_NOOP("Accounts", "open"),
    "kept": QT_TRANSLATE_NOOP("Accounts", "kept"),
    "broken": QT_TRANSLATE_NOOP("Accounts", "broken"),
    # departments
    "sales": QT_TRANSLATE_NOOP("Accounts", "sales"),
    "marketing": QT_TRANSLATE_NOOP("Accounts", "marketing"),
    "product": QT_TRANSLATE_NOOP("Accounts", "product"),
    "service": QT_TRANSLATE_NOOP("Accounts", "service"),
}


def label(code: str | None) -> str:
    """The code's text in the current language; "" for None, the code itself when it is not known."""
    if code is None:
        return ""
    text = LABELS.get(code)
    return translate(CONTEXT, text) if text else code
