"""The knowledge base's default content, shipped in ``resources/knowledge/`` (the seed's SPIN method and question
sets, an FAQ, a won-deal story template, a talk track and a battle card template).

Definitions:

* ``articles.json`` lists the default articles: ``key`` (kept as the article's ``builtin_key``), ``kind``,
  ``stage`` (the built-in pipeline stage a SPIN set is for, or null) and ``tags`` per language; its ``version``
  changes whenever a text changes (the search index re-reads the texts then).
* ``<language>/<key>.md`` is the article in that language: its first line ``# Title`` is the title, the rest
  (without the blank lines around it) the Markdown body. A language without the file shows English.
* ``shown_text(row)``: the title and body an article shows: the stored ones once someone edited it, else the
  default's in the current interface language.
* ``searchable_texts(row)``: what the search index holds for it: the stored texts, or for an unedited default
  its texts in every language (so it is found in English and in Chinese).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from salesmgr.i18n import language, languages
from salesmgr.models.customers.kb_entities import KbArticle
from salesmgr.paths import resource

ENGLISH = "en"


@dataclass(frozen=True)
class DefaultArticle:
    key: str
    kind: str
    stage_key: str | None
    tags: tuple[str, ...]  # every language's tags, English first, without repeats


@cache
def _manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("knowledge", "articles.json").read_text(encoding="utf-8"))
    return data


def content_version() -> int:
    """The version of the shipped texts (``articles.json``'s ``version``)."""
    return int(_manifest()["version"])


def default_articles() -> list[DefaultArticle]:
    """The shipped articles in the order ``articles.json`` lists them."""
    found = []
    for item in _manifest()["articles"]:
        tags = [tag for lang in (ENGLISH, *sorted(set(item["tags"]) - {ENGLISH})) for tag in item["tags"].get(lang, [])]
        found.append(DefaultArticle(item["key"], item["kind"], item["stage"],
                                    tuple(dict.fromkeys(tags, None))))
    return found


@cache
def default_text(key: str, lang: str) -> tuple[str, str]:
    """``(title, body)`` of the shipped article ``key`` in ``lang`` (English when that language has none)."""
    path = resource("knowledge", lang, f"{key}.md")
    if not path.is_file():
        path = resource("knowledge", ENGLISH, f"{key}.md")
    first, _, rest = path.read_text(encoding="utf-8").partition("\n")
    return first.removeprefix("#").strip(), rest.strip("\n")


def is_default_text(row: KbArticle) -> bool:
    """Whether ``row`` shows the shipped text (a default nobody edited)."""
    return row.builtin_key is not None and row.title is None


def shown_text(row: KbArticle) -> tuple[str, str]:
    """``(title, body)`` as ``row`` shows them now (see the module)."""
    if is_default_text(row) and row.builtin_key is not None:
        return default_text(row.builtin_key, language())
    return row.title or "", row.body or ""


def bodies(row: KbArticle) -> list[str]:
    """The bodies a snippet may come from, the shown one first (an unedited default: then its other languages)."""
    shown = shown_text(row)[1]
    if not (is_default_text(row) and row.builtin_key is not None):
        return [shown]
    return list(dict.fromkeys([shown, *(default_text(row.builtin_key, lang)[1] for lang in languages())]))


def searchable_texts(row: KbArticle) -> tuple[str, str]:
    """``(titles, bodies)`` the search index holds for ``row`` (see the module)."""
    if is_default_text(row) and row.builtin_key is not None:
        texts = dict.fromkeys(default_text(row.builtin_key, lang) for lang in languages())
        return "\n".join(title for title, _ in texts), "\n".join(body for _, body in texts)
    return row.title or "", row.body or ""
