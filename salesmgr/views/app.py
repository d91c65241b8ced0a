"""Starting the GUI: the QApplication, its translations, the database, the main window.

``run_gui`` is the only entry the CLI calls (it imports this module lazily, so Qt loads only for the GUI).
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from salesmgr import APP_NAME, __version__
from salesmgr.i18n import set_language
from salesmgr.models.database import DatabaseError, open_database
from salesmgr.paths import resource
from salesmgr.views.messages import user_message

LANGUAGES = ("en", "zh_CN")
TRANSLATOR_NAME = "salesmgr-translator"
APP_ICON = ("icons", "salesmgr.svg")


def resolve_language(lang: str | None) -> str:
    """``lang`` ("en" or "zh_CN"; "zh", "zh-CN" also work), else the system locale's: zh_CN for Chinese."""
    name = (lang or QLocale.system().name()).replace("-", "_")
    return "zh_CN" if name.lower().startswith("zh") else "en"


def install_translator(app: QCoreApplication, lang: str | None) -> str:
    """Install salesmgr's and Qt's translations for ``lang``, replacing any installed before.

    Returns the language now in use. A missing ``.qm`` file is not an error: the text stays English.
    Widgets built before the call keep their text, so build windows after choosing the language.
    """
    remove_translators(app)
    language = resolve_language(lang)
    set_language(language)  # the text of exported reports
    QLocale.setDefault(_locale_for(language))
    if language == "en":
        return language
    for translator in (_app_translator(app, language), _qt_translator(app, language)):
        if translator is not None:
            app.installTranslator(translator)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators ``install_translator`` installed (back to English)."""
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setObjectName("")
        translator.deleteLater()


def _locale_for(language: str) -> QLocale:
    """zh_CN for Chinese; for English the system's own locale (dates, numbers), unless that one is Chinese."""
    system = QLocale.system()
    if language == "zh_CN":
        return QLocale("zh_CN")
    return QLocale("en_US") if system.name().startswith("zh") else system


def _app_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    path = resource("i18n", f"salesmgr_{language}.qm")
    translator = QTranslator()
    return _keep(app, translator) if path.is_file() and translator.load(str(path)) else None


def _qt_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    return _keep(app, translator) if folder and translator.load(QLocale(language), "qtbase", "_", folder) \
        else None


def _keep(app: QCoreApplication, translator: QTranslator) -> QTranslator:
    """Give the application ownership (so Python does not collect it) and a name to find it by later."""
    translator.setParent(app)
    translator.setObjectName(TRANSLATOR_NAME)
    return translator


def make_application() -> QApplication:
    """The QApplication (the existing one if there is one), named so that Qt knows whose app it is."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resource(*APP_ICON)
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(db_target: str | None, lang: str | None) -> int:
    """Open the database (locked to this process) and run the main window until it closes, in ``lang`` (else
    the language chosen in Edit > Settings…, else the system's).

    Returns the exit status: the event loop's, or 2 when the database cannot be opened.
    """
    from salesmgr.views.main_window import MainWindow
    from salesmgr.views.runner import DbRunner
    from salesmgr.views.ui_settings import UiSettings

    app = make_application()
    install_translator(app, lang or UiSettings().language or None)  # --lang, else the user's choice, else system
    try:
        db = open_database(db_target, lock=True)
    except DatabaseError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "salesmgr cannot start"), user_message(exc))
        return 2
    runner = DbRunner(db)
    window = MainWindow(db, runner)
    window.show()
    try:
        return app.exec()
    finally:
        window.runner.shutdown()
        runner.shutdown()
        window.db.close()
        db.close()
