"""The bonus workbook: every formula evaluates to the payouts of `salesmgr bonus --json`; CSAT import/export."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from salesmgr.cli.bonus import sheet_json
from salesmgr.demo import load_demo
from salesmgr.exchange.imports.importer import ImportOptions, run_import
from salesmgr.exchange.reports import ReportRequest, export_report
from salesmgr.models.bonus import CsatResponse, add_adjustment, bonus_sheet
from salesmgr.models.database import Database
from salesmgr.models.periods import Period
from tests.helpers import bonus_data
from tests.helpers.formula_check import Evaluator, bonus_rows

QUARTER = Period.parse("2026Q3")


def _workbook_and_json(db: Database, out: Path) -> tuple[Evaluator, dict[str, Any]]:
    with db.session() as session:
        export_report(session, "bonus", ReportRequest(QUARTER), out)
        payload = sheet_json(bonus_sheet(session, QUARTER))
    return Evaluator(load_workbook(out)), payload



def _check_payouts(evaluator: Evaluator, payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    rows = bonus_rows(evaluator)
    assert set(rows) == {rep["rep"] for rep in payload["reps"]}
    for rep in payload["reps"]:
        row = rows[rep["rep"]]
        if rep["payout"] is None:
            assert row["Payout (CNY)"] is None and row["Computed bonus (CNY)"] is None and row["Problem"]
        else:
            # as Excel shows a number: to 15 significant digits (computed + adjustment is a float sum)
            assert Decimal(f"{row['Payout (CNY)']:.15g}") == Decimal(rep["payout"]), rep["rep"]
            assert Decimal(repr(row["Computed bonus (CNY)"])) == Decimal(rep["computed"]), rep["rep"]
    return rows


def _won_deal_totals(evaluator: Evaluator) -> dict[str, Any]:
    """Statement sheet -> the evaluated total under its won deals (the sheet's first formula: a SUM, or 0 when
    the rep won nothing)."""
    totals = {}
    for sheet in evaluator.workbook.worksheets[3:]:  # after the summary, the bonus table and the plan
        cell = next(c for row in sheet.iter_rows() for c in row if c.data_type == "f")
        assert cell.value in ("=0", f"=SUM(E{cell.row - len(_deal_rows(sheet, cell.row))}:E{cell.row - 1})")
        totals[sheet.title] = evaluator.cell(sheet.title, cell.coordinate)
    return totals


def _deal_rows(sheet: Any, total_row: int) -> list[int]:
    rows: list[int] = []
    for row in range(total_row - 1, 0, -1):
        if sheet.cell(row, 1).value == "ID":
            return rows
        rows.append(row)
    return rows


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, reps=12, opportunities=900, today=date(2026, 11, 27))
    with db.session() as session:
        rep = bonus_sheet(session, QUARTER).reps[0]
        add_adjustment(session, QUARTER, rep.rep_id, Decimal("-123.45"), "shared deal", "test")
    return db


def test_every_formula_of_the_demo_report_gives_the_json_payouts(demo: Database, tmp_path: Path) -> None:
    evaluator, payload = _workbook_and_json(demo, tmp_path / "bonus.xlsx")
    assert len(list(evaluator.formulas())) > 10 * len(payload["reps"])  # each one evaluated (else it raises)
    rows = _check_payouts(evaluator, payload)
    assert sum(Decimal(r["payout"]) for r in payload["reps"] if r["payout"]) == Decimal(payload["total"])
    assert any(r["adjustment"] != "0.00" for r in payload["reps"])
    totals = _won_deal_totals(evaluator)
    for rep in payload["reps"]:
        assert totals[rep["rep"][:31]] == pytest.approx(rows[rep["rep"]]["Won (CNY)"], abs=0.001)


def test_the_hand_made_quarter_with_missing_quotas_and_reweighting(db: Database, tmp_path: Path) -> None:
    bonus_data.build(db)
    evaluator, payload = _workbook_and_json(db, tmp_path / "bonus.xlsx")
    rows = _check_payouts(evaluator, payload)
    assert rows["Ann"]["Payout (CNY)"] == 17699.77 and rows["Cid"]["Problem"] == "Cid has no quota for 2026Q3"
    assert rows["Bob"]["Sales weight"] == pytest.approx(0.75) and rows["Bob"]["CSAT weight"] == 0
    assert _won_deal_totals(evaluator)["Ann"] == pytest.approx(95500.0)


def test_csat_responses_import_by_account_or_rep_and_refuse_bad_scores(db: Database, tmp_path: Path) -> None:
    ids = bonus_data.build(db)
    path = tmp_path / "survey.csv"
    path.write_text("Response ID,Account,Rep,Response Date,CSAT,Comment\n"
                    "r1,Ann Co,,2026-08-01,4.5,Great\n"
                    "r2,,Bob,2026-08-02,3,\n"
                    "r3,Ann Co,,2026-08-03,11,typo\n"
                    "r4,,,2026-08-04,4,nobody\n", encoding="utf-8")
    result = run_import(db, path, ImportOptions(kind="csat"))
    assert (result.inserted, result.rejected) == (2, 2)
    with db.session() as session:
        rows = {r.external_id: r for r in session.query(CsatResponse).filter(CsatResponse.external_id.is_not(None))}
        assert rows["r1"].score == Decimal("4.5") and rows["r2"].rep_id == ids["Bob"]
        bob = next(r for r in bonus_sheet(session, QUARTER).reps if r.rep == "Bob")
    assert (bob.csat_avg, bob.csat_responses) == (Decimal(3), 1)
    again = run_import(db, path, ImportOptions(kind="csat"))
    assert (again.inserted, again.unchanged) == (0, 2)
