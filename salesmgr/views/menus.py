"""The main window's menu bar: File (databases, the recent files, import, export, quit), Edit (add rep,
settings), View (one
action per page) and Help (the About box).

The strings keep the context "MainWindow", where they were written before they moved here, so that the
existing translations apply.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

import salesmgr
from salesmgr.views.navigation import page_titles
from salesmgr.views.ui_settings import UiSettings

if TYPE_CHECKING:
    from salesmgr.views.main_window import MainWindow


@dataclass(frozen=True)
class FileMenu:
    """The File menu, its "Open recent" submenu, and its Import… and Export… actions."""

    menu: QMenu
    recent_menu: QMenu
    import_action: QAction
    export_action: QAction


def build_file_menu(window: MainWindow) -> FileMenu:
    """File: new and open a database, the recent databases, import, export, quit."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    menu.addAction(QCoreApplication.translate("MainWindow", "&New database…"), QKeySequence.StandardKey.New,
                   window.new_database)
    menu.addAction(QCoreApplication.translate("MainWindow", "&Open database…"), QKeySequence.StandardKey.Open,
                   window.open_database_dialog)
    recent_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    recent_menu.aboutToShow.connect(
        lambda: fill_recent_menu(recent_menu, window.settings, window.db.path, window.open_database_file))
    menu.addSeparator()
    import_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Import…"), QKeySequence("Ctrl+I"),
                                   window.import_file)
    export_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Export…"), QKeySequence("Ctrl+E"),
                                   window.open_export_dialog)
    menu.addSeparator()
    quit_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit,
                                 window.close)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    return FileMenu(menu, recent_menu, import_action, export_action)


def fill_recent_menu(menu: QMenu, settings: UiSettings, current: Path | None,
                     open_file: Callable[[str], object]) -> None:
    """Refill ``menu`` with the recent databases that still exist, except ``current``; ``open_file`` opens one.

    Files that were moved or deleted leave the list: opening them would create an empty database."""
    menu.clear()
    for path in settings.recent_files:
        if not Path(path).is_file():
            settings.remove_recent_file(path)
        elif Path(path) != current:
            menu.addAction(path, partial(open_file, path))
    if menu.isEmpty():
        menu.addAction(QCoreApplication.translate("MainWindow", "No recent databases")).setEnabled(False)


@dataclass(frozen=True)
class EditMenu:
    """The Edit menu's actions."""

    add_rep_action: QAction
    settings_action: QAction


def build_edit_menu(window: MainWindow) -> EditMenu:
    """Edit: Add rep…, Settings… (Preferences on macOS)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    add_rep = menu.addAction(QCoreApplication.translate("MainWindow", "&Add rep…"), QKeySequence("Ctrl+Shift+N"),
                             window.add_rep)
    menu.addSeparator()
    settings = menu.addAction(QCoreApplication.translate("MainWindow", "&Settings…"),
                              QKeySequence.StandardKey.Preferences, lambda: window.open_settings_dialog())
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    return EditMenu(add_rep, settings)


def build_view_menu(window: MainWindow) -> list[QAction]:
    """View: one checkable action per page, in navigation order, on Ctrl+1, Ctrl+2, … (the tenth on Ctrl+0;
    pages after it have no shortcut); returns them."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    group = QActionGroup(window)
    actions: list[QAction] = []
    for index, title in enumerate(page_titles()):
        action = menu.addAction(title, partial(window.nav.setCurrentRow, index))
        if index < 10:
            action.setShortcut(QKeySequence(f"Ctrl+{(index + 1) % 10}"))
        action.setCheckable(True)
        group.addAction(action)
        actions.append(action)
    return actions


def build_help_menu(window: MainWindow) -> QAction:
    """Help: About salesmgr; returns that action."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about_action = menu.addAction(QCoreApplication.translate("MainWindow", "&About salesmgr"),
                                  lambda: show_about(window, window.db.label))
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    return about_action


def about_text(db_label: str) -> str:
    """The About box's text: the version, what salesmgr does, the open database ``db_label`` and Qt's version."""
    return QCoreApplication.translate(
        "MainWindow", "<h3>salesmgr {version}</h3><p>Offline sales management: quotas, funnel, bonuses, "
        "onboarding and CRM imports.</p><p>Database: {path}</p><p>Qt {qt}</p>").format(
        version=salesmgr.__version__, path=db_label, qt=qVersion())


def show_about(parent: QWidget, db_label: str) -> None:
    """Help > About salesmgr: the About box over ``parent``."""
    QMessageBox.about(parent, QCoreApplication.translate("MainWindow", "About salesmgr"), about_text(db_label))
