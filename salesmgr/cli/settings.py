"""`salesmgr settings [set KEY VALUE]` and `salesmgr rate list|set|remove`: the database's settings (base
currency, the fiscal year's first month, exchange rates with their dates) and the GUI's interface language.

    salesmgr settings [--json]                     every setting
    salesmgr settings set base_currency USD        re-expresses the rates in USD (exit 1 when USD has no rate)
    salesmgr settings set fiscal_start 4           the fiscal year starts in April (1-12 or a month's name)
    salesmgr settings set language zh_CN           the GUI's language for this user: en, zh_CN or system
    salesmgr rate set USD 7.10 [--date 2026-11-30] 1 USD = 7.10 base units, as of that date (default today)
    salesmgr rate remove USD

The language is per user, not per database: it lives in the GUI's settings file (``salesmgr-ui.ini`` in the
data folder, written by the GUI with QSettings) under ``[ui] language``; read and written here without Qt.
"""
from __future__ import annotations

import argparse
import calendar
import configparser
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from salesmgr.cli.support import EXIT_REFUSED, UsageError, emit, open_db
from salesmgr.cli.text import error_message
from salesmgr.i18n import translate
from salesmgr.paths import data_dir

KEYS = ("base_currency", "fiscal_start", "language")
LANGUAGES = ("en", "zh_CN", "system")
UI_SETTINGS_FILE = "salesmgr-ui.ini"  # views.ui_settings.SETTINGS_FILE (a test keeps them equal)
UI_SECTION, UI_LANGUAGE = "ui", "language"
_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})


def add_settings_parser(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The ``settings`` and ``rate`` commands (``add`` is cli._add: a sub-parser with --json)."""
    settings = add(commands, "settings", "show every setting, or change one with 'settings set KEY VALUE'")
    actions = settings.add_subparsers(dest="settings_command", metavar="ACTION", parser_class=parser_class)
    change = add(actions, "set", "change one setting: " + ", ".join(KEYS))
    change.add_argument("key", help="base_currency, fiscal_start (1-12) or language (en, zh_CN, system)")
    change.add_argument("value")
    rate = add(commands, "rate", "exchange rates into the base currency")
    rate_actions = rate.add_subparsers(dest="rate_command", metavar="ACTION", required=True,
                                       parser_class=parser_class)
    add(rate_actions, "list", "list the exchange rates with their dates")
    rate_set = add(rate_actions, "set", "set the rate of one currency: 1 CURRENCY = RATE base units")
    rate_set.add_argument("currency")
    rate_set.add_argument("rate")
    rate_set.add_argument("--date", dest="rated_on", type=_date, help="the date of the rate (default: today)")
    rate_remove = add(rate_actions, "remove", "delete the rate of one currency")
    rate_remove.add_argument("currency")


def cmd_settings(args: argparse.Namespace) -> int:
    from salesmgr.models.settings import BaseCurrencyRefused, FiscalStartRefused

    if args.settings_command == "set":
        key = _key(args.key)
        if key == "language":
            write_language(_language(args.value))
        else:
            try:
                _set_in_database(args, key, args.value)
            except (BaseCurrencyRefused, FiscalStartRefused) as exc:
                print(f"salesmgr: {error_message(exc)}", file=sys.stderr)
                return EXIT_REFUSED
    return _show(args)


def cmd_rate(args: argparse.Namespace) -> int:
    from salesmgr.models.currency import remove_rate, set_rate
    from salesmgr.models.settings import load_settings

    db = open_db(args, write=args.rate_command != "list")
    try:
        with db.session() as session:
            if args.rate_command == "set":
                set_rate(session, args.currency, _rate(args.rate), args.rated_on)
            elif args.rate_command == "remove":
                remove_rate(session, args.currency)
            settings = load_settings(session)
    finally:
        db.close()
    lines = [translate("Cli", "1 {currency} = {rate} {base} (as of {date})").format(
        currency=entry.currency, rate=entry.rate, base=settings.base_currency, date=entry.rated_on.isoformat())
        for entry in settings.rates] or [
        translate("Cli", "no exchange rates; add one with 'salesmgr rate set CURRENCY RATE'")]
    payload = {"base_currency": settings.base_currency,
               "rates": {entry.currency: str(entry.rate) for entry in settings.rates},
               "dates": {entry.currency: entry.rated_on.isoformat() for entry in settings.rates}}
    return emit(args, payload, "\n".join(lines))


def _set_in_database(args: argparse.Namespace, key: str, value: str) -> None:
    from salesmgr.models.settings import change_base_currency, set_fiscal_start

    month = _month(value) if key == "fiscal_start" else 0
    db = open_db(args, write=True)
    try:
        with db.session() as session:
            if key == "fiscal_start":
                set_fiscal_start(session, month)
            else:
                change_base_currency(session, value)
    finally:
        db.close()


def _show(args: argparse.Namespace) -> int:
    from salesmgr.models.settings import load_settings

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            settings = load_settings(session)
    finally:
        db.close()
    language = read_language()
    payload = {"base_currency": settings.base_currency, "fiscal_start": settings.fiscal_start,
               "language": language or None,
               "rates": [{"currency": entry.currency, "rate": str(entry.rate), "date": entry.rated_on.isoformat()}
                         for entry in settings.rates]}
    lines = [translate("Cli", "base currency: {currency}").format(currency=settings.base_currency),
             translate("Cli", "fiscal year starts in month {month}").format(month=settings.fiscal_start),
             translate("Cli", "interface language (the GUI's, for this user): {language}").format(
                 language=language or translate("Cli", "the system's")),
             translate("Cli", "exchange rates (1 unit = RATE {currency}):").format(currency=settings.base_currency)]
    lines += [translate("Cli", "  {currency}  {rate}  as of {date}").format(
        currency=entry.currency, rate=entry.rate, date=entry.rated_on.isoformat()) for entry in settings.rates] \
        or [translate("Cli", "  none")]
    return emit(args, payload, "\n".join(lines))


def _key(text: str) -> str:
    key = text.strip().lower().replace("-", "_")
    if key not in KEYS:
        raise UsageError(translate("Cli", "unknown setting {text}; the settings are {keys}").format(
            text=repr(text), keys=", ".join(KEYS)))
    return key


def _month(text: str) -> int:
    cleaned = text.strip().lower()
    month = int(cleaned) if cleaned.isdigit() else _MONTHS.get(cleaned, 0)
    if not 1 <= month <= 12:
        raise UsageError(translate("Cli", "fiscal_start is the fiscal year's first month: 1 to 12 or a month's "
                                   "name, not {text}").format(text=repr(text)))
    return month


def _language(text: str) -> str:
    cleaned = text.strip().replace("-", "_")
    found = {name.lower(): name for name in LANGUAGES}.get(cleaned.lower()) or \
        ("zh_CN" if cleaned.lower() == "zh" else None)
    if found is None:
        raise UsageError(translate("Cli", "language must be one of {languages}, not {text}").format(
            languages=", ".join(LANGUAGES), text=repr(text)))
    return found


def _rate(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise UsageError(translate("Cli", "{text} is not a number; write a rate such as 7.10").format(
            text=repr(text))) from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


# -- the GUI's language, in its QSettings INI file ---------------------------------------------------------
def ui_settings_path() -> Path:
    return data_dir() / UI_SETTINGS_FILE


def _read_ini(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # QSettings keys are case-sensitive
    if path.is_file():
        parser.read(path, encoding="utf-8")
    return parser


def read_language() -> str:
    """The GUI's language for this user ("en", "zh_CN"), or "" when it follows the system."""
    value = _read_ini(ui_settings_path()).get(UI_SECTION, UI_LANGUAGE, fallback="").strip()
    return value if value in LANGUAGES[:2] else ""


def write_language(language: str) -> None:
    """Store ``language`` ("en", "zh_CN" or "system") for the GUI; the file's other settings stay."""
    path = ui_settings_path()
    parser = _read_ini(path)
    if not parser.has_section(UI_SECTION):
        parser.add_section(UI_SECTION)
    parser.set(UI_SECTION, UI_LANGUAGE, "" if language == "system" else language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)
