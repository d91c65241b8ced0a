"""Importing a new hire's first opportunity completes their onboarding task (criterion ``first_opportunity``),
over tests/helpers/onboarding_data.py: Ola (hired 2026-06-15) has won deals but none with a created date."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.results import ImportOptions
from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.onboarding.entities import DATA
from salesmgr.models.onboarding.plans import assign_plan, plan_tasks
from tests.helpers import onboarding_data
from tests.helpers.crm_files import SALESFORCE_REPORT_HEADERS, _write_csv


def test_an_imported_first_opportunity_ticks_the_task(db: Database, tmp_path: Path) -> None:
    clock.set_today(onboarding_data.TODAY)
    ids = onboarding_data.build(db)
    with db.session() as session:
        plan = assign_plan(session, ids["Ola"], None, date(2026, 8, 1))
    row = ["006000000000001", "Ola's first", "Acme", "Ola", "Qualification", 12000, 20, "2026-12-20", "2026-08-20",
           "Web", "New Business", "CNY"]
    path = _write_csv(tmp_path / "deals.csv", [SALESFORCE_REPORT_HEADERS, row], "utf-8")
    dry = run_import(db, path, ImportOptions("opportunities", dry_run=True))
    with db.session() as session:
        assert dry.inserted == 1 and _first_opportunity(session, plan) == (None, None)  # a dry run writes nothing
    result = run_import(db, path, ImportOptions("opportunities"))
    assert result.inserted == 1 and result.new_reps == []  # the owner is the existing Ola
    with db.session() as session:
        assert _first_opportunity(session, plan) == (date(2026, 8, 20), DATA)


def _first_opportunity(session: Session, plan: int) -> tuple[date | None, str | None]:
    task = next(t for t in plan_tasks(session, plan) if t.criterion == "first_opportunity")
    return task.done_on, task.done_by
