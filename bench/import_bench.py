"""Benchmark of `salesmgr import`: end to end against python-calamine alone reading the same file.

Generates a 100,000-row, 12-column opportunity export (Salesforce report labels) as .xlsx and as .csv, then
measures in the same run, each in a fresh process: calamine reading every cell (the yardstick), the floor of this
stack (starting Python, creating the database, reading the file with calamine and bulk-writing its rows without
parsing a value), `salesmgr import` of the xlsx into an empty SQLite database, a re-import of the same file (every
row unchanged), and the CSV into another empty database. Prints what each phase of an import cost (from
``ImportResult.phases``; "start" is Python and the imports of salesmgr, "open" the database's), the ratios to
calamine and the peak memory (max RSS) with their goals, PASS or MISS.

Goals (issue 14, point 7): import and re-import <= 4.0x calamine (stretch 3.0x), peak memory < 400 MB. With
``--csv-million`` also a 1,000,000-row CSV of the same shape (a few minutes): peak < 1.5 GB and its time per row
within 1.3x of the 100,000-row CSV's.

    .venv/bin/python bench/import_bench.py [--rows N] [--csv-million]

Last run (2-core machine, shared), its result lines:

    calamine alone, every cell:        1.72 s
    floor: start, create, read and bulk-write the rows unparsed: 4.89 s  ratio 2.85
    import into an empty database      7.05 s  ratio 4.11 (goal <= 4.0, stretch 3.0) MISS  peak   220 MB
    re-import, all unchanged           5.53 s  ratio 3.22 (goal <= 4.0, stretch 3.0) PASS  peak   303 MB
    100,000-row CSV: import into an empty database      5.16 s  peak   220 MB, per row 51.6 us
    1,000,000-row CSV: import into an empty database     46.89 s  peak  1320 MB
        per row 46.9 us: 0.91x the 100,000-row CSV's (goal <= 1.3) PASS; peak goal < 1536 MB: PASS
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.crm_files import big_csv, big_xlsx  # noqa: E402 - the fixture writers live with the tests

RATIO_GOAL, RATIO_STRETCH, PEAK_GOAL_MB = 4.0, 3.0, 400
MILLION, MILLION_PEAK_GOAL_MB, PER_ROW_GOAL = 1_000_000, 1536, 1.3

CHILD = """
import json, resource, sys, time
start = time.perf_counter()
kind, path, db = sys.argv[1], sys.argv[2], sys.argv[3]
phases = {}
if kind == "calamine":
    from python_calamine import CalamineWorkbook
    cells = sum(len(row) for row in CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python())
    status = 0
elif kind == "floor":  # what any import costs before parsing a value: start, create, read, bulk-write the rows
    import datetime
    from python_calamine import CalamineWorkbook
    from salesmgr.models.dialect import bulk_load
    from salesmgr.models import Base
    from salesmgr.models.database import open_database
    database = open_database(db)
    grid = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()
    day = datetime.date(2026, 1, 1)
    rows = [{"id": i, "external_id": str(r[0]), "source_system": "bench", "name": r[1], "stage_id": 1,
             "amount_minor": 100, "currency": "CNY", "probability": 10, "created_date": day,
             "expected_close_date": day, "lead_source": r[9], "opportunity_type": r[10]}
            for i, r in enumerate(grid[1:], start=1)]
    with database.engine.connect() as connection, connection.begin():
        bulk_load(connection, Base.metadata.tables["opportunity"], rows)
    database.close()
    status = 0
else:
    import io, contextlib
    from salesmgr.cli import main
    import salesmgr.exchange.imports.importer as importer
    import salesmgr.models.database as database
    results, opened = [], []
    run_import, open_database = importer.run_import, database.open_database
    def timed_open(*args, **kwargs):
        began = time.perf_counter()
        try:
            return open_database(*args, **kwargs)
        finally:
            opened.append(time.perf_counter() - began)
    def kept(*args, **kwargs):
        results.append(run_import(*args, **kwargs))
        return results[-1]
    importer.run_import, database.open_database = kept, timed_open
    import salesmgr.cli.support as support
    support.open_database = timed_open
    phases["start"] = time.perf_counter() - start
    with contextlib.redirect_stdout(io.StringIO()) as out:
        status = main(["--db", db, "import", path, "--kind", "opportunities", "--json"])
    phases["open"] = sum(opened)
    phases |= results[0].phases
    summary = json.loads(out.getvalue())
    phases["other"] = time.perf_counter() - start - sum(phases.values())
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
report = {"seconds": seconds, "peak_mb": peak, "status": status, "phases": phases}
if kind == "import":
    report |= {key: summary[key] for key in ("rows", "inserted", "updated", "unchanged", "rejected")}
print(json.dumps(report), file=sys.stderr)
"""


def measure(kind: str, path: Path, db: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", CHILD, kind, str(path), str(db)], capture_output=True, text=True,
                          check=False, cwd=ROOT)
    try:
        result: dict[str, Any] = json.loads(done.stderr.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise SystemExit(f"{kind} failed: {done.stderr}") from None
    if result["status"] != 0:
        raise SystemExit(f"{kind} failed: {done.stderr}")
    return result


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def print_import(label: str, run: dict[str, Any], floor: float | None) -> None:
    """One import: time, ratio and peak against the goals, counts, then the phases."""
    ratio = f"ratio {run['seconds'] / floor:4.2f} (goal <= {RATIO_GOAL}, stretch {RATIO_STRETCH}) " \
            f"{verdict(run['seconds'] / floor <= RATIO_GOAL)}  " if floor else ""
    print(f"  {label:<31} {run['seconds']:7.2f} s  {ratio}peak {run['peak_mb']:5.0f} MB")
    print(f"      [{run['inserted']:,} inserted, {run['unchanged']:,} unchanged, {run['rejected']:,} rejected]")
    print("      phases: " + ", ".join(f"{name} {seconds:.2f}" for name, seconds in run["phases"].items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--csv-million", action="store_true", help="also import a 1,000,000-row CSV (minutes)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        xlsx, csv = big_xlsx(base / "opportunities.xlsx", args.rows), big_csv(base / "opportunities.csv", args.rows)
        floor = min(measure("calamine", xlsx, base / "unused")["seconds"] for _ in range(2))
        bare = measure("floor", xlsx, base / "floor.sqlite")
        first = measure("import", xlsx, base / "bench.sqlite")
        again = measure("import", xlsx, base / "bench.sqlite")
        text = measure("import", csv, base / "csv.sqlite")
        million = None
        if args.csv_million:
            big = big_csv(base / "million.csv", MILLION)
            million = measure("import", big, base / "million.sqlite")
    print(f"{args.rows:,}-row, 12-column xlsx (ratios are the result; seconds are for information)")
    print(f"  calamine alone, every cell:     {floor:7.2f} s")
    print(f"  floor: start, create, read and bulk-write the rows unparsed: {bare['seconds']:.2f} s  "
          f"ratio {bare['seconds'] / floor:4.2f}")
    for label, run in (("import into an empty database", first), ("re-import, all unchanged", again)):
        print_import(label, run, floor)
        print(f"      peak goal < {PEAK_GOAL_MB} MB: {verdict(run['peak_mb'] < PEAK_GOAL_MB)}")
    print(f"{args.rows:,}-row CSV of the same rows")
    print_import("import into an empty database", text, None)
    per_row = text["seconds"] / args.rows
    print(f"      per row {per_row * 1e6:.1f} us")
    if million is not None:
        print(f"{MILLION:,}-row CSV of the same shape")
        print_import("import into an empty database", million, None)
        ratio = million["seconds"] / MILLION / per_row
        print(f"      per row {million['seconds'] / MILLION * 1e6:.1f} us: {ratio:4.2f}x the {args.rows:,}-row "
              f"CSV's (goal <= {PER_ROW_GOAL}) {verdict(ratio <= PER_ROW_GOAL)}; peak goal < "
              f"{MILLION_PEAK_GOAL_MB} MB: {verdict(million['peak_mb'] < MILLION_PEAK_GOAL_MB)}")
    else:
        print("  (the 1,000,000-row CSV: run with --csv-million)")


if __name__ == "__main__":
    main()
