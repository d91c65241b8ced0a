"""The Health tab on its own (pytest-qt), on the customers of tests/helpers/health_data.py (scores by hand there
and in tests/models/customers/test_health.py)."""
from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.views.customers.health_tab import HealthTab
from tests.helpers.health_data import TODAY, build


@pytest.fixture
def tab(qtbot: QtBot, db: Database, runner: Any) -> HealthTab:
    build(db)
    widget = HealthTab(runner, today=TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        pass
    return widget


def _column(table: Any, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_scores_breakdown_and_band_filter(qtbot: QtBot, tab: HealthTab) -> None:
    assert tab.counts_label.text() == "Healthy 2 · Watch 0 · At risk 2 · No score 0"
    assert _column(tab.accounts_table, 0) == ["Alpha", "Beta", "Epsilon", "Gamma"]
    assert _column(tab.accounts_table, 2) == ["71", "33", "9", "100"]
    tab.accounts_table.selectRow(1)  # Beta
    assert tab.breakdown_title.text() == "Beta: 33 (At risk)"
    # Beta's missing inputs say so instead of 0
    assert _column(tab.parts_table, 3) == ["missing", "100", "missing", "missing", "0", "0"]
    tab.band_combo.setCurrentIndex(tab.band_combo.findData("at_risk"))
    assert _column(tab.accounts_table, 0) == ["Beta", "Epsilon"]


def test_churn_watch_and_retention(tab: HealthTab) -> None:
    assert _column(tab.watch_table, 1) == ["Beta"]
    # Beta's weakest known inputs: renewal intent 0 and payment 0
    assert tab.watch_table.item(0, 4).text() == "Renewal intent 0, Payment status 0"
    # 8 fiscal quarters up to 2026Q4; 2026Q4: 5 customers at the start, Delta left -> 20 % / 80 %
    assert tab.retention_table.rowCount() == 8
    last = [tab.retention_table.item(7, column).text() for column in range(5)]
    assert last == ["2026Q4", "5", "1", "20.0%", "80.0%"]


def test_the_model_editor_saves_and_the_scores_follow(qtbot: QtBot, tab: HealthTab) -> None:
    assert tab.weight_boxes["usage_trend"].value() == 25
    for key in tab.weight_boxes:
        tab.weight_boxes[key].setValue(50 if key in ("last_contact", "renewal_intent") else 0)
    tab.healthy_box.setValue(80)
    tab.watch_box.setValue(30)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.save_button.click()
    # Alpha: (80 + 50) / 2 = 65 -> watch
    assert tab.accounts_table.item(0, 2).text() == "65"
    assert tab.model_status.text() == "Saved; the scores follow the new model."
    tab.watch_box.setValue(90)  # watch above healthy: refused, nothing saved
    tab.save_button.click()
    qtbot.waitUntil(lambda: "0 < watch < healthy" in tab.model_status.text(), timeout=10_000)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.default_button.click()
    assert tab.weight_boxes["usage_trend"].value() == 25
    assert tab.accounts_table.item(0, 2).text() == "71"
