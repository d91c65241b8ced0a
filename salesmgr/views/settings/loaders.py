"""What the Settings dialog reads and writes through the runner. No Qt here."""
from __future__ import annotations

from collections.abc import Callable

from salesmgr.models.database import Session
from salesmgr.models.settings import DatabaseSettings, load_settings, save_settings

COMMON_CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD", "KRW", "TWD", "AUD", "CAD", "CHF")


def load(session: Session) -> DatabaseSettings:
    """The database's settings as they are now."""
    return load_settings(session)


def saver(wanted: DatabaseSettings) -> Callable[[Session], DatabaseSettings]:
    """The runner operation that makes the database's settings ``wanted`` (all or nothing)."""
    return lambda session: save_settings(session, wanted)


def currency_choices(settings: DatabaseSettings) -> list[str]:
    """The base-currency combo's list: the base, the currencies with a rate, then the common ones."""
    codes = [settings.base_currency, *(entry.currency for entry in settings.rates), *COMMON_CURRENCIES]
    return list(dict.fromkeys(codes))
