"""The forecast table beside the plan over tests/helpers/quota_data.py (today 2026-11-15): one bold row per fiscal
quarter with its quota, won so far and weighted forecast, then its months with open deals."""
from __future__ import annotations

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from salesmgr.views.goals.page import GoalsPage
from salesmgr.views.runner import DbRunner
from tests.views.goals.conftest import TIMEOUT, open_page


def shown(table: QTableWidget) -> list[tuple[str, ...]]:
    return [tuple(item.text() if (item := table.item(row, column)) else "" for column in range(table.columnCount()))
            for row in range(table.rowCount())]


def bold_rows(table: QTableWidget) -> list[int]:
    return [row for row in range(table.rowCount()) if (item := table.item(row, 0)) and item.font().bold()]


def test_the_current_year_with_quota_won_and_forecast(qtbot: QtBot, runner: DbRunner, ids: dict[str, int]) -> None:
    page = GoalsPage(runner, user="tester")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=TIMEOUT)
    table = page.plan.figures.forecast
    # fiscal 2026: quotas 250,000 (Ann, Bob, Dan) in the closed quarters and 150,000 (Ann, Bob) in Q4; won Ann
    # 80,000 + Dan 90,000 (+ Bob's 130,000 in Q2; Ann's 20,000 in Q4); open deals at 50 %: Nov 70,000 -> 35,000,
    # Dec 50,000 -> 25,000, Q4 60,000. Short amounts without the currency code (the title says CNY)
    assert page.plan.figures.forecast_title.text() == "Forecast (CNY)"
    assert shown(table) == [("2026Q1", "250.0 K", "170.0 K", "0.00"), ("2026Q2", "250.0 K", "300.0 K", "0.00"),
                            ("2026Q3", "250.0 K", "170.0 K", "0.00"), ("2026Q4", "150.0 K", "20.0 K", "60.0 K"),
                            ("2026-11", "", "", "35.0 K"), ("2026-12", "", "", "25.0 K")]
    assert bold_rows(table) == [0, 1, 2, 3]
    # landing = 20,000 + 60,000 = 80,000 of 150,000: 53 %
    forecast = table.item(3, 3)
    assert forecast is not None and forecast.toolTip() == (
        "Landing 80.0 K CNY = won 20.0 K CNY + weighted forecast 60.0 K CNY: 53% of the quota")


def test_a_planned_year(qtbot: QtBot, runner: DbRunner, ids: dict[str, int]) -> None:
    page = open_page(qtbot, runner)
    table = page.plan.figures.forecast
    # 2027: 330,000 a quarter, nothing won; the 999,999 deal of 2027-01-05 at 50 % = 499,999.50 -> "500.0 K",
    # landing 499,999.50 / 330,000 = 152 %
    assert shown(table) == [("2027Q1", "330.0 K", "0.00", "500.0 K"), ("2027-01", "", "", "500.0 K"),
                            *((f"2027Q{n}", "330.0 K", "0.00", "0.00") for n in (2, 3, 4))]
    assert bold_rows(table) == [0, 2, 3, 4]
    first = table.item(0, 3)
    assert first is not None and first.toolTip().endswith(": 152% of the quota")
