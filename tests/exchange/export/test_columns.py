"""columns: the one ColumnType and number_format, as both writers use them, against the literal formats."""
from __future__ import annotations

import pytest

from salesmgr.exchange.export.columns import (
    GENERAL,
    SHEET_NAME_LIMIT,
    ColumnType,
    ExportColumn,
    display_width,
    number_format,
    sanitize_sheet_name,
)
from salesmgr.exchange.export.xlsx_stream import column_format


def test_table_writer_formats() -> None:
    """The streaming table writer: money shows its currency code, numbers two decimals, text no format."""
    expected = {
        ExportColumn("a", ColumnType.MONEY, "CNY"): "#,##0.00 [$CNY]",
        ExportColumn("a", ColumnType.MONEY, "JPY"): "#,##0 [$JPY]",
        ExportColumn("a", ColumnType.MONEY, "KWD"): "#,##0.000 [$KWD]",
        ExportColumn("a", ColumnType.MONEY): "#,##0.00",
        ExportColumn("a", ColumnType.NUMBER): "#,##0.00",
        ExportColumn("a", ColumnType.INTEGER): "#,##0",
        ExportColumn("a", ColumnType.PERCENT): "0.0%",
        ExportColumn("a", ColumnType.DATE): "yyyy-mm-dd",
        ExportColumn("a", ColumnType.DATETIME): "yyyy-mm-dd hh:mm",
        ExportColumn("a", ColumnType.TEXT): "General",
        ExportColumn("a", ColumnType.BOOLEAN): "General",
    }
    assert {column: column_format(column) for column in expected} == expected
    assert GENERAL == "General"


def test_report_formats() -> None:
    """The report writer: money with its currency's places and no code, numbers with ``places`` decimals."""
    assert number_format(ColumnType.MONEY, "CNY") == "#,##0.00"
    assert number_format(ColumnType.MONEY, "JPY") == "#,##0"
    assert number_format(ColumnType.MONEY) == "#,##0.00"  # the default currency, CNY
    assert number_format(ColumnType.NUMBER) == "#,##0.0"
    assert number_format(ColumnType.NUMBER, places=2) == "#,##0.00"
    assert number_format(ColumnType.NUMBER, places=0) == "#,##0"
    assert number_format(ColumnType.INTEGER) == "#,##0"
    assert number_format(ColumnType.PERCENT) == "0.0%"
    assert number_format(ColumnType.DATE) == "yyyy-mm-dd"
    assert number_format(ColumnType.DATETIME) == "yyyy-mm-dd hh:mm"
    assert number_format(ColumnType.TEXT) == "General"
    assert number_format(ColumnType.BOOLEAN) == "General"


@pytest.mark.parametrize("kind", list(ColumnType))
def test_the_code_is_shown_for_money_only(kind: ColumnType) -> None:
    shown = number_format(kind, "USD", places=2, currency_code=True)
    assert ("[$USD]" in shown) == (kind is ColumnType.MONEY)


def test_every_type_is_one_of_the_union() -> None:
    assert [kind.value for kind in ColumnType] == ["text", "integer", "number", "money", "date", "datetime",
                                                   "percent", "boolean"]


def test_sheet_names_and_display_width() -> None:
    assert SHEET_NAME_LIMIT == 31
    assert sanitize_sheet_name("'quoted'") == "quoted"
    assert sanitize_sheet_name("a" * 40) == "a" * 31
    assert sanitize_sheet_name("x" * 30 + "'y") == "x" * 30
    assert sanitize_sheet_name("") == sanitize_sheet_name("''") == "Sheet"
    assert sanitize_sheet_name("[]:*?/\\") == "_______"
    assert display_width("ab") == 2 and display_width("北京") == 4 and display_width("ＡＢ") == 4
