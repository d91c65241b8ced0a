"""The main window as a new user first sees it: demo data, the default size (1200 x 760), in a given language.
For the layout tests of the pages (nothing off screen, nothing elided)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salesmgr.demo import load_demo
from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.views.app import install_translator
from salesmgr.views.main_window import MainWindow
from salesmgr.views.runner import DbRunner
from salesmgr.views.ui_settings import UiSettings

DEFAULT_SIZE = (1200, 760)
DEMO_TODAY = date(2026, 11, 27)
LANGUAGES = ("en", "zh_CN")
TIMEOUT = 20_000


def fill_demo(db: Database) -> None:
    """A smaller demo than the GUI's (12 reps, 900 deals) on a fixed day, with the same names and teams."""
    clock.set_today(DEMO_TODAY)
    load_demo(db, reps=12, opportunities=900, today=DEMO_TODAY)


@contextmanager
def default_window(qtbot: QtBot, db: Database, lang: str, folder: Path) -> Iterator[MainWindow]:
    """The window over ``db`` at DEFAULT_SIZE in ``lang``, shown, with its settings in ``folder``; closed and
    the language reset to English afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, lang)
    runner = DbRunner(db)
    settings = UiSettings(QSettings(str(folder / f"ui-{lang}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, runner, settings=settings)
    qtbot.addWidget(window)
    try:
        window.resize(*DEFAULT_SIZE)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.counts_label.text() != "" and not runner.is_busy(), timeout=TIMEOUT)
        yield window
    finally:
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
        window.close()
        runner.shutdown()
        install_translator(app, "en")
