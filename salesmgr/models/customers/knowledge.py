"""The knowledge base's articles: listing, reading, saving and deleting them with their tags and links, the
default content, and the SPIN question sets of a pipeline stage.

Definitions (the tables are ``kb_entities``; the default texts ``knowledge_files``):

* The default articles are added once per database (``ensure_defaults``, remembered in the ``setting``
  ``kb.defaults``), so a default someone deleted stays deleted. A SPIN set's stage is the built-in stage of its
  key (none when that stage was renamed or removed).
* Saving a default article stores its title and body: from then on it shows them in every language.
* Tags are stripped, compared ignoring case (the first spelling is kept) and at most ``TAG_CHARS`` long.
* A link names one account, opportunity or competitor (``LINK_TARGETS``); a link to a row that does not exist
  is refused.
* ``spin_for_stage``: the SPIN sets for that stage, else (none for it) the sets without a stage.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.clock import utcnow
from salesmgr.models.config import Setting
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.customers import kb_search
from salesmgr.models.customers.kb_entities import ARTICLE_KINDS, Competitor, KbArticle, KbLink, KbTag
from salesmgr.models.customers.knowledge_files import default_articles, is_default_text, shown_text
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.pipeline.builtin import stage_label
from salesmgr.models.pipeline.entities import StageDefinition

DEFAULTS_KEY = "kb.defaults"
TITLE_CHARS = 200
TAG_CHARS = 60
LINK_TARGETS = ("account", "opportunity", "competitor")
KIND_LABELS = {"faq": QT_TRANSLATE_NOOP("Knowledge", "FAQ"),
               "story": QT_TRANSLATE_NOOP("Knowledge", "Won-deal story"),
               "talk_track": QT_TRANSLATE_NOOP("Knowledge", "Talk track"),
               "battle_card": QT_TRANSLATE_NOOP("Knowledge", "Battle card"),
               "spin": QT_TRANSLATE_NOOP("Knowledge", "SPIN questions")}
_LINK_COLUMNS = {"account": KbLink.account_id, "opportunity": KbLink.opportunity_id,
                 "competitor": KbLink.competitor_id}
_TARGET_TABLES: dict[str, type[Account] | type[Opportunity] | type[Competitor]] = {
    "account": Account, "opportunity": Opportunity, "competitor": Competitor}


@dataclass(frozen=True)
class ArticleLink:
    target: str  # one of LINK_TARGETS
    target_id: int
    name: str = ""  # the target's name (filled when read)


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    kind: str
    title: str
    tags: tuple[str, ...]
    stage: str | None
    builtin: bool  # shows the shipped text (an unedited default)
    updated_at: datetime | None


@dataclass(frozen=True)
class Article:
    id: int
    kind: str
    title: str
    body: str
    tags: tuple[str, ...]
    links: tuple[ArticleLink, ...]
    stage_id: int | None
    stage: str | None
    builtin: bool
    author: str | None
    updated_at: datetime | None


@dataclass(frozen=True)
class ArticleEdit:
    kind: str
    title: str
    body: str
    tags: Sequence[str] = ()
    links: Sequence[ArticleLink] = ()
    stage_id: int | None = None
    author: str | None = None


def kind_label(kind: str) -> str:
    """The article type as shown in the current language."""
    return translate("Knowledge", KIND_LABELS[kind])


def ensure_defaults(session: Session, *, again: bool = False) -> None:
    """Add the shipped articles once per database (see the module); ``again`` adds the missing ones even when
    they were added before (the demo, after clearing the data)."""
    marked = session.get(Setting, DEFAULTS_KEY) is not None
    if marked and not again:
        return
    stages = dict(session.execute(select(StageDefinition.builtin_key, StageDefinition.id)
                                  .where(StageDefinition.builtin_key.is_not(None))).tuples().all())
    present = set(session.scalars(select(KbArticle.builtin_key).where(KbArticle.builtin_key.is_not(None))))
    added = []
    for default in default_articles():
        if default.key in present:
            continue
        row = KbArticle(kind=default.kind, builtin_key=default.key,
                        stage_id=stages.get(default.stage_key) if default.stage_key else None)
        session.add(row)
        session.flush()
        session.add_all(KbTag(article_id=row.id, tag=tag) for tag in _clean_tags(default.tags))
        added.append(row.id)
    if not marked:
        session.add(Setting(key=DEFAULTS_KEY, value="1"))
    kb_search.refresh(session, added)


def list_articles(session: Session, kind: str | None = None, tag: str | None = None) -> list[ArticleSummary]:
    """Every article (of ``kind``, with ``tag`` when given), by type then title."""
    ensure_defaults(session)
    query = select(KbArticle)
    if kind is not None:
        query = query.where(KbArticle.kind == kind)
    if tag:
        query = query.where(KbArticle.id.in_(select(KbTag.article_id).where(func.lower(KbTag.tag) == tag.lower())))
    rows = list(session.scalars(query))
    tags = _tags(session, [row.id for row in rows])
    stages = _stage_names(session)
    summaries = [ArticleSummary(row.id, row.kind, shown_text(row)[0], tuple(tags.get(row.id, ())),
                                stages.get(row.stage_id) if row.stage_id else None, is_default_text(row),
                                row.updated_at) for row in rows]
    return sorted(summaries, key=lambda a: (ARTICLE_KINDS.index(a.kind), a.title.casefold(), a.id))


def article(session: Session, article_id: int) -> Article:
    """One article with its tags and links (targets named); a missing one is refused."""
    row = session.get(KbArticle, article_id)
    if row is None:
        raise NotFoundError("There is no knowledge-base article {id}.", id=article_id)
    title, body = shown_text(row)
    stage = _stage_names(session).get(row.stage_id) if row.stage_id else None
    return Article(row.id, row.kind, title, body, tuple(_tags(session, [row.id]).get(row.id, ())),
                   tuple(_links(session, row.id)), row.stage_id, stage, is_default_text(row), row.author,
                   row.updated_at)


def save_article(session: Session, edit: ArticleEdit, article_id: int | None = None) -> int:
    """Create (no ``article_id``) or replace an article with its tags and links; returns its id."""
    title, tags = _checked(session, edit)
    if article_id is None:
        row = KbArticle(kind=edit.kind)
        session.add(row)
    else:
        found = session.get(KbArticle, article_id)
        if found is None:
            raise NotFoundError("There is no knowledge-base article {id}.", id=article_id)
        row = found
    row.kind, row.title, row.body, row.stage_id = edit.kind, title, edit.body, edit.stage_id
    row.author = edit.author or row.author
    row.updated_at = utcnow()  # also when only tags or links change: the index re-reads the row
    session.flush()
    session.execute(delete(KbTag).where(KbTag.article_id == row.id))
    session.execute(delete(KbLink).where(KbLink.article_id == row.id))
    session.add_all(KbTag(article_id=row.id, tag=tag) for tag in tags)
    targets = dict.fromkeys((link.target, link.target_id) for link in edit.links)
    session.add_all(KbLink(article_id=row.id, **{f"{target}_id": target_id}) for target, target_id in targets)
    kb_search.refresh(session, [row.id])
    return row.id


def delete_article(session: Session, article_id: int) -> None:
    """Delete the article with its tags and links; a missing one is refused."""
    row = session.get(KbArticle, article_id)
    if row is None:
        raise NotFoundError("There is no knowledge-base article {id}.", id=article_id)
    session.execute(delete(KbTag).where(KbTag.article_id == article_id))
    session.execute(delete(KbLink).where(KbLink.article_id == article_id))
    session.delete(row)
    kb_search.refresh(session, [article_id])


def spin_for_stage(session: Session, stage_id: int | None) -> list[Article]:
    """The SPIN question sets offered for a deal in ``stage_id`` (see the module), by title."""
    ensure_defaults(session)
    ids = list(session.scalars(select(KbArticle.id).where(KbArticle.kind == "spin",
                                                           KbArticle.stage_id == stage_id))) if stage_id else []
    if not ids:
        ids = list(session.scalars(select(KbArticle.id).where(KbArticle.kind == "spin",
                                                               KbArticle.stage_id.is_(None))))
    return sorted((article(session, i) for i in ids), key=lambda a: (a.title.casefold(), a.id))


def link_choices(session: Session, target: str, text: str = "", limit: int = 30) -> list[tuple[int, str]]:
    """``(id, name)`` of the accounts, opportunities or competitors whose name contains ``text``, by name."""
    table = _TARGET_TABLES[target]
    query = select(table.id, table.name).order_by(table.name, table.id).limit(limit)
    if text.strip():
        query = query.where(table.name.ilike(f"%{text.strip()}%"))
    return [(row.id, row.name) for row in session.execute(query)]


def stage_choices(session: Session) -> list[tuple[int, str]]:
    """``(id, name)`` of the open pipeline stages, in pipeline order (a SPIN set's stage)."""
    rows = session.execute(select(StageDefinition).where(StageDefinition.kind == "open")
                           .order_by(StageDefinition.position)).scalars()
    return [(row.id, row.label) for row in rows]


def _checked(session: Session, edit: ArticleEdit) -> tuple[str, list[str]]:
    title = " ".join(edit.title.split())
    if edit.kind not in ARTICLE_KINDS:
        raise ValidationError("Unknown article type {kind}.", kind=edit.kind)
    if not title:
        raise ValidationError("Give the article a title.")
    if len(title) > TITLE_CHARS:
        raise ValidationError("The {field} is too long: at most {limit} characters.", field="title",
                              limit=TITLE_CHARS)
    tags = _clean_tags(edit.tags)
    if any(len(tag) > TAG_CHARS for tag in tags):
        raise ValidationError("A tag is too long: at most {limit} characters.", limit=TAG_CHARS)
    for link in edit.links:
        if link.target not in LINK_TARGETS or session.get(_TARGET_TABLES[link.target], link.target_id) is None:
            raise NotFoundError("The linked {target} {id} does not exist.", target=link.target, id=link.target_id)
    if edit.stage_id is not None and session.get(StageDefinition, edit.stage_id) is None:
        raise NotFoundError("There is no pipeline stage {id}.", id=edit.stage_id)
    return title, tags


def _clean_tags(tags: Sequence[str]) -> list[str]:
    found: dict[str, str] = {}
    for tag in tags:
        text = " ".join(tag.split())
        if text:
            found.setdefault(text.casefold(), text)
    return list(found.values())


def _tags(session: Session, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    query = select(KbTag.article_id, KbTag.tag).where(KbTag.article_id.in_(ids)).order_by(KbTag.tag)
    for article_id, tag in session.execute(query):
        found.setdefault(article_id, []).append(tag)
    return found


def _links(session: Session, article_id: int) -> list[ArticleLink]:
    links = []
    for link in session.scalars(select(KbLink).where(KbLink.article_id == article_id).order_by(KbLink.id)):
        target = next(name for name, column in _LINK_COLUMNS.items() if getattr(link, column.key) is not None)
        target_id = getattr(link, _LINK_COLUMNS[target].key)
        name = session.scalar(select(_TARGET_TABLES[target].name).where(_TARGET_TABLES[target].id == target_id))
        links.append(ArticleLink(target, target_id, name or ""))
    return links


def _stage_names(session: Session) -> dict[int, str]:
    return {row.id: stage_label(row.name, row.builtin_key) for row in session.scalars(select(StageDefinition))}


def search(session: Session, text: str, limit: int = kb_search.LIMIT) -> list[kb_search.SearchHit]:
    """``kb_search.search`` over the knowledge base, the default articles added first (a new database)."""
    ensure_defaults(session)
    return kb_search.search(session, text, limit)
