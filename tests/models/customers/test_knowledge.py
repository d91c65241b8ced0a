"""Knowledge-base articles: the defaults (once, in the interface language until edited), saving with tags and
links, refusals, SPIN sets per stage; competitors with their deals and win rates."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from salesmgr.i18n import set_language
from salesmgr.models.customers import competitors, knowledge
from salesmgr.models.customers.kb_entities import KbArticle
from salesmgr.models.customers.knowledge import ArticleEdit, ArticleLink
from salesmgr.models.customers.knowledge_files import default_articles
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError
from tests.models.customers.kb_data import kb_crm


def test_the_defaults_are_added_once_and_shown_in_the_interface_language(db: Database) -> None:
    with db.session() as s:
        listed = knowledge.list_articles(s)
        assert len(listed) == len(default_articles()) == 9
        assert {a.kind for a in listed} == {"faq", "story", "talk_track", "battle_card", "spin"}
        spin = next(a for a in listed if a.title == "SPIN questions: Needs confirmed")
        assert spin.stage == "Needs confirmed" and spin.builtin
        knowledge.delete_article(s, spin.id)
        assert len(knowledge.list_articles(s)) == 8  # a deleted default stays deleted
        set_language("zh_CN")
        titles = [a.title for a in knowledge.list_articles(s)]
        assert "SPIN 销售法" in titles and "SPIN questions: Lead identified" not in titles
        assert s.scalar(select(func.count()).select_from(KbArticle).where(KbArticle.title.is_not(None))) == 0


def test_saving_a_default_keeps_its_text_in_every_language(db: Database) -> None:
    with db.session() as s:
        faq = next(a for a in knowledge.list_articles(s, kind="faq"))
        shown = knowledge.article(s, faq.id)
        knowledge.save_article(s, ArticleEdit("faq", shown.title + " (ours)", shown.body, shown.tags), faq.id)
        set_language("zh_CN")
        saved = knowledge.article(s, faq.id)
        assert saved.title == "FAQ: questions customers ask (ours)" and not saved.builtin


def test_an_article_with_tags_and_links(db: Database) -> None:
    ids = kb_crm(db)
    with db.session() as s:
        links = [ArticleLink("account", ids["Acme"]), ArticleLink("opportunity", ids["Won A"]),
                 ArticleLink("competitor", ids["Rival"]), ArticleLink("account", ids["Acme"])]
        article_id = knowledge.save_article(s, ArticleEdit(
            "story", "  How we  won Acme ", "**Background**", ["pricing", " Pricing ", "", "竞品"], links))
        article = knowledge.article(s, article_id)
        assert article.title == "How we won Acme"  # spaces folded
        assert article.tags == ("pricing", "竞品")  # the repeat (ignoring case) and the empty tag dropped
        assert [(link.target, link.name) for link in article.links] == [
            ("account", "Acme"), ("opportunity", "Won A"), ("competitor", "Rival")]
        assert [a.id for a in knowledge.list_articles(s, tag="PRICING")] == [article_id]
        assert knowledge.link_choices(s, "opportunity", "won") == [(ids["Won A"], "Won A"), (ids["Won B"], "Won B")]


@pytest.mark.parametrize(("edit", "message"), [
    (ArticleEdit("faq", "   ", "x"), "Give the article a title."),
    (ArticleEdit("memo", "T", "x"), "Unknown article type memo."),
    (ArticleEdit("faq", "x" * 201, ""), "The title is too long: at most 200 characters."),
    (ArticleEdit("faq", "T", "", ["t" * 61]), "A tag is too long: at most 60 characters."),
    (ArticleEdit("faq", "T", "", links=[ArticleLink("account", 999)]), "The linked account 999 does not exist."),
])
def test_bad_articles_are_refused(db: Database, edit: ArticleEdit, message: str) -> None:
    with db.session() as s, pytest.raises((ValidationError, NotFoundError)) as caught:
        knowledge.save_article(s, edit)
    assert str(caught.value) == message


def test_spin_sets_per_stage(db: Database) -> None:
    ids = kb_crm(db)
    with db.session() as s:
        assert [a.title for a in knowledge.spin_for_stage(s, ids["stage:Solution demo"])] == [
            "SPIN questions: Solution demo"]
        # the Won stage has no set of its own: the sets without a stage (the method) are offered
        assert [a.title for a in knowledge.spin_for_stage(s, ids["stage:Won"])] == ["The SPIN selling method"]


def test_win_rate_against_each_competitor(db: Database) -> None:
    ids = kb_crm(db)
    with db.session() as s:
        rows = {row.name: row for row in competitors.competitor_rows(s)}
        # Rival: won A and B, lost C, open E -> 2 / (2 + 1); Other: won B, lost D -> 1 / 2
        assert (rows["Rival"].won, rows["Rival"].lost, rows["Rival"].open) == (2, 1, 1)
        assert rows["Rival"].win_rate == Decimal("0.6667")
        assert rows["Other"].win_rate == Decimal("0.5000") and rows["Other"].deals == 2
        assert [d.name for d in competitors.competitor_deals(s, ids["Rival"])] == ["Open E", "Lost C", "Won B",
                                                                               "Won A"]
        competitors.link_opportunity(s, ids["Rival"], ids["Lost C"], linked=False)
        assert competitors.competitor(s, ids["Rival"]).win_rate == Decimal("1.0000")
        fresh = competitors.save_competitor(s, competitors.CompetitorEdit("Newcomer"))
        assert competitors.competitor(s, fresh).win_rate is None  # nothing closed: missing, not 0


def test_competitor_names_are_unique_and_found_ignoring_case(db: Database) -> None:
    ids = kb_crm(db)
    with db.session() as s:
        with pytest.raises(ValidationError, match="already a competitor called RIVAL"):
            competitors.save_competitor(s, competitors.CompetitorEdit("RIVAL"))
        assert competitors.find_competitor(s, "rival") == ids["Rival"]
        assert competitors.find_competitor(s, "oth") == ids["Other"]
        with pytest.raises(NotFoundError, match="close matches: Rival"):
            competitors.find_competitor(s, "Rivel")
