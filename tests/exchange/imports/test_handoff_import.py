"""Hand-offs made for won deals imported from a file (issue 16): every won deal from the last 120 days gets one
with the template's five items, each due its number of days after the close day; a re-import makes none again,
and a deal the next file moves to won gets its own.

Today is fixed at 2026-12-01, so the cut-off (120 days back) is 2026-08-03.
"""
from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.results import ImportOptions
from salesmgr.models import Opportunity, clock
from salesmgr.models.customers.entities import Handoff, HandoffItem
from salesmgr.models.customers.handoff_lists import list_handoffs
from salesmgr.models.database import Database

TODAY = date(2026, 12, 1)
HEADERS = ["Opportunity ID", "Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"]
ROWS = [
    ["006A", "Acme renewal", "Acme", "Won", "12000", "2026-11-20"],
    ["006B", "Globex rollout", "Globex", "Closed Won", "50000", "2026-10-01"],
    ["006C", "Initech pilot", "Initech", "Won", "8000", "2025-01-10"],  # won before the cut-off: no hand-off
    ["006D", "Umbrella upsell", "Umbrella", "Negotiation", "9000", "2026-12-20"],
    ["006E", "Hooli tender", "Hooli", "Lost", "30000", "2026-11-02"],
]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def _handoffs(db: Database) -> dict[str, tuple[date, list[date]]]:
    with db.session() as s:
        found = {}
        for handoff in s.scalars(select(Handoff)):
            deal = s.get_one(Opportunity, handoff.opportunity_id)
            dues = list(s.scalars(select(HandoffItem.due_on).where(HandoffItem.handoff_id == handoff.id)
                                  .order_by(HandoffItem.position)))
            found[deal.name] = (handoff.won_on, dues)
        return found


def test_won_deals_imported_from_a_file_get_a_hand_off_with_the_templates_items(db: Database,
                                                                             tmp_path: Path) -> None:
    clock.set_today(TODAY)
    result = run_import(db, _csv(tmp_path / "deals.csv", ROWS), ImportOptions(kind="opportunities"))
    assert (result.inserted, result.rejected, result.handoffs_created) == (5, 0, 2)
    made = _handoffs(db)
    assert set(made) == {"Acme renewal", "Globex rollout"}
    # the seed's five items, due 0, 3, 5, 14 and 21 days after the close day
    won = date(2026, 11, 20)
    assert made["Acme renewal"] == (won, [won + timedelta(days=d) for d in (0, 3, 5, 14, 21)])
    assert made["Globex rollout"][1][-1] == date(2026, 10, 22)
    with db.session() as s:
        rows = {r.opportunity: r for r in list_handoffs(s, "open")}
    # on 2026-12-01 Acme's items due 11-20, 11-23 and 11-25 are overdue; all five of Globex's (last due 10-22)
    assert (rows["Acme renewal"].overdue, rows["Globex rollout"].overdue) == (3, 5)
    assert rows["Acme renewal"].next_due == won and rows["Acme renewal"].account == "Acme"


def test_a_re_import_makes_none_again_and_a_deal_moved_to_won_gets_its_own(db: Database, tmp_path: Path) -> None:
    clock.set_today(TODAY)
    path = _csv(tmp_path / "deals.csv", ROWS)
    run_import(db, path, ImportOptions(kind="opportunities"))
    again = run_import(db, path, ImportOptions(kind="opportunities"))
    assert (again.unchanged, again.handoffs_created) == (5, 0)
    moved = [["006D", "Umbrella upsell", "Umbrella", "Won", "9000", "2026-11-28"]]
    later = run_import(db, _csv(tmp_path / "moved.csv", moved), ImportOptions(kind="opportunities"))
    assert (later.updated, later.handoffs_created) == (1, 1)
    assert _handoffs(db)["Umbrella upsell"][0] == date(2026, 11, 28)


def test_a_dry_run_makes_no_hand_off(db: Database, tmp_path: Path) -> None:
    clock.set_today(TODAY)
    result = run_import(db, _csv(tmp_path / "deals.csv", ROWS), ImportOptions(kind="opportunities", dry_run=True))
    assert result.handoffs_created == 2  # what the import would make
    assert _handoffs(db) == {}
