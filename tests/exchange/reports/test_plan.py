"""The quota plan workbook against the PlanGrid of tests/helpers/quota_data.py's 2027 plan, worked out by hand:
quarter quotas Ann 100,000, Bob 50,000, Eli 40,000 (North: 190,000 a quarter), Cid 40,000, Dan 100,000 (South:
140,000), company 330,000 a quarter and 1,320,000 a year, target 1,200,000, so the gap is -120,000."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from salesmgr.exchange.reports import ReportRequest, export_report
from salesmgr.i18n import set_language
from salesmgr.models.database import Database
from salesmgr.models.goals.locks import lock_quarter
from salesmgr.models.goals.plan import load_plan
from salesmgr.models.periods import Period
from tests.helpers import quota_data
from tests.helpers.formula_check import Evaluator

YEAR = ReportRequest(Period.parse("2027"))


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return quota_data.planned(db)


def export_plan(db: Database, out: Path, request: ReportRequest = YEAR) -> Path:
    with db.session() as session:
        return export_report(session, "plan", request, out)


def rows_by_label(sheet: Worksheet) -> dict[str, int]:
    """Column B's rep name (or column A's label on a totals row) -> its row number."""
    found: dict[str, int] = {}
    for row in range(1, sheet.max_row + 1):
        for column in (2, 1):
            label = sheet.cell(row, column).value
            if isinstance(label, str) and not label.startswith("="):
                found.setdefault(label, row)
                break
    return found


def test_values_and_formulas_match_the_grid(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    path = export_plan(db, tmp_path / "plan.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Fiscal year 2027"]
    sheet = workbook.active
    assert sheet is not None
    rows, evaluator = rows_by_label(sheet), Evaluator(workbook)
    header = rows["Rep"]
    assert [sheet.cell(header, c).value for c in range(1, 8)] == [
        "Team", "Rep", "2027Q1 (Jan–Mar)", "2027Q2 (Apr–Jun)", "2027Q3 (Jul–Sep)", "2027Q4 (Oct–Dec)",
        "Year 2027 (CNY)"]

    def value(label: str, column: str) -> object:
        return evaluator.cell(sheet.title, f"{column}{rows[label]}")

    with db.session() as session:
        grid = load_plan(session, 2027)
    for team in grid.teams:
        for rep in team.reps:
            for column, quarter in zip("CDEF", grid.quarters, strict=True):
                assert Decimal(str(value(rep.name, column))) == grid.quotas[rep.rep_id, quarter.key]
            assert sheet[f"G{rows[rep.name]}"].data_type == "f"  # the year is a formula
            assert Decimal(str(value(rep.name, "G"))) == 4 * grid.quotas[rep.rep_id, "2027Q1"]
    for column in "CDEF":
        assert sheet[f"{column}{rows['North total']}"].value.startswith("=SUM(")
        assert value("North total", column) == 190000 and value("South total", column) == 140000
        assert value("Company total", column) == 330000
    assert value("North total", "G") == 760000 and value("Company total", "G") == 1320000 == float(grid.total)
    assert value("Target (CNY)", "B") == 1200000
    assert sheet[f"B{rows['Gap: target - plan (CNY)']}"].data_type == "f"
    assert value("Gap: target - plan (CNY)", "B") == -120000 == float(grid.gap or 0)
    assert "plan_target_2027" in workbook.defined_names
    assert not sheet.protection.sheet  # nothing locked


def test_a_locked_quarter_is_marked_grey_and_protected(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    with db.session() as session:
        lock_quarter(session, Period.parse("2027Q2"), "test")
    sheet = load_workbook(export_plan(db, tmp_path / "plan.xlsx")).active
    assert sheet is not None
    rows = rows_by_label(sheet)
    header = rows["Rep"]
    assert sheet.cell(header, 4).value == "2027Q2 (Apr–Jun) 🔒 locked"
    assert sheet.cell(header, 3).value == "2027Q1 (Jan–Mar)"
    ann = rows["Ann"]
    assert sheet.protection.sheet
    assert sheet[f"D{ann}"].protection.locked and sheet[f"D{ann}"].fill.fgColor.rgb == "00D9D9D9"
    assert not sheet[f"C{ann}"].protection.locked and sheet[f"C{ann}"].fill.fgColor.rgb != "00D9D9D9"
    assert not sheet[f"E{rows['Eli']}"].protection.locked


def test_a_quarter_exports_its_fiscal_year_and_all_every_planned_year(db: Database, ids: dict[str, int],
                                                                      tmp_path: Path) -> None:
    one = load_workbook(export_plan(db, tmp_path / "q.xlsx", ReportRequest(Period.parse("2027Q3"))))
    assert one.sheetnames == ["Fiscal year 2027"]
    every = load_workbook(export_plan(db, tmp_path / "all.xlsx",
                                      ReportRequest(Period.parse("2026Q4"), all_dates=True)))
    # quota_data has quotas in 2025Q4 (fiscal year 2025), 2026 and 2027
    assert every.sheetnames == ["Fiscal year 2025", "Fiscal year 2026", "Fiscal year 2027"]
    sheet = every["Fiscal year 2025"]
    rows = rows_by_label(sheet)
    assert sheet[f"F{rows['Ann']}"].value == 100000 and sheet[f"C{rows['Ann']}"].value is None
    assert rows["Target (CNY)"] and sheet[f"C{rows['Target (CNY)']}"].value == "no target set for the year"


def test_chinese_headers(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    set_language("zh_CN")
    try:
        sheet = load_workbook(export_plan(db, tmp_path / "zh.xlsx")).active
    finally:
        set_language("en")
    assert sheet is not None
    texts = {cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)}
    assert "销售代表" in texts and "团队" in texts
    assert any(text.startswith("2027Q1 (1月") for text in texts)
