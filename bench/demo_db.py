"""The demo database the benchmarks measure: loaded once, reused with ``--db PATH`` on later runs."""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from salesmgr.demo import load_demo
from salesmgr.models.database import Database, open_database
from salesmgr.models.stats import table_counts


def demo_database(path: Path, opportunities: int, today: date | None = None) -> Database:
    """Open ``path``, loading ``opportunities`` demo deals first when it holds none."""
    db = open_database(path)
    with db.session() as session:
        present = table_counts(session).get("opportunity", 0)
    if present == 0:
        start = time.perf_counter()
        load_demo(db, opportunities=opportunities, today=today)
        print(f"demo data: {opportunities:,} opportunities loaded in {time.perf_counter() - start:.1f} s")
    else:
        print(f"demo data: reusing {path} ({present:,} opportunities)")
    return db
