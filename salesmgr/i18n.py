"""Translations for text that salesmgr writes outside the GUI (report workbooks), without Qt.

The strings are marked ``translate("Reports", "...")`` so that ``lupdate`` collects them into the same
``resources/i18n/*.ts`` file as the views' strings (``make translations``); at run time they are looked up in that
file. The GUI sets the language together with its Qt translator; the CLI from ``--lang`` (default English).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from defusedxml import ElementTree

from salesmgr.paths import resource

_current = ["en"]


def set_language(language: str) -> None:
    """Use ``language`` ("en" or "zh_CN") from now on."""
    _current[0] = language


def language() -> str:
    return _current[0]


def translate(context: str, text: str) -> str:
    """``text`` in the current language (itself when there is no translation)."""
    return translate_to(language(), context, text)


def translate_to(target: str, context: str, text: str) -> str:
    """``text`` in the language ``target`` (itself when there is no translation)."""
    if target == "en":
        return text
    return _catalogue(target).get((context, text)) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` itself: marks a string for ``lupdate`` where it is translated later with ``translate``."""
    del context
    return text


def languages() -> list[str]:
    """"en" and every language with a ``resources/i18n/salesmgr_<language>.ts`` file."""
    return ["en", *_translated_languages()]


def translations(context: str, text: str) -> list[str]:
    """``text`` in every language of ``languages()``, without repeats (English first)."""
    return list(dict.fromkeys(translate_to(target, context, text) for target in languages()))


@cache
def _translated_languages() -> tuple[str, ...]:
    folder = resource("i18n")
    if not folder.is_dir():
        return ()
    return tuple(sorted(path.stem.removeprefix("salesmgr_") for path in folder.glob("salesmgr_*.ts")))


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    return read_ts(resource("i18n", f"salesmgr_{language}.ts"))


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` of the finished messages of a Qt Linguist ``.ts`` file."""
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = translation.text or translation.findtext("numerusform") or ""
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found
