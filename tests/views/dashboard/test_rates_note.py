"""The Dashboard page over deals in currencies without a rate (``tests.helpers.rates_data``, figures by hand in
its docstring): it loads, shows what it could convert, and says which deals are left out with a link to the
rates."""
from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.views.dashboard.page import DashboardPage
from tests.helpers import rates_data


@pytest.fixture
def page(qtbot: QtBot, runner: Any, db: Database) -> DashboardPage:
    rates_data.build(db)
    page = DashboardPage(runner, today=rates_data.TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    return page


def test_the_page_loads_with_a_note_on_the_deals_left_out(page: DashboardPage) -> None:
    assert page.period().key == "2026Q2"
    assert not page.rates_note.isHidden()
    assert page.rates_note.text().startswith(
        "2 COP deals (1,234,567.00 COP), 1 EUR deal (100.00 EUR) are left out of the amounts: no exchange rate. "
        '<a href="rates">Enter rates…</a>')
    assert page.won_tile.value() == "60.0 %"  # 6,000.00 of 10,000.00; D (COP) left out
    assert page.pipeline_tile.toolTip() == "1,775.00 CNY"  # B: 500 x 7.10 x 50 %
    # B, C, E, F have no stage history: in their stage since created (39 to 42 days by 05-15) > the default 30,
    # whatever their currency
    assert page.stalled_tile.value() == "4"
    won = next(row for row in page.funnel_chart.rows if row.stage == "Won")
    assert (won.count, won.amount) == (2, 6000)  # both won deals counted, only A's amount
    assert [(row.name, row.won_amount, row.won_count) for row in page.ranking_chart.rows] == [("Ann", 6000, 2)]


def test_the_link_asks_for_the_rates_of_the_currencies(qtbot: QtBot, page: DashboardPage) -> None:
    with qtbot.waitSignal(page.rates_requested) as asked:
        page.rates_note.label.linkActivated.emit("rates")
    assert asked.args == [["COP", "EUR"]]


def test_no_note_once_every_currency_has_a_rate(qtbot: QtBot, page: DashboardPage, db: Database) -> None:
    from decimal import Decimal

    from salesmgr.models.currency import set_rate

    with db.session() as s:
        set_rate(s, "COP", Decimal("0.0018"))
        set_rate(s, "EUR", Decimal("7.8"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert page.rates_note.isHidden()
    assert page.won_tile.value() == "64.2 %"  # (6,000 + 234,567 x 0.0018 = 6,422.22) / 10,000
