"""The Bonuses page at the default window size with demo data, in English and Chinese: the payout is in sight
beside the rep, the rep column stays when the table is scrolled to its last column, no header text is cut, the
column chooser hides and remembers columns, and "Approve…" still works."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.views.bonus.page import BonusesPage
from salesmgr.views.bonus.table_model import BonusTableModel
from salesmgr.views.main_window import MainWindow
from salesmgr.views.widgets.frozen_table import FrozenColumnTableView
from tests.helpers.default_window import LANGUAGES, TIMEOUT, default_window, fill_demo

HEADER_PADDING = 8  # the style's text margins (at least 4 px each side in Fusion and the others)


@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo(db)
    return db


def bonuses(qtbot: QtBot, window: MainWindow) -> BonusesPage:
    page = window.bonuses_page
    window.show_page("bonuses")
    qtbot.waitUntil(lambda: page.data is not None and page.model.rowCount() > 0, timeout=TIMEOUT)
    return page


def in_viewport(view: QTableView, column: int) -> bool:
    """The whole column lies inside the visible part of the table (right of the frozen column, if any)."""
    left = view.columnViewportPosition(column)
    frozen = view.frozen.width() if isinstance(view, FrozenColumnTableView) and column > 0 else 0
    return left >= frozen and left + view.columnWidth(column) <= view.viewport().width()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_payout_is_in_sight_and_the_rep_stays_when_scrolled(qtbot: QtBot, demo: Database, tmp_path: Path,
                                                                 lang: str) -> None:
    with default_window(qtbot, demo, lang, tmp_path) as window:
        page = bonuses(qtbot, window)
        view = page.view
        assert isinstance(view, FrozenColumnTableView)
        assert in_viewport(view, BonusTableModel.PAYOUT) and in_viewport(view, BonusTableModel.REP)
        payout_title = view.model().headerData(BonusTableModel.PAYOUT, view.horizontalHeader().orientation())
        assert "CNY" in payout_title
        last = view.model().index(0, BonusTableModel.ADJUSTMENT)
        view.scrollTo(last)
        qtbot.waitUntil(lambda: in_viewport(view, BonusTableModel.ADJUSTMENT))
        assert view.horizontalScrollBar().value() > 0 and not in_viewport(view, BonusTableModel.PAYOUT)
        frozen = view.frozen
        assert frozen.isVisible() and frozen.width() == view.columnWidth(0) > 0
        top = frozen.indexAt(QPoint(4, 4))  # the top-left name in sight
        assert top.column() == 0 and top.data() == page.model.rows()[page.proxy.mapToSource(top).row()].rep
        # the overlay shows the same rows at the same heights as the table beside it
        for row in range(min(5, view.model().rowCount())):
            assert frozen.rowViewportPosition(row) == view.rowViewportPosition(row)
            assert frozen.rowHeight(row) == view.rowHeight(row)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_header_text_is_cut(qtbot: QtBot, demo: Database, tmp_path: Path, lang: str) -> None:
    with default_window(qtbot, demo, lang, tmp_path) as window:
        page = bonuses(qtbot, window)
        header = page.view.horizontalHeader()
        metrics = QFontMetrics(header.font())
        for column in range(page.model.columnCount()):
            text = str(page.model.headerData(column, header.orientation()))
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + HEADER_PADDING, text
        assert page.view.frozen.horizontalHeader().height() == header.height()


def test_scrolling_and_selecting_in_either_part_moves_both(qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    with default_window(qtbot, demo, "en", tmp_path) as window:
        page = bonuses(qtbot, window)
        view, frozen = page.view, page.view.frozen
        frozen.selectRow(3)
        fourth = page.model.rows()[page.proxy.mapToSource(view.model().index(3, 0)).row()]
        assert page.selected_rep_id() == fourth.rep_id  # one selection for both views
        window.resize(1200, 500)  # fewer rows in sight: the table scrolls down
        qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        assert frozen.verticalScrollBar().value() == view.verticalScrollBar().value() > 0
        frozen.verticalScrollBar().setValue(0)
        assert view.verticalScrollBar().value() == 0
        view.sortByColumn(BonusTableModel.PAYOUT, Qt.SortOrder.AscendingOrder)
        qtbot.mouseClick(frozen.horizontalHeader().viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
        # a click on the frozen header sorts the table by rep (the header beside it shows it)
        assert view.horizontalHeader().sortIndicatorSection() == BonusTableModel.REP
        names = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
        assert names in (sorted(names, key=str.casefold), sorted(names, key=str.casefold, reverse=True))


def test_the_column_chooser_hides_columns_and_remembers_them(qtbot: QtBot, demo: Database, tmp_path: Path) -> None:
    with default_window(qtbot, demo, "en", tmp_path) as window:
        page = bonuses(qtbot, window)
        menu = page.columns.menu()
        actions = [action for action in menu.actions() if action.isCheckable()]
        assert len(actions) == page.model.columnCount() and not actions[0].isEnabled()  # the rep stays
        actions[BonusTableModel.QUOTA].setChecked(False)
        menu.deleteLater()
        assert page.view.isColumnHidden(BonusTableModel.QUOTA)
        assert window.settings.hidden_columns("bonuses") == ["quota"]
    with default_window(qtbot, demo, "en", tmp_path) as window:  # the same settings file
        page = bonuses(qtbot, window)
        assert page.view.isColumnHidden(BonusTableModel.QUOTA) and not page.view.isColumnHidden(BonusTableModel.WON)
        page.columns.show_all()
        assert window.settings.hidden_columns("bonuses") == []


def test_approve_still_works_at_the_default_size(qtbot: QtBot, demo: Database, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with default_window(qtbot, demo, "en", tmp_path) as window:
        page = bonuses(qtbot, window)
        assert page.approve_button.isVisible() and page.approve_button.isEnabled()
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            page.approve_button.click()
        assert "Approved by" in page.status_label.text() and not page.approve_button.isEnabled()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_explanation_of_a_statement_is_shown_whole(qtbot: QtBot, demo: Database, tmp_path: Path,
                                                         lang: str) -> None:
    """A long "how it was computed" wraps onto more lines: each row is as tall as its wrapped text needs."""
    with default_window(qtbot, demo, lang, tmp_path) as window:
        page = bonuses(qtbot, window)
        figures = page.statement_panel.figures
        page.view.selectRow(0)
        qtbot.waitUntil(lambda: figures.rowCount() > 5, timeout=TIMEOUT)
        metrics = QFontMetrics(figures.font())
        width = figures.columnWidth(2) - HEADER_PADDING
        wrapped = 0
        for row in range(figures.rowCount()):
            text = figures.item(row, 2).text()
            needed = metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text).height()
            assert figures.rowHeight(row) >= needed, text
            wrapped += needed > metrics.height()
        assert wrapped >= 1  # the sales score's rule does not fit one line at the default size
