"""Importing a CRM's stage history (kind ``stage_history``, Salesforce OpportunityHistory.csv): repeated stages
collapse into one entry, derived entries give way to the real ones, a user's moves stay, and the stage metrics
read the real dates.

The data: an opportunity export from Salesforce (source "salesforce") with D (in Prospecting), B (in
Qualification, created 2026-02-01), A (Closed Won, created 2026-01-05, closed 2026-03-01) and L (Closed Lost,
closed 2026-03-10); its import derives one entry per deal at its closed date, else its created date. C is a deal
made in salesmgr (no CRM id); the user moved it to Qualification on 2026-02-20.
"""
from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.results import ImportOptions, ImportResult
from salesmgr.models import Opportunity, StageDefinition, StageHistory, clock
from salesmgr.models.database import Database
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.funnel import funnel
from salesmgr.models.metrics.stages import stage_durations, stall_thresholds, stalled_deals
from salesmgr.models.pipeline.opportunities import move_stage

OPPORTUNITIES = (["Id", "Name", "StageName", "Amount", "CreatedDate", "CloseDate"],
                 [["006D", "Delta", "Prospecting", "500", "2026-03-01", "2026-06-30"],
                  ["006B", "Bravo", "Qualification", "800", "2026-02-01", "2026-05-31"],
                  ["006A", "Alpha", "Closed Won", "1500", "2026-01-05", "2026-03-01"],
                  ["006L", "Lima", "Closed Lost", "300", "2026-01-20", "2026-03-10"]])
HISTORY_HEADERS = ["Id", "OpportunityId", "StageName", "Amount", "ExpectedRevenue", "CloseDate", "Probability",
                   "ForecastCategory", "CreatedById", "CreatedDate", "IsDeleted"]
HISTORY = [
    ["008A1", "006A", "Prospecting", "1000", "100", "2026-03-31", "10", "Pipeline", "005X",
     "2026-01-05T09:00:00.000Z", "false"],
    ["008A2", "006A", "Prospecting", "1500", "150", "2026-03-31", "10", "Pipeline", "005X",  # amount changed
     "2026-01-10T09:00:00.000Z", "false"],
    ["008A3", "006A", "Qualification", "1500", "300", "2026-03-31", "20", "Pipeline", "005X",
     "2026-01-15T09:00:00.000Z", "false"],
    ["008A4", "006A", "Qualification", "1500", "300", "2026-03-15", "20", "Pipeline", "005X",  # close date moved
     "2026-01-20T09:00:00.000Z", "false"],
    ["008A5", "006A", "Closed Won", "1500", "1500", "2026-03-01", "100", "Closed", "005X",
     "2026-03-01T16:30:00.000Z", "false"],
    ["008B1", "006B", "Prospecting", "800", "80", "2026-05-31", "10", "Pipeline", "005X",
     "2026-02-01T08:00:00.000Z", "false"],
    ["008B2", "006B", "Qualification", "800", "160", "2026-05-31", "20", "Pipeline", "005X",
     "2026-02-13T08:00:00.000Z", "false"],
    ["008B3", "006B", "Closed Won", "800", "800", "2026-05-31", "100", "Closed", "005X",  # deleted in Salesforce
     "2026-02-14T08:00:00.000Z", "true"],
    ["008L1", "006L", "Prospecting", "300", "30", "2026-03-10", "10", "Pipeline", "005X",
     "2026-01-20T10:00:00.000Z", "false"],
    ["008L2", "006L", "Proposal", "300", "90", "2026-03-10", "30", "Pipeline", "005X",  # a stage salesmgr lacks
     "2026-02-02T10:00:00.000Z", "false"],
    ["008L3", "006L", "Closed Lost", "300", "0", "2026-03-10", "0", "Omitted", "005X",
     "2026-03-10T10:00:00.000Z", "false"],
    ["008Z1", "006ZZZ", "Prospecting", "10", "1", "2026-03-10", "10", "Pipeline", "005X",  # no such deal
     "2026-01-02T10:00:00.000Z", "false"],
]


def _csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


@pytest.fixture
def deals(db: Database, tmp_path: Path) -> dict[str, int]:
    """The opportunity import (derived entries), deal C made in salesmgr, and a user's move of C."""
    result = run_import(db, _csv(tmp_path / "Opportunity.csv", *OPPORTUNITIES), ImportOptions(kind="opportunities"))
    assert (result.inserted, result.rejected) == (4, 0), result.rejects
    with db.session() as s:
        found = {name[0]: opp_id for opp_id, name in s.execute(select(Opportunity.id, Opportunity.name))}
        stages = {name: stage_id for stage_id, name in s.execute(select(StageDefinition.id, StageDefinition.name))}
        charlie = Opportunity(name="Charlie", stage_id=stages["Prospecting"], created_date=date(2026, 2, 10))
        s.add(charlie)
        s.flush()
        move_stage(s, charlie.id, stages["Qualification"], datetime(2026, 2, 20, 11, 0))
        found["C"] = charlie.id
    return found


def _history(db: Database, opp_id: int) -> list[tuple[str, datetime, str]]:
    with db.session() as s:
        rows = s.execute(select(StageDefinition.name, StageHistory.entered_at, StageHistory.origin)
                         .join(StageDefinition, StageDefinition.id == StageHistory.stage_id)
                         .where(StageHistory.opportunity_id == opp_id)
                         .order_by(StageHistory.entered_at, StageHistory.id)).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def _import(db: Database, path: Path) -> ImportResult:
    return run_import(db, path, ImportOptions(kind="stage_history"))


def test_repeated_stages_collapse_and_real_history_replaces_the_derived_entries(
        db: Database, deals: dict[str, int], tmp_path: Path) -> None:
    # before: the opportunity import derived A's entry at its closed date (midnight), B's at its created date
    assert _history(db, deals["A"]) == [("Won", datetime(2026, 3, 1), "derived")]
    assert _history(db, deals["B"]) == [("Qualification", datetime(2026, 2, 1), "derived")]
    history = [*HISTORY, ["008C1", str(deals["C"]), "Prospecting", "50", "5", "2026-04-30", "10", "Pipeline",
                          "005X", "2026-02-10T09:00:00.000Z", "false"]]  # C by salesmgr's own id
    result = _import(db, _csv(tmp_path / "OpportunityHistory.csv", HISTORY_HEADERS, history))
    # A: Prospecting, Prospecting, Qualification, Qualification, Closed Won -> 3 entries at the first of each run
    assert _history(db, deals["A"]) == [("Prospecting", datetime(2026, 1, 5, 9), "imported"),
                                        ("Qualification", datetime(2026, 1, 15, 9), "imported"),
                                        ("Won", datetime(2026, 3, 1, 16, 30), "imported")]
    assert _history(db, deals["B"]) == [("Prospecting", datetime(2026, 2, 1, 8), "imported"),
                                        ("Qualification", datetime(2026, 2, 13, 8), "imported")]  # B3 is deleted
    assert _history(db, deals["L"]) == [("Prospecting", datetime(2026, 1, 20, 10), "imported"),
                                        ("Proposal", datetime(2026, 2, 2, 10), "imported"),
                                        ("Lost", datetime(2026, 3, 10, 10), "imported")]
    # C: the user's move is kept beside the imported entry
    assert _history(db, deals["C"]) == [("Prospecting", datetime(2026, 2, 10, 9), "imported"),
                                        ("Qualification", datetime(2026, 2, 20, 11), "user")]
    assert _history(db, deals["D"]) == [("Prospecting", datetime(2026, 3, 1), "derived")]  # no real history
    # 13 rows: 1 deleted (skipped), 1 unknown deal (rejected); of the 11 others, 9 entries and 2 repeats
    assert (result.rows, result.inserted, result.updated, result.unchanged) == (13, 9, 0, 2)
    assert (result.skipped, result.rejected, result.new_stages) == ({"deleted in the CRM": 1}, 1, ["Proposal"])
    assert [(r.row, r.column, r.value) for r in result.rejects] == [(13, "OpportunityId", "006ZZZ")]
    assert result.rejects[0].reason == ("no opportunity has the id 006ZZZ in salesforce; import the opportunities "
                                        "first")
    again = _import(db, _csv(tmp_path / "OpportunityHistory.csv", HISTORY_HEADERS, history))
    assert (again.inserted, again.updated, again.unchanged, again.rejected) == (0, 0, 11, 1)
    assert len(_history(db, deals["A"])) == 3 and len(_history(db, deals["C"])) == 2


def test_a_file_without_ids_is_matched_by_deal_stage_and_time(db: Database, deals: dict[str, int],
                                                              tmp_path: Path) -> None:
    """No Id column: a re-import finds its entries by (opportunity, stage, entered_at); a later export that
    overlaps adds only what is new, and its first row, repeating the stage already there, adds nothing."""
    headers = ["OpportunityId", "StageName", "CreatedDate"]
    first = _csv(tmp_path / "first.csv", headers, [["006B", "Prospecting", "2026-02-01 08:00"],
                                                    ["006B", "Prospecting", "2026-02-05 08:00"]])
    assert _import(db, first).inserted == 1
    assert _import(db, first).inserted == 0
    later = _csv(tmp_path / "later.csv", headers, [["006B", "Prospecting", "2026-02-05 08:00"],
                                                    ["006B", "Qualification", "2026-02-13 08:00"]])
    result = _import(db, later)
    assert (result.inserted, result.unchanged) == (1, 1)
    assert _history(db, deals["B"]) == [("Prospecting", datetime(2026, 2, 1, 8), "imported"),
                                        ("Qualification", datetime(2026, 2, 13, 8), "imported")]


def test_the_stage_metrics_read_the_real_dates(db: Database, deals: dict[str, int], tmp_path: Path) -> None:
    _import(db, _csv(tmp_path / "OpportunityHistory.csv", HISTORY_HEADERS, HISTORY))
    with db.session() as s:
        durations = stage_durations(s, MetricFilter())
        thresholds = stall_thresholds(s)
        qualification = s.scalar(select(StageDefinition.id).where(StageDefinition.name == "Qualification"))
        steps = {step.stage: step.reached for step in funnel(s, MetricFilter())}
        clock.set_today(date(2026, 6, 1))
        stalled = stalled_deals(s, MetricFilter())
    # Prospecting: A 01-05 09:00 -> 01-15 09:00 = 10 days, B 02-01 -> 02-13 = 12, L 01-20 -> 02-02 = 13: 35 / 3
    assert durations["Prospecting"] == pytest.approx(35 / 3)
    assert durations["Proposal"] == pytest.approx(36)  # L: 02-02 10:00 -> 03-10 10:00
    # the won deal A spent 01-15 09:00 -> 03-01 16:30 = 45.3125 days in Qualification; the threshold is twice that
    assert thresholds[qualification] == pytest.approx(90.625)
    # B entered Qualification on 02-13 (not on its created date 02-01): 108 days to 06-01, past 90.625; C (the
    # user's move on 02-20) 101 days; D has only its derived entry (03-01): 92 days, past twice A's 10 days
    assert [(d.name, d.stage, d.days_in_stage) for d in stalled] == [
        ("Bravo", "Qualification", 108), ("Charlie", "Qualification", 101), ("Delta", "Prospecting", 92)]
    # the lost deal L reached Proposal (its real history says so; the derived entry only said "lost"); A is won,
    # so it reached every stage; B and C are in Qualification
    assert (steps["Qualification"], steps["Proposal"]) == (4, 2)


def test_twelve_days_in_a_stage_read_back_as_twelve(db: Database, deals: dict[str, int], tmp_path: Path) -> None:
    """B alone: its real history says 2026-02-01 08:00 Prospecting, 2026-02-13 08:00 Qualification."""
    _import(db, _csv(tmp_path / "b.csv", HISTORY_HEADERS, HISTORY[5:7]))
    with db.session() as s:
        assert stage_durations(s, MetricFilter())["Prospecting"] == pytest.approx(12)
