"""The Onboarding page at the default window size (1200 x 760) over the demo, in English and Chinese: each tab
and each dialog shows its content with nothing clipped (tests/helpers/clipping.py). The demo gives the reps hired in
the last 90 days plans in progress, with ticked tasks and reviews (salesmgr/demo/onboarding.py)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.models.onboarding.plans import plan_summaries
from salesmgr.views.main_window import MainWindow
from salesmgr.views.onboarding.page import OnboardingPage
from salesmgr.views.widgets.row_table_model import select_row
from tests.helpers.clipping import clipped_widgets, report
from tests.helpers.default_window import DEMO_TODAY, LANGUAGES, TIMEOUT, default_window, fill_demo


@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo(db)
    with db.session() as session:
        plans = plan_summaries(session, DEMO_TODAY)
    assert plans and all(plan.done_tasks > 0 for plan in plans) and any(plan.last_review for plan in plans)
    return db


def open_page(qtbot: QtBot, window: MainWindow) -> OnboardingPage:
    page = window.onboarding_page
    window.show_page("onboarding")
    qtbot.waitUntil(lambda: page.plans.detail.detail is not None and not window.runner.is_busy(), timeout=TIMEOUT)
    QApplication.processEvents()
    return page


def check(window: QWidget, where: str) -> None:
    QApplication.processEvents()
    offenders = clipped_widgets(window)
    assert not offenders, report(where, offenders)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_tab_renders_without_clipping(qtbot: QtBot, demo: Database, tmp_path: Path, lang: str) -> None:
    with default_window(qtbot, demo, lang, tmp_path) as window:
        page = open_page(qtbot, window)
        assert page.plans.model.rowCount() >= 1
        for index in range(page.plans.detail.tabs.count()):
            page.plans.detail.tabs.setCurrentIndex(index)
            check(window, f"the plans tab, detail tab {index} ({lang})")
        page.tabs.setCurrentWidget(page.templates)
        qtbot.waitUntil(lambda: page.templates.tasks.rowCount() > 0, timeout=TIMEOUT)
        check(window, f"the templates tab ({lang})")
        page.tabs.setCurrentWidget(page.ramp)
        qtbot.waitUntil(lambda: page.ramp.data is not None, timeout=TIMEOUT)
        assert page.ramp.hires.rowCount() >= 2
        for index in range(page.ramp.tables.count()):
            page.ramp.tables.setCurrentIndex(index)
            check(window, f"the ramp tab, table {index} ({lang})")
        assert [page.tabs.tabText(i) for i in range(3)] == (["Plans", "Templates", "Ramp"] if lang == "en"
                                                            else ["计划", "模板", "成长曲线"])


def _dialogs(qtbot: QtBot, window: MainWindow, page: OnboardingPage) -> Iterator[tuple[str, QWidget]]:
    """Each dialog the page opens (the caller closes it)."""
    plans = page.plans
    plans.assign_plan()
    qtbot.waitUntil(lambda: plans.dialog is not None, timeout=TIMEOUT)
    yield "assign", plans.dialog
    for status in ("finished", "cancelled"):
        dialog = plans.close_plan(status)
        assert dialog is not None
        yield status, dialog
    detail = plans.detail
    undone = next(task for task in detail.tasks.rows() if task.done_on is None)
    assert select_row(detail.task_view, detail.tasks, undone.id)
    yield "tick", plans.tick_task()
    review = plans.write_review()
    assert review is not None
    qtbot.waitUntil(lambda: review.agenda is not None, timeout=TIMEOUT)
    yield "review", review
    yield "certification", plans.record_certification()
    templates = page.templates
    page.tabs.setCurrentWidget(templates)
    qtbot.waitUntil(lambda: templates.tasks.rowCount() > 0 and not window.runner.is_busy(), timeout=TIMEOUT)
    assert select_row(templates.task_view, templates.tasks, templates.tasks.rows()[0].id)
    for name, open_dialog in (("edit task", templates.edit_task), ("add task", templates.add_task),
                              ("copy", templates.copy_template), ("rename", templates.rename_template)):
        yield name, open_dialog()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_dialog_renders_without_clipping(qtbot: QtBot, demo: Database, tmp_path: Path, lang: str) -> None:
    with default_window(qtbot, demo, lang, tmp_path) as window:
        page = open_page(qtbot, window)
        seen = []
        for name, dialog in _dialogs(qtbot, window, page):
            assert dialog is not None, name
            qtbot.waitExposed(dialog)
            try:
                check(dialog, f"the {name} dialog ({lang})")
            finally:
                dialog.close()
            seen.append(name)
        assert seen == ["assign", "finished", "cancelled", "tick", "review", "certification", "edit task",
                        "add task", "copy", "rename"]
