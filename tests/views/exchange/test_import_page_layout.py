"""The Import/Export page at the default window size with demo data, in English and Chinese: every button is in
sight (no scrolling needed), and every preset name is shown in full."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from salesmgr.demo.samples import write_samples
from salesmgr.models.database import Database
from salesmgr.views.exchange.import_page import ImportPage
from salesmgr.views.main_window import MainWindow
from tests.helpers.default_window import LANGUAGES, TIMEOUT, default_window, fill_demo

CELL_PADDING = 6  # the item's text margins in the styles Qt ships


@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo(db)
    write_samples(db)  # the sample list is shown too, as after "Load demo data"
    return db


def import_page(qtbot: QtBot, window: MainWindow) -> ImportPage:
    page = window.import_page
    window.show_page("import_export")
    qtbot.waitUntil(lambda: page.preset_model.rowCount() > 0 and page.preset_view.isVisible(), timeout=TIMEOUT)
    return page


def visible_area(page: ImportPage) -> QRect:
    """The part of the page on screen: the scroll area's viewport, in window coordinates."""
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    viewport = scroll.viewport()
    return QRect(viewport.mapTo(page.window(), QPoint(0, 0)), viewport.size())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_button_is_in_sight(qtbot: QtBot, demo: Database, tmp_path: Path, lang: str) -> None:
    with default_window(qtbot, demo, lang, tmp_path) as window:
        page = import_page(qtbot, window)
        area = visible_area(page)
        window_area = window.rect()
        buttons = [button for button in page.findChildren(QPushButton) if button.isVisible()]
        # import, sample, six reports (funnel, quotas, dashboard, bonus, plan, goals), export data, delete preset
        assert len(buttons) == 10 and page.export_data_button in buttons and page.delete_button in buttons
        for button in buttons:
            rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
            assert area.contains(rect) and window_area.contains(rect), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()  # its text is not cut
        scroll = page.findChild(QScrollArea)
        assert scroll is not None and scroll.verticalScrollBar().maximum() == 0  # nothing below the fold


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_preset_name_is_shown_in_full(qtbot: QtBot, demo: Database, tmp_path: Path, lang: str) -> None:
    with default_window(qtbot, demo, lang, tmp_path) as window:
        page = import_page(qtbot, window)
        view, model = page.preset_view, page.preset_model
        metrics = QFontMetrics(view.font())
        viewport_width = view.viewport().width()
        assert view.columnViewportPosition(0) == 0
        names = [model.index(row, 0).data() for row in range(model.rowCount())]
        assert len(names) >= 7 and len({name[:9] for name in names}) < len(names)  # two begin "Salesforc"
        for row, name in enumerate(names):
            needed = metrics.horizontalAdvance(name) + CELL_PADDING
            assert needed <= view.columnWidth(0) <= viewport_width, name
            assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == name
        for column in range(model.columnCount()):  # the other columns are in sight too
            assert view.columnViewportPosition(column) + view.columnWidth(column) <= viewport_width
