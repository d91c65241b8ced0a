"""The planning toolbar over tests/helpers/quota_data.py's 2027 plan (5 reps, quarter quotas summing to 330,000,
the year to 1,320,000): the target, a distribution's preview and apply, and copying the previous year."""
from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.models.goals.plan import quota_amount, target_of
from salesmgr.views.runner import DbRunner
from tests.views.goals.conftest import TIMEOUT, open_page
from tests.views.goals.test_plan_grid import ANN


def test_set_target_accepts_wan_and_the_gap_follows(qtbot: QtBot, runner: DbRunner, db: Database,
                                                    ids: dict[str, int]) -> None:
    page = open_page(qtbot, runner)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.plan.ask_target("130万")
    with db.session() as session:
        assert target_of(session, 2027) == Decimal(1300000)
    assert page.plan.model.gap() == Decimal(-20000)  # 1,300,000 - 1,320,000


def test_distribute_previews_then_applies(qtbot: QtBot, runner: DbRunner, db: Database,
                                          ids: dict[str, int]) -> None:
    page = open_page(qtbot, runner)
    dialog = page.plan.open_distribute()
    assert dialog is not None
    dialog.amount_edit.setText("1,000,000")
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        dialog.preview_button.click()
    # equally over 5 reps x 4 quarters: 50,000 a cell, 200,000 a rep's year
    assert dialog.preview_table.rowCount() == 5 and dialog.preview_table.item(0, 5).text() == "200,000.00"
    with db.session() as session:
        assert quota_amount(session, ids["Ann"], "2027Q1") == Decimal(100000)  # a preview writes nothing
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.apply_button.click()
    with db.session() as session:
        assert quota_amount(session, ids["Ann"], "2027Q1") == Decimal(50000)
        assert target_of(session, 2027) == Decimal(1000000)
    assert page.plan.model.total() == Decimal(1000000) and page.plan.model.gap() == 0


def test_the_cents_of_an_uneven_split_show_as_a_rounding_line_until_the_next_edit(
        qtbot: QtBot, runner: DbRunner, db: Database, ids: dict[str, int]) -> None:
    page = open_page(qtbot, runner)
    dialog = page.plan.open_distribute()
    assert dialog is not None
    dialog.amount_edit.setText("1000000.01")  # 20 cells of 50,000.0005: 50,000.00 each and one cent over
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        dialog.preview_button.click()
    assert "Rounding: 0.01 CNY" in dialog.message.text()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.apply_button.click()
    label = page.plan.rounding_label
    assert not label.isHidden() and label.text().startswith("Rounding: 0.01 CNY")
    assert "1,000,000.01 CNY" in label.text() and page.plan.model.total() == Decimal("1000000.01")
    with db.session() as session:
        cells = [quota_amount(session, ids[name], f"2027Q{n}") for name in ("Ann", "Bob", "Cid", "Dan", "Eli")
                 for n in range(1, 5)]
    assert sorted(cells) == [Decimal("50000.00")] * 19 + [Decimal("50000.01")]
    page.plan.view.setCurrentIndex(page.plan.model.index(ANN, 1))
    assert page.plan.paste("60000")  # a hand edit: the line is about a distribution that no longer stands
    assert label.isHidden()


def test_a_bad_ramp_is_refused_in_the_dialog(qtbot: QtBot, runner: DbRunner, ids: dict[str, int]) -> None:
    page = open_page(qtbot, runner)
    dialog = page.plan.open_distribute()
    assert dialog is not None
    dialog.method.setCurrentIndex(dialog.method.findData("ramp"))
    dialog.ramp.setText("25, half, 100")
    dialog.preview_button.click()
    assert "25, 50, 75, 100" in dialog.message.text() and dialog.preview_table.rowCount() == 0


def test_copy_from_the_previous_year_with_growth(qtbot: QtBot, runner: DbRunner, db: Database,
                                                ids: dict[str, int]) -> None:
    page = open_page(qtbot, runner)
    dialog = page.plan.open_copy()
    assert dialog is not None
    dialog.growth.setText("10")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.apply_button.click()
    with db.session() as session:
        # 2026: Ann 100,000 every quarter, Dan 100,000 in Q1-Q3 only; grown by 10 % into 2027
        assert quota_amount(session, ids["Ann"], "2027Q1") == Decimal(110000)
        assert quota_amount(session, ids["Dan"], "2027Q3") == Decimal(110000)
        assert quota_amount(session, ids["Dan"], "2027Q4") == Decimal(100000)  # nothing to copy: kept
        assert target_of(session, 2027) == Decimal(1200000)  # 2026 had no target to grow
