"""Choosing and opening another database file for the main window (File > New database…, Open database…).

The window switches to what these functions return; they only ask the user and say what went wrong. The
strings keep the context "MainWindow", where they were written before they moved here.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from salesmgr.models.database import Database, DatabaseError, open_database
from salesmgr.views.messages import user_message

DB_FILTER = "salesmgr database (*.sqlite *.db)"


def dialog_folder(db: Database) -> str:
    """The folder the file dialogs start in: the open database's, or the current folder for a URL."""
    return str(db.path.parent) if db.path else ""


def ask_new_database(parent: QWidget, folder: str) -> Path | None:
    """The new database file the user names (".sqlite" added when it has no suffix); None when they cancel
    or name a file that exists, which is never overwritten (they are told to open it instead)."""
    title = QCoreApplication.translate("MainWindow", "New database")
    path, _ = QFileDialog.getSaveFileName(parent, title, folder, DB_FILTER,
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not path:
        return None
    target = Path(path) if Path(path).suffix else Path(path).with_suffix(".sqlite")
    if target.exists():
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MainWindow", "{path} already exists; choose Open database… to open it.").format(path=target))
        return None
    return target


def ask_database_to_open(parent: QWidget, folder: str) -> str | None:
    """The database file the user chooses to open; None when they cancel."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("MainWindow", "Open database"),
                                          folder, DB_FILTER)
    return path or None


def open_locked(parent: QWidget, path: str) -> Database | None:
    """``path`` opened and locked for this window; None after telling the user why it cannot be."""
    try:
        return open_database(path, lock=True)
    except DatabaseError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("MainWindow", "Open database"), user_message(exc))
        return None
