"""The quarter combo: fiscal quarters labelled with their months when the year does not start in January."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from salesmgr.models.periods import Period
from salesmgr.views.widgets.combos import add_quarters, chosen_period, quarter_label, refill_quarters


def test_labels_name_the_months_of_a_fiscal_quarter() -> None:
    assert quarter_label(Period.parse("2026Q3")) == "2026Q3"  # January: the key is the calendar quarter
    assert quarter_label(Period.parse("2026Q1", 4)) == "FY2026 Q1 (Apr–Jun 2026)"
    assert quarter_label(Period.parse("2026Q4", 4)) == "FY2026 Q4 (Jan–Mar 2027)"
    # November start: the first quarter runs November 2026 to January 2027
    assert quarter_label(Period.parse("2026Q1", 11)) == "FY2026 Q1 (Nov 2026–Jan 2027)"


def test_refill_keeps_the_leading_item_and_the_position(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("All dates", None)
    add_quarters(combo, date(2026, 5, 10), back=2)
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "2026Q2", "2026Q1", "2025Q4"]
    combo.setCurrentIndex(2)  # 2026Q1: January-March
    assert refill_quarters(combo, date(2026, 5, 10), 4, back=2)  # the key at that position changed
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "2026Q1", "2025Q4", "2025Q3"]
    assert combo.itemText(0) == "All dates"
    assert chosen_period(combo, 4).bounds == (date(2026, 1, 1), date(2026, 3, 31))  # still the quarter before
    assert not refill_quarters(combo, date(2026, 5, 10), 4, back=2)
