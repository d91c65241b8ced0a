"""Nothing clipped at the default window size: every page of the main window over the demo data, at 1200 x 760,
in English and in Chinese, and the dialogs the pages open, checked with ``tests.helpers.clipping``.

A failure lists each offender with the page, the widget's class, its objectName or text, and the pixels it
needs against the pixels it has.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from salesmgr.demo import load_demo
from salesmgr.demo.samples import write_samples
from salesmgr.models.database import Database, open_database
from salesmgr.views.app import install_translator
from salesmgr.views.goals.roadmap_edits import RoadmapEditor
from salesmgr.views.goals.roadmap_loaders import PhaseView
from salesmgr.views.main_window import MainWindow
from salesmgr.views.navigation import PAGE_KEYS
from salesmgr.views.runner import DbRunner
from salesmgr.views.ui_settings import UiSettings
from tests.helpers.clipping import clipped_widgets, report

WINDOW_SIZE = (1200, 760)  # the default window size (scripts/screenshots.py takes its pictures at it too)
SETTLE_TIMEOUT = 30_000
PAGES = list(PAGE_KEYS)
LANGUAGES = ["en", "zh_CN"]
OpenWindow = Callable[[Database], MainWindow]


def has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo data and its sample CRM files, as ``salesmgr demo`` writes them; built once for the module."""
    db = open_database(tmp_path_factory.mktemp("clipping") / "demo.sqlite")
    load_demo(db)
    write_samples(db)
    yield db
    db.close()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface language, installed before the window is built (as the app does at start)."""
    lang = str(request.param)
    if lang == "zh_CN" and not has_chinese_font():
        pytest.skip("no Simplified Chinese font (install fonts-noto-cjk): Chinese text would be measured in boxes")
    install_translator(qapp, lang)
    yield lang
    install_translator(qapp, "en")


@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path, language: str) -> Iterator[OpenWindow]:
    made: list[tuple[MainWindow, DbRunner]] = []

    def open_(db: Database) -> MainWindow:
        runner = DbRunner(db)
        settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        window = MainWindow(db, runner, settings=settings)
        qtbot.addWidget(window)
        made.append((window, runner))
        window.resize(*WINDOW_SIZE)
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot, window)
        assert (window.width(), window.height()) == WINDOW_SIZE
        return window

    yield open_
    for window, runner in made:
        settle(qtbot, window)
        window.close()
        window.runner.shutdown()
        runner.shutdown()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Let the runner finish its queued work and the window lay itself out again with the results."""
    qtbot.waitUntil(lambda: not window.runner.is_busy() and window.counts_label.text() != "", timeout=SETTLE_TIMEOUT)
    for _ in range(5):
        QApplication.processEvents()


def assert_nothing_clipped(where: str, widget: QWidget) -> None:
    offenders = clipped_widgets(widget)
    assert not offenders, report(where, offenders)


@pytest.mark.parametrize("page", PAGES)
def test_page_is_not_clipped(page: str, language: str, open_window: OpenWindow, demo_db: Database,
                             qtbot: QtBot) -> None:
    window = open_window(demo_db)
    window.show_page(page)
    settle(qtbot, window)
    assert window.current_page_key() == page
    assert_nothing_clipped(f"the {page} page ({language})", window)


def test_dashboard_fits_the_default_window_without_scrolling(language: str, open_window: OpenWindow,
                                                             demo_db: Database) -> None:
    window = open_window(demo_db)
    window.show_page("dashboard")
    area = window.dashboard_page.findChild(QScrollArea)
    assert area is not None
    assert area.verticalScrollBar().maximum() == 0 and area.horizontalScrollBar().maximum() == 0


def test_welcome_page_is_not_clipped(language: str, open_window: OpenWindow, db: Database) -> None:
    window = open_window(db)  # an empty database: the Dashboard's place shows the welcome page
    window.show_page("dashboard")
    assert window.dashboard_slot.currentWidget() is window.welcome_page
    assert_nothing_clipped(f"the welcome page ({language})", window)


def roadmap_editor(window: MainWindow) -> RoadmapEditor:
    return window.goals_page.roadmap.editor


def first_phase(window: MainWindow) -> PhaseView:
    view = window.goals_page.roadmap.view
    assert view is not None, "the Roadmap panel has not loaded"
    return view.phases[0]


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "export": lambda window: window.open_export_dialog("quotas"),
    "add rep": lambda window: window.add_rep(),
    "add team": lambda window: window.team_page.add_team(),
    "edit stages": lambda window: window.pipeline_page.edit_stages(),
    "settings": lambda window: window.open_settings_dialog(),
    "add milestone": lambda window: roadmap_editor(window).add_milestone(),
    "edit milestone": lambda window: roadmap_editor(window).edit_milestone(first_phase(window).milestones[0].id),
    "edit phase": lambda window: roadmap_editor(window).edit_phase(first_phase(window).id),
    "set pilot": lambda window: roadmap_editor(window).set_pilot(),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_is_not_clipped(name: str, language: str, open_window: OpenWindow, demo_db: Database,
                               qtbot: QtBot) -> None:
    window = open_window(demo_db)
    dialog = DIALOGS[name](window)
    qtbot.waitExposed(dialog)
    settle(qtbot, window)
    try:
        assert_nothing_clipped(f"the {name} dialog ({language})", dialog)
    finally:
        dialog.close()


def test_opportunity_dialog_is_not_clipped(language: str, open_window: OpenWindow, demo_db: Database,
                                           qtbot: QtBot) -> None:
    window = open_window(demo_db)
    window.show_page("pipeline")
    settle(qtbot, window)
    first = window.pipeline_page.model.row_at(0)
    assert first is not None
    with qtbot.waitSignal(window.pipeline_page.dialog_opened, timeout=SETTLE_TIMEOUT) as opened:
        window.pipeline_page.open_opportunity(first.id)
    dialog = opened.args[0]
    qtbot.waitExposed(dialog)
    settle(qtbot, window)
    try:
        assert_nothing_clipped(f"the opportunity dialog ({language})", dialog)
    finally:
        dialog.close()


# --- the check itself finds what it should --------------------------------------------------------------------
def _shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_check_finds_a_cut_label_and_an_unreachable_button(qtbot: QtBot) -> None:
    root = QWidget()
    label = QLabel("6,260,693.50 CNY", root)
    label.setGeometry(0, 0, 40, 30)  # far narrower than the text
    inside = QPushButton("OK", root)
    inside.setGeometry(10, 40, 90, 30)
    outside = QPushButton("Delete preset…", root)
    outside.setGeometry(150, 170, 120, 30)  # the root is 200 x 180: the button's lower right part is lost
    _shown(qtbot, root, 200, 180)
    offenders = clipped_widgets(root)
    assert [(o.widget_class, o.name) for o in offenders] == [("QLabel", "6,260,693.50 CNY"),
                                                            ("QPushButton", "Delete preset…")]
    assert offenders[0].available == 40 and offenders[0].needed > 40
    assert "partly outside" in offenders[1].problem and offenders[1].available == 200


def test_a_button_that_scrolls_into_view_is_reachable(qtbot: QtBot) -> None:
    area = QScrollArea()
    area.setWidgetResizable(True)
    content = QWidget()
    column = QVBoxLayout(content)
    for number in range(30):
        column.addWidget(QPushButton(f"Button {number}"))
    area.setWidget(content)
    _shown(qtbot, area, 300, 200)  # most buttons are below the fold, within the scroll bar's reach
    assert area.verticalScrollBar().maximum() > 0
    assert clipped_widgets(area) == []
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # now nothing brings them up
    QApplication.processEvents()
    assert {o.name for o in clipped_widgets(area)} >= {"Button 29"}


def test_the_check_finds_a_header_too_narrow_for_its_sort_arrow(qtbot: QtBot) -> None:
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["Expected close", "Probability"])
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    plain_width = header.fontMetrics().horizontalAdvance("Expected close") + 12  # the text and margins only
    header.resizeSection(0, plain_width)
    header.resizeSection(1, 200)
    _shown(qtbot, table, 500, 200)
    assert clipped_widgets(table) == []  # no sort indicator: the text fits
    table.setSortingEnabled(True)  # now the arrow needs room too
    offenders = clipped_widgets(table)
    assert [(o.name, o.available) for o in offenders] == [("column 'Expected close'", plain_width)]
    assert "sort indicator" in offenders[0].problem


def test_the_check_finds_a_combo_too_narrow_for_its_item(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox
    root = QWidget()
    fits, cut = QComboBox(root), QComboBox(root)
    for combo in (fits, cut):
        combo.addItem("FY 2026 (Apr 2026 – Mar 2027)")
    fits.setGeometry(0, 0, fits.sizeHint().width(), 30)
    cut.setGeometry(0, 40, 90, 30)  # far narrower than the item
    _shown(qtbot, root, 400, 80)
    offenders = clipped_widgets(root)
    assert [(o.widget_class, o.name, o.problem) for o in offenders] == [
        ("QComboBox", "FY 2026 (Apr 2026 – Mar 2027)", "current item elided")]
    assert offenders[0].needed > offenders[0].available
