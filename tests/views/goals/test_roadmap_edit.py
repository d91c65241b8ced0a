"""Editing the roadmap in the Roadmap panel, on the demo (today 27 November 2026): adding, editing, marking done
and deleting a milestone through its dialog and card menu, a dialog refusing an empty title, editing and renaming
a phase (a built-in phase stays built in while its shown name is kept, in either language), setting and removing
the pilot. Every value is checked in the database and on screen against what the test typed."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.goals import roadmap
from salesmgr.views.app import install_translator
from salesmgr.views.goals.roadmap_dialogs import checked_data, set_checked
from salesmgr.views.goals.roadmap_panel import RoadmapPanel
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.dates import to_qdate
from tests.helpers.default_window import DEMO_TODAY, fill_demo

TIMEOUT = 20_000


@pytest.fixture
def demo_runner(db: Database) -> Iterator[DbRunner]:
    fill_demo(db)
    runner = DbRunner(db)
    yield runner
    runner.shutdown()
    clock.set_today(None)


def open_panel(qtbot: QtBot, runner: DbRunner) -> RoadmapPanel:
    panel = RoadmapPanel(runner, today=DEMO_TODAY)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.view is not None and not runner.is_busy(), timeout=TIMEOUT)
    return panel


def save_and_reload(qtbot: QtBot, panel: RoadmapPanel, dialog: object) -> None:
    """OK on the dialog; back when the edit committed, the dialog closed and the panel reloaded."""
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        dialog.accept()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not panel.runner.is_busy(), timeout=TIMEOUT)


def trigger(qtbot: QtBot, panel: RoadmapPanel, menu: object, text: str) -> None:
    actions = {a.text(): a for a in menu.actions()}  # type: ignore[attr-defined]
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        actions[text].trigger()
    qtbot.waitUntil(lambda: not panel.runner.is_busy(), timeout=TIMEOUT)


def card_texts(panel: RoadmapPanel, phase: int) -> list[str]:
    return [card.text() for card in panel.phase_cards[phase]]


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """QMessageBox.question answers ``button``; the questions asked are collected."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_add_a_milestone_through_the_dialog(qtbot: QtBot, demo_runner: DbRunner, db: Database) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert panel.view is not None
    phase = panel.view.phases[1]  # 提升能力 数据驱动: the demo gives it three milestones
    rep_id, rep_name = panel.view.choices.reps[0]
    goals = panel.view.choices.goals[:2]
    dialog = panel.editor.add_milestone(phase.id)
    assert dialog is not None and dialog.phase_combo.currentData() == phase.id
    dialog.title_edit.setText("  Weekly deal review in every team ")
    dialog.due_edit.setDate(to_qdate(date(2027, 1, 15)))
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(rep_id))
    assert dialog.owner_edit.isHidden()  # a rep owns it: no text owner
    set_checked(dialog.goals_list, [g.id for g in goals])
    dialog.note_edit.setText("every Monday")
    save_and_reload(qtbot, panel, dialog)
    with db.session() as session:
        added = [m for m in roadmap.milestones(session, phase.id) if m.title == "Weekly deal review in every team"]
        assert len(added) == 1
        m = added[0]
        assert (m.due_date, m.rep_id, m.owner_text, m.done_date, m.note) == (date(2027, 1, 15), rep_id, None, None,
                                                                           "every Monday")
        assert roadmap.linked_goals(session, m.id) == sorted(g.id for g in goals)
    assert len(panel.phase_cards[1]) == 4
    card = next(c for c in panel.phase_cards[1] if "Weekly deal review" in c.text())
    assert "2027-01-15" in card.text() and rep_name in card.text()
    assert card.property("status") == "open"  # due after 27 November 2026, not done
    assert goals[0].label in card.toolTip() and goals[1].label in card.toolTip()


def test_edit_a_milestone_title_due_and_goals(qtbot: QtBot, demo_runner: DbRunner, db: Database) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert panel.view is not None
    first = panel.view.phases[2].milestones[0]  # 客户成功委员会, owned by text, linked to nps and average_csat
    dialog = panel.editor.edit_milestone(first.id)
    assert dialog is not None
    assert dialog.title_edit.text() == first.title and dialog.owner_edit.text() == first.owner_text
    assert sorted(checked_data(dialog.goals_list)) == sorted(first.goal_ids) and len(first.goal_ids) == 2
    other = next(g for g in panel.view.choices.goals if g.id not in first.goal_ids)
    dialog.title_edit.setText("Customer-success committee meets monthly")
    dialog.due_edit.setDate(to_qdate(date(2027, 9, 30)))
    set_checked(dialog.goals_list, [other.id])
    save_and_reload(qtbot, panel, dialog)
    with db.session() as session:
        m = roadmap.get_milestone(session, first.id)
        assert (m.title, m.due_date, m.owner_text) == ("Customer-success committee meets monthly", date(2027, 9, 30),
                                                       first.owner_text)
        assert roadmap.linked_goals(session, first.id) == [other.id]
    assert any("meets monthly" in text and "2027-09-30" in text for text in card_texts(panel, 2))


def test_mark_done_and_back_from_the_cards_menu(qtbot: QtBot, demo_runner: DbRunner, db: Database) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert panel.view is not None
    overdue = next(m for p in panel.view.phases for m in p.milestones if m.status == "overdue")  # lead scoring
    menu = panel.editor.milestone_menu(overdue.id)
    assert [a.text() for a in menu.actions()] == ["Edit…", "Mark done", "", "Delete…"]
    trigger(qtbot, panel, menu, "Mark done")
    with db.session() as session:
        assert roadmap.get_milestone(session, overdue.id).done_date == DEMO_TODAY  # the panel's day
    statuses = [c.property("status") for cards in panel.phase_cards for c in cards]
    assert statuses.count("done") == 4 and statuses.count("overdue") == 0  # the demo's 3 done and 1 overdue
    menu = panel.editor.milestone_menu(overdue.id)
    assert "Mark not done" in [a.text() for a in menu.actions()]
    trigger(qtbot, panel, menu, "Mark not done")
    with db.session() as session:
        assert roadmap.get_milestone(session, overdue.id).done_date is None
    statuses = [c.property("status") for cards in panel.phase_cards for c in cards]
    assert statuses.count("done") == 3 and statuses.count("overdue") == 1


def test_delete_asks_first(qtbot: QtBot, demo_runner: DbRunner, db: Database,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert panel.view is not None
    doomed = panel.view.phases[0].milestones[1]  # CRM 数据清理
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert panel.editor.delete_milestone(doomed.id) is False
    assert asked == [f"Delete the milestone “{doomed.title}”? Its goals stay."] and not demo_runner.is_busy()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        assert panel.editor.delete_milestone(doomed.id) is True
    qtbot.waitUntil(lambda: not demo_runner.is_busy(), timeout=TIMEOUT)
    with db.session() as session:
        assert [m.id for m in roadmap.milestones(session) if m.id == doomed.id] == []
        assert len(roadmap.milestones(session)) == 7  # the demo's eight less one
    assert len(panel.phase_cards[0]) == 2 and all(doomed.title not in t for t in card_texts(panel, 0))


def test_an_empty_title_is_refused_in_the_dialog(qtbot: QtBot, demo_runner: DbRunner, db: Database) -> None:
    panel = open_panel(qtbot, demo_runner)
    dialog = panel.editor.add_milestone()
    assert dialog is not None
    dialog.title_edit.setText("   ")
    dialog.accept()
    assert dialog.error_text() == "Give the milestone a title: say what is to be done"
    assert dialog.isVisible() and not dialog.is_saving() and not demo_runner.is_busy()
    with db.session() as session:
        assert len(roadmap.milestones(session)) == 8  # nothing written
    dialog.reject()


def test_edit_and_rename_a_phase(qtbot: QtBot, demo_runner: DbRunner, db: Database) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert panel.view is not None
    phase = panel.view.phases[0]
    dialog = panel.editor.edit_phase(phase.id)
    assert dialog is not None and dialog.name_edit.text() == "Solid foundations, better processes"
    assert dialog.start.value() == phase.start and dialog.end.value() == phase.end
    dialog.end.edit.setDate(to_qdate(date(2026, 12, 31)))
    dialog.note_edit.setText("dates moved")
    save_and_reload(qtbot, panel, dialog)
    with db.session() as session:
        row = roadmap.get_phase(session, phase.id)
        assert (row.builtin_key, row.name, row.end_date, row.note) == (
            "foundation", "Solid foundations, better processes", date(2026, 12, 31), "dates moved")
    dialog = panel.editor.edit_phase(phase.id)
    assert dialog is not None
    dialog.start.check.setChecked(False)  # no start date any more
    dialog.end.edit.setDate(to_qdate(date(2026, 10, 1)))
    dialog.name_edit.setText("East China pilot")
    save_and_reload(qtbot, panel, dialog)
    with db.session() as session:
        row = roadmap.get_phase(session, phase.id)
        assert (row.builtin_key, row.name, row.start_date, row.end_date) == (None, "East China pilot", None,
                                                                             date(2026, 10, 1))
    assert "East China pilot" in panel.phase_headings[0].text()


def test_a_phase_that_ends_before_it_starts_is_refused_in_the_dialog(qtbot: QtBot, demo_runner: DbRunner) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert panel.view is not None
    dialog = panel.editor.edit_phase(panel.view.phases[1].id)
    assert dialog is not None
    dialog.start.check.setChecked(True)
    dialog.end.check.setChecked(True)
    dialog.start.edit.setDate(to_qdate(date(2027, 3, 1)))
    dialog.end.edit.setDate(to_qdate(date(2027, 2, 1)))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=TIMEOUT)  # the domain's refusal, in the dialog
    assert dialog.error_text() == "A phase cannot end (2027-02-01) before it starts (2027-03-01)"
    assert dialog.isVisible()
    dialog.reject()


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "zh_CN")
    yield
    install_translator(app, "en")


def test_a_built_in_phase_kept_under_its_chinese_name_stays_built_in(qtbot: QtBot, demo_runner: DbRunner,
                                                                    db: Database, chinese: None) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert panel.view is not None
    phase = panel.view.phases[1]
    dialog = panel.editor.edit_phase(phase.id)
    assert dialog is not None and dialog.name_edit.text() == "提升能力 数据驱动"  # the seed's own words
    dialog.note_edit.setText("季度复盘")
    save_and_reload(qtbot, panel, dialog)
    with db.session() as session:
        row = roadmap.get_phase(session, phase.id)
        assert (row.builtin_key, row.name, row.note) == ("capability", "Stronger skills, data-driven", "季度复盘")


def test_set_and_remove_the_pilot(qtbot: QtBot, demo_runner: DbRunner, db: Database,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert panel.view is not None and panel.view.pilot is not None and panel.remove_pilot_button.isEnabled()
    old = panel.view.pilot
    dialog = panel.editor.set_pilot()
    assert dialog is not None and dialog.team_combo.currentData() == old.team_id
    assert checked_data(dialog.metrics_list) == ["won_revenue", "win_rate"]  # the demo's, in list order
    team_id, team = next((i, name) for i, name in panel.view.choices.teams if i != old.team_id)
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findData(team_id))
    dialog.start_edit.setDate(to_qdate(date(2026, 7, 1)))
    set_checked(dialog.metrics_list, [])
    dialog.accept()
    assert dialog.error_text() == "Tick at least one metric the pilot is judged by" and not demo_runner.is_busy()
    set_checked(dialog.metrics_list, ["win_rate"])
    dialog.note_edit.setText("second pilot")
    save_and_reload(qtbot, panel, dialog)
    with db.session() as session:
        found = roadmap.pilots(session)
        assert [(p.team_id, p.start_date, roadmap.pilot_metrics(p), p.note) for p in found] == [
            (team_id, date(2026, 7, 1), ["win_rate"], "second pilot")]  # East China's pilot was replaced
    assert panel.status_label.text() == f"Pilot: {team} since 2026-07-01. second pilot"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        assert panel.editor.remove_pilot() is True
    qtbot.waitUntil(lambda: not demo_runner.is_busy(), timeout=TIMEOUT)
    assert len(asked) == 1 and team in asked[0]
    with db.session() as session:
        assert roadmap.pilots(session) == []
    assert panel.status_label.text() == "No pilot team yet: choose one with “Set pilot…” on the Pilot tab."
    assert not panel.remove_pilot_button.isEnabled() and panel.pilot_label.text() == "No pilot team yet."


def test_double_clicks_open_the_milestone_and_the_phase(qtbot: QtBot, demo_runner: DbRunner) -> None:
    panel = open_panel(qtbot, demo_runner)
    assert panel.view is not None
    panel.resize(1000, 650)
    panel.show()
    qtbot.waitExposed(panel)
    card, wanted = panel.phase_cards[1][0], panel.view.phases[1].milestones[0]
    assert card.property("milestone_id") == wanted.id
    qtbot.mouseDClick(card, Qt.MouseButton.LeftButton)
    dialog = panel.editor.milestone_dialog
    assert dialog is not None and dialog.isVisible() and dialog.title_edit.text() == wanted.title
    dialog.reject()
    qtbot.mouseDClick(panel.phase_headings[2], Qt.MouseButton.LeftButton)
    phase_dialog = panel.editor.phase_dialog
    assert phase_dialog is not None and phase_dialog.name_edit.text() == "Full collaboration, continuous innovation"
    phase_dialog.reject()
