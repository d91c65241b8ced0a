"""The bonus report's printable summary sheet: first in the workbook, one line per rep whose figures are the
bonus sheet's own (worked out by hand in tests/helpers/bonus_data.py), set up for A4 landscape, in both
languages."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from salesmgr.exchange.reports import ReportRequest, export_report
from salesmgr.i18n import set_language, translate
from salesmgr.models.database import Database
from tests.helpers import bonus_data
from tests.helpers.bonus_data import ANN_PAYOUT, BOB_PAYOUT, DEE_PAYOUT, QUARTER
from tests.helpers.formula_check import Evaluator, bonus_rows

HEADERS = ["Rep", "Team", "Target bonus (CNY)", "Attainment", "Sales score (60% weight)",
           "CSAT score (20% weight)", "Process score (20% weight)", "Payout (CNY)"]


@pytest.fixture
def chinese() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("en")


def _export(db: Database, out: Path) -> Evaluator:
    bonus_data.build(db)
    with db.session() as session:
        export_report(session, "bonus", ReportRequest(QUARTER), out)
    return Evaluator(load_workbook(out))


def _table(evaluator: Evaluator, sheet_name: str, first_header: str) -> tuple[int, list[Any], list[list[Any]]]:
    """(header row, headers, evaluated rows down to the blank row after the table) of a sheet."""
    sheet = evaluator.workbook[sheet_name]
    header_row = next(row[0].row for row in sheet.iter_rows() if row[0].value == first_header)
    rows = []
    for row in sheet.iter_rows(min_row=header_row + 1):
        if row[0].value is None:
            break
        rows.append([evaluator.cell(sheet_name, cell.coordinate) for cell in row[:len(HEADERS)]])
    return header_row, [cell.value for cell in sheet[header_row]][:len(HEADERS)], rows


def money(value: Any) -> Decimal:
    return Decimal(repr(value))


def test_the_summary_comes_first_with_the_hand_computed_figures(db: Database, tmp_path: Path) -> None:
    evaluator = _export(db, tmp_path / "bonus.xlsx")
    book = evaluator.workbook
    assert book.sheetnames[:3] == ["Summary", "Bonuses", "Plan"]
    assert len(book.sheetnames) == 3 + 5  # a statement per listed rep: Ann, Bob, Cid, Dee, Eve
    _row, headers, rows = _table(evaluator, "Summary", "Rep")
    assert headers == HEADERS
    by_rep = {row[0]: row for row in rows}
    assert set(by_rep) == {"Ann", "Bob", "Cid", "Dee", "Eve", "Total"}
    ann, bob, dee = by_rep["Ann"], by_rep["Bob"], by_rep["Dee"]
    # Ann: 95,500 / 100,000; CSAT 4/4.5; process (0.8/0.95 + 1/2) / 2
    assert ann[1:4] == ["North", 20000, pytest.approx(0.955)]
    assert ann[4:7] == [pytest.approx(0.955), pytest.approx(4 / 4.5), pytest.approx((0.8 / 0.95 + 0.5) / 2)]
    assert money(ann[7]) == ANN_PAYOUT
    # Bob: nothing won, no CSAT of his own (re-weighted: "no data", not a 0 % score), process 1
    assert bob[3:7] == [0, 0, "no data", 1] and money(bob[7]) == BOB_PAYOUT
    # Dee: 12,000 / 10,000 with no accelerator, no CSAT, no process KPI available
    assert dee[3:7] == [pytest.approx(1.2), pytest.approx(1.2), "no data", 0] and money(dee[7]) == DEE_PAYOUT
    for name in ("Cid", "Eve"):  # no quota: the figures stay blank, as on the bonus sheet
        assert by_rep[name][2] == 20000 and by_rep[name][3:] == [None] * 5
    total = by_rep["Total"]
    # the total payout is a SUM of floats: compared at the cent, as the money format shows it
    assert total[2] == 5 * 20000 and money(round(total[7], 2)) == ANN_PAYOUT + BOB_PAYOUT + DEE_PAYOUT



def test_every_summary_figure_is_the_bonus_sheets_own(db: Database, tmp_path: Path) -> None:
    evaluator = _export(db, tmp_path / "bonus.xlsx")
    header_row, _headers, summary = _table(evaluator, "Summary", "Rep")
    detail = bonus_rows(evaluator)
    keys = ["Team", "Target bonus (CNY)", "Attainment", "Sales score", "CSAT score", "Process score", "Payout (CNY)"]
    for line in summary[:-1]:
        own = detail[line[0]]
        expected = [own[key] for key in keys]
        if own["CSAT responses"] == 0 and own["CSAT weight"] == 0:  # re-weighted away: said, not shown as 0 %
            expected[keys.index("CSAT score")] = "no data"
        assert line[1:] == expected, line[0]
    payout = evaluator.workbook["Summary"].cell(header_row + 1, 8)  # a formula, formatted as money
    assert str(payout.value).startswith("='Bonuses'!") and "0.00" in payout.number_format


def test_every_sheet_prints_on_a4_landscape_one_page_wide(db: Database, tmp_path: Path) -> None:
    evaluator = _export(db, tmp_path / "bonus.xlsx")
    for sheet in evaluator.workbook.worksheets:
        setup = sheet.page_setup
        assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == \
            (9, "landscape", 1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.oddHeader.left.text == "Quarterly bonuses"
        assert sheet.oddHeader.right.text == "Period: 2026Q3"
        assert (sheet.oddFooter.left.text, sheet.oddFooter.right.text) == ("&A", "Page &P of &N")
    summary = evaluator.workbook["Summary"]
    header_row = _table(evaluator, "Summary", "Rep")[0]
    assert summary.print_title_rows == f"${header_row}:${header_row}"  # the column headers on every page


def test_the_summary_in_chinese(db: Database, tmp_path: Path, chinese: None) -> None:
    evaluator = _export(db, tmp_path / "bonus.xlsx")
    book = evaluator.workbook
    assert book.sheetnames[:3] == ["汇总", translate("Reports", "Bonuses"), translate("Reports", "Plan")]
    sheet = book["汇总"]
    header_row = next(row[0].row for row in sheet.iter_rows() if row[0].value == translate("Reports", "Rep"))
    headers = [cell.value for cell in sheet[header_row]]
    assert headers[4] == "销售得分（权重 60%）" and headers[7] == translate("Reports", "Payout") + " (CNY)"
    assert sheet.oddFooter.right.text == "第 &P 页，共 &N 页"
