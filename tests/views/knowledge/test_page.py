"""The Knowledge page: the list and search, the Markdown viewer, the article editor (tags, links, preview,
saving), the Competitors tab with win rates; and the SPIN questions in the pipeline's opportunity editor."""
from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from salesmgr.models.customers import knowledge
from salesmgr.models.customers.kb_entities import KbArticle
from salesmgr.models.database import Database
from salesmgr.views.knowledge.article_editor import ArticleEditor, split_tags
from salesmgr.views.knowledge.articles_panel import snippet_html
from salesmgr.views.knowledge.page import KnowledgePage
from salesmgr.views.pipeline.page import PipelinePage
from tests.models.customers.kb_data import kb_crm

TIMEOUT = 10_000


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return kb_crm(db)


@pytest.fixture
def page(qtbot: QtBot, runner: Any, ids: dict[str, int]) -> KnowledgePage:
    with qtbot.waitSignals([runner.busy_changed], timeout=TIMEOUT, check_params_cbs=[lambda busy: not busy]):
        shown = KnowledgePage(runner)
        qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.articles.article is not None and len(shown.competitors.rows) == 2,
                    timeout=TIMEOUT)
    return shown


def titles(page: KnowledgePage) -> list[str]:
    return [row.title for row in page.articles.rows]


def test_the_list_search_and_viewer(qtbot: QtBot, page: KnowledgePage) -> None:
    assert len(titles(page)) == 9  # the default articles, FAQ first (types in ARTICLE_KINDS order)
    assert titles(page)[0] == "FAQ: questions customers ask"
    assert page.articles.viewer.toPlainText().startswith("FAQ: questions customers ask")
    with qtbot.waitSignal(page.articles.loaded, timeout=TIMEOUT):
        page.articles.search_edit.setText("竞品")
    assert titles(page)[0] == "Competitor battle card: template"  # the word is in its Chinese title and tags
    assert "竞品" in page.articles.rows[0].detail
    assert page.articles.count_label.text() == f"{len(titles(page))} article(s) found"


def test_the_editor_saves_tags_links_and_markdown(qtbot: QtBot, page: KnowledgePage, db: Database,
                                                  ids: dict[str, int]) -> None:
    page.articles.open_editor(None)
    qtbot.waitUntil(lambda: page.articles.editor is not None, timeout=TIMEOUT)
    editor = page.articles.editor
    assert isinstance(editor, ArticleEditor) and not editor.stage_combo.isEnabled()  # only SPIN sets have one
    editor.select_data(editor.kind_combo, "battle_card")
    editor.title_edit.setText("Rival 对战卡")
    editor.tags_edit.setText("价格，竞品; pricing")
    editor.body_edit.setPlainText("# Rival\n\n- **cheap** but slow")
    editor.body_tabs.setCurrentIndex(1)
    assert "cheap but slow" in editor.preview.toPlainText()  # rendered: no Markdown marks left
    editor.select_data(editor.link_picker.target_combo, "competitor")
    editor.link_picker.search_edit.setText("riv")
    qtbot.waitUntil(lambda: editor.link_picker.add_button.isEnabled(), timeout=TIMEOUT)
    editor.link_picker.add_button.click()
    editor.link_picker.add_button.click()  # the same target once only
    assert [editor.links_list.item(i).text() for i in range(editor.links_list.count())] == ["Competitor: Rival"]
    with qtbot.waitSignal(page.articles.loaded, timeout=TIMEOUT):
        editor.accept()
    with db.session() as s:
        saved_id = s.scalar(select(KbArticle.id).where(KbArticle.title == "Rival 对战卡"))
        assert saved_id is not None
        saved = knowledge.article(s, saved_id)
    assert saved.kind == "battle_card" and saved.tags == ("pricing", "价格", "竞品")
    assert [(link.target, link.target_id) for link in saved.links] == [("competitor", ids["Rival"])]
    assert "Rival 对战卡" in titles(page)


def test_the_editor_refuses_an_empty_title_inline(qtbot: QtBot, page: KnowledgePage) -> None:
    page.articles.edit_current()
    qtbot.waitUntil(lambda: page.articles.editor is not None, timeout=TIMEOUT)
    editor = page.articles.editor
    assert editor is not None and editor.title_edit.text() == "FAQ: questions customers ask"
    editor.title_edit.setText("  ")
    editor.accept()
    qtbot.waitUntil(lambda: editor.error_text() != "", timeout=TIMEOUT)
    assert editor.error_text() == "Give the article a title." and editor.isVisible()
    editor.reject()


def test_the_competitors_tab_shows_win_rates(qtbot: QtBot, page: KnowledgePage) -> None:
    table = page.competitors.table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    # Other: 1 won, 1 lost -> 50.0 %; Rival: 2 won, 1 lost, 1 open -> 2/3 = 66.7 % (kb_data.py)
    assert cells == [["Other", "2", "1", "1", "0", "50.0%"], ["Rival", "4", "2", "1", "1", "66.7%"]]
    page.competitors.table.selectRow(1)
    qtbot.waitUntil(lambda: page.competitors.deals_table.rowCount() == 4, timeout=TIMEOUT)
    assert "Win rate against Rival: 66.7% (2 won, 1 lost, 1 open)" in page.competitors.viewer.toPlainText()


def test_the_opportunity_editor_offers_the_stage_s_spin_questions(qtbot: QtBot, runner: Any,
                                                                  ids: dict[str, int]) -> None:
    pipeline = PipelinePage(runner)
    qtbot.addWidget(pipeline)
    with qtbot.waitSignal(pipeline.dialog_opened, timeout=TIMEOUT):
        pipeline.open_opportunity(ids["Open E"])  # in Negotiation
    dialog = pipeline.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "SPIN questions: Negotiation" in dialog.spin_view.toPlainText(), timeout=TIMEOUT)
    dialog.reject()


def test_helpers() -> None:
    assert split_tags(" a, b，c; ;d ") == ["a", "b", "c", "d"]
    assert snippet_html("…<b> **需求** x") == "…&lt;b&gt; <b>需求</b> x"
