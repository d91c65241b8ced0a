"""Benchmark of `salesmgr import`: end to end against python-calamine alone reading the same file.

Generates a 100,000-row, 12-column opportunity export (Salesforce report labels), then measures in the same run,
each in a fresh process: calamine reading every cell (the floor), `salesmgr import` into an empty SQLite
database, and a re-import of the same file (every row unchanged). Prints the ratios and peak memory (max RSS).
Goals: ratio <= 3.0, peak memory < 400 MB. Also prints the floor of this stack: starting Python, creating
the database, reading the file and bulk-writing its rows without parsing a value.

    .venv/bin/python bench/import_bench.py [--rows N]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.crm_files import big_xlsx  # noqa: E402 - the fixture writer lives with the tests

CHILD = """
import json, resource, sys, time
kind, path, db = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.perf_counter()
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
    from salesmgr.cli import main
    status = main(["--db", db, "import", path, "--kind", "opportunities", "--json"])
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "status": status}), file=sys.stderr)
"""


def measure(kind: str, path: Path, db: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, kind, str(path), str(db)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    result = json.loads(done.stderr.strip().splitlines()[-1])
    if result["status"] != 0:
        raise SystemExit(f"{kind} failed: {done.stderr}")
    if kind == "import":
        summary = json.loads(done.stdout)
        result |= {key: summary[key] for key in ("rows", "inserted", "updated", "unchanged", "rejected")}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path, db = Path(folder) / "opportunities.xlsx", Path(folder) / "bench.sqlite"
        big_xlsx(path, args.rows)
        floor = min(measure("calamine", path, db)["seconds"] for _ in range(2))
        bare = measure("floor", path, Path(folder) / "floor.sqlite")
        first = measure("import", path, db)
        again = measure("import", path, db)
    print(f"{args.rows:,}-row, 12-column xlsx (ratios are the result; seconds are for information)")
    print(f"  calamine alone, every cell:     {floor:7.2f} s")
    print(f"  floor: start, create, read and bulk-write the rows unparsed: {bare['seconds']:.2f} s  "
          f"ratio {bare['seconds'] / floor:4.2f}")
    for label, run in (("import into an empty database", first), ("re-import, all unchanged", again)):
        print(f"  {label:<31} {run['seconds']:7.2f} s  ratio {run['seconds'] / floor:4.2f} (goal <= 3.0)  "
              f"peak {run['peak_mb']:5.0f} MB (goal < 400)  "
              f"[{run['inserted']:,} inserted, {run['unchanged']:,} unchanged, {run['rejected']:,} rejected]")


if __name__ == "__main__":
    main()
