"""The Leads page over the five hand-made leads of tests/helpers/leads_data.py (today 2026-12-01)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.views.leads.page import LeadsPage
from salesmgr.views.runner import DbRunner
from salesmgr.views.ui_settings import UiSettings
from tests.helpers.leads_data import TODAY, add_leads

TIMEOUT = 15_000


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    clock.set_today(TODAY)
    with db.session() as session:
        return add_leads(session)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def page(qtbot: QtBot, runner: DbRunner, ids: dict[str, int], settings: UiSettings) -> Iterator[LeadsPage]:
    shown = LeadsPage(runner, settings)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.leads.data is not None and shown.model.data is not None
                    and not runner.is_busy(), timeout=TIMEOUT)
    yield shown
    settle(qtbot, runner)


def settle(qtbot: QtBot, runner: DbRunner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
