"""Report workbooks speak the user's language: their text comes from the same .ts file as the GUI's."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from salesmgr.demo import load_demo
from salesmgr.exchange.export.data import export_data
from salesmgr.exchange.reports import ReportRequest, export_report
from salesmgr.i18n import read_ts, set_language, translate
from salesmgr.models.database import Database
from salesmgr.models.periods import Period
from salesmgr.paths import resource


@pytest.fixture
def chinese() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("en")


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, reps=6, opportunities=200, today=date(2026, 11, 1))
    return db


def _texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
            if isinstance(cell.value, str)]


def test_the_ts_file_is_read_without_qt() -> None:
    catalogue = read_ts(resource("i18n", "salesmgr_zh_CN.ts"))
    assert catalogue[("Reports", "Sales funnel")] == "销售漏斗"
    assert translate("Reports", "Sales funnel") == "Sales funnel"  # English unless asked


def test_reports_in_chinese(demo: Database, tmp_path: Path, chinese: None) -> None:
    request = ReportRequest(Period.parse("2026Q3"), today=date(2026, 11, 1))
    with demo.session() as session:
        funnel = _texts(export_report(session, "funnel", request, tmp_path / "f.xlsx"))
        quotas = openpyxl.load_workbook(export_report(session, "quotas", request, tmp_path / "q.xlsx"))
    assert funnel[0] == "销售漏斗" and "周期：2026Q3" in funnel and "阶段" in funnel and "赢单率" in funnel
    sheet = quotas.worksheets[0]
    assert quotas.sheetnames == ["指标达成"]
    formulas = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] == "="]
    assert formulas and all("无指标" in f for f in formulas if f.startswith("=IF("))
    assert any(str(c.value).endswith(" 合计") for row in sheet.iter_rows() for c in row)


def test_data_exports_keep_import_headers_in_any_language(demo: Database, tmp_path: Path, chinese: None) -> None:
    with demo.session() as session:
        out = export_data(session, "reps", tmp_path / "reps.xlsx").path
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "销售代表"  # the title is translated ...
    assert "name" in rows[3] and "email" in rows[3]  # ... the header the importer reads is not


def test_the_print_area_takes_in_the_chart(demo: Database, tmp_path: Path) -> None:
    from openpyxl.utils.cell import range_boundaries

    with demo.session() as session:
        request = ReportRequest(Period.parse("2026Q3"), today=date(2026, 11, 1))
        out = export_report(session, "funnel", request, tmp_path / "f.xlsx")
    sheet = openpyxl.load_workbook(out).worksheets[0]
    area = str(sheet.print_area).split("!")[-1].replace("$", "")
    _first_col, _first_row, last_col, last_row = range_boundaries(area)
    # the chart is anchored two columns right of the table and is 18 cm wide and 9 cm high
    anchor = sheet._charts[0].anchor._from
    assert last_col is not None and last_row is not None
    assert last_col >= anchor.col + 1 + 9 and last_row >= anchor.row + 1 + 16
