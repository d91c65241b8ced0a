"""Benchmark of the Dashboard page: the time from changing its period or team filter to the redrawn funnel chart
(the page's ``funnel_shown`` signal; goal < 500 ms) and to every tile and chart showing the new figures
(``loaded``), on a demo database, offscreen. Best of several runs.

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

from salesmgr.models.database import Database
from salesmgr.views.dashboard.page import DashboardPage
from salesmgr.views.runner import DbRunner

GOAL_MS = 500.0
TIMEOUT_MS = 600_000


def wait_loaded(page: DashboardPage, change: Callable[[], None]) -> tuple[float, float]:
    """Seconds from calling ``change`` to the page's next ``funnel_shown`` and to its next ``loaded``."""
    loop = QEventLoop()
    times: dict[str, float] = {}
    start = time.perf_counter()

    def funnel() -> None:
        times.setdefault("funnel", time.perf_counter() - start)
    page.funnel_shown.connect(funnel)
    page.loaded.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    start = time.perf_counter()
    change()
    loop.exec()
    elapsed = time.perf_counter() - start
    page.loaded.disconnect(loop.quit)
    page.funnel_shown.disconnect(funnel)
    return times.get("funnel", elapsed), elapsed


def measure(db: Database, repeat: int) -> list[str]:
    """The page's first load and its best filter-change times, as lines to print."""
    runner = DbRunner(db)
    page = DashboardPage(runner)
    page.resize(1280, 800)
    page.show()
    first = wait_loaded(page, lambda: None)  # the load the constructor started
    lines = [f"dashboard first load (reads the stage history once): funnel {first[0] * 1000:,.0f} ms, "
             f"everything {first[1] * 1000:,.0f} ms"]
    team = page.team_combo.findData(page.teams[0][0]) if page.teams else 0
    for name, changes in (
        ("period", [lambda: page.period_combo.setCurrentIndex(1), lambda: page.period_combo.setCurrentIndex(0)]),
        ("team", [lambda: page.team_combo.setCurrentIndex(team), lambda: page.team_combo.setCurrentIndex(0)]),
    ):
        times = [wait_loaded(page, change) for _ in range(repeat) for change in changes]
        funnel, everything = min(t[0] for t in times), min(t[1] for t in times)
        verdict = "ok" if funnel * 1000 < GOAL_MS else "over the goal"
        lines.append(f"dashboard {name} change, best of {len(times)}: funnel chart redrawn {funnel * 1000:,.0f} ms "
                     f"(goal < {GOAL_MS:.0f} ms: {verdict}); every tile and chart {everything * 1000:,.0f} ms")
    runner.shutdown()
    page.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="keep (or reuse) the demo database here")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = demo_database(args.db or Path(folder) / "dashboard.sqlite", args.opportunities)
        print("\n".join(measure(db, args.repeat)))
        db.close()
    del app


if __name__ == "__main__":
    main()
