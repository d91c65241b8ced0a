"""Benchmark of ``load_demo``: does it scale linearly, and how much faster is it than a naive ORM loop?

Machines are shared and noisy, so the claims are ratios between runs made here, one after the other;
the absolute seconds are printed for information only.

    .venv/bin/python bench/bench_demo.py [--opportunities N] [--small N] [--repeat N]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from salesmgr.demo import DemoSummary, load_demo
from salesmgr.models import Opportunity, StageDefinition
from salesmgr.models.database import Database, open_database

TODAY = date(2026, 11, 27)


def fresh_database(folder: Path, name: str) -> Database:
    return open_database(folder / f"{name}.sqlite")


def time_demo(folder: Path, opportunities: int, label: str) -> tuple[float, DemoSummary]:
    db = fresh_database(folder, label)
    try:
        start = time.perf_counter()
        summary = load_demo(db, opportunities=opportunities, today=TODAY)
        return time.perf_counter() - start, summary
    finally:
        db.close()


def time_naive_orm(folder: Path, opportunities: int, label: str) -> float:
    """The obvious way: one minimal ORM object and one ``session.add`` per row, one commit at the end."""
    db = fresh_database(folder, label)
    try:
        with db.session() as session:
            stage_id = session.scalar(select(StageDefinition.id).order_by(StageDefinition.position))
        start = time.perf_counter()
        with db.session() as session:
            for i in range(opportunities):
                session.add(Opportunity(name=f"Deal {i}", stage_id=stage_id, amount_minor=100_000 + i,
                                        currency="CNY", created_date=TODAY - timedelta(days=i % 700)))
        return time.perf_counter() - start
    finally:
        db.close()


def best_of(repeat: int, run: Callable[[int], float]) -> float:
    return min(run(i) for i in range(repeat))


def rows_written(summary: DemoSummary) -> int:
    return sum(asdict(summary).values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=200_000, help="large run (default 200000)")
    parser.add_argument("--small", type=int, default=20_000, help="small run and ORM baseline (default 20000)")
    parser.add_argument("--repeat", type=int, default=3, help="small runs repeated, best kept (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="salesmgr-bench-") as tmp:
        folder = Path(tmp)
        small_summary = time_demo(folder, args.small, "warm-up")[1]
        small = best_of(args.repeat, lambda i: time_demo(folder, args.small, f"small-{i}")[0])
        naive = best_of(args.repeat, lambda i: time_naive_orm(folder, args.small, f"naive-{i}"))
        large, large_summary = time_demo(folder, args.opportunities, "large")
    report(args.small, small, small_summary, args.opportunities, large, large_summary, naive)


def report(n_small: int, small: float, small_summary: DemoSummary, n_large: int, large: float,
           large_summary: DemoSummary, naive: float) -> None:
    per_small, per_large = small / n_small, large / n_large
    rows_small = rows_written(small_summary)
    print("load_demo scaling (ratios are the result; seconds are for information on this machine)")
    print(f"  {n_small:>10,} opportunities: {small:8.2f} s  {per_small * 1e6:7.1f} µs per opportunity "
          f"({rows_small / n_small:.1f} rows each, best of runs)")
    print(f"  {n_large:>10,} opportunities: {large:8.2f} s  {per_large * 1e6:7.1f} µs per opportunity "
          f"({rows_written(large_summary) / n_large:.1f} rows each)")
    print(f"  per-opportunity cost, {n_large:,} vs {n_small:,}: {per_large / per_small:.2f}x "
          "(1.00 = perfectly linear)")
    print(f"naive ORM loop (session.add per minimal opportunity row), {n_small:,} rows: {naive:.2f} s")
    print(f"  load_demo writes {n_small:,} opportunities with all their related rows ({rows_small:,} rows) "
          f"in {small / naive:.2f}x the naive loop's time")
    print(f"  rows per second, load_demo vs naive ORM: {(rows_small / small) / (n_small / naive):.1f}x")


if __name__ == "__main__":
    main()
