"""The goals page's fixtures: the hand-made 2027 plan of tests/helpers/quota_data.py, and the page on it."""
from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.views.goals.page import GoalsPage
from salesmgr.views.runner import DbRunner
from tests.helpers import quota_data

TIMEOUT = 15_000


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return quota_data.planned(db)


def open_page(qtbot: QtBot, runner: DbRunner) -> GoalsPage:
    """The page on fiscal 2027 (today is in 2026, so it opens on 2026 and is switched)."""
    page = GoalsPage(runner, user="tester")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.plan.year_combo.setCurrentIndex(page.plan.year_combo.findData(2027))
    assert page.data is not None and page.data.grid.fiscal_year == 2027
    return page
