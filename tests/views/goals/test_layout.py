"""The Goals & Quotas page at the default window size (1200 x 760) over the demo, in English and Chinese: both tabs
show their content with nothing clipped (tests/helpers/clipping.py)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.views.goals.page import GoalsPage
from tests.helpers.clipping import clipped_widgets, report
from tests.helpers.default_window import LANGUAGES, TIMEOUT, default_window, fill_demo


@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo(db)
    return db


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_tab_renders_without_clipping(qtbot: QtBot, demo: Database, tmp_path: Path, lang: str) -> None:
    with default_window(qtbot, demo, lang, tmp_path) as window:
        page = window.goals_page
        window.show_page("goals")
        qtbot.waitUntil(lambda: page.data is not None and not window.runner.is_busy(), timeout=TIMEOUT)
        QApplication.processEvents()
        assert page.plan.model.rowCount() > 3 and page.plan.figures.coverage.rowCount() > 0
        offenders = clipped_widgets(window)
        assert not offenders, report(f"the quota plan ({lang})", offenders)
        page.tabs.setCurrentWidget(page.attainment)
        QApplication.processEvents()
        assert page.attainment.table.rowCount() == len(page.data.owners)
        offenders = clipped_widgets(window)
        assert not offenders, report(f"the attainment tab ({lang})", offenders)
        page.tabs.setCurrentWidget(page.goals)
        goals = page.goals
        qtbot.waitUntil(lambda: goals.model.rowCount() > 0 and not window.runner.is_busy(), timeout=TIMEOUT)
        QApplication.processEvents()
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())][2] == ("Goals" if lang == "en" else "目标")
        offenders = clipped_widgets(window)
        assert not offenders, report(f"the goals tab ({lang})", offenders)
        page.tabs.setCurrentWidget(page.roadmap)
        qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
        QApplication.processEvents()
        assert page.tabs.tabText(3) == ("Roadmap" if lang == "en" else "路线图")
        offenders = clipped_widgets(window)
        assert not offenders, report(f"the roadmap tab ({lang})", offenders)


def _dialogs(qtbot: QtBot, page: GoalsPage) -> Iterator[tuple[str, QWidget]]:
    """Each dialog the page opens, shown over the demo (the caller closes it)."""
    plan = page.plan
    for name, open_dialog in (("distribute", plan.open_distribute), ("copy", plan.open_copy),
                              ("lock", lambda: plan.open_lock(unlock=False)),
                              ("unlock", lambda: plan.open_lock(unlock=True))):
        dialog = open_dialog()
        assert dialog is not None
        yield name, dialog
    page.tabs.setCurrentWidget(page.goals)
    goals = page.goals
    qtbot.waitUntil(lambda: goals.model.rowCount() > 0, timeout=TIMEOUT)
    goals.add_goal()
    qtbot.waitUntil(lambda: getattr(goals, "goal_dialog", None) is not None, timeout=TIMEOUT)
    yield "add goal", goals.goal_dialog
    manual = next(row for row in goals.model.rows() if row.manual)
    assert goals.select_goal(manual.id)
    actual = goals.enter_actual()
    assert actual is not None
    yield "enter actual", actual


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_dialog_renders_without_clipping(qtbot: QtBot, demo: Database, tmp_path: Path, lang: str) -> None:
    with default_window(qtbot, demo, lang, tmp_path) as window:
        page = window.goals_page
        window.show_page("goals")
        qtbot.waitUntil(lambda: page.data is not None and not window.runner.is_busy(), timeout=TIMEOUT)
        seen = []
        for name, dialog in _dialogs(qtbot, page):
            qtbot.waitExposed(dialog)
            QApplication.processEvents()
            try:
                offenders = clipped_widgets(dialog)
                assert not offenders, report(f"the {name} dialog ({lang})", offenders)
            finally:
                dialog.close()
            seen.append(name)
        assert seen == ["distribute", "copy", "lock", "unlock", "add goal", "enter actual"]
