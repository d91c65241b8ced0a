"""The way to the exchange rates from an import that needs them: the summary page's "Enter exchange rates…", the
prompt the main window shows once after a drop-import, and the Settings dialog opened on the rates with a row to
fill in for each missing currency. The dialogs' ``open`` is replaced so that nothing blocks."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from salesmgr.exchange.imports.results import ImportResult
from salesmgr.models.currency import set_rate
from salesmgr.models.database import Database
from salesmgr.models.metrics.unconverted import Unconverted
from salesmgr.views.exchange.summary_page import SummaryPage
from salesmgr.views.main_window import MainWindow
from salesmgr.views.runner import DbRunner
from salesmgr.views.settings.dialog import SettingsDialog
from salesmgr.views.settings.rates_table import CURRENCY, RATE
from salesmgr.views.ui_settings import UiSettings

D = Decimal


def _result() -> ImportResult:
    """22 COP deals worth 1,234,567.00 COP and 1 MXN deal of 10.00 MXN imported into a CNY database."""
    return ImportResult("deals.csv", "opportunities", rows=23, inserted=23, base_currency="CNY", missing_rates=[
        Unconverted("COP", 22, D("1234567.00")), Unconverted("MXN", 1, D("10.00"))])


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Every Settings dialog and message box opened, instead of showing them."""
    shown: list[QDialog] = []
    monkeypatch.setattr(SettingsDialog, "open", lambda self: shown.append(self))
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self))
    return shown


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path, opened: list[QDialog]) -> Iterator[MainWindow]:
    with db.session() as session:
        set_rate(session, "USD", D("7.2"))
    runner = DbRunner(db)
    main = MainWindow(db, runner, settings=UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.counts_label.text() != "")
    yield main
    main.close()
    runner.shutdown()


def _rows(dialog: SettingsDialog) -> list[tuple[str, str]]:
    table = dialog.rates_table
    return [(table.item(row, CURRENCY).text(), table.item(row, RATE).text()) for row in range(table.rowCount())]


def test_the_summary_lists_the_missing_currencies_with_the_button(qtbot: QtBot) -> None:
    page = SummaryPage()
    qtbot.addWidget(page)
    page.show_result(_result())
    assert not page.rates_button.isHidden()
    assert page.rates_label.text() == ("No exchange rate to CNY for 22 COP deals (1,234,567.00 COP), 1 MXN deal "
                                       "(10.00 MXN): their amounts are left out of the figures until you enter a rate.")
    with qtbot.waitSignal(page.rates_requested) as asked:
        page.rates_button.click()
    assert asked.args == [["COP", "MXN"]]
    page.show_result(ImportResult("deals.csv", "opportunities", rows=1, inserted=1))  # every amount has a rate
    assert page.rates_button.isHidden() and page.rates_label.isHidden()


def test_the_settings_open_on_the_rates_of_the_missing_currencies(qtbot: QtBot, window: MainWindow,
                                                                 opened: list[QDialog]) -> None:
    dialog = window.open_rates(["COP", "USD", "CNY"])
    assert opened == [dialog]
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    # USD already has its rate and CNY is the base: only COP gets a row, its rate cell being edited
    assert _rows(dialog) == [("USD", "7.2"), ("COP", "")]
    assert (dialog.rates_table.currentRow(), dialog.rates_table.currentColumn()) == (1, RATE)
    dialog.close()


def test_the_wizards_button_opens_the_rates_over_the_wizard(qtbot: QtBot, window: MainWindow,
                                                           opened: list[QDialog]) -> None:
    wizard = window.open_import_wizard()
    wizard.summary_page.show_result(_result())
    wizard.summary_page.rates_button.click()
    dialog = opened[-1]
    assert isinstance(dialog, SettingsDialog) and dialog.parent() is wizard
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    assert _rows(dialog) == [("USD", "7.2"), ("COP", ""), ("MXN", "")]
    dialog.close()
    wizard.close()


def test_after_a_drop_import_the_window_asks_once(qtbot: QtBot, window: MainWindow, opened: list[QDialog]) -> None:
    wizard = window.open_import_wizard()
    window._prompt_rates_once(wizard)  # what dropping a file does
    wizard.import_finished.emit(_result())
    wizard.done(QDialog.DialogCode.Rejected)  # the user closes the wizard without entering the rates
    box = window.rates_prompt
    assert box is not None and opened == [box]
    assert "COP, MXN" in box.text() and "CNY" in box.text()
    enter = next(button for button in box.buttons() if button.text() == "Enter exchange rates…")
    enter.click()
    dialog = opened[-1]
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    assert _rows(dialog) == [("USD", "7.2"), ("COP", ""), ("MXN", "")]
    dialog.close()
    wizard.finished.emit(0)  # closing again does not ask again
    assert len(opened) == 2


def test_no_prompt_when_the_wizards_button_was_used(qtbot: QtBot, window: MainWindow,
                                                    opened: list[QDialog]) -> None:
    wizard = window.open_import_wizard()
    window._prompt_rates_once(wizard)
    wizard.import_finished.emit(_result())
    wizard.summary_page.show_result(_result())
    wizard.summary_page.rates_button.click()
    settings = opened[-1]
    qtbot.waitUntil(lambda: isinstance(settings, SettingsDialog) and settings.loaded is not None)
    settings.close()
    wizard.done(QDialog.DialogCode.Rejected)
    assert window.rates_prompt is None and len(opened) == 1
