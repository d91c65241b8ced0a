"""The Goals & Quotas page at the default window size (1200 x 760) over the demo, in English and Chinese: both tabs
show their content with nothing clipped (tests/helpers/clipping.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
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
