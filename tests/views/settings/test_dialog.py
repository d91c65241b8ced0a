"""Edit > Settings…: opened from the menu, rates edited and checked, the fiscal month, the base currency's
refusal shown, and a language switch that keeps the open page."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from salesmgr.models import clock
from salesmgr.models.bonus.entities import BonusApproval
from salesmgr.models.currency import set_rate
from salesmgr.models.database import Database
from salesmgr.models.settings import DatabaseSettings, RateEntry, load_settings
from salesmgr.paths import resource
from salesmgr.views.app import install_translator
from salesmgr.views.main_window import MainWindow
from salesmgr.views.runner import DbRunner
from salesmgr.views.settings.dialog import SettingsDialog
from salesmgr.views.team.page import TeamPage
from salesmgr.views.ui_settings import UiSettings

D = Decimal
TODAY = date(2026, 11, 30)


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *args: QMessageBox.StandardButton.Ok))
    clock.set_today(TODAY)
    with db.session() as session:
        set_rate(session, "USD", D("7.2"), date(2026, 6, 30))
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    runner = DbRunner(db)
    main = MainWindow(db, runner, settings=settings, demo_opportunities=40)
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.counts_label.text() != "")
    yield main
    app = QApplication.instance()
    assert app is not None
    install_translator(app, "en")
    main.close()
    main.runner.shutdown()
    runner.shutdown()


def _open_from_menu(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.settings_action.trigger()
    dialogs = window.findChildren(SettingsDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    return dialog


def _saved(qtbot: QtBot, window: MainWindow, dialog: SettingsDialog) -> DatabaseSettings:
    with qtbot.waitSignal(dialog.settings_saved, timeout=10_000) as blocker:
        dialog.accept()
    qtbot.waitUntil(lambda: not window.runner.is_busy())
    result: DatabaseSettings = blocker.args[0]
    return result


def _stored(db: Database) -> DatabaseSettings:
    with db.session() as session:
        return load_settings(session)


def test_the_menu_opens_the_dialog_with_the_database_settings(qtbot: QtBot, window: MainWindow) -> None:
    assert window.settings_action.text() == "&Settings…"
    assert window.settings_action in window.menuBar().actions()[1].menu().actions()  # the Edit menu
    dialog = _open_from_menu(qtbot, window)
    assert dialog.isVisible()
    assert dialog.base_combo.currentText() == "CNY"
    assert dialog.fiscal_combo.currentData() == 1
    assert dialog.rates_table.entries("CNY") == (RateEntry("USD", D("7.2"), date(2026, 6, 30)),)
    dialog.reject()


def test_add_a_rate_and_change_the_fiscal_month(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    dialog = _open_from_menu(qtbot, window)
    row = dialog.add_rate()
    dialog.rates_table.item(row, 0).setText("eur")
    dialog.rates_table.item(row, 1).setText("7.8")
    dialog.select_data(dialog.fiscal_combo, 4)
    reloads: list[bool] = []
    window.runner.changed.connect(lambda: reloads.append(True))  # what makes the money pages reload
    saved = _saved(qtbot, window, dialog)
    # the new row is dated today (the fixed clock); USD keeps its own date
    expected = DatabaseSettings("CNY", 4, (RateEntry("EUR", D("7.8"), TODAY),
                                           RateEntry("USD", D("7.2"), date(2026, 6, 30))))
    assert saved == expected == _stored(db)
    assert reloads == [True]
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and deleted on close)


@pytest.mark.parametrize(("currency", "rate", "message"), [
    ("EURO", "7.8", "Row 2: EURO is not a currency code"),
    ("EUR", "-1", "Row 2: the rate of EUR must be a positive number"),
    ("EUR", "seven", "Row 2: the rate of EUR must be a positive number"),
    ("USD", "7.3", "Row 2: USD is listed twice"),
    ("CNY", "1", "Row 2: CNY is the base currency"),
])
def test_bad_rows_are_refused_inline_and_nothing_is_saved(qtbot: QtBot, window: MainWindow, db: Database,
                                                          currency: str, rate: str, message: str) -> None:
    dialog = _open_from_menu(qtbot, window)
    row = dialog.add_rate()
    dialog.rates_table.item(row, 0).setText(currency)
    dialog.rates_table.item(row, 1).setText(rate)
    dialog.accept()
    assert message in dialog.error_text()
    assert dialog.isVisible() and not dialog.is_saving()
    assert _stored(db).rates == (RateEntry("USD", D("7.2"), date(2026, 6, 30)),)
    dialog.reject()


def test_remove_a_rate(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    dialog = _open_from_menu(qtbot, window)
    dialog.rates_table.setCurrentCell(0, 0)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert _saved(qtbot, window, dialog).rates == () == _stored(db).rates


def test_a_base_without_a_rate_is_refused_with_the_reason(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    dialog = _open_from_menu(qtbot, window)
    dialog.base_combo.setCurrentText("JPY")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=10_000)
    assert dialog.error_text().startswith("Cannot make JPY the base currency: it has no exchange rate to CNY")
    assert dialog.isVisible()
    assert _stored(db).base_currency == "CNY"
    dialog.reject()


def test_changing_the_base_re_expresses_the_rates(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    dialog = _open_from_menu(qtbot, window)
    dialog.base_combo.setCurrentText("usd")
    # CNY = 1 / 7.2 = 0.138888... -> 0.13888889 (8 significant digits), dated like the USD rate
    assert _saved(qtbot, window, dialog) == DatabaseSettings(
        "USD", 1, (RateEntry("CNY", D("0.13888889"), date(2026, 6, 30)),))


@pytest.mark.skipif(not resource("i18n", "salesmgr_zh_CN.qm").is_file(), reason="no compiled zh_CN .qm")
def test_switching_the_language_keeps_the_page_and_shows_chinese(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("team")
    dialog = _open_from_menu(qtbot, window)
    dialog.select_data(dialog.language_combo, "zh_CN")
    with qtbot.waitSignal(dialog.language_changed, timeout=10_000) as blocker:
        dialog.accept()
    assert blocker.args == ["zh_CN"]
    qtbot.waitUntil(lambda: window.nav.item(0).text() != "Dashboard", timeout=10_000)  # rebuilt once idle
    qtbot.waitUntil(lambda: not window.runner.is_busy())
    assert window.settings.language == "zh_CN"
    assert window.current_page_key() == "team"
    assert isinstance(window.stack.currentWidget(), TeamPage) and window.stack.currentWidget() is window.team_page
    assert window.nav.currentItem().text() == "团队"  # "Team" in the navigation
    assert window.team_page.add_rep_button.text() == QCoreApplication.translate("TeamPage", "Add rep…") != \
        "Add rep…"
    edit_title = QCoreApplication.translate("MainWindow", "&Edit")
    assert edit_title != "&Edit" and window.menuBar().actions()[1].text() == edit_title
    assert window.windowTitle().startswith("团队")


def test_a_new_fiscal_month_is_refused_while_a_quarter_is_approved(qtbot: QtBot, window: MainWindow,
                                                                   db: Database) -> None:
    with db.session() as session:
        session.add(BonusApproval(period="2026Q1", approved_at=datetime(2026, 4, 2), approved_by="lead",
                                  snapshot="{}"))
    dialog = _open_from_menu(qtbot, window)
    dialog.select_data(dialog.fiscal_combo, 4)
    dialog.accept()
    qtbot.waitUntil(lambda: not window.runner.is_busy())
    # the approved quarter was computed for January-March: re-reading its key as April-June would misstate it
    assert "the bonuses of 2026Q1 are approved" in dialog.error_label.text()
    assert _stored(db).fiscal_start == 1
    dialog.reject()
