"""Render every page of the main window to PNG, in English and in Simplified Chinese, over demo data.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_DIR [--db PATH]

Without ``--db`` the demo data goes into a temporary database; with it, an empty database at PATH gets the
demo data and one that already holds data is shown as it is. The welcome page is taken from a second, empty
temporary database. Files are named ``{lang}_{nn}_{page}.png`` (``{lang}_00_welcome.png`` for the welcome).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from salesmgr.demo import load_demo
from salesmgr.demo.samples import write_samples
from salesmgr.models.database import Database, open_database
from salesmgr.models.stats import is_empty
from salesmgr.views.app import LANGUAGES, install_translator, make_application
from salesmgr.views.main_window import MainWindow
from salesmgr.views.navigation import PAGE_KEYS
from salesmgr.views.runner import DbRunner
from salesmgr.views.ui_settings import UiSettings

WINDOW_SIZE = (1200, 760)
SETTLE_TIMEOUT_S = 30.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files (created if missing)")
    parser.add_argument("--db", type=Path, help="database to show (default: a temporary one)")
    return parser.parse_args(argv)


def settle(app: QApplication, window: MainWindow) -> None:
    """Let the runner finish its queued work and the window repaint with the results."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while (window.runner.is_busy() or not window.counts_label.text()) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def open_window(app: QApplication, db: Database, settings: UiSettings) -> MainWindow:
    window = MainWindow(db, DbRunner(db), settings=settings)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(app, window)
    return window


def shoot_pages(app: QApplication, db: Database, settings: UiSettings, out_dir: Path,
                lang: str) -> list[Path]:
    window = open_window(app, db, settings)
    written = []
    for index, key in enumerate(PAGE_KEYS):
        window.nav.setCurrentRow(index)
        settle(app, window)
        written.append(save(window, out_dir / f"{lang}_{index + 1:02d}_{key}.png"))
    dialog = window.open_export_dialog("quotas")
    settle(app, window)
    if not dialog.grab().save(str(out_dir / f"{lang}_09_export_dialog.png")):
        raise OSError("cannot write the export dialog's picture")
    written.append(out_dir / f"{lang}_09_export_dialog.png")
    dialog.close()
    window.close()
    return written


def shoot_welcome(app: QApplication, db: Database, settings: UiSettings, out_dir: Path, lang: str) -> Path:
    window = open_window(app, db, settings)
    window.show_page("dashboard")
    settle(app, window)
    path = save(window, out_dir / f"{lang}_00_welcome.png")
    window.close()
    return path


def save(window: MainWindow, path: Path) -> Path:
    if not window.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


def demo_database(path: Path) -> Database:
    db = open_database(path, lock=True)
    with db.session() as session:
        empty = is_empty(session)
    if empty:
        load_demo(db)
        write_samples(db)
    return db


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is created
    app = make_application()
    with tempfile.TemporaryDirectory(prefix="salesmgr-shots-") as tmp:
        settings = UiSettings(QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat))
        demo = demo_database(args.db or Path(tmp) / "demo.sqlite")
        empty = open_database(Path(tmp) / "empty.sqlite", lock=True)
        try:
            for lang in LANGUAGES:
                install_translator(app, lang)
                written = [shoot_welcome(app, empty, settings, args.out_dir, lang)]
                written += shoot_pages(app, demo, settings, args.out_dir, lang)
                print("\n".join(str(path) for path in written))
        finally:
            install_translator(app, "en")
            demo.close()
            empty.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
