"""Benchmark of the funnel metric: salesmgr's per-stage count and amount over the last three months against the
fastest hand-written sqlite3 query for the same question, on a 1,000,000-opportunity demo database.

The baseline runs on a copy of the database that has the index best suited to the query; salesmgr runs on its own
database (with the index its migrations create). Each is timed as the best of several runs, in this process;
the ratio is the result (goal <= 1.5), the seconds are for information. Then, offscreen on the same database,
the time from changing the Dashboard's filter to its redrawn funnel chart (goal < 0.5 s, see dashboard_bench.py)
and the time the Pipeline page takes to open with its first rows (goal < 1 s, see pipeline_bench.py).

    .venv/bin/python bench/funnel_bench.py [--opportunities N] [--db PATH] [--repeat N]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from demo_db import demo_database

from salesmgr.models.database import Database, open_database
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.funnel import stage_totals

SEED_QUERY = ("SELECT stage_id, count(*), sum(amount_minor) FROM opportunity "
              "WHERE coalesce(closed_date, expected_close_date) >= ? GROUP BY stage_id ORDER BY 3 DESC")
BEST_INDEX = ("CREATE INDEX IF NOT EXISTS bench_deal_date_stage ON opportunity "
              "(stage_id, coalesce(closed_date, expected_close_date), amount_minor)")


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="keep (or reuse) the demo database here")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "funnel.sqlite"
        db = demo_database(path, args.opportunities)
        since = date.today() - timedelta(days=91)
        copy = Path(folder) / "baseline.sqlite"
        db.close()
        shutil.copy(path, copy)
        baseline = sqlite3.connect(copy)
        baseline.execute(BEST_INDEX)
        baseline.execute("ANALYZE")
        hand = best_of(args.repeat, lambda: baseline.execute(SEED_QUERY, (since.isoformat(),)).fetchall())
        baseline.close()
        db = open_database(path)
        flt = MetricFilter(date_from=since)

        def ours() -> object:
            with db.session() as session:
                return sorted(stage_totals(session, flt), key=lambda total: total.amount, reverse=True)
        mine = best_of(args.repeat, ours)
        print(f"per-stage count and amount, last 3 months (since {since}), {args.opportunities:,} opportunities")
        print(f"  hand-written sqlite3 query, best index: {hand * 1000:8.1f} ms")
        print(f"  salesmgr stage_totals:                  {mine * 1000:8.1f} ms")
        print(f"  ratio: {mine / hand:.2f} (goal <= 1.5)")
        print("\n".join(gui_lines(db, args.repeat)))
        db.close()


def gui_lines(db: Database, repeat: int) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dashboard_bench import measure
    from pipeline_bench import open_page
    from PySide6.QtWidgets import QApplication

    from salesmgr.views.runner import DbRunner
    app = QApplication.instance() or QApplication([])
    lines = measure(db, repeat)
    runner = DbRunner(db)
    page, seconds = open_page(runner)
    verdict = "ok" if seconds < 1 else "over the goal"
    lines.append(f"pipeline page open, first rows shown: {seconds * 1000:,.0f} ms (goal < 1000 ms: {verdict})")
    runner.shutdown()
    page.close()
    del app
    return lines


if __name__ == "__main__":
    main()
