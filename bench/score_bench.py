"""Benchmark of rescoring every lead (issue 15): the database round trip against the same rules in Python.

Builds a SQLite database of N leads (200,000 by default; industries, sizes and dated behaviours drawn at random
with a fixed seed), then measures in one run, best of ``--repeat``:

* the yardstick: a plain Python loop applying the default model's rules (``scoring.score_facts``, the code that
  gives each lead's breakdown) to the same leads already in memory (their facts loaded beforehand);
* the seed's pseudo-code written out by hand as a loop over the same rows (for scale: no rule interpreter);
* ``bulk.rescore``: every lead scored and stored (``lead_score``) in SQL, with the commit, from a database where
  no lead is scored yet (``first``) and again after a model change (``again``).

Goal: rescoring <= 2.0x the Python loop (the database round trip must not dominate).

    .venv/bin/python bench/score_bench.py [--leads N] [--repeat K]

Last run (2-core machine, shared):

    200,000 leads, best of 3
      Python loop, score_facts on leads in memory (yardstick):   1.78 s
      the seed's pseudo-code by hand, same rows:                 0.12 s  ratio 0.07
      rescore, none scored yet, stored and committed:           1.01 s  ratio 0.56 (goal <= 2.0) PASS
      rescore after a model change, stored and committed:       0.90 s  ratio 0.50 (goal <= 2.0) PASS
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import cast

from sqlalchemy import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salesmgr.models import Lead  # noqa: E402
from salesmgr.models.database import Database, open_database  # noqa: E402
from salesmgr.models.dialect import bulk_insert  # noqa: E402
from salesmgr.models.leads.bulk import rescore  # noqa: E402
from salesmgr.models.leads.entities import LeadBehaviour, LeadScore  # noqa: E402
from salesmgr.models.leads.facts import facts_of  # noqa: E402
from salesmgr.models.leads.scoring import LeadFacts, score_facts  # noqa: E402
from salesmgr.models.leads.spec import Rule, ScoringSpec  # noqa: E402
from salesmgr.models.leads.store import current_spec, save_spec  # noqa: E402

GOAL = 2.0
TODAY = date(2026, 12, 1)
INDUSTRIES = ("科技", "金融", "制造", "零售", "医疗", "教育", "Technology", "Finance")
BEHAVIOURS = {"white_paper": 0.35, "webinar": 0.2, "pricing_page": 0.15, "demo_request": 0.05}


def build(db: Database, count: int) -> None:
    rng = random.Random(15)
    leads, behaviours = [], []
    for number in range(1, count + 1):
        created = TODAY - timedelta(days=rng.randrange(365))
        leads.append({"id": number, "name": f"Lead {number}", "company": f"Company {number}",
                      "industry": rng.choice(INDUSTRIES), "company_size": int(200 * rng.lognormvariate(0, 1.3)),
                      "region": rng.choice(("华东", "华北", "华南")), "status": "new", "created_date": created})
        for key, share in BEHAVIOURS.items():
            if rng.random() < share:
                behaviours.append({"lead_id": number, "behaviour": key, "dated": True,
                                   "occurred_on": created + timedelta(days=rng.randrange(60))})
    with db.engine.begin() as connection:
        bulk_insert(connection, cast(Table, Lead.__table__), leads)
        bulk_insert(connection, cast(Table, LeadBehaviour.__table__), behaviours)


def best(repeat: int, job: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def timed_rescore(repeat: int, job: Callable[[], object]) -> float:
    """The best time of the rescore itself (not the clearing before it)."""
    for _ in range(repeat):
        job()
    return min(job.timings)  # type: ignore[attr-defined]


def by_hand(facts: list[LeadFacts]) -> list[tuple[int, str]]:
    """The seed's pseudo-code, rule for rule."""
    out = []
    for lead in facts:
        score = 0
        if lead.attributes["industry"] in ("科技", "金融"):
            score += 15
        size = lead.attributes["company_size"]
        if size is not None and size > 1000:  # type: ignore[operator]
            score += 10
        done = lead.behaviours
        score += (10 if "white_paper" in done else 0) + (20 if "webinar" in done else 0)
        score += 20 if "pricing_page" in done else 0
        out.append((score, "MQL" if score >= 50 else "SQL" if score >= 30 else "Lead"))
    return out


def rescore_job(db: Database, spec: ScoringSpec, clear: bool) -> Callable[[], object]:
    def job() -> None:
        if clear:
            with db.session() as session:
                session.query(LeadScore).delete()
        start = time.perf_counter()
        with db.session() as session:  # committed when the block ends
            rescore(session, spec, today=TODAY)
        timings.append(time.perf_counter() - start)
    timings: list[float] = []
    job.timings = timings  # type: ignore[attr-defined]
    return job


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        build(db, args.leads)
        with db.session() as session:
            spec = current_spec(session)
            extra = Rule("behaviour", "demo_request", 25, decay=5)
            changed = save_spec(session, replace(spec, rules=(*spec.rules, extra)), "bench")
        with db.session() as session:
            facts = list(facts_of(session).values())
        python = best(args.repeat, lambda: [score_facts(spec, lead, TODAY) for lead in facts])
        hand = best(args.repeat, lambda: by_hand(facts))
        first = timed_rescore(args.repeat, rescore_job(db, spec, clear=True))
        again = timed_rescore(args.repeat, rescore_job(db, changed, clear=False))
        db.close()
    print(f"{args.leads:,} leads, best of {args.repeat}")
    print(f"  Python loop, score_facts on leads in memory (yardstick): {python:6.2f} s")
    print(f"  the seed's pseudo-code by hand, same rows:               {hand:6.2f} s  ratio {hand / python:.2f}")
    for label, seconds in (("rescore, none scored yet", first), ("rescore after a model change", again)):
        verdict = "PASS" if seconds / python <= GOAL else "MISS"
        print(f"  {label + ', stored and committed:':55s} {seconds:6.2f} s  ratio {seconds / python:.2f} "
              f"(goal <= {GOAL}) {verdict}")


if __name__ == "__main__":
    main()
