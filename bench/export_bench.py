"""Benchmark of `salesmgr export opportunities` to xlsx against openpyxl's write-only mode alone writing the same
rows (same columns, same Python values, prepared in memory first); goal: ratio <= 1.5. Also the peak memory of
the export at 20,000 and 100,000 rows, each in a fresh subprocess, to show it stays flat.

    .venv/bin/python bench/export_bench.py [--opportunities N] [--db PATH]
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from demo_db import demo_database
from openpyxl import Workbook

from salesmgr.exchange.export.data import export_columns, export_data, row_converter
from salesmgr.exchange.export.queries import QUERIES
from salesmgr.exchange.export.table_writer import write_table
from salesmgr.models.database import Database, open_database
from salesmgr.models.identity import own_source

GOAL_RATIO = 1.5
ROOT = Path(__file__).resolve().parent.parent


def prepared_rows(db: Database, limit: int | None = None) -> tuple[list[str], list[list[object]]]:
    """The export's header and rows, as the export would write them, all in memory."""
    query = QUERIES["opportunities"]()
    statement = query.statement if limit is None else query.statement.limit(limit)
    with db.session() as session:
        convert = row_converter(query, own_source(session))
        rows = [convert(row) for row in session.execute(statement)]
    return ["external_id", "source_system", *query.fields], rows


def openpyxl_alone(header: list[str], rows: list[list[object]], out: Path) -> float:
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("opportunities")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(out)
    return time.perf_counter() - start


def export_in_process(db: Database, out: Path) -> tuple[float, int]:
    start = time.perf_counter()
    with db.session() as session:
        result = export_data(session, "opportunities", out)
    return time.perf_counter() - start, result.rows


def export_cli(db_path: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "salesmgr", "--db", str(db_path), "export", "opportunities", "--out",
                    str(out)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def peak_memory(db_path: Path, rows: int) -> str:
    """Run the export of the first ``rows`` opportunities in a fresh process; its tracemalloc peak and max RSS."""
    done = subprocess.run([sys.executable, __file__, "--db", str(db_path), "--child-rows", str(rows)], check=True,
                          cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip().splitlines()[-1]


def child(db_path: Path, rows: int) -> None:
    """Streams ``rows`` deals from the database into an xlsx exactly as export_data does (query, convert, write)."""
    db = open_database(db_path)
    query = QUERIES["opportunities"]()
    columns = export_columns("opportunities", query, None)
    tracemalloc.start()
    with db.session() as session, tempfile.TemporaryDirectory() as folder:
        convert = row_converter(query, own_source(session))
        stream = session.execute(query.statement.limit(rows), execution_options={"yield_per": 2000})
        written = write_table(Path(folder) / "x.xlsx", columns, (convert(row) for row in stream)).rows
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{written:,} rows: tracemalloc peak {peak:.1f} MB, max RSS {rss:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this demo database")
    parser.add_argument("--child-rows", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_path = args.db or Path(folder) / "bench.sqlite"
        if args.child_rows:
            child(db_path, args.child_rows)
            return
        run(db_path, args.opportunities, Path(folder))


def run(db_path: Path, opportunities: int, folder: Path) -> None:
    db = demo_database(db_path, opportunities)
    header, rows = prepared_rows(db)
    alone = openpyxl_alone(header, rows, folder / "alone.xlsx")
    del rows
    ours, count = export_in_process(db, folder / "export.xlsx")
    db.close()
    cli = export_cli(db_path, folder / "cli.xlsx")
    print(f"rows: {count:,}")
    print(f"openpyxl write-only alone: {alone:.2f} s")
    print(f"export_data in process:    {ours:.2f} s  (ratio {ours / alone:.2f}, goal <= {GOAL_RATIO})")
    print(f"salesmgr export (CLI):     {cli:.2f} s  (ratio {cli / alone:.2f}, incl. interpreter start-up)")
    for size in (20_000, count):
        print(f"peak memory, {peak_memory(db_path, size)}")


if __name__ == "__main__":
    main()
