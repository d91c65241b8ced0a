"""Benchmark of the Dashboard page: the time from changing its period or team filter to the charts showing the new
figures (the page's ``loaded`` signal), on a demo database, offscreen. Best of several runs; goal < 500 ms.

    .venv/bin/python bench/dashboard_bench.py [--opportunities N] [--db PATH] [--repeat N]
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from demo_db import demo_database
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from salesmgr.views.dashboard_page import DashboardPage
from salesmgr.views.runner import DbRunner

GOAL_MS = 500.0
TIMEOUT_MS = 600_000


def wait_loaded(page: DashboardPage, change: Callable[[], None]) -> float:
    """Seconds from calling ``change`` to the page's next ``loaded``."""
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    start = time.perf_counter()
    change()
    loop.exec()
    elapsed = time.perf_counter() - start
    page.loaded.disconnect(loop.quit)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="keep (or reuse) the demo database here")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "dashboard.sqlite"
        db = demo_database(path, args.opportunities)
        runner = DbRunner(db)
        page = DashboardPage(runner)
        page.resize(1280, 800)
        page.show()
        first = wait_loaded(page, lambda: None)  # the load the constructor started
        print(f"first load: {first * 1000:,.0f} ms")
        team = page.team_combo.findData(page.teams[0][0]) if page.teams else 0
        results: dict[str, float] = {}
        for name, changes in (
            ("period", [lambda: page.period_combo.setCurrentIndex(1), lambda: page.period_combo.setCurrentIndex(0)]),
            ("team", [lambda: page.team_combo.setCurrentIndex(team), lambda: page.team_combo.setCurrentIndex(0)]),
        ):
            times = []
            for _ in range(args.repeat):
                for change in changes:
                    times.append(wait_loaded(page, change))
            results[name] = min(times)
        for name, seconds in results.items():
            ms = seconds * 1000
            verdict = "ok" if ms < GOAL_MS else "over the goal"
            print(f"{name} change -> charts updated: best of {args.repeat * 2}: {ms:,.0f} ms "
                  f"(goal < {GOAL_MS:.0f} ms: {verdict})")
        runner.shutdown()
        page.close()
        db.close()
    del app


if __name__ == "__main__":
    main()
