from __future__ import annotations

import re
import time
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from salesmgr.exchange.read.readers import list_sheets, read_table
from salesmgr.exchange.read.safety import decode_text, detect_delimiter
from salesmgr.exchange.read.table import Cell, ImportFileError, Table
from tests.helpers import crm_files


def _rows(table: Table) -> list[tuple[int, list[Cell]]]:
    return list(table.rows)


def test_salesforce_report_skips_titles_footer_and_sum_line(tmp_path: Path) -> None:
    table = read_table(crm_files.salesforce_report_xlsx(tmp_path, rows=20))
    assert table.headers == crm_files.SALESFORCE_REPORT_HEADERS
    assert table.header_row == 4
    assert table.row_count == 20
    rows = _rows(table)
    assert len(rows) == 20
    assert [number for number, _ in rows] == list(range(5, 25))
    assert table.skipped_rows == [25, 26]
    first = rows[0][1]
    assert first[0] == "006000000000001"
    assert isinstance(first[5], float)
    assert first[7] == date(2026, 9, 25)
    assert all(len(cells) == 12 for _, cells in rows)


def test_salesforce_api_csv_is_cp1252(tmp_path: Path) -> None:
    table = read_table(crm_files.salesforce_api_csv(tmp_path))
    assert table.headers == crm_files.SALESFORCE_API_HEADERS
    assert table.sheet is None and table.sheet_names == []
    rows = _rows(table)
    assert table.row_count == len(rows) == 10
    assert rows[0] == (2, rows[0][1])
    assert rows[0][1][1] == "Café Müller GmbH"
    assert all(cell is None or isinstance(cell, str) for _, cells in rows for cell in cells)


def test_hubspot_csv_utf8_bom(tmp_path: Path) -> None:
    table = read_table(crm_files.hubspot_csv(tmp_path))
    assert table.headers == crm_files.HUBSPOT_HEADERS  # no BOM in "Record ID"
    rows = _rows(table)
    assert table.row_count == 10
    assert rows[0][1][1] == "Renewal 0 – Zürich"
    assert rows[0][1][8] == "Société Générale"


def test_pipedrive_semicolons(tmp_path: Path) -> None:
    table = read_table(crm_files.pipedrive_csv(tmp_path))
    assert table.headers == crm_files.PIPEDRIVE_HEADERS
    rows = _rows(table)
    assert table.row_count == 10
    assert rows[0][1][:3] == ["Deal 0, phase 2", "Proposal Made", "1200.5"]


def test_odoo_xlsx(tmp_path: Path) -> None:
    table = read_table(crm_files.odoo_xlsx(tmp_path))
    assert table.headers == crm_files.ODOO_HEADERS
    assert table.sheet == "Pipeline" and table.header_row == 1
    assert table.row_count == 10 and table.skipped_rows == []


def test_fxiaoke_chinese_and_footer(tmp_path: Path) -> None:
    table = read_table(crm_files.fxiaoke_xlsx(tmp_path))
    assert table.headers == crm_files.FXIAOKE_HEADERS
    rows = _rows(table)
    assert table.row_count == len(rows) == 6
    assert table.skipped_rows == [8]
    assert rows[0][1] == ["商机1号", "北京华信科技有限公司", "赢单", "¥1,200,000.00", "2025年1月1日", "张伟", "35%",
                          "进行中"]


def test_xiaoshouyi_gb18030(tmp_path: Path) -> None:
    table = read_table(crm_files.xiaoshouyi_gb18030_csv(tmp_path))
    assert table.headers == crm_files.XIAOSHOUYI_HEADERS
    rows = _rows(table)
    assert table.row_count == 6
    assert rows[0][1][:3] == ["销售易商机0", "北京华信科技有限公司", "赢单"]


def test_snake_case_csv_blank_cells_are_none(tmp_path: Path) -> None:
    table = read_table(crm_files.snake_case_csv(tmp_path))
    assert table.headers == crm_files.SNAKE_CASE_HEADERS
    rows = _rows(table)
    assert table.row_count == 10
    assert rows[0][1][6] is None and rows[1][1][6] == "2025-03-01"


def test_sheet_choice(tmp_path: Path) -> None:
    path = crm_files.multi_sheet_xlsx(tmp_path)
    assert list_sheets(path) == ["Summary", "Deals"]
    assert read_table(path).sheet == "Summary"
    deals = read_table(path, "deals")
    assert deals.sheet == "Deals" and deals.sheet_names == ["Summary", "Deals"]
    assert deals.headers == crm_files.SALESFORCE_REPORT_HEADERS and deals.row_count == 12
    with pytest.raises(ImportFileError) as caught:
        read_table(path, "Leads")
    assert str(caught.value) == "the workbook has no sheet Leads; its sheets are Summary, Deals"
    assert caught.value.template == "the workbook has no sheet {sheet}; its sheets are {sheets}"


def test_first_sheet_with_data_is_default(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Cover"
    workbook.create_sheet("Data").append(["Name", "Amount"])
    workbook["Data"].append(["Deal", 5])
    workbook.save(tmp_path / "cover.xlsx")
    table = read_table(tmp_path / "cover.xlsx")
    assert table.sheet == "Data" and table.row_count == 1
    with pytest.raises(ImportFileError, match="Cover is empty"):
        read_table(tmp_path / "cover.xlsx", "Cover")


def test_headers_blank_and_duplicate_names(tmp_path: Path) -> None:
    path = tmp_path / "dupes.csv"
    path.write_text(" Name ,,Amount,amount,Name\nA,x,1,2,B\n,,,,\nTotal:,,1,2,\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Name", "Column 2", "Amount", "amount (2)", "Name (2)"]
    assert _rows(table) == [(2, ["A", "x", "1", "2", "B"])]
    assert table.skipped_rows == [4]


def test_short_rows_padded_long_rows_truncated(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("Name,Stage,Amount\nA\nB,Won,3,extra\n", encoding="utf-8")
    assert _rows(read_table(path)) == [(2, ["A", None, None]), (3, ["B", "Won", "3"])]


def test_footer_words_only_as_labels(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("Account,Amount\nTotal Energies,5\nSum Holdings,6\nTotals,11\n小计：,11\n", encoding="utf-8")
    table = read_table(path)
    assert [cells[0] for _, cells in table.rows] == ["Total Energies", "Sum Holdings"]
    assert table.skipped_rows == [4, 5]


def test_content_not_extension_decides(tmp_path: Path) -> None:
    xlsx = crm_files.odoo_xlsx(tmp_path)
    disguised = tmp_path / "export.csv"
    disguised.write_bytes(xlsx.read_bytes())
    assert read_table(disguised).headers == crm_files.ODOO_HEADERS
    text = tmp_path / "export.xlsx"
    text.write_bytes(crm_files.pipedrive_csv(tmp_path).read_bytes())
    assert read_table(text).headers == crm_files.PIPEDRIVE_HEADERS
    assert list_sheets(text) == []


def test_html_saved_as_xls_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.xls"
    path.write_text("<html><body><table><tr><td>Name</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(ImportFileError, match="web page"):
        read_table(path)


@pytest.mark.parametrize(("data", "expected"), [
    ("Café Müller".encode("cp1252"), "Café Müller"),
    ("Müller,Zoë".encode("cp1252"), "Müller,Zoë"),
    ("商机名称,客户".encode("gb18030"), "商机名称,客户"),
    ("\ufeffRecord ID".encode(), "Record ID"),
    ("Name\tAmount".encode("utf-16"), "Name\tAmount"),
])
def test_decode_text(data: bytes, expected: str) -> None:
    assert decode_text(data) == expected


@pytest.mark.parametrize(("sample", "expected"), [
    ("a,b,c\n1,2,3\n", ","),
    ("a;b;c\n1,5;2;3\n", ";"),
    ("a\tb\tc\n1\t2\t3\n", "\t"),
    ("a|b|c\n1|2|3\n", "|"),
    ("Report title\nGenerated today\n\na;b;c\n1;2;3\n4;5;6\n", ";"),
    ("single\nvalue\n", ","),
])
def test_detect_delimiter(sample: str, expected: str) -> None:
    assert detect_delimiter(sample) == expected


HOSTILE_MESSAGES = {
    "not_a_spreadsheet": "is not a spreadsheet or CSV file",
    "truncated": "is damaged or incomplete",
    "encrypted": "is password-protected",
    "xml_entities": "declares XML entities",
    "zip_bomb": "would expand to 3072 MB",
    "million_columns": "the sheet claims 16384 columns",
    "empty": "is empty",
    "header_only": "the sheet Deals has a header but no data rows",
    "header_only_csv": "has a header but no data rows",
    "binary_csv": "is not a spreadsheet or CSV file",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return crm_files.hostile_files(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize("case", sorted(HOSTILE_MESSAGES))
def test_hostile_files_are_refused_quickly(hostile: dict[str, Path], case: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ImportFileError) as caught:
            read_table(hostile[case])
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert HOSTILE_MESSAGES[case] in str(caught.value)
    assert "\n" not in str(caught.value)
    assert caught.value.template and "{" in caught.value.template
    assert elapsed < 2 and peak < 20 << 20


def test_list_sheets_refuses_hostile_too(hostile: dict[str, Path]) -> None:
    for case in ("not_a_spreadsheet", "truncated", "encrypted", "xml_entities", "zip_bomb", "empty"):
        with pytest.raises(ImportFileError):
            list_sheets(hostile[case])


def test_far_away_cell_without_dimension_is_refused(tmp_path: Path) -> None:
    """One cell in XFD1048576 would make calamine allocate the whole rectangle and abort the process."""
    import zipfile

    source = crm_files.odoo_xlsx(tmp_path)
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    xml = re.sub(r"<dimension [^>]*/>", "", xml)
    assert "<dimension" not in xml
    for far, message in (("XFD1048576", "16384 columns"), ("Z1048576", "1048576 rows and 26 columns")):
        row = far.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        patched = xml.replace("</sheetData>", f'<row r="{row}"><c r="{far}"><v>1</v></c></row></sheetData>')
        target = crm_files._rewrite_zip(source, tmp_path / f"far_{far}.xlsx", {"xl/worksheets/sheet1.xml":
                                                                             patched.encode()})
        with pytest.raises(ImportFileError, match=message):
            read_table(target)


def test_zip_bomb_is_not_decompressed(hostile: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the zip bomb was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", refuse)
    with pytest.raises(ImportFileError, match="would expand"):
        read_table(hostile["zip_bomb"])


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return crm_files.big_xlsx(tmp_path_factory.mktemp("big") / "big.xlsx", 30_000)


def test_big_file_reads_lazily_with_bounded_memory(big_file: Path) -> None:
    tracemalloc.start()
    try:
        table = read_table(big_file)
        count = sum(1 for _ in table.rows)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert table.headers == crm_files.SALESFORCE_REPORT_HEADERS
    assert count == table.row_count == 30_000
    assert peak < 300 << 20


def test_csv_text_is_split_into_lines_a_slice_at_a_time_as_one_stringio_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """Slices of 7 characters (each cut after the next "\\n") over lines ending in "\\r\\n", "\\n" and a lone "\\r",
    with a quoted value holding line breaks: the same lines, endings kept, as io.StringIO(newline="") gives."""
    import csv
    import io

    from salesmgr.exchange.read import readers

    text = 'a,b\r\n1,"two\r\nlines"\n3,x\r4,y\r\n"5\n\n",z\n6,last'
    monkeypatch.setattr(readers, "LINE_SLICE", 7)
    assert list(readers._lines(text)) == list(io.StringIO(text, newline=""))
    assert list(csv.reader(readers._lines(text))) == [
        ["a", "b"], ["1", "two\r\nlines"], ["3", "x"], ["4", "y"], ["5\n\n", "z"], ["6", "last"]]
