"""The Value and Journey tabs on their own (pytest-qt), over the hand-made data of the model tests: the figures
shown are those worked out in tests/models/customers (LTV 2,520, CAC 2,100 for 2026Q3; the journey counts)."""
from __future__ import annotations

from datetime import date
from typing import Any

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.views.customers.journey_tab import JourneyTab
from salesmgr.views.customers.value_tab import DASH, ValueTab
from tests.models.customers import test_journey, value_data


def _value_tab(qtbot: Any, runner: Any) -> ValueTab:
    tab = ValueTab(runner)
    qtbot.addWidget(tab)  # the tab loads itself
    qtbot.waitUntil(lambda: tab.data is not None, timeout=10_000)
    return tab


def test_value_tab_shows_the_last_complete_quarter(qtbot: Any, db: Database, runner: Any) -> None:
    clock.set_today(date(2026, 10, 15))
    with db.session() as s:
        value_data.build(s)
    tab = _value_tab(qtbot, runner)
    assert tab.period_combo.currentData() == "2026Q3"
    cells = [tab.values.item(0, column).text() for column in range(tab.values.columnCount())]
    assert cells == ["Company", "5", "840.00 CNY", "33.3 %", "9.0", "2,520.00 CNY", "2", "4,200.00 CNY",
                     "2,100.00 CNY", "1.20"]
    west = next(r for r in range(tab.values.rowCount()) if tab.values.item(r, 0).text() == "Team: West")
    assert tab.values.item(west, 5).text() == DASH  # nobody churned in West: no LTV, and the tooltip says why
    assert "no customer churned" in tab.values.item(west, 5).toolTip()
    assert not tab.rates_note.isHidden() and "USD" in tab.rates_note.text()
    assert "2026" in tab.uncounted.text()
    assert tab.costs.rowCount() == 4  # the entries inside Q3


def test_adding_a_cost_entry_through_the_dialog(qtbot: Any, db: Database, runner: Any) -> None:
    clock.set_today(date(2026, 10, 15))
    with db.session() as s:
        value_data.build(s)
    tab = _value_tab(qtbot, runner)
    dialog = tab._open(None)
    assert dialog is not None and dialog.period_edit.text() == "2026Q3"
    dialog.amount_edit.setText("abc")
    dialog.accept()
    assert "digits" in dialog.error_text()  # refused inline, nothing saved
    dialog.amount_edit.setText("1,800")
    dialog.select_data(dialog.team_combo, None)
    dialog.accept()
    qtbot.waitUntil(lambda: tab.costs.rowCount() == 5, timeout=10_000)
    # the company's cost 4,200 + 1,800 = 6,000 over 2 new customers: CAC 3,000
    qtbot.waitUntil(lambda: tab.values.item(0, 8).text() == "3,000.00 CNY", timeout=10_000)


def test_journey_tab_maps_the_stages_with_their_figures(qtbot: Any, db: Database, runner: Any) -> None:
    clock.set_today(test_journey.TODAY)
    with db.session() as s:
        test_journey.build(s)
    tab = JourneyTab(runner)
    qtbot.addWidget(tab)  # the tab loads itself
    qtbot.waitUntil(lambda: len(tab.cards) == 6, timeout=10_000)
    purchase, onboarding = tab.cards[2], tab.cards[3]
    assert purchase.now_label.text() == "1 now" and onboarding.now_label.text() == "2 now"
    assert tab.cards[0].now_label.text() == "2 now (1 lead(s))"  # %n numerus form: English has no .qm
    assert onboarding.days_label.text() == "In stage: median 32.0 days, average 32.0"  # 61 and 3
    dialog = tab._edit(onboarding.stage)
    dialog.requirement_edit.setPlainText("Kick-off held within a week")
    dialog.accept()
    qtbot.waitUntil(lambda: len(tab.cards) == 6 and tab.cards[3] is not onboarding, timeout=10_000)
    assert tab.cards[3].stage.requirement == "Kick-off held within a week"
    assert tab.cards[3].stage.name == "Onboarding"  # saved unchanged: still the built-in name
