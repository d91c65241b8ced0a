"""Knowledge-base search: Chinese two-character words through the FTS5 index, ranking, the plain fallback, and
the index kept in step with saves and deletes."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from salesmgr.i18n import set_language
from salesmgr.models.customers import kb_search
from salesmgr.models.customers.kb_search import index_text, query_words, search, snippet
from salesmgr.models.customers.knowledge import ArticleEdit, delete_article, ensure_defaults, save_article
from salesmgr.models.database import Database
from salesmgr.models.dialect.base import PLAIN


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    """A session on a database without the default articles (search does not add them)."""
    with db.session() as session:
        yield session


@pytest.fixture(params=["fts5", "plain"])
def engine_kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each search test runs on the FTS5 index and on the plain fallback (the dialect's plain path)."""
    if request.param == "plain":
        monkeypatch.setattr("salesmgr.models.dialect.implementation", lambda _bind: PLAIN)
    return str(request.param)


def add(session: Session, title: str, body: str, kind: str = "faq", tags: tuple[str, ...] = ()) -> int:
    return save_article(session, ArticleEdit(kind, title, body, tags))


def ids(session: Session, text: str) -> list[int]:
    return [hit.id for hit in search(session, text)]


def test_cjk_runs_are_indexed_as_characters_and_neighbour_pairs() -> None:
    # 需求分析 has 4 characters and 3 neighbour pairs, in reading order
    assert index_text("客户需求分析").split() == ["客", "客户", "户", "户需", "需", "需求", "求", "求分", "分", "分析",
                                                   "析"]
    assert index_text("SPIN 方法").split() == ["SPIN", "方", "方法", "法"]
    assert query_words("需求分析 Competitor") == [("需求", False), ("求分", False), ("分析", False),
                                                  ("competitor", True)]
    assert query_words("需") == [("需", False)]
    assert query_words("  ,. ") == []


def test_two_character_chinese_words_are_found(session: Session, engine_kind: str) -> None:
    needs = add(session, "客户访谈记录", "这次拜访主要是挖掘客户的深层需求和预算。")
    rival = add(session, "对手情况", "竞品报价比我们低百分之二十，但是实施周期长。")
    other = add(session, "Pricing", "List prices and discounts.")
    assert needs in ids(session, "需求")
    assert needs not in ids(session, "竞品") and rival in ids(session, "竞品")
    assert other not in ids(session, "需求") + ids(session, "竞品")
    # a word inside a longer run is found, and all of a longer query must be there
    assert ids(session, "深层需求") == [needs]
    assert ids(session, "需求 竞品") == []


def test_the_default_articles_are_found_in_both_languages(session: Session, engine_kind: str) -> None:
    ensure_defaults(session)
    set_language("zh_CN")
    hits = search(session, "竞品")
    assert "竞品对战卡：模板" in [hit.title for hit in hits]  # the battle card template's Chinese title
    set_language("en")
    assert "Competitor battle card: template" in [hit.title for hit in search(session, "竞品")]
    assert "The SPIN selling method" in [hit.title for hit in search(session, "need-payoff")]


def test_ranking_title_before_tags_before_body_and_more_before_fewer(session: Session, engine_kind: str) -> None:
    body_once = add(session, "会议纪要", "客户提到了预算需求。")
    body_thrice = add(session, "拜访总结", "需求一：报表。需求二：移动端。需求三：审批流。")
    in_title = add(session, "需求清单", "见附件。")
    tagged = add(session, "其他", "没有相关内容。", tags=("需求",))
    # weights title 10, tags 5, body 1: the title hit ranks first, then the tag; three body hits before one
    assert ids(session, "需求") == [in_title, tagged, body_thrice, body_once]


def test_prefix_and_case_outside_chinese(session: Session, engine_kind: str) -> None:
    article = add(session, "Beating Acme", "Acme wins on PRICE; we win on implementation time.")
    assert article in ids(session, "acme price")
    assert article in ids(session, "implement")
    assert article not in ids(session, "acme discount")


def test_snippets_mark_the_words_and_cut_around_them(session: Session, engine_kind: str) -> None:
    add(session, "长文", "开头" * 40 + "这里写着客户的需求。" + "结尾" * 40)
    (hit,) = [hit for hit in search(session, "需求") if hit.title == "长文"]
    assert "**需求**" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet.replace("**", "")) == kb_search.SNIPPET_CHARS + 2  # two ellipses
    # neighbouring pairs of one query join into one mark; Markdown marks are dropped from the text
    assert snippet("## 需求分析很重要", query_words("需求分析")) == "**需求分析**很重要"


def test_the_index_follows_saves_and_deletes(session: Session) -> None:
    article = add(session, "草稿", "暂无内容")
    assert ids(session, "竞品") == [i for i in ids(session, "竞品") if i != article]
    save_article(session, ArticleEdit("battle_card", "草稿", "主要竞品的弱点"), article)
    assert article in ids(session, "竞品")
    delete_article(session, article)
    assert article not in ids(session, "竞品")


def test_a_stale_index_is_brought_up_to_date_before_searching(session: Session) -> None:
    article = add(session, "Notes", "nothing yet")
    kb_search.reindex(session)
    # an edit that bypassed save_article (another program): the stamp differs, so the row is re-read
    from salesmgr.models.customers.kb_entities import KbArticle
    row = session.get(KbArticle, article)
    assert row is not None
    row.body = "the competitor 竞品 appeared"
    session.flush()
    assert article in ids(session, "竞品")
