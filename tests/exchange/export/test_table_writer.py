"""write_table: typed, formatted, injection-safe xlsx and re-importable CSV, written atomically."""
from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.exchange.export.table_writer import write_table
from salesmgr.exchange.export.workbook import ExportError
from salesmgr.progress import Cancelled, Progress

HOSTILE = ["=SUM(A1:A2)", "+1+2", "-3+4", "@SUM(1)", "\tTAB", "\rCR", "=1+1", "#N/A"]
COLUMNS = [ExportColumn("name"), ExportColumn("amount", ColumnType.MONEY, "CNY"),
           ExportColumn("closed", ColumnType.DATE), ExportColumn("logged", ColumnType.DATETIME),
           ExportColumn("probability", ColumnType.PERCENT), ExportColumn("employees", ColumnType.INTEGER),
           ExportColumn("active", ColumnType.BOOLEAN)]
ROWS: list[list[object]] = [
    ["北京华信科技有限公司", Decimal("1234567.50"), date(2026, 9, 1), datetime(2026, 9, 1, 14, 3),
     Decimal("0.35"), 1200, True],
    ["Acme", None, None, None, None, None, False]]


def _sheet(path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    return openpyxl.load_workbook(path).active


def test_every_formula_prefix_stays_literal_text(tmp_path: Path) -> None:
    out = write_table(tmp_path / "x.xlsx", [ExportColumn("text"), ExportColumn("n", ColumnType.NUMBER)],
                      [[text, None] for text in HOSTILE]).path
    cells = [row[0] for row in _sheet(out).iter_rows(min_row=2)]
    assert [cell.data_type for cell in cells] == ["s"] * len(HOSTILE)
    # values as Excel and the importer (calamine) read them: a leading CR is stored escaped as _x000D_
    values = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert [row[0] for row in values[1:]] == HOSTILE
    assert all(cell.data_type == "n" for row in _sheet(out).iter_rows(min_row=2) for cell in row[1:])


def test_values_are_typed_and_formatted(tmp_path: Path) -> None:
    out = write_table(tmp_path / "x.xlsx", COLUMNS, ROWS).path
    header, first, second = list(_sheet(out).iter_rows())
    assert [c.value for c in header] == [c.header for c in COLUMNS] and all(c.font.b for c in header)
    assert [c.value for c in first] == ["北京华信科技有限公司", 1234567.5, datetime(2026, 9, 1),
                                        datetime(2026, 9, 1, 14, 3), 0.35, 1200, True]
    assert [c.number_format for c in first[1:6]] == ["#,##0.00 [$CNY]", "yyyy-mm-dd", "yyyy-mm-dd hh:mm", "0.0%",
                                                     "#,##0"]
    assert [c.value for c in second] == ["Acme", None, None, None, None, None, False]


def test_money_format_follows_the_currency_minor_units(tmp_path: Path) -> None:
    columns = [ExportColumn("jpy", ColumnType.MONEY, "JPY"), ExportColumn("kwd", ColumnType.MONEY, "KWD")]
    out = write_table(tmp_path / "m.xlsx", columns, [[Decimal(1500), Decimal("1.250")]]).path
    assert [c.number_format for c in next(_sheet(out).iter_rows(min_row=2))] == ["#,##0 [$JPY]", "#,##0.000 [$KWD]"]


def test_layout_title_notes_frozen_header_filter_and_print_setup(tmp_path: Path) -> None:
    out = write_table(tmp_path / "x.xlsx", COLUMNS, ROWS, sheet="Pipe[line]: North/South*?", title="Pipeline",
                      notes=["Filters: team North", "Generated 2026-11-27 14:03"]).path
    workbook = openpyxl.load_workbook(out)
    sheet = workbook.active
    assert sheet.title == "Pipe_line__ North_South__"
    assert [sheet["A1"].value, sheet["A2"].value, sheet["A4"].value] == ["Pipeline", "Filters: team North", "name"]
    assert sheet["A1"].font.b and sheet["A1"].font.sz > 11
    assert sheet.freeze_panes == "A5"
    assert sheet.auto_filter.ref == "A4:G6"
    assert sheet.print_title_rows == "$4:$4"
    assert sheet.print_area == "'Pipe_line__ North_South__'!$A$1:$G$6"
    assert sheet.page_setup.orientation == "landscape"
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (workbook.properties.title, workbook.properties.creator) == ("Pipeline", "salesmgr")


def test_column_widths_count_chinese_characters_double_and_are_capped(tmp_path: Path) -> None:
    columns = [ExportColumn("a"), ExportColumn("b"), ExportColumn("c")]
    out = write_table(tmp_path / "w.xlsx", columns, [["北京华信科技", "abcdefghijkl", "x" * 500]]).path
    widths = {key: dim.width for key, dim in _sheet(out).column_dimensions.items()}
    assert widths["A"] == widths["B"] == 12 + 2  # six wide characters take the room of twelve narrow ones
    assert widths["C"] == 60


def test_csv_is_utf8_bom_crlf_plain_values_and_no_title(tmp_path: Path) -> None:
    out = write_table(tmp_path / "x.CSV", [*COLUMNS, ExportColumn("note")],
                      [[*ROWS[0], "=SUM(A1)"], [*ROWS[1], None]], title="Pipeline", notes=["n"]).path
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 3
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "name"
    assert rows[1] == ["北京华信科技有限公司", "1234567.50", "2026-09-01", "2026-09-01 14:03:00", "0.35", "1200",
                       "true", "=SUM(A1)"]
    assert rows[2] == ["Acme", "", "", "", "", "", "false", ""]


def _failing(after: int) -> Iterator[list[object]]:
    for number in range(after):
        yield [f"row {number}"]
    raise RuntimeError("database went away")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_failed_or_cancelled_export_leaves_the_existing_file_untouched(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"keep{suffix}"
    out.write_bytes(b"previous content")
    with pytest.raises(RuntimeError):
        write_table(out, [ExportColumn("name")], _failing(2500))
    cancel_at = Progress(is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        write_table(out, [ExportColumn("name")], ([f"r{n}"] for n in range(5000)), progress=cancel_at)
    assert out.read_bytes() == b"previous content"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left behind


def test_progress_reports_every_thousand_rows_with_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_table(tmp_path / "p.csv", [ExportColumn("n")], ([n] for n in range(2500)), total=2500,
                progress=Progress(lambda done, total, _: seen.append((done, total))))
    assert seen == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]


def test_unusable_targets_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.xlsx or \.csv"):
        write_table(tmp_path / "x.pdf", [ExportColumn("n")], [])
    with pytest.raises(ExportError, match="does not exist"):
        write_table(tmp_path / "missing" / "x.xlsx", [ExportColumn("n")], [])
    folder_in_the_way = tmp_path / "taken.xlsx"
    folder_in_the_way.mkdir()
    with pytest.raises(ExportError, match="choose another place"):
        write_table(folder_in_the_way, [ExportColumn("n")], [[1]])


def test_a_file_open_in_another_program_gets_a_clear_message(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(source: object, target: object) -> None:
        raise PermissionError(13, "Permission denied")  # what Windows says while Excel holds the file

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="open in another program or not writable"):
        write_table(tmp_path / "x.xlsx", [ExportColumn("n")], [[1]])
    assert list(tmp_path.iterdir()) == []
