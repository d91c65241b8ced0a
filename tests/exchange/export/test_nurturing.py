"""The nurturing list's workbook: its header, one row per nurtured lead with what would lift it, Chinese headers,
and text that looks like a formula kept as text."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from salesmgr.exchange.export.nurturing import export_nurturing
from salesmgr.i18n import set_language
from salesmgr.models.database import Database
from salesmgr.models.leads.routing import nurture_below_threshold
from tests.helpers.lead_routing import DAY, LEAD, MQL, SQL, add_lead

TODAY = date(2026, 11, 16)
HEADER_ROW = 3  # title, generated line, header


def _rows(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(min_row=HEADER_ROW, values_only=True))


def test_export_rows(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "nurture.xlsx"
    with db.session() as session:
        add_lead(session, "=SUM(A1)", SQL, email="x@example.com", industry="制造", region="East")
        add_lead(session, "Cold", LEAD)
        add_lead(session, "Hot", MQL)  # routed grade: not on the list
        nurture_below_threshold(session)
        result = export_nurturing(session, out, TODAY)
    rows = _rows(out)
    assert rows[0] == ("Name", "Company", "E-mail", "Industry", "Region", "Score", "Grade", "Created",
                       "Points to a routed grade", "What would lift it")
    # 40 = webinar + pricing page: 10 short of MQL (50), lacking the white paper; Cold 20: 30 short.
    assert rows[1][:7] == ("=SUM(A1)", "=SUM(A1) Ltd", "x@example.com", "制造", "East", 40, "SQL")
    assert rows[1][7].date() == DAY  # type: ignore[union-attr]
    assert rows[1][8:] == (10, "needs 10 more points; lacks: downloaded white paper (+10)")
    assert [row[0] for row in rows[1:]] == ["=SUM(A1)", "Cold"]
    assert result.rows == 2
    sheet = load_workbook(out).active
    assert sheet is not None and sheet.cell(HEADER_ROW + 1, 1).data_type == "s"  # text, not a formula


def test_export_headers_in_chinese(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "nurture.xlsx"
    set_language("zh_CN")
    with db.session() as session:
        add_lead(session, "Cold", LEAD, status="nurturing")
        export_nurturing(session, out, TODAY)
    rows = _rows(out)
    assert rows[0][0] == "姓名" and rows[1][6] == "线索"
