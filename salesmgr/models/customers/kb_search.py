"""Full-text search of the knowledge base, in English and Chinese.

Definitions:

* *Words*: outside Chinese (CJK) text a word is a run of letters and digits, compared ignoring case. Chinese has
  no spaces, so a run of CJK characters is indexed as its single characters plus every pair of neighbours
  (需求分析 -> 需 需求 求 求分 分 分析 析). A query's CJK run becomes its pairs (a single character stays
  itself), so a two-character word such as 需求 or 竞品 is found wherever it occurs, also inside a longer run.
* A *match* holds every word of the query (AND); a query word outside CJK also matches the words it starts
  (``compet`` finds ``competitor``).
* *Ranking*: with a full-text index (SQLite FTS5, ``models.dialect``), bm25 over title, tags and body weighted
  10 : 5 : 1. Without one (other databases) the plain fallback reads the candidates with LIKE and ranks them by
  occurrences with the same weights: each occurrence of a query word counts its column's weight.
* The index holds one row per article, stamped with its ``updated_at`` (and the shipped texts' version for an
  unedited default). Saving or deleting an article updates it (``refresh``); each search first brings every
  stale or missing row up to date, so edits from elsewhere (an older salesmgr, a demo reload) are never missed.
* A *snippet* is up to ``SNIPPET_CHARS`` characters of the article's body around the first occurrence of a
  query word, the occurrences marked ``**like this**``, "…" where text was cut. The body is the shown one; for an
  unedited default whose shown body lacks the words, the first of its other languages' bodies that has them;
  the start of the shown body when only the title or the tags matched.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, or_, select
from sqlalchemy.orm import Session

from salesmgr.models import dialect
from salesmgr.models.customers.kb_entities import KbArticle, KbTag
from salesmgr.models.customers.knowledge_files import (
    bodies,
    content_version,
    is_default_text,
    searchable_texts,
    shown_text,
)

INDEX = dialect.FullTextIndex("kb_fts", ("title", "tags", "body"))
WEIGHTS = (10.0, 5.0, 1.0)  # title, tags, body
SNIPPET_CHARS = 80
LIMIT = 50
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD = re.compile(f"[^\\W_{_CJK}]+|[{_CJK}]+")
_MARKUP = re.compile(r"[#*_`>|]+|\[|\]\([^)]*\)")


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    kind: str
    snippet: str
    score: float  # higher is better; comparable within one search only


def index_text(text: str) -> str:
    """``text`` as the index stores it: every CJK run replaced by its characters and neighbour pairs."""
    return _CJK_RUN.sub(lambda run: " " + " ".join(_cjk_grams(run.group())) + " ", text)


def _cjk_grams(run: str) -> list[str]:
    grams = []
    for i, char in enumerate(run):
        grams.append(char)
        if i + 1 < len(run):
            grams.append(run[i:i + 2])
    return grams


def query_words(text: str) -> list[tuple[str, bool]]:
    """The query's words as ``(word, prefix)``: CJK runs as neighbour pairs (no prefix), others case-folded
    with prefix matching; repeats dropped."""
    words: dict[tuple[str, bool], None] = {}
    for match in _WORD.finditer(text):
        word = match.group()
        if _CJK_RUN.fullmatch(word):
            pairs = [word[i:i + 2] for i in range(len(word) - 1)] or [word]
            words.update(dict.fromkeys((pair, False) for pair in pairs))
        else:
            words[(word.casefold(), True)] = None
    return list(words)


def search(session: Session, text: str, limit: int = LIMIT) -> list[SearchHit]:
    """The articles matching ``text``, best first (see the module); none for a query without words."""
    words = query_words(text)
    if not words:
        return []
    connection = session.connection()
    if dialect.has_fulltext(connection):
        _bring_up_to_date(session, connection)
        ranked = dialect.fulltext_match(connection, INDEX, words, WEIGHTS, limit)
    else:
        ranked = _plain_search(session, words)[:limit]
    rows = {row.id: row for row in session.scalars(select(KbArticle).where(KbArticle.id.in_([i for i, _ in ranked])))}
    return [_hit(rows[i], score, words) for i, score in ranked if i in rows]


def _hit(row: KbArticle, score: float, words: Sequence[tuple[str, bool]]) -> SearchHit:
    texts = bodies(row)
    body = next((text for text in texts if _first_at(text.casefold(), words) is not None), texts[0])
    return SearchHit(row.id, shown_text(row)[0], row.kind, snippet(body, words), score)


def _first_at(folded: str, words: Sequence[tuple[str, bool]]) -> int | None:
    """Where the first of ``words`` occurs in the case-folded text; None when none does."""
    found = [at for word, _ in words if (at := folded.find(word)) >= 0]
    return min(found) if found else None


def refresh(session: Session, ids: Iterable[int]) -> None:
    """Bring the index rows of ``ids`` up to date (after a save or delete; deleted ones are removed)."""
    connection = session.connection()
    if not dialect.has_fulltext(connection):
        return
    session.flush()
    wanted = list(ids)
    dialect.fulltext_stamps(connection, INDEX)  # makes the index at first use
    rows = list(session.scalars(select(KbArticle).where(KbArticle.id.in_(wanted))))
    dialect.fulltext_delete(connection, INDEX, set(wanted) - {row.id for row in rows})
    dialect.fulltext_put(connection, INDEX, _index_rows(session, rows))


def reindex(session: Session) -> None:
    """Rebuild the whole index from the articles (after a bulk load)."""
    connection = session.connection()
    if dialect.has_fulltext(connection):
        session.flush()
        dialect.fulltext_delete(connection, INDEX, dialect.fulltext_stamps(connection, INDEX))
        dialect.fulltext_put(connection, INDEX, _index_rows(session, list(session.scalars(select(KbArticle)))))


def _bring_up_to_date(session: Session, connection: Connection) -> None:
    held = dialect.fulltext_stamps(connection, INDEX)
    rows = list(session.scalars(select(KbArticle)))
    stale = [row for row in rows if held.get(row.id) != _stamp(row)]
    dialect.fulltext_delete(connection, INDEX, set(held) - {row.id for row in rows})
    dialect.fulltext_put(connection, INDEX, _index_rows(session, stale))


def _stamp(row: KbArticle) -> str:
    version = f"|v{content_version()}" if is_default_text(row) else ""
    return f"{row.updated_at.isoformat() if row.updated_at else ''}{version}"


def _index_rows(session: Session, rows: list[KbArticle]) -> list[tuple[int, str, Sequence[str]]]:
    tags = _tags_of(session, [row.id for row in rows])
    result: list[tuple[int, str, Sequence[str]]] = []
    for row in rows:
        title, body = searchable_texts(row)
        result.append((row.id, _stamp(row), (index_text(title), index_text(" ".join(tags.get(row.id, []))),
                                             index_text(body))))
    return result


def _tags_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for article_id, tag in session.execute(select(KbTag.article_id, KbTag.tag).where(KbTag.article_id.in_(ids))):
        found.setdefault(article_id, []).append(tag)
    return found


# --- the plain fallback -----------------------------------------------------------------------------------------
def _plain_search(session: Session, words: Sequence[tuple[str, bool]]) -> list[tuple[int, float]]:
    """``(id, score)`` of the matching articles, best first (see the module's *Ranking*)."""
    candidates = select(KbArticle)
    for word, _prefix in words:
        like = f"%{_escape(word)}%"
        tagged = select(KbTag.article_id).where(KbTag.tag.ilike(like, escape="\\"))
        candidates = candidates.where(or_(KbArticle.title.is_(None), KbArticle.title.ilike(like, escape="\\"),
                                          KbArticle.body.ilike(like, escape="\\"), KbArticle.id.in_(tagged)))
    rows = list(session.scalars(candidates))
    tags = _tags_of(session, [row.id for row in rows])
    scored = []
    for row in rows:
        title, body = searchable_texts(row)
        columns = (title.casefold(), " ".join(tags.get(row.id, [])).casefold(), body.casefold())
        counts = [[column.count(word) for column in columns] for word, _ in words]
        if all(sum(per_column) for per_column in counts):
            scored.append((row.id, float(sum(w * n for per_column in counts
                                             for w, n in zip(WEIGHTS, per_column, strict=True)))))
    return sorted(scored, key=lambda item: (-item[1], item[0]))


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- snippets -----------------------------------------------------------------------------------------------
def snippet(body: str, words: Sequence[tuple[str, bool]], size: int = SNIPPET_CHARS) -> str:
    """Up to ``size`` characters of ``body`` (Markdown marks removed) around the first query word (see the
    module), the occurrences marked ``**...**``."""
    plain = " ".join(_MARKUP.sub(" ", body).split())
    first = _first_at(plain.casefold(), words)
    if first is None:
        return plain[:size] + ("…" if len(plain) > size else "")
    start = max(0, first - size // 4)
    end = min(len(plain), start + size)
    piece = _mark(plain[start:end], [word for word, _ in words])
    return ("…" if start else "") + piece + ("…" if end < len(plain) else "")


def _mark(text: str, words: list[str]) -> str:
    pattern = re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    return _merge_marks(pattern.sub(lambda m: f"**{m.group()}**", text))


def _merge_marks(text: str) -> str:
    """Marks that touch joined into one: ``**需求****分析**`` -> ``**需求分析**``."""
    return text.replace("****", "")
