"""The Hand-offs and Committee tabs and the Dashboard's hand-offs panel on their own (pytest-qt), on two deals
(today 2026-12-01): Acme's won 2026-11-20 (items due 11-20, 11-23, 11-25, 12-04, 12-11: three overdue) and
Globex's won 2026-11-30 (items due 11-30, 12-03 ...: one overdue, the first)."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from salesmgr.models import Account, Opportunity, clock
from salesmgr.models.customers.handoffs import ensure_handoffs
from salesmgr.models.database import Database
from salesmgr.models.periods import Period
from salesmgr.views.customers.committee_tab import CommitteeTab
from salesmgr.views.customers.handoffs_loaders import new_promise
from salesmgr.views.customers.handoffs_tab import HandoffsTab
from salesmgr.views.dashboard.handoffs_loaders import load_handoffs_panel
from salesmgr.views.dashboard.handoffs_panel import HandoffsPanel
from salesmgr.views.dashboard.loaders import DashboardQuery

TODAY = date(2026, 12, 1)


@pytest.fixture
def built(db: Database) -> Database:
    clock.set_today(TODAY)
    with db.session() as s:
        acme, globex = Account(name="Acme"), Account(name="Globex")
        s.add_all([acme, globex])
        s.flush()
        s.add_all([Opportunity(name="Acme CRM", account_id=acme.id, stage_id=5, closed_date=date(2026, 11, 20)),
                   Opportunity(name="Globex rollout", account_id=globex.id, stage_id=5,
                               closed_date=date(2026, 11, 30))])
        s.flush()
        ensure_handoffs(s)
    return db


def _column(table: Any, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_ticking_an_item_and_a_promise(qtbot: QtBot, built: Database, runner: Any) -> None:
    tab = HandoffsTab(runner, today=TODAY)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10_000)
    assert tab.counts_label.text() == "2 open hand-offs, 4 overdue items"
    assert _column(tab.table, 4) == ["3", "1"]
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        tab.table.selectRow(0)
    assert _column(tab.items_table, 2) == ["2026-11-20", "2026-11-23", "2026-11-25", "2026-12-04", "2026-12-11"]
    tab.items_table.selectRow(1)
    tab.by_edit.setText("Ann")
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        tab.done_button.click()
    assert (tab.items_table.item(1, 3).text(), tab.items_table.item(1, 4).text()) == ("2026-12-01", "Ann")
    qtbot.waitUntil(lambda: tab.counts_label.text() == "2 open hand-offs, 3 overdue items", timeout=10_000)
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        handoff_id = tab.detail.row.id
        runner.run(lambda s: new_promise(s, handoff_id, "SSO by go-live", None), None, None, edits=True)
    tab.promises_table.selectRow(0)
    with qtbot.waitSignal(tab.detail_loaded, timeout=10_000):
        tab.status_buttons["broken"].click()
    assert _column(tab.promises_table, 2) == ["broken"]


def test_committee_tab_and_its_export(qtbot: QtBot, built: Database, runner: Any, tmp_path: Path) -> None:
    tab = CommitteeTab(runner, today=TODAY)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.handoffs_table.rowCount() == 2, timeout=10_000)
    assert tab.quarter() == Period.parse("2026Q4").key
    assert tab.summary_label.text() == ("As of 2026-12-01: 0 at-risk accounts, 0 broken promises, 2 open "
                                        "hand-offs (4 overdue items)")
    with qtbot.waitSignal(tab.exported, timeout=20_000) as signal:
        tab.export_to(tmp_path / "review.xlsx")
    assert openpyxl.load_workbook(signal.args[0]).sheetnames[-1] == "Hand-offs"


def test_dashboard_panel(qtbot: QtBot, built: Database) -> None:
    with built.session() as s:
        part = load_handoffs_panel(s, DashboardQuery(Period.parse("2026Q4"), None, None, TODAY))
    panel = HandoffsPanel()
    qtbot.addWidget(panel)
    panel.set_data(part)
    assert panel.counts_label.text() == "2 open, 4 overdue items (all teams)"
    # the longest overdue first: Acme's feasibility (11 days), Globex's (1 day) after Acme's two others
    assert _column(panel.table, 2) == ["11", "8", "6", "1"]
    assert _column(panel.table, 1) == ["Acme", "Acme", "Acme", "Globex"]
