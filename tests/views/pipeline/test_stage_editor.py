"""The stage editor: the Qt-free ``models.pipeline.stages`` service and the ``StageEditorDialog`` on top of it."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from salesmgr.models import Opportunity, StageDefinition, StageHistory
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.pipeline.stages import StageInput, StageRow, list_stages, save_stages
from salesmgr.views.app import install_translator
from salesmgr.views.pipeline.stage_editor import StageEditorDialog
from salesmgr.views.runner import DbRunner

TIMEOUT = 10_000
DEFAULT_NAMES = ["Lead identified", "Needs confirmed", "Solution demo", "Negotiation", "Won", "Lost"]


def inputs(db: Database) -> list[StageInput]:
    with db.session() as s:
        return [StageInput(r.id, r.name, r.kind, r.default_probability, r.entry_criteria, r.exit_criteria)
                for r in list_stages(s)]


def stored(db: Database) -> list[tuple[str, int, str, int, str, str]]:
    with db.session() as s:
        return [(st.name, st.position, st.kind, st.default_probability, st.entry_criteria, st.exit_criteria)
                for st in s.scalars(select(StageDefinition).order_by(StageDefinition.position))]


def save(db: Database, rows: list[StageInput]) -> None:
    with db.session() as s:
        save_stages(s, rows)


def add_deal(db: Database, stage_name: str, *, history_only: bool = False) -> None:
    with db.session() as s:
        stage_id = s.scalar(select(StageDefinition.id).where(StageDefinition.name == stage_name))
        first_id = s.scalar(select(StageDefinition.id).where(StageDefinition.position == 1))
        deal = Opportunity(name="Acme rollout", stage_id=first_id if history_only else stage_id)
        s.add(deal)
        s.flush()
        s.add(StageHistory(opportunity_id=deal.id, stage_id=stage_id, entered_at=datetime(2026, 1, 5)))


# --- models.pipeline.stages -------------------------------------------------------------------------------------
def test_list_stages_gives_the_defaults_in_order_with_deal_counts(db: Database) -> None:
    add_deal(db, "Negotiation")
    with db.session() as s:
        rows = list_stages(s)
    assert [r.name for r in rows] == DEFAULT_NAMES
    assert [r.position for r in rows] == [1, 2, 3, 4, 5, 6]
    assert [r.kind for r in rows] == ["open", "open", "open", "open", "won", "lost"]
    assert [r.deals for r in rows] == [0, 0, 0, 1, 0, 0]
    first = rows[0]
    assert isinstance(first, StageRow)
    assert first.default_probability == 10
    assert first.entry_criteria == ["Company and contact identified", "Fits the ideal customer profile"]
    assert first.exit_criteria == ["Customer agreed to a needs discussion"]
    assert rows[4].exit_criteria == []


def test_rename_reorder_and_update_in_one_save(db: Database) -> None:
    rows = inputs(db)
    rows[0].name = "  Prospect  "
    rows[1], rows[2] = rows[2], rows[1]
    rows[3].default_probability = 80
    rows[3].kind = "OPEN"
    save(db, rows)
    assert stored(db)[:4] == [
        ("Prospect", 1, "open", 10, "Company and contact identified\nFits the ideal customer profile",
         "Customer agreed to a needs discussion"),
        ("Solution demo", 2, "open", 50, "Customer confirmed the core needs",
         "Customer accepts the proposed solution\nCustomer agrees to start commercial negotiation"),
        ("Needs confirmed", 3, "open", 30, "Customer agreed to a needs discussion",
         "Customer confirmed the core needs\nDecision maker and budget known"),
        ("Negotiation", 4, "open", 80, "Customer accepts the proposed solution",
         "Contract terms agreed\nDelivery feasibility confirmed with the product team"),
    ]
    assert [name for name, *_ in stored(db)[4:]] == ["Won", "Lost"]


def test_swapping_two_names_does_not_trip_the_unique_constraint(db: Database) -> None:
    rows = inputs(db)
    ids = rows[0].id, rows[1].id
    rows[0].name, rows[1].name = rows[1].name, rows[0].name
    save(db, rows)
    with db.session() as s:
        assert s.get(StageDefinition, ids[0]).name == "Needs confirmed"  # type: ignore[union-attr]
        assert s.get(StageDefinition, ids[1]).name == "Lead identified"  # type: ignore[union-attr]


def test_add_a_stage_with_criteria_stripped_and_blanks_dropped(db: Database) -> None:
    rows = inputs(db)
    rows.insert(4, StageInput(None, "Contract review", "open", 90, ["  Legal has the draft ", "", "   "],
                              ["Signed by both sides", "\t"]))
    save(db, rows)
    assert stored(db)[4] == ("Contract review", 5, "open", 90, "Legal has the draft", "Signed by both sides")
    assert [(name, position) for name, position, *_ in stored(db)[5:]] == [("Won", 6), ("Lost", 7)]
    with db.session() as s:
        added = list_stages(s)[4]
    assert added.entry_criteria == ["Legal has the draft"]
    assert added.exit_criteria == ["Signed by both sides"]


def test_criteria_round_trip(db: Database) -> None:
    rows = inputs(db)
    rows[2].entry_criteria = ["Demo booked", "Champion attends"]
    rows[2].exit_criteria = []
    save(db, rows)
    again = inputs(db)
    assert again[2].entry_criteria == ["Demo booked", "Champion attends"]
    assert again[2].exit_criteria == []
    assert stored(db)[2][4:] == ("Demo booked\nChampion attends", "")


def test_delete_an_unused_stage_and_reuse_its_name(db: Database) -> None:
    rows = [r for r in inputs(db) if r.name != "Solution demo"]
    rows.insert(2, StageInput(None, "SOLUTION DEMO", "open", 55))
    save(db, rows)
    assert [(name, position) for name, position, *_ in stored(db)] == [
        ("Lead identified", 1), ("Needs confirmed", 2), ("SOLUTION DEMO", 3), ("Negotiation", 4), ("Won", 5),
        ("Lost", 6)]


@pytest.mark.parametrize("history_only", [False, True])
def test_refuses_to_delete_a_stage_deals_use(db: Database, history_only: bool) -> None:
    add_deal(db, "Solution demo", history_only=history_only)
    rows = [r for r in inputs(db) if r.name != "Solution demo"]
    rows[0].name = "Renamed"
    before = stored(db)
    with pytest.raises(ValidationError) as raised:
        save(db, rows)
    assert raised.value.template == "the stage {name} still has {count} deals; move them first"
    assert str(raised.value) == "the stage Solution demo still has 1 deals; move them first"
    assert stored(db) == before


@pytest.mark.parametrize(("edit", "message"), [
    (lambda rows: setattr(rows[1], "name", "   "), "every stage needs a name"),
    (lambda rows: setattr(rows[1], "name", "x" * 81), "a stage name can be at most 80 characters"),
    (lambda rows: setattr(rows[1], "name", " lead IDENTIFIED"),
     "there are two stages called lead IDENTIFIED; give each stage its own name"),
    (lambda rows: setattr(rows[1], "default_probability", 101), "101 is not a percentage between 0 and 100"),
    (lambda rows: setattr(rows[1], "default_probability", -1), "-1 is not a percentage between 0 and 100"),
    (lambda rows: setattr(rows[1], "kind", "paused"), "unknown kind paused; use one of open, won, lost"),
    (lambda rows: setattr(rows[5], "kind", "won"),
     "the pipeline needs at least one open, one won and one lost stage"),
    (lambda rows: rows.append(rows.pop(0)), "open stages come before won and lost stages"),
    (lambda rows: rows.insert(0, rows.pop(4)), "open stages come before won and lost stages"),
])
def test_validation_errors_write_nothing(db: Database, edit: object, message: str) -> None:
    rows = inputs(db)
    edit(rows)  # type: ignore[operator]
    before = stored(db)
    with pytest.raises(ValidationError) as raised:
        save(db, rows)
    assert str(raised.value) == message
    assert stored(db) == before


def test_unknown_stage_id_is_not_found(db: Database) -> None:
    rows = inputs(db)
    rows[0].id = 999
    with pytest.raises(NotFoundError, match="no pipeline stage with id 999"):
        save(db, rows)
    assert [name for name, *_ in stored(db)] == DEFAULT_NAMES


# --- the dialog --------------------------------------------------------------------------------------------------
def open_dialog(qtbot: QtBot, runner: DbRunner) -> StageEditorDialog:
    dialog = StageEditorDialog(runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_loaded, timeout=TIMEOUT)
    return dialog


def test_dialog_loads_the_stages(qtbot: QtBot, runner: DbRunner) -> None:
    dialog = open_dialog(qtbot, runner)
    assert [dialog.stage_list.item(i).text() for i in range(dialog.stage_list.count())] == DEFAULT_NAMES
    assert dialog.stage_list.currentRow() == 0
    assert dialog.name_edit.text() == "Lead identified"
    assert dialog.kind_combo.currentData() == "open"
    assert dialog.probability_spin.value() == 10
    assert dialog.entry_edit.toPlainText() == "Company and contact identified\nFits the ideal customer profile"
    assert not dialog.up_button.isEnabled()
    assert dialog.down_button.isEnabled()


def test_dialog_edits_moves_and_saves(qtbot: QtBot, runner: DbRunner, db: Database) -> None:
    dialog = open_dialog(qtbot, runner)
    dialog.stage_list.setCurrentRow(2)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Live demo")
    assert dialog.stage_list.item(2).text() == "Live demo"
    dialog.exit_edit.setPlainText("Customer accepts the proposal\n\n  Budget approved  ")
    dialog.probability_spin.setValue(55)
    dialog.up_button.click()
    assert dialog.stage_list.currentRow() == 1
    assert dialog.name_edit.text() == "Live demo"
    changed: list[bool] = []
    runner.changed.connect(lambda: changed.append(True))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: changed == [True], timeout=TIMEOUT)
    assert dialog.result() == StageEditorDialog.DialogCode.Accepted
    assert [name for name, *_ in stored(db)] == ["Lead identified", "Live demo", "Needs confirmed", "Negotiation",
                                                 "Won", "Lost"]
    assert stored(db)[1] == ("Live demo", 2, "open", 55, "Customer confirmed the core needs",
                             "Customer accepts the proposal\nBudget approved")


def test_dialog_add_and_remove(qtbot: QtBot, runner: DbRunner, db: Database) -> None:
    dialog = open_dialog(qtbot, runner)
    dialog.stage_list.setCurrentRow(3)
    dialog.add_button.click()
    assert dialog.stage_list.currentRow() == 4
    dialog.name_edit.setText("Contract")
    dialog.name_edit.textEdited.emit("Contract")
    dialog.entry_edit.setPlainText("Terms agreed")
    dialog.stage_list.setCurrentRow(0)
    dialog.remove_button.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and dialog.result() == 1, timeout=TIMEOUT)
    assert [(name, position) for name, position, *_ in stored(db)] == [
        ("Needs confirmed", 1), ("Solution demo", 2), ("Negotiation", 3), ("Contract", 4), ("Won", 5), ("Lost", 6)]
    assert stored(db)[3][4] == "Terms agreed"


def test_dialog_shows_an_invalid_edit_inline_and_writes_nothing(qtbot: QtBot, runner: DbRunner,
                                                                 db: Database) -> None:
    before = stored(db)
    dialog = open_dialog(qtbot, runner)
    dialog.show()
    dialog.stage_list.setCurrentRow(1)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "lead identified")
    dialog.stage_list.setCurrentRow(2)
    dialog.entry_edit.setPlainText("Changed criterion")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=TIMEOUT)
    assert dialog.error_text() == "There are two stages called lead identified; give each stage its own name"
    assert dialog.isVisible()
    assert dialog.buttons.isEnabled()
    assert stored(db) == before


def test_dialog_refuses_to_remove_a_used_stage_on_save(qtbot: QtBot, runner: DbRunner, db: Database) -> None:
    add_deal(db, "Negotiation")
    before = stored(db)
    dialog = open_dialog(qtbot, runner)
    dialog.stage_list.setCurrentRow(3)
    assert dialog.deals_label.text() == "Deals in this stage: 1"
    dialog.remove_button.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=TIMEOUT)
    assert dialog.error_text() == "The stage Negotiation still has 1 deals; move them first"
    assert stored(db) == before


def test_dialog_in_chinese_shows_the_defaults_translated_and_keeps_a_rename(
        qtbot: QtBot, runner: DbRunner, db: Database, qapp: QApplication) -> None:
    """The six names are the seed's own; the criteria those of resources/i18n/salesmgr_zh_CN.ts."""
    install_translator(qapp, "zh_CN")
    try:
        dialog = open_dialog(qtbot, runner)
        assert [dialog.stage_list.item(i).text() for i in range(dialog.stage_list.count())] == [
            "线索识别", "需求确认", "方案演示", "商务谈判", "赢单", "输单"]
        assert dialog.entry_edit.toPlainText() == "已确认公司和联系人\n符合理想客户画像"
        dialog.stage_list.setCurrentRow(2)
        dialog.name_edit.setText("产品演示会")  # keyClicks types ASCII only
        dialog.name_edit.textEdited.emit("产品演示会")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible() and dialog.result() == 1, timeout=TIMEOUT)
    finally:
        install_translator(qapp, "en")
    # the untouched stages keep their English names (shown translated); the renamed one is the user's own
    assert [name for name, *_ in stored(db)] == ["Lead identified", "Needs confirmed", "产品演示会", "Negotiation",
                                                 "Won", "Lost"]
    assert stored(db)[0][4] == "Company and contact identified\nFits the ideal customer profile"
