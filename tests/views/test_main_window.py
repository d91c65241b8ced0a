"""The GUI shell: navigation, welcome page and demo data, menus, settings, reopening, translations."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from salesmgr import __version__
from salesmgr.demo import load_demo
from salesmgr.models.database import Database, open_database
from salesmgr.paths import resource
from salesmgr.views.app import install_translator, resolve_language, run_gui
from salesmgr.views.exchange.export_dialog import ExportDialog
from salesmgr.views.main_window import MainWindow
from salesmgr.views.navigation import PAGE_KEYS
from salesmgr.views.runner import DbRunner
from salesmgr.views.team.page import TeamPage
from salesmgr.views.ui_settings import SETTINGS_VERSION, UiSettings

TITLES = ["Dashboard", "Pipeline", "Leads", "Accounts", "Goals & Quotas", "Onboarding", "Knowledge", "Bonuses",
          "Team", "Import/Export"]
MakeWindow = Callable[..., MainWindow]
Calls = dict[str, list[tuple[Any, ...]]]


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """QMessageBox calls are recorded and file dialogs cancelled, instead of opening modal dialogs."""
    recorded: Calls = {}
    for name in ("warning", "critical", "information", "about", "question"):
        def fake(*args: Any, _name: str = name) -> QMessageBox.StandardButton:
            recorded.setdefault(_name, []).append(args)
            return QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *args, **kwargs: ("", "")))
    return recorded


@pytest.fixture
def make_window(qtbot: QtBot, db: Database, settings: UiSettings,
                calls: Calls) -> Iterator[MakeWindow]:
    made: list[tuple[MainWindow, DbRunner]] = []

    def make(database: Database = db, **kwargs: Any) -> MainWindow:
        runner = DbRunner(database)
        window = MainWindow(database, runner, settings=kwargs.pop("settings", settings),
                            demo_opportunities=kwargs.pop("demo_opportunities", 40), **kwargs)
        qtbot.addWidget(window)
        made.append((window, runner))
        qtbot.waitUntil(lambda: window.counts_label.text() != "")
        return window

    yield make
    for window, runner in made:
        window.close()
        window.runner.shutdown()
        runner.shutdown()


def test_navigation_lists_the_ten_pages_and_switches_to_each(make_window: MakeWindow) -> None:
    window = make_window()
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == TITLES
    assert len(window.pages) == 10 and isinstance(window.pages[PAGE_KEYS.index("team")], TeamPage)
    for row in reversed(range(10)):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[row]
        assert window.windowTitle().startswith(TITLES[row])
        assert window.page_actions[row].isChecked()
        assert window.current_page_key() == PAGE_KEYS[row]


def test_view_menu_shortcuts_switch_pages(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    # Ctrl+1 ... Ctrl+9 for the first nine pages and Ctrl+0 for the tenth (Import/Export)
    assert [action.shortcut().toString() for action in window.page_actions] == [
        f"Ctrl+{digit}" for digit in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0)]
    for row in (2, 7, 0, 6, 9):
        key = Qt.Key.Key_0 if row == 9 else Qt.Key(Qt.Key.Key_1.value + row)
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.nav.currentRow() == row


def test_file_import_shows_the_import_export_page_and_export_opens_the_dialog(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("team")
    next(action for action in window.file_menu.actions() if action.text() == "&Import…").trigger()
    assert window.current_page_key() == "import_export"
    window.export_action.trigger()
    dialogs = window.findChildren(ExportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible() and dialogs[0].choice() == ("report", "funnel")
    dialogs[0].close()


def test_empty_database_shows_the_welcome_page_and_no_counts(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.dashboard_slot.currentWidget() is window.welcome_page
    assert window.counts_label.text() == "No data yet"
    window.welcome_page.import_button.click()
    assert window.current_page_key() == "import_export"


def test_loading_demo_data_fills_the_status_bar_and_lands_on_the_dashboard(
        qtbot: QtBot, make_window: MakeWindow, calls: Calls) -> None:
    window = make_window()
    window.show_page("team")  # wherever the user was, the demo data is shown on the Dashboard
    welcome = window.welcome_page
    welcome.load_demo_data()
    assert welcome.progress_dialog is not None and not welcome.demo_button.isEnabled()
    qtbot.waitUntil(lambda: "25 reps" in window.counts_label.text(), timeout=20000)
    assert "40 opportunities" in window.counts_label.text()
    assert welcome.progress_dialog is None
    assert window.current_page_key() == "dashboard" and window.windowTitle().startswith("Dashboard")
    assert window.statusBar().currentMessage() == "Demo data loaded: 25 reps, 40 opportunities."
    assert window.stack.currentWidget() is window.dashboard_slot
    assert window.dashboard_slot.currentWidget() is window.dashboard_page
    assert "warning" not in calls


def test_cancelling_demo_data_leaves_the_database_empty(
        qtbot: QtBot, make_window: MakeWindow, calls: Calls) -> None:
    window = make_window(demo_opportunities=3000)
    welcome = window.welcome_page
    welcome.load_demo_data()
    assert welcome.progress_dialog is not None
    cancel_button = welcome.progress_dialog.findChild(QPushButton)
    assert cancel_button is not None
    cancel_button.click()
    qtbot.waitUntil(lambda: welcome.progress_dialog is None, timeout=20000)
    window.refresh_status()
    qtbot.waitUntil(lambda: not window.runner.is_busy())
    assert window.counts_label.text() == "No data yet"
    assert welcome.demo_button.isEnabled()
    assert "warning" not in calls


def test_demo_data_refused_by_the_database_shows_why(
        qtbot: QtBot, make_window: MakeWindow, db: Database, calls: Calls) -> None:
    window = make_window()
    load_demo(db, opportunities=10)  # data arrived after the welcome page was shown
    window.welcome_page.load_demo_data()
    qtbot.waitUntil(lambda: "warning" in calls)
    assert "already holds data" in calls["warning"][0][2]
    assert window.welcome_page.progress_dialog is None and window.welcome_page.demo_button.isEnabled()


def test_geometry_and_last_page_are_restored(qtbot: QtBot, make_window: MakeWindow) -> None:
    first = make_window()
    first.show()
    first.resize(first.width(), 520)  # only the height: the offscreen screen is narrower than the window
    first.show_page("leads")
    first.close()
    second = make_window()
    assert second.height() == 520
    assert second.current_page_key() == "leads"


def test_unversioned_settings_are_migrated(tmp_path: Path) -> None:
    raw = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    raw.setValue("last_page", "bonuses")
    settings = UiSettings(raw)
    assert settings.version == SETTINGS_VERSION and settings.last_page == "bonuses"
    assert not raw.contains("last_page")
    for path in ("a.sqlite", "b.sqlite", "a.sqlite"):
        settings.add_recent_file(path)
    assert settings.recent_files == ["a.sqlite", "b.sqlite"]


def test_a_locked_database_is_refused_and_the_open_one_kept(
        make_window: MakeWindow, db: Database, tmp_path: Path, calls: Calls) -> None:
    window = make_window()
    other = open_database(tmp_path / "other.sqlite", lock=True)  # another salesmgr holds it
    try:
        assert not window.open_database_file(str(tmp_path / "other.sqlite"))
    finally:
        other.close()
    assert "already open" in calls["critical"][0][2]
    assert window.db is db and db.label in window.db_label.toolTip()


def test_opening_another_database_switches_everything_to_it(
        qtbot: QtBot, make_window: MakeWindow, settings: UiSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.show_page("team")
    old_runner = window.runner
    target = tmp_path / "second.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.new_database()
    assert window.db.path == target and window.runner is not old_runner
    assert str(target) in window.db_label.toolTip() and "second.sqlite" in window.db_label.text()
    assert isinstance(window.stack.currentWidget(), TeamPage) and window.current_page_key() == "team"
    assert window.team_page.runner is window.runner and window.team_page in window.pages
    assert settings.recent_files[0] == str(target)
    qtbot.waitUntil(lambda: not window.runner.is_busy())
    open_database(tmp_path / "sales.sqlite", lock=True).close()  # the first database is unlocked again
    window.recent_menu.aboutToShow.emit()
    assert [action.text() for action in window.recent_menu.actions()] == [str(tmp_path / "sales.sqlite")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "sales.sqlite"), "")))
    window.open_database_dialog()
    assert window.db.path == tmp_path / "sales.sqlite" and window.current_page_key() == "team"
    qtbot.waitUntil(lambda: not window.runner.is_busy())


def test_new_database_never_overwrites_a_file(
        make_window: MakeWindow, db: Database, monkeypatch: pytest.MonkeyPatch, calls: Calls) -> None:
    window = make_window()
    assert db.path is not None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(db.path), "")))
    window.new_database()
    assert "already exists" in calls["warning"][0][2] and window.db is db


def test_about_names_the_version_and_database_path(
        make_window: MakeWindow, db: Database, calls: Calls) -> None:
    window = make_window()
    window.about_action.trigger()
    text = calls["about"][0][2]
    assert str(db.path) in text and __version__ in text


def test_runner_failures_are_shown(make_window: MakeWindow, calls: Calls) -> None:
    window = make_window()
    window.runner.failed.emit("the disk is full")
    assert calls["warning"][0][2] == "the disk is full"


def test_edit_add_rep_opens_the_team_dialog(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show()
    dialog = window.add_rep()
    assert window.current_page_key() == "team" and dialog.isVisible()
    dialog.reject()


def test_signals_do_not_leak_references_to_true(qapp: QApplication) -> None:
    """PySide6 6.12.0 lost a reference to True per emit and aborted after a few thousand (excluded in pyproject)."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    probe.ping.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        probe.ping.emit()
    assert sys.getrefcount(True) - before > -100  # a leak loses 1000; a few may move for other reasons


def test_language_resolution() -> None:
    assert resolve_language("zh_CN") == resolve_language("zh-CN") == resolve_language("zh") == "zh_CN"
    assert resolve_language("en") == "en"


def test_qt_translations_follow_the_language(qapp: QApplication) -> None:
    try:
        assert install_translator(qapp, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        install_translator(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.skipif(not resource("i18n", "salesmgr_zh_CN.qm").is_file(), reason="no compiled zh_CN .qm yet")
def test_chinese_translation_of_the_window(qapp: QApplication) -> None:
    try:
        install_translator(qapp, "zh_CN")
        assert QCoreApplication.translate("MainWindow", "Team") == "团队"
    finally:
        install_translator(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Team") == "Team"


def test_run_gui_refuses_a_locked_database(
        qapp: QApplication, db_path: Path, calls: Calls) -> None:
    holder = open_database(db_path, lock=True)
    try:
        assert run_gui(str(db_path), "en") == 2
    finally:
        holder.close()
    assert "already open" in calls["critical"][0][2]


def test_run_gui_opens_the_window_and_releases_the_database(
        qapp: QApplication, db_path: Path, calls: Calls) -> None:
    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
    QTimer.singleShot(300, close_windows)
    assert run_gui(str(db_path), "en") == 0
    open_database(db_path, lock=True).close()  # closed and unlocked on exit
