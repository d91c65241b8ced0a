"""The text output's helpers: money with separators, cells padded by display width, tables aligned with Chinese."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from salesmgr.cli.text import Column, days, error_message, fit, money, share, table
from salesmgr.exchange.export.columns import display_width
from salesmgr.i18n import set_language
from salesmgr.models.errors import NotFoundError


@pytest.fixture
def chinese() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("en")


def test_money_has_thousands_separators_and_two_places() -> None:
    assert money(Decimal("1234567.891")) == "1,234,567.89"
    assert money(Decimal("-1234.5")) == "-1,234.50"
    assert money(Decimal("0")) == "0.00"
    assert money(None) == "n/a"


def test_figures_in_chinese(chinese: None) -> None:
    assert (money(None), share(None), days(12.25), share(0.375)) == ("无", "无", "12.2 天", "37.5%")


def test_fit_counts_a_chinese_character_as_two_columns() -> None:
    assert fit("商务谈判", 10) == "商务谈判  "  # 4 characters x 2 columns = 8, padded with 2 spaces
    assert fit("商务谈判", 10, right=True) == "  商务谈判"
    assert fit("商务谈判", 5) == "商务 "  # a third character would need columns 5-6: cut, then padded to 5
    assert fit("Negotiation", 4) == "Nego"


def test_table_aligns_columns_by_display_width() -> None:
    lines = table([Column("阶段"), Column("金额", right=True)],
                  [["商务谈判", "1,234,567.89"], ["Won", "5.00"]])
    # the first column is as wide as 商务谈判 (8 columns), the second as 1,234,567.89 (12), two spaces between
    assert lines == ["阶段" + " " * (4 + 2 + 8) + "金额", "商务谈判  1,234,567.89", "Won" + " " * (5 + 2 + 8) + "5.00"]
    assert {display_width(line) for line in lines} == {22}


def test_table_cuts_cells_longer_than_the_column_limit() -> None:
    lines = table([Column("stage", limit=6), Column("n", right=True)], [["Negotiation", "1"]])
    assert lines == ["stage   n", "Negoti  1"]


def test_error_message_translates_the_template_then_fills_the_fields(chinese: None) -> None:
    error = NotFoundError("no team called {name}; close matches: {matches}", name="West", matches="East")
    assert error_message(error) == "没有名为 West 的团队；相近的名称：East"
    assert error_message(RuntimeError("disk full")) == "disk full"
