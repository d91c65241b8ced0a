"""What the Knowledge page reads and writes through the runner. No Qt here: tests call these with a Session.

* ``load_articles``: the list for a search text (ranked hits, with snippets) or, without one, every article
  of the chosen type, by type and title;
* ``load_editor_choices``: what the editor's lists offer (the open stages for a SPIN set);
* ``load_competitors`` / ``load_competitor``: the library with win rates, one competitor with its deals.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from salesmgr.models.customers import competitors, knowledge
from salesmgr.models.customers.competitors import CompetitorDeal, CompetitorEdit, CompetitorRow
from salesmgr.models.customers.knowledge import Article, ArticleEdit
from salesmgr.models.database import Session


@dataclass(frozen=True)
class ListedArticle:
    id: int
    kind: str
    title: str
    detail: str  # the snippet of a search hit, else the tags


@dataclass(frozen=True)
class CompetitorData:
    row: CompetitorRow
    deals: list[CompetitorDeal]


def load_articles(text: str, kind: str | None) -> Callable[[Session], list[ListedArticle]]:
    def load(session: Session) -> list[ListedArticle]:
        if text.strip():
            return [ListedArticle(hit.id, hit.kind, hit.title, hit.snippet) for hit in knowledge.search(session, text)
                    if kind is None or hit.kind == kind]
        return [ListedArticle(a.id, a.kind, a.title, ", ".join(a.tags))
                for a in knowledge.list_articles(session, kind)]
    return load


def load_article(article_id: int) -> Callable[[Session], Article]:
    return lambda session: knowledge.article(session, article_id)


def save_article(edit: ArticleEdit, article_id: int | None) -> Callable[[Session], int]:
    return lambda session: knowledge.save_article(session, edit, article_id)


def delete_article(article_id: int) -> Callable[[Session], None]:
    return lambda session: knowledge.delete_article(session, article_id)


def load_stages(session: Session) -> list[tuple[int, str]]:
    return knowledge.stage_choices(session)


def find_targets(target: str, text: str) -> Callable[[Session], list[tuple[int, str]]]:
    return lambda session: knowledge.link_choices(session, target, text)


def load_competitors(session: Session) -> list[CompetitorRow]:
    return competitors.competitor_rows(session)


def load_competitor(competitor_id: int) -> Callable[[Session], CompetitorData]:
    return lambda session: CompetitorData(competitors.competitor(session, competitor_id),
                                          competitors.competitor_deals(session, competitor_id))


def save_competitor(edit: CompetitorEdit, competitor_id: int | None) -> Callable[[Session], int]:
    return lambda session: competitors.save_competitor(session, edit, competitor_id)


def delete_competitor(competitor_id: int) -> Callable[[Session], None]:
    return lambda session: competitors.delete_competitor(session, competitor_id)


def link_deal(competitor_id: int, opportunity_id: int, linked: bool) -> Callable[[Session], None]:
    return lambda session: competitors.link_opportunity(session, competitor_id, opportunity_id, linked=linked)
