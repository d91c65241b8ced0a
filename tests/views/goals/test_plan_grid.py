"""The planning grid over the hand-made 2027 plan of tests/helpers/quota_data.py: every quarter Ann 100,000,
Bob 50,000 and Eli 40,000 (North: 190,000), Cid 40,000 and Dan 100,000 (South: 140,000), so the company's
quarter is 330,000, its year 1,320,000, and against the target of 1,200,000 the gap is -120,000.

Rows: 0 North, 1 Ann, 2 Bob, 3 Eli, 4 South, 5 Cid, 6 Dan, 7 company total; columns 1-4 are 2027Q1-Q4, 5 the year.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.models.goals.locks import audit_log, lock_quarter, locked_quarters
from salesmgr.models.goals.plan import PlanGrid, PlanRep, PlanTeam, quota_amount
from salesmgr.models.periods import Period, PeriodKind
from salesmgr.views.goals.page import GoalsPage
from salesmgr.views.goals.plan_model import PlanModel
from salesmgr.views.runner import DbRunner
from tests.views.goals.conftest import TIMEOUT, open_page

ANN, BOB, ELI, CID, DAN, TOTAL = 1, 2, 3, 5, 6, 7


@pytest.fixture
def page(qtbot: QtBot, runner: DbRunner, ids: dict[str, int]) -> GoalsPage:
    return open_page(qtbot, runner)


def shown(model: PlanModel, row: int, column: int) -> Decimal | None:
    return model.value(row, column)


def select(page: GoalsPage, top: int, left: int, bottom: int, right: int) -> None:
    model, view = page.plan.model, page.plan.view
    view.setCurrentIndex(model.index(top, left))
    view.selectionModel().select(QItemSelection(model.index(top, left), model.index(bottom, right)),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)


def wait_saved(qtbot: QtBot, page: GoalsPage, runner: DbRunner) -> None:
    qtbot.waitUntil(lambda: not page.plan.pending and not runner.is_busy(), timeout=TIMEOUT)


def in_db(db: Database, rep_id: int, key: str) -> Decimal | None:
    with db.session() as session:
        return quota_amount(session, rep_id, key)


def test_the_grid_shows_the_plan_with_its_subtotals_and_gap(page: GoalsPage) -> None:
    model = page.plan.model
    assert [model.index(row, 0).data() for row in range(8)] == ["North", "Ann", "Bob", "Eli", "South", "Cid", "Dan",
                                                                "Company total"]
    assert shown(model, 0, 1) == Decimal(190000) and shown(model, 4, 1) == Decimal(140000)
    assert shown(model, TOTAL, 5) == Decimal(1320000) and model.gap() == Decimal(-120000)
    assert model.index(ANN, 1).data() == "100,000"
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()


def test_typing_updates_subtotal_total_and_gap_then_undo_and_redo_reach_the_database(
        qtbot: QtBot, page: GoalsPage, runner: DbRunner, db: Database, ids: dict[str, int]) -> None:
    model = page.plan.model
    assert model.setData(model.index(ANN, 1), "120,000")
    # Ann 120,000: North 190,000 + 20,000, the company's quarter 350,000, its year 1,340,000, the gap -140,000
    assert (shown(model, 0, 1), shown(model, TOTAL, 1), shown(model, TOTAL, 5)) == (210000, 350000, 1340000)
    assert model.gap() == Decimal(-140000)
    assert "-140,000" in page.plan.totals_label.text()
    wait_saved(qtbot, page, runner)
    assert in_db(db, ids["Ann"], "2027Q1") == Decimal(120000)
    page.plan.undo_action.trigger()
    assert shown(model, ANN, 1) == 100000 and shown(model, 0, 1) == 190000
    wait_saved(qtbot, page, runner)
    assert in_db(db, ids["Ann"], "2027Q1") == Decimal(100000)
    page.plan.redo_action.trigger()
    wait_saved(qtbot, page, runner)
    assert shown(model, ANN, 1) == 120000 and in_db(db, ids["Ann"], "2027Q1") == Decimal(120000)


def test_typing_accepts_wan_and_refuses_text(page: GoalsPage) -> None:
    model = page.plan.model
    assert model.setData(model.index(BOB, 2), "6万")
    assert shown(model, BOB, 2) == Decimal(60000)
    assert not model.setData(model.index(BOB, 2), "lots")
    assert shown(model, BOB, 2) == Decimal(60000) and "lots" in page.plan.warning.text()


def test_pasting_a_block_is_one_edit_and_skips_subtotal_rows(qtbot: QtBot, page: GoalsPage, runner: DbRunner,
                                                             db: Database, ids: dict[str, int]) -> None:
    model = page.plan.model
    page.plan.view.setCurrentIndex(model.index(ELI, 1))
    assert page.plan.paste("1,000\t2000\t3000\r\n4000\t5000\t6000\r\n")  # as Excel copies 2 rows x 3 columns
    # Eli gets the first row, Cid (below the South subtotal) the second; Q4 untouched
    assert [shown(model, ELI, c) for c in (1, 2, 3, 4)] == [1000, 2000, 3000, 40000]
    assert [shown(model, CID, c) for c in (1, 2, 3, 4)] == [4000, 5000, 6000, 40000]
    assert shown(model, 4, 1) == Decimal(4000 + 100000)  # South: Cid + Dan
    wait_saved(qtbot, page, runner)
    assert in_db(db, ids["Cid"], "2027Q3") == Decimal(6000)
    page.plan.undo_action.trigger()  # one undo takes back the whole block
    assert [shown(model, row, c) for row in (ELI, CID) for c in (1, 2, 3)] == [40000] * 6


def test_a_block_that_does_not_fit_is_refused(page: GoalsPage) -> None:
    page.plan.view.setCurrentIndex(page.plan.model.index(DAN, 3))
    assert not page.plan.paste("1\t2\t3")  # from Q3, three columns run past Q4
    assert shown(page.plan.model, DAN, 3) == 100000 and "does not fit" in page.plan.warning.text()


def test_fill_down_and_delete(page: GoalsPage) -> None:
    model = page.plan.model
    model.setData(model.index(ANN, 2), "70000")
    select(page, ANN, 2, ELI, 2)
    assert page.plan.fill_down()
    assert [shown(model, row, 2) for row in (ANN, BOB, ELI)] == [70000] * 3
    assert shown(model, 0, 2) == Decimal(210000)  # North's Q2: 3 x 70,000
    select(page, BOB, 1, BOB, 4)
    assert page.plan.clear()
    assert shown(model, BOB, 5) is None and model.index(BOB, 1).data() == ""
    assert shown(model, 0, 1) == Decimal(140000)  # North's Q1 without Bob: Ann 100,000 + Eli 40,000
    page.plan.undo_action.trigger()
    assert shown(model, BOB, 1) == 50000 and shown(model, BOB, 2) == 70000


def test_a_locked_quarter_is_read_only_and_a_paste_into_it_is_refused(qtbot: QtBot, runner: DbRunner,
                                                                       db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        lock_quarter(session, Period(PeriodKind.QUARTER, 2027, 2), "lead")
    page = open_page(qtbot, runner)
    model = page.plan.model
    assert not model.flags(model.index(ANN, 2)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(ANN, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.headerData(2, Qt.Orientation.Horizontal) == "2027Q2 locked" and model.index(ANN, 2).data(
        Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.setData(model.index(ANN, 2), "1")
    page.plan.view.setCurrentIndex(model.index(ANN, 1))
    assert not page.plan.paste("1\t2")  # Q1 and Q2: the block touches the locked quarter
    assert shown(model, ANN, 1) == 100000 and "2027Q2 is locked" in page.plan.warning.text()


def test_a_save_refused_by_the_database_is_shown_and_undone(qtbot: QtBot, page: GoalsPage, runner: DbRunner,
                                                            db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:  # locked elsewhere after the page loaded: the model still thinks it open
        lock_quarter(session, Period(PeriodKind.QUARTER, 2027, 3), "lead")
    model = page.plan.model
    with qtbot.waitSignal(page.plan.save_failed, timeout=TIMEOUT):
        model.setData(model.index(DAN, 3), "1")
    assert shown(model, DAN, 3) == 100000 and "2027Q3 is locked" in page.plan.warning.text()
    assert in_db(db, ids["Dan"], "2027Q3") == Decimal(100000)


def test_lock_and_unlock_with_a_reason_from_the_ui(qtbot: QtBot, page: GoalsPage, runner: DbRunner,
                                                   db: Database) -> None:
    dialog = page.plan.open_lock(unlock=False)
    assert dialog is not None
    dialog.quarter.setCurrentIndex(dialog.quarter.findData("2027Q1"))
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.ok.click()
    with db.session() as session:
        assert locked_quarters(session) == {"2027Q1"}
    model = page.plan.model
    assert not model.flags(model.index(ANN, 1)) & Qt.ItemFlag.ItemIsEditable
    unlock = page.plan.open_lock(unlock=True)
    assert unlock is not None and not unlock.ok.isEnabled()  # no reason yet
    unlock.reason.setText("budget revised")
    assert unlock.ok.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        unlock.ok.click()
    with db.session() as session:
        assert locked_quarters(session) == set()
        entry = audit_log(session, "2027Q1")[0]
    assert entry.action == "unlock" and entry.after == {"locked": False, "reason": "budget revised"}
    assert model.flags(model.index(ANN, 1)) & Qt.ItemFlag.ItemIsEditable


def test_the_model_holds_200_reps(qtbot: QtBot) -> None:
    quarters = tuple(Period(PeriodKind.QUARTER, 2027, n) for n in range(1, 5))
    teams = tuple(PlanTeam(t, f"Team {t}", tuple(PlanRep(t * 100 + r, f"Rep {t}-{r}", t, date(2020, 1, 1), True)
                                                for r in range(20))) for t in range(10))
    quotas = {(rep.rep_id, q.key): Decimal(1000) for team in teams for rep in team.reps for q in quarters}
    grid = PlanGrid(2027, 1, "CNY", quarters, teams, quotas, {}, {}, Decimal(800000), None, None, frozenset())
    model = PlanModel()
    model.set_grid(grid)
    assert model.rowCount() == 10 + 200 + 1
    assert model.value(model.rowCount() - 1, PlanModel.YEAR) == Decimal(800000)  # 200 reps x 4 x 1,000
    assert model.value(0, 1) == Decimal(20000)  # a team of 20 reps x 1,000


# With the months shown, each quarter is followed by its three months: 1 2027Q1, 2-4 2027-01..03, 5 2027Q2,
# 6-8 2027-04..06, 9 2027Q3, 10-12, 13 2027Q4, 14-16, and 17 the year.
Q1, JAN, FEB, MAR, Q2, APR, YEAR_WITH_MONTHS = 1, 2, 3, 4, 5, 6, 17


def test_show_months_inserts_three_month_columns_after_each_quarter(page: GoalsPage) -> None:
    model = page.plan.model
    assert model.columnCount() == 6
    page.plan.months_action.trigger()
    assert page.plan.months_action.isChecked()
    assert model.columnCount() == 1 + 4 + 12 + 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 6)]
    assert headers == ["2027Q1", "2027-01", "2027-02", "2027-03", "2027Q2"]
    assert model.index(ANN, JAN).data() == "" and shown(model, 0, JAN) is None  # no month rows yet
    assert model.flags(model.index(ANN, JAN)) & Qt.ItemFlag.ItemIsEditable
    assert shown(model, TOTAL, YEAR_WITH_MONTHS) == Decimal(1320000)  # the year as before
    page.plan.months_action.trigger()
    assert model.columnCount() == 6 and shown(model, TOTAL, 5) == Decimal(1320000)


def test_typing_a_month_saves_a_month_row_and_undo_removes_it(qtbot: QtBot, page: GoalsPage, runner: DbRunner,
                                                              db: Database, ids: dict[str, int]) -> None:
    model = page.plan.model
    page.plan.months_action.trigger()
    assert model.setData(model.index(ANN, JAN), "30000")
    # North's and the company's January: Ann's 30,000 alone; February has no month row; the year is not changed
    # (months are never added in) and Ann's Q1 of 100,000 no longer matches its months (30,000): amber
    assert shown(model, 0, JAN) == 30000 and shown(model, TOTAL, JAN) == 30000 and shown(model, 0, FEB) is None
    assert shown(model, TOTAL, YEAR_WITH_MONTHS) == Decimal(1320000) and model.gap() == Decimal(-120000)
    assert model.index(ANN, Q1).data(Qt.ItemDataRole.ToolTipRole) == (
        "100,000.00 CNY: months add up to 30,000.00 CNY")
    assert model.index(ANN, Q1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(BOB, Q1).data(Qt.ItemDataRole.BackgroundRole) is None  # Bob has no months
    wait_saved(qtbot, page, runner)
    assert in_db(db, ids["Ann"], "2027-01") == Decimal(30000)
    assert in_db(db, ids["Ann"], "2027Q1") == Decimal(100000)
    page.plan.undo_action.trigger()
    assert model.index(ANN, JAN).data() == "" and model.index(ANN, Q1).data(Qt.ItemDataRole.BackgroundRole) is None
    wait_saved(qtbot, page, runner)
    assert in_db(db, ids["Ann"], "2027-01") is None


def test_paste_fill_and_delete_on_month_cells(qtbot: QtBot, page: GoalsPage, runner: DbRunner, db: Database,
                                              ids: dict[str, int]) -> None:
    model = page.plan.model
    page.plan.months_action.trigger()
    page.plan.view.setCurrentIndex(model.index(ANN, JAN))
    assert page.plan.paste("30000\t30000\t40000\n")  # Ann's three months: 100,000, her quarter: no mismatch
    assert [shown(model, ANN, c) for c in (JAN, FEB, MAR)] == [30000, 30000, 40000]
    assert model.index(ANN, Q1).data(Qt.ItemDataRole.BackgroundRole) is None
    select(page, ANN, JAN, ELI, JAN)
    assert page.plan.fill_down()
    assert shown(model, 0, JAN) == Decimal(90000)  # North's January: Ann, Bob, Eli 30,000 each
    select(page, ANN, JAN, ANN, MAR)
    assert page.plan.clear()
    assert [shown(model, ANN, c) for c in (JAN, FEB, MAR)] == [None, None, None]
    wait_saved(qtbot, page, runner)
    assert in_db(db, ids["Ann"], "2027-02") is None and in_db(db, ids["Bob"], "2027-01") == Decimal(30000)
    page.plan.undo_action.trigger()
    assert shown(model, ANN, MAR) == 40000


def test_a_month_of_a_locked_quarter_is_read_only(qtbot: QtBot, runner: DbRunner, db: Database,
                                                  ids: dict[str, int]) -> None:
    with db.session() as session:
        lock_quarter(session, Period(PeriodKind.QUARTER, 2027, 2), "lead")
    page = open_page(qtbot, runner)
    model = page.plan.model
    page.plan.months_action.trigger()
    assert not model.flags(model.index(ANN, APR)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(ANN, JAN)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(ANN, APR), "1")
    page.plan.view.setCurrentIndex(model.index(ANN, MAR))
    assert not page.plan.paste("1\t2\t3")  # March, Q2 and April: touches the locked quarter
    assert "2027Q2 is locked" in page.plan.warning.text() and shown(model, ANN, MAR) is None


def test_the_model_holds_200_reps_with_12_months(qtbot: QtBot) -> None:
    quarters = tuple(Period(PeriodKind.QUARTER, 2027, n) for n in range(1, 5))
    teams = tuple(PlanTeam(t, f"Team {t}", tuple(PlanRep(t * 100 + r, f"Rep {t}-{r}", t, date(2020, 1, 1), True)
                                                for r in range(20))) for t in range(10))
    quotas: dict[tuple[int, str], Decimal] = {}
    for rep in (rep for team in teams for rep in team.reps):
        for quarter in quarters:
            quotas[rep.rep_id, quarter.key] = Decimal(3000)
            quotas.update({(rep.rep_id, month.key): Decimal(1000) for month in quarter.months()})
    grid = PlanGrid(2027, 1, "CNY", quarters, teams, quotas, {}, {}, Decimal(2400000), None, None, frozenset())
    model = PlanModel()
    model.set_grid(grid)
    model.set_show_months(True)
    assert model.columnCount() == 18 and model.rowCount() == 10 + 200 + 1
    # the year: 200 reps x 4 quarters x 3,000 (months not added); a team's month: 20 reps x 1,000
    assert model.value(model.rowCount() - 1, model.year_column) == Decimal(2400000)
    assert model.value(0, 2) == Decimal(20000) and model.value(0, 1) == Decimal(60000)
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # 3 x 1,000 = 3,000: no mismatch
