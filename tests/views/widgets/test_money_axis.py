"""Money on chart axes in the units the reader counts in: 万 and 亿 in Chinese, thousands and millions in
English (salesmgr.views.widgets.plots.money_axis)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication

from salesmgr.views.app import install_translator
from salesmgr.views.widgets.plots import money_axis


def test_english_counts_in_thousands_and_millions(qapp: QApplication) -> None:
    assert money_axis(Decimal(9_999), "CNY") == (Decimal(1), "CNY")
    assert money_axis(Decimal(10_000), "CNY") == (Decimal(1_000), "CNY, thousands")
    assert money_axis(Decimal(-2_500_000), "USD") == (Decimal(1_000_000), "USD, millions")


def test_chinese_counts_in_wan_and_yi(qapp: QApplication) -> None:
    try:
        install_translator(qapp, "zh_CN")
        assert money_axis(Decimal(10_000), "CNY") == (Decimal(10_000), "CNY（万）")
        assert money_axis(Decimal(99_999_999), "CNY") == (Decimal(10_000), "CNY（万）")
        assert money_axis(Decimal(120_000_000), "CNY") == (Decimal(100_000_000), "CNY（亿）")
    finally:
        install_translator(qapp, "en")
