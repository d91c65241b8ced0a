"""The Bonuses page over the hand-made quarter of tests/bonus_data.py: the table shows the hand-computed payouts,
a rep's statement drills down to the deals behind the won revenue, the plan editor and adjustments save through
the runner, and approving freezes the figures."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salesmgr.models import bonus
from salesmgr.models.database import Database
from salesmgr.models.settings import set_fiscal_start
from salesmgr.views.bonus.page import BonusesPage
from salesmgr.views.bonus.table_model import BonusTableModel
from salesmgr.views.runner import DbRunner
from tests.helpers import bonus_data
from tests.helpers.bonus_data import ANN_PAYOUT, BOB_PAYOUT, DEE_PAYOUT, PERIOD, QUARTER

TIMEOUT = 10_000


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return bonus_data.build(db)


@pytest.fixture
def page(qtbot: QtBot, runner: DbRunner, ids: dict[str, int]) -> BonusesPage:
    widget = BonusesPage(runner, today=date(2026, 11, 27))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        pass
    return widget


def payouts(page: BonusesPage) -> dict[str, Decimal | None]:
    return {row.rep: (None if row.problems else row.payout) for row in page.model.rows()}


def cell(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def wait_idle(qtbot: QtBot, runner: DbRunner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)


def test_the_table_shows_the_hand_computed_quarter(page: BonusesPage) -> None:
    assert page.period() == QUARTER  # the quarter just closed
    got = payouts(page)
    assert (got["Ann"], got["Bob"], got["Dee"]) == (ANN_PAYOUT, BOB_PAYOUT, DEE_PAYOUT)
    assert got["Cid"] is None and got["Eve"] is None and "Fay" not in got  # no quota: a problem, not a zero
    ann = page.model.row_for_id(next(r.rep_id for r in page.model.rows() if r.rep == "Ann"))
    assert ann is not None
    index = page.model.index(ann, BonusTableModel.WON)
    assert index.data() == "95,500.00" and "CNY" in page.model.column_titles()[BonusTableModel.WON]
    assert not page.warning_label.isHidden() and "Cid" in page.warning_label.text()
    assert page.approve_button.isEnabled() and not page.unapprove_button.isEnabled()


def test_approve_is_off_for_a_quarter_without_quotas_or_deals(qtbot: QtBot, page: BonusesPage) -> None:
    assert page.approve_button.isEnabled() and page.approve_button.toolTip() == ""  # 2026Q3 has both
    empty = page.period_combo.findData("2025Q2")  # before any quota or deal of tests/helpers/bonus_data.py
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.period_combo.setCurrentIndex(empty)
    assert not page.approve_button.isEnabled()
    assert page.approve_button.toolTip() == "2025Q2 has no quotas and no won deals: there is nothing to approve."
    current = page.period_combo.findData("2026Q4")  # no quota, but Ann won a deal on 1 October
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.period_combo.setCurrentIndex(current)
    assert page.approve_button.isEnabled() and page.approve_button.toolTip() == ""


def test_a_statement_drills_down_to_the_won_deals(qtbot: QtBot, page: BonusesPage, ids: dict[str, int]) -> None:
    with qtbot.waitSignal(page.statement_shown, timeout=TIMEOUT):
        page.select_rep(ids["Ann"])
    panel = page.statement_panel
    assert panel.title_label.text().endswith("Ann")
    amounts = [cell(panel.deals, row, 3) for row in range(panel.deals.rowCount())]
    # 60,000 CNY and 5,000 USD at 7.10 = 35,500 CNY; the October deal and the lost one are not there
    assert sorted(amounts) == ["35,500.00 CNY", "60,000.00 CNY"]
    assert panel.activities.rowCount() == 6 and panel.training.rowCount() == 2
    assert panel.adjust_button.isEnabled()


def test_an_adjustment_is_added_and_shown_apart_from_the_computed_payout(
        qtbot: QtBot, page: BonusesPage, runner: DbRunner, ids: dict[str, int]) -> None:
    with qtbot.waitSignal(page.statement_shown, timeout=TIMEOUT):
        page.select_rep(ids["Bob"])
    dialog = page.add_adjustment()
    assert dialog is not None
    dialog.amount_edit.setText("250.50")
    dialog.reason_edit.setText("Covered the Shenzhen trade fair")
    with qtbot.waitSignal(page.statement_shown, timeout=TIMEOUT):
        dialog.accept()
    bob = next(row for row in page.model.rows() if row.rep == "Bob")
    assert (bob.computed, bob.adjustment, bob.payout) == (BOB_PAYOUT, Decimal("250.50"), BOB_PAYOUT + Decimal("250.50"))
    assert cell(page.statement_panel.adjustments, 0, 1) == "Covered the Shenzhen trade fair"


def test_an_adjustment_without_an_amount_stays_open_with_a_message(qtbot: QtBot, page: BonusesPage,
                                                                   ids: dict[str, int]) -> None:
    with qtbot.waitSignal(page.statement_shown, timeout=TIMEOUT):
        page.select_rep(ids["Bob"])
    dialog = page.add_adjustment()
    assert dialog is not None
    dialog.amount_edit.setText("twelve")
    dialog.accept()
    assert "is not an amount" in dialog.error_text() and dialog.isVisible()
    dialog.reject()


def test_editing_the_plan_changes_the_payouts(qtbot: QtBot, page: BonusesPage, db: Database) -> None:
    dialog = page.edit_plan()
    assert dialog is not None
    dialog.default_edit.setText("10000")  # half the target: every payout halves
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.accept()
    got = payouts(page)
    assert got["Dee"] == DEE_PAYOUT / 2 and got["Bob"] == BOB_PAYOUT / 2
    with db.session() as session:
        assert bonus.plan_for(session, QUARTER).default_target == Decimal("10000")
        assert [entry.action for entry in bonus.audit_log(session, QUARTER)][:1] == ["plan"]


def test_weights_that_do_not_add_up_are_refused_in_the_dialog(qtbot: QtBot, page: BonusesPage,
                                                             runner: DbRunner) -> None:
    dialog = page.edit_plan()
    assert dialog is not None
    dialog.weight_boxes[0].setValue(70.0)  # 70 + 20 + 20
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=TIMEOUT)
    assert "100" in dialog.error_text() and dialog.isVisible()
    dialog.reject()


def test_approval_freezes_the_figures_while_the_data_changes(qtbot: QtBot, page: BonusesPage, runner: DbRunner,
                                                            ids: dict[str, int],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.approve()
    assert not page.approve_button.isEnabled() and page.unapprove_button.isEnabled()
    assert "Approved by" in page.status_label.text()

    def more_won(session: Any) -> None:
        from sqlalchemy import select

        from salesmgr.models import Rep
        dee = session.scalar(select(Rep).where(Rep.name == "Dee"))
        bonus_data.add_deal(session, dee, "50000", date(2026, 9, 1))
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        runner.run(more_won, edits=True)
    assert payouts(page)["Dee"] == DEE_PAYOUT  # frozen
    assert "changed since approval" in page.warning_label.text()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.unapprove("Dee's September deal was missing")
    assert payouts(page)["Dee"] != DEE_PAYOUT and page.approve_button.isEnabled()


def test_the_history_lists_every_change(qtbot: QtBot, page: BonusesPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.approve()
    dialog = page.show_history()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.entries is not None, timeout=TIMEOUT)
    assert [entry.action for entry in dialog.entries or []] == ["approve"]
    assert cell(dialog.table, 0, 2) == "Approved" and "approved" in cell(dialog.table, 0, 3)


def test_a_catalogue_kpi_is_added_to_the_plan(qtbot: QtBot, page: BonusesPage, db: Database) -> None:
    dialog = page.edit_plan()
    assert dialog is not None
    check, box = dialog.kpi_rows["data_completeness"]
    check.setChecked(True)
    box.setValue(80.0)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.accept()
    with db.session() as session:
        assert bonus.plan_for(session, QUARTER).extra_kpis == {"data_completeness": Decimal("0.8")}


def test_the_report_button_asks_for_the_bonus_report_of_the_quarter_shown(page: BonusesPage) -> None:
    asked: list[tuple[str, str]] = []
    page.export_requested.connect(lambda name, period: asked.append((name, period)))
    page.report_button.click()
    assert asked == [("bonus", PERIOD)]


def test_a_fiscal_year_from_july_makes_july_to_september_the_first_quarter(qtbot: QtBot, runner: DbRunner,
                                                                           ids: dict[str, int],
                                                                           db: Database) -> None:
    with db.session() as session:
        set_fiscal_start(session, 7)
    widget = BonusesPage(runner, today=date(2026, 11, 27))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.data is not None, timeout=TIMEOUT)
    # 2026-11-27 is in fiscal 2026Q2 (October-December); the page opens on the quarter just closed, 2026Q1
    assert widget.period_combo.currentData() == "2026Q1"
    assert widget.period_combo.currentText() == "FY2026 Q1 (Jul–Sep 2026)"
    won = {row.rep: row.won for row in widget.model.rows()}
    # the July-September deals of tests/helpers/bonus_data.py; their quotas are stored for 2026Q3 (January-March
    # 2027 under July), so none applies here
    assert won["Ann"] == Decimal("95500.00")
    assert all(row.quota is None for row in widget.model.rows())
