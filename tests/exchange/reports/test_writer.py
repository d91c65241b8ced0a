"""The report writer on a hand-made description: formulas, formatting, safety and atomic saving, read back."""
from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from salesmgr.exchange.export.columns import ColumnType, display_width
from salesmgr.exchange.export.workbook import FORMULA_STARTS, ExportError
from salesmgr.exchange.reports.layout import FormulaError
from salesmgr.exchange.reports.model import (
    SUM,
    BarChart,
    CellValue,
    Column,
    KeyValue,
    KeyValues,
    Report,
    Sheet,
    Table,
    Thresholds,
    total_formula,
    total_label,
)
from salesmgr.exchange.reports.styles import sheet_names
from salesmgr.exchange.reports.writer import build_workbook, write_report
from salesmgr.progress import Cancelled, Progress
from tests.helpers.formula_check import evaluate_file

INJECTED = ["=1+2", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd"]
WIDE_NAME = "销售代表张三丰"  # 7 wide characters: 14 columns
SHEET = "Q3_Plan_ _draft___ with a very"  # "Q3/Plan: [draft]*? with a very long name indeed" made valid


def _table() -> Table:
    columns = (
        Column("team", "Team"),
        Column("rep", "Rep"),
        Column("won", "Won (CNY)", ColumnType.MONEY, "CNY"),
        Column("quota", "Quota (CNY)", ColumnType.MONEY, "CNY"),
        Column("deals", "Deals", ColumnType.INTEGER),
        Column("closed", "Closed", ColumnType.DATE),
        Column("attainment", "Attainment", ColumnType.PERCENT, formula='IF({quota}>0,{won}/{quota},"no quota")'),
        Column("score", "Score", ColumnType.PERCENT, formula="MIN({attainment},{$cap})*{$weight}"),
    )
    rows: list[tuple[CellValue, ...]] = [
        ("North", "Ann", Decimal("80000.005"), Decimal("100000"), 2, date(2026, 8, 1), 0.8, 0.48),
        ("North", WIDE_NAME, Decimal("60000"), Decimal("40000"), 1, date(2026, 9, 2), 1.5, 0.72),
        ("South", "=1+2", Decimal("10000"), None, 1, None, "no quota", None),
    ]
    return Table("t", columns, rows, title="Attainment",
                 totals={"team": total_label("Total"), "won": SUM, "quota": SUM, "deals": SUM,
                         "attainment": total_formula('IF({quota}>0,{won}/{quota},"no quota")')},
                 group_by="team", thresholds=(Thresholds("attainment", 0.7, 1.0),))


def _report() -> Report:
    params = KeyValues((
        KeyValue("Cap", 1.2, ColumnType.PERCENT, name="cap"),
        KeyValue("Weight", 0.6, ColumnType.PERCENT, name="weight"),
        KeyValue("Ann's won twice", Decimal("160000.01"), ColumnType.MONEY, "CNY", formula="2*{t:won@0}"),
        KeyValue("Yen", Decimal("1234"), ColumnType.MONEY, "JPY"),
        KeyValue("Days", 12.25, ColumnType.NUMBER, places=1),
    ), title="Parameters")
    injected = Table("inj", (Column("text", "Text"),), [(text,) for text in INJECTED], title="Imported text")
    return Report("Test report", "2026Q3", ("Team: =North",), datetime(2026, 9, 30, 12, 0, tzinfo=UTC),
                  (Sheet("Q3/Plan: [draft]*? with a very long name indeed", (_table(), injected)),
                   Sheet("Parameters", (params,)), Sheet("parameters", ())))


@pytest.fixture
def written(tmp_path: Path) -> Path:
    return write_report(_report(), tmp_path / "report.xlsx")


def test_formulas_evaluate_to_the_hand_computed_figures(written: Path) -> None:
    values = evaluate_file(written)
    sheet = load_workbook(written)[SHEET]
    found = {sheet[coordinate].value: value for (title, coordinate), value in values.items() if title == SHEET}
    # rows: header 7, Ann 8, the wide name 9, North total 10, "=1+2" 11, South total 12, Total 13
    won_ann = 80000.01  # 80000.005 rounded half-up to the fen when written
    assert found['=IF(D8>0,C8/D8,"no quota")'] == pytest.approx(won_ann / 100000, abs=1e-12)
    assert found['=IF(D9>0,C9/D9,"no quota")'] == pytest.approx(1.5)
    assert found['=IF(D11>0,C11/D11,"no quota")'] == "no quota"
    assert found["=MIN(G8,'Parameters'!$B$7)*'Parameters'!$B$8"] == pytest.approx(won_ann / 100000 * 0.6)
    assert found["=MIN(G9,'Parameters'!$B$7)*'Parameters'!$B$8"] == pytest.approx(1.2 * 0.6)  # capped at 120%
    assert found["=SUM(C8:C9)"] == pytest.approx(won_ann + 60000)
    assert found["=SUM(C10,C12)"] == pytest.approx(won_ann + 60000 + 10000)  # the grand total adds subtotals
    assert found["=SUM(D10,D12)"] == pytest.approx(140000)
    assert found["=SUM(E10,E12)"] == 4
    assert found['=IF(D13>0,C13/D13,"no quota")'] == pytest.approx((won_ann + 70000) / 140000)
    assert found['=IF(D12>0,C12/D12,"no quota")'] == "no quota"  # South has no quota: no division by zero
    assert values[("Parameters", "B9")] == pytest.approx(2 * won_ann)
    assert sheet["H11"].value is None  # a formula column stays blank where the row has no value


def test_named_parameters_are_defined_names(written: Path) -> None:
    workbook = load_workbook(written)
    assert workbook.defined_names["cap"].attr_text == "'Parameters'!$B$7"
    assert workbook.defined_names["weight"].attr_text == "'Parameters'!$B$8"


def test_text_that_looks_like_a_formula_stays_text(written: Path) -> None:
    workbook = load_workbook(written)
    sheet = workbook.worksheets[0]
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)}
    # XML reading turns a carriage return into a line feed; what matters is that the cell is text
    for text in [*INJECTED, "Team: =North"]:
        read = text.replace("\r", "\n")
        assert read in cells, text
        assert cells[read].data_type == "s", text
    assert all(prefix in {t[0] for t in INJECTED} for prefix in FORMULA_STARTS)


def test_sheet_names_are_sanitised_and_unique(written: Path) -> None:
    assert load_workbook(written).sheetnames == [SHEET, "Parameters", "parameters (2)"]
    assert sheet_names(["a" * 40, "a" * 40, "'x'", ""]) == ["a" * 31, "a" * 27 + " (2)", "x", "Sheet"]


def test_widths_count_wide_characters_double(written: Path) -> None:
    sheet = load_workbook(written).worksheets[0]
    assert display_width(WIDE_NAME) == 14
    assert sheet.column_dimensions["B"].width == 16  # 14 + a margin of 2
    assert sheet.column_dimensions["E"].width == 8  # "Deals" is 5 wide: the minimum width


def test_number_formats(written: Path) -> None:
    sheet = load_workbook(written).worksheets[0]
    params = load_workbook(written)["Parameters"]
    assert sheet["C8"].number_format == "#,##0.00"
    assert sheet["C8"].value == 80000.01  # Decimal rounded half-up to the fen
    assert sheet["E8"].number_format == "#,##0"
    assert sheet["F8"].number_format == "yyyy-mm-dd"
    assert sheet["F8"].value == datetime(2026, 8, 1)
    assert sheet["G8"].number_format == "0.0%"
    assert sheet["C10"].number_format == "#,##0.00"  # subtotals keep the column's format
    assert params["B7"].number_format == "0.0%"
    assert params["B10"].number_format == "#,##0"  # JPY has no minor unit
    assert params["B11"].number_format == "#,##0.0"


def test_layout_freeze_filter_print_and_properties(written: Path) -> None:
    workbook = load_workbook(written)
    sheet = workbook.worksheets[0]
    assert sheet["A1"].value == "Test report" and sheet["A1"].font.bold
    assert [sheet[f"A{row}"].value for row in (2, 3, 4)] == ["Period: 2026Q3", "Team: =North",
                                                             "Generated: 2026-09-30 12:00+00:00"]
    assert sheet["A7"].font.bold and sheet["H7"].font.bold
    assert sheet.freeze_panes == "A8"
    assert sheet.auto_filter.ref == "A7:H12"  # header and rows with subtotals, not the grand total
    assert sheet.print_area == f"'{SHEET}'!$A$1:$H$22"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert workbook.properties.title == "Test report"
    assert workbook.properties.creator == "salesmgr"


def test_conditional_formatting(written: Path) -> None:
    sheet = load_workbook(written).worksheets[0]
    rules = [(str(rng.sqref), rule.formula[0]) for rng in sheet.conditional_formatting for rule in rng.rules]
    assert ("G8:G13", "AND(ISNUMBER(G8),G8<0.7)") in rules
    assert ("G8:G13", "AND(ISNUMBER(G8),G8>=0.7,G8<1.0)") in rules
    assert ("G8:G13", "AND(ISNUMBER(G8),G8>=1.0)") in rules


def test_native_bar_chart_over_the_data_rows(tmp_path: Path) -> None:
    columns = (Column("stage", "Stage"), Column("reached", "Reached", ColumnType.INTEGER))
    table = Table("s", columns, [("Lead", 8), ("Demo", 5)], totals={"reached": SUM},
                  chart=BarChart("Reached per stage", "stage", ("reached",), "Deals"))
    out = write_report(Report("r", "2026", (), datetime(2026, 1, 1), (Sheet("Funnel", (table,)),)),
                       tmp_path / "chart.xlsx")
    with zipfile.ZipFile(out) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    # title rows 1-3, header row 5, data rows 6-7, total row 8 (left out of the chart)
    assert "barChart" in chart and "Reached per stage" in chart
    assert "'Funnel'!B5<" in chart  # the series title: the column header
    assert "'Funnel'!$B$6:$B$7" in chart and "'Funnel'!$A$6:$A$7" in chart
    grouped = Table("g", columns, [("Lead", 8)], totals={"reached": SUM}, group_by="stage", chart=table.chart)
    with pytest.raises(ValueError, match="subtotal"):
        build_workbook(Report("r", "2026", (), datetime(2026, 1, 1), (Sheet("Funnel", (grouped,)),)))


def test_unknown_placeholder_is_a_formula_error() -> None:
    table = Table("x", (Column("a", "A", ColumnType.INTEGER), Column("b", "B", formula="{nope}*2")), [(1, 2)])
    report = Report("r", "2026", (), datetime(2026, 1, 1), (Sheet("s", (table,)),))
    with pytest.raises(FormulaError):
        build_workbook(report)


def _old_file(tmp_path: Path) -> Path:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"the old report")
    return out


def test_a_cancelled_write_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    out = _old_file(tmp_path)
    steps: list[int] = []
    progress = Progress(lambda done, total, msg: steps.append(done), lambda: len(steps) >= 2)
    with pytest.raises(Cancelled):
        write_report(_report(), out, progress)
    assert out.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_a_failed_save_leaves_the_old_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _old_file(tmp_path)
    real_save = Workbook.save

    def half_then_fail(self: Workbook, filename: str) -> None:
        real_save(self, filename)
        Path(filename).write_bytes(Path(filename).read_bytes()[:100])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", half_then_fail)
    with pytest.raises(ExportError, match="No space left"):
        write_report(_report(), out)
    assert out.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_report(_report(), tmp_path / "nowhere" / "report.xlsx")
