"""A quota plan workbook edited and imported back as kind ``quotas`` (tests/helpers/quota_data.py's 2027 plan:
Ann, Bob, Eli, Cid and Dan have a quota in each of the four quarters, 20 cells)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.plan_file import is_plan_workbook
from salesmgr.exchange.imports.results import ImportOptions, QuotaCellChange
from salesmgr.models.database import Database
from salesmgr.models.goals.locks import audit_log, lock_quarter, unlock_quarter
from salesmgr.models.goals.plan import quota_amount
from salesmgr.models.periods import Period
from tests.exchange.reports.test_plan import YEAR, export_plan, rows_by_label
from tests.helpers import quota_data

QUOTAS = ImportOptions(kind="quotas", actor="tester")
SHEET = "Fiscal year 2027"


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return quota_data.planned(db)


def edit(path: Path, cells: dict[tuple[str, str], object]) -> Path:
    """Set (rep or label, column letter) cells of the plan sheet, as a user would in Excel."""
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    rows = rows_by_label(sheet)
    for (label, column), value in cells.items():
        sheet[f"{column}{rows[label]}"] = value
    edited = path.with_name("edited.xlsx")
    workbook.save(edited)
    return edited


def test_a_round_trip_without_edits_changes_nothing(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    path = export_plan(db, tmp_path / "plan.xlsx")
    assert is_plan_workbook(path)
    result = run_import(db, path, QUOTAS)
    assert (result.changes, result.inserted, result.updated, result.rejected, result.refused) == ([], 0, 0, 0, False)
    assert (result.rows, result.unchanged) == (5, 20)  # 5 reps x 4 quarters


def test_an_edit_to_an_unlocked_quarter_is_imported_and_audited(db: Database, ids: dict[str, int],
                                                               tmp_path: Path) -> None:
    with db.session() as session:  # 2027Q1 was locked once: under audit from then on
        lock_quarter(session, Period.parse("2027Q1"), "test")
        unlock_quarter(session, Period.parse("2027Q1"), "replan", "test")
    path = edit(export_plan(db, tmp_path / "plan.xlsx"), {
        ("Ann", "C"): 120000, ("Eli", "E"): None, ("Cid", "F"): "45,000",
        ("North total", "C"): 1, ("Company total", "G"): 2})  # totals rows are not quotas: ignored
    result = run_import(db, path, QUOTAS)
    assert not result.refused and (result.inserted, result.updated, result.unchanged) == (0, 3, 17)
    assert sorted(result.changes, key=lambda c: c.row) == [
        QuotaCellChange(SHEET, 8, "Ann", "2027Q1", Decimal("100000.00"), Decimal("120000.00")),
        QuotaCellChange(SHEET, 10, "Eli", "2027Q3", Decimal("40000.00"), None),
        QuotaCellChange(SHEET, 12, "Cid", "2027Q4", Decimal("40000.00"), Decimal("45000.00"))]
    with db.session() as session:
        assert quota_amount(session, ids["Ann"], "2027Q1") == Decimal("120000.00")
        assert quota_amount(session, ids["Eli"], "2027Q3") is None
        assert quota_amount(session, ids["Cid"], "2027Q4") == Decimal("45000.00")
        entries = [e for e in audit_log(session, "2027Q1") if e.action == "quota"]
        assert len(entries) == 1 and entries[0].actor == "tester"
        assert (entries[0].before or {})["amount"] == "100000.00" and (entries[0].after or {})["amount"] == "120000.00"
        assert not [e for e in audit_log(session, "2027Q4") if e.action == "quota"]  # never locked: no audit


def test_an_edit_to_a_locked_quarter_refuses_the_whole_file(db: Database, ids: dict[str, int],
                                                            tmp_path: Path) -> None:
    with db.session() as session:
        lock_quarter(session, Period.parse("2027Q2"), "test")
    path = edit(export_plan(db, tmp_path / "plan.xlsx"), {("Ann", "C"): 120000, ("Dan", "D"): 1})
    result = run_import(db, path, QUOTAS)
    assert result.refused and result.refusal is not None
    assert "Dan 2027Q2: 100,000.00 -> 1.00" in str(result.refusal) and "Ann" not in str(result.refusal)
    assert len(result.changes) == 2 and (result.inserted, result.updated) == (0, 0)
    with db.session() as session:  # nothing written, not even the unlocked Q1 change
        assert quota_amount(session, ids["Ann"], "2027Q1") == Decimal("100000.00")
        assert quota_amount(session, ids["Dan"], "2027Q2") == Decimal("100000.00")


def test_unknown_reps_and_bad_amounts_are_rejected(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    path = edit(export_plan(db, tmp_path / "plan.xlsx"), {("Ann", "B"): "Zed", ("Bob", "C"): "lots"})
    result = run_import(db, path, QUOTAS)
    assert sorted(r.value for r in result.rejects) == ["Zed", "lots"] and result.rejected == 2
    assert result.changes == []
    strict = run_import(db, path, ImportOptions(kind="quotas", strict=True))
    assert strict.refused


def test_a_dry_run_reports_without_writing(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    path = edit(export_plan(db, tmp_path / "plan.xlsx"), {("Ann", "C"): 1})
    result = run_import(db, path, ImportOptions(kind="quotas", dry_run=True))
    assert len(result.changes) == 1
    with db.session() as session:
        assert quota_amount(session, ids["Ann"], "2027Q1") == Decimal("100000.00")


def test_another_report_is_not_a_plan_workbook(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    from salesmgr.exchange.reports import export_report

    with db.session() as session:
        path = export_report(session, "quotas", YEAR, tmp_path / "attainment.xlsx")
    assert not is_plan_workbook(path)


def test_the_months_are_folded_beside_the_quarters_and_import_back(db: Database, ids: dict[str, int],
                                                                   tmp_path: Path) -> None:
    """Columns: A team, B rep, C..F the quarters, G the year, H..S the months 2027-01 .. 2027-12 (folded)."""
    from salesmgr.models.goals.plan import QuotaChange, save_quotas
    with db.session() as session:  # Ann's Q1 broken down: 30,000 in January so far
        save_quotas(session, [QuotaChange(ids["Ann"], "2027-01", Decimal(30000))], "test")
    path = export_plan(db, tmp_path / "plan.xlsx")
    sheet = load_workbook(path)[SHEET]
    rows = rows_by_label(sheet)
    header = rows["Ann"] - 1
    assert [sheet[f"{c}{header}"].value for c in "HIJS"] == ["2027-01 (Jan)", "2027-02 (Feb)", "2027-03 (Mar)",
                                                             "2027-12 (Dec)"]
    assert sheet["H" + str(rows["Ann"])].value == 30000 and sheet.column_dimensions["H"].hidden
    assert sheet.column_dimensions["S"].outlineLevel == 1 and not sheet.column_dimensions["G"].hidden
    assert str(sheet[f"H{rows['Company total']}"].value).startswith("=")  # months are totalled like quarters
    same = run_import(db, path, QUOTAS)
    assert (same.changes, same.unchanged) == ([], 21)  # 20 quarter cells and Ann's January
    result = run_import(db, edit(path, {("Ann", "I"): 35000, ("Ann", "H"): None}), QUOTAS)
    assert (result.inserted, result.updated, result.unchanged) == (1, 1, 20)
    with db.session() as session:
        assert quota_amount(session, ids["Ann"], "2027-02") == Decimal(35000)
        assert quota_amount(session, ids["Ann"], "2027-01") is None
        assert quota_amount(session, ids["Ann"], "2027Q1") == Decimal(100000)  # months never change the quarter


def test_a_month_of_a_locked_quarter_is_locked_too(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    with db.session() as session:
        lock_quarter(session, Period.parse("2027Q1"), "test")
    result = run_import(db, edit(export_plan(db, tmp_path / "plan.xlsx"), {("Bob", "J"): 20000}), QUOTAS)
    assert result.refused and "Bob 2027-03: none -> 20,000.00" in str(result.refusal)
    with db.session() as session:
        assert quota_amount(session, ids["Bob"], "2027-03") is None
