"""The Team page: its table models, the rep and team dialogs, and the edits it makes through the runner."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from salesmgr.models.database import Database
from salesmgr.models.org import Rep, Team
from salesmgr.models.team import roster as service
from salesmgr.models.team.roster import RepInput, RepRow, TeamRow
from salesmgr.views.runner import DbRunner
from salesmgr.views.team.page import TeamPage
from salesmgr.views.team.rep_table_model import RepFilterProxy, RepTableModel
from salesmgr.views.team.team_table_model import TeamTableModel
from salesmgr.views.widgets.row_table_model import SORT_ROLE

TIMEOUT = 5000


def rep_row(rep_id: int, name: str, hired: date | None = None, active: bool = True,
            role: str = "rep") -> RepRow:
    email = f"{name.lower()}@example.com"
    return RepRow(rep_id, name, email, 1, "North", role, hired, None, None, None, None, active)


@pytest.fixture
def seeded(db: Database) -> dict[str, int]:
    """Two teams and four reps (one inactive); returns their ids by name."""
    with db.session() as s:
        north, west = service.add_team(s, "North", "Nordics"), service.add_team(s, "West", "Benelux")
        ids = {"North": north, "West": west}
        reps = [RepInput("Alice", "alice@example.com", north, "manager", date(2019, 3, 4)),
                RepInput("Bob", "bob@example.com", north, "senior", date(2023, 1, 9)),
                RepInput("Carla", "carla@example.com", west, "rep", date(2021, 6, 1)),
                RepInput("Zed", None, west, "sdr", date(2018, 2, 2), active=False)]
        ids.update({rep.name: service.add_rep(s, rep) for rep in reps})
    return ids


@pytest.fixture
def page(runner: DbRunner, seeded: dict[str, int], qtbot: QtBot) -> TeamPage:
    widget = TeamPage(runner)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        pass
    return widget


def shown_names(page: TeamPage) -> list[str]:
    proxy = page.rep_proxy
    return [proxy.index(r, RepTableModel.NAME).data() for r in range(proxy.rowCount())]


def db_rep(db: Database, **where: Any) -> Rep | None:
    with db.session() as s:
        return s.scalars(select(Rep).filter_by(**where)).one_or_none()


def rep_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Rep.id))) or 0


# --- models ---------------------------------------------------------------------------------------------
def test_rep_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = RepTableModel()
    qtmodeltester.check(model)
    model.set_rows([rep_row(1, "Ann", date(2020, 1, 2)), rep_row(2, "Ben", active=False, role="senior")])
    qtmodeltester.check(model)
    proxy = RepFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.set_rows([])
    qtmodeltester.check(model)


def test_team_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = TeamTableModel()
    qtmodeltester.check(model)
    model.set_rows([TeamRow(1, "North", "Nordics", True, 3), TeamRow(2, "Old", None, False, 0)])
    qtmodeltester.check(model)
    assert model.index(0, TeamTableModel.REPS).data() == "3"
    assert model.index(0, TeamTableModel.REPS).data(SORT_ROLE) == 3
    alignment = model.index(0, TeamTableModel.REPS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_rep_model_shows_roles_dates_and_inactive_reps() -> None:
    model = RepTableModel()
    model.set_rows([rep_row(1, "Ann", date(2020, 1, 2), role="senior"), rep_row(2, "Ben", active=False)])
    assert model.index(0, RepTableModel.ROLE).data() == "Senior rep"
    assert model.index(0, RepTableModel.HIRED).data() == "2020-01-02"
    assert model.index(0, RepTableModel.HIRED).data(SORT_ROLE) == date(2020, 1, 2).toordinal()
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert isinstance(model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Hire date"
    assert model.row_at(model.index(1, 0)).name == "Ben"


# --- listing, search, sorting -----------------------------------------------------------------------------
def test_page_lists_the_active_reps_and_the_teams(page: TeamPage) -> None:
    assert sorted(shown_names(page)) == ["Alice", "Bob", "Carla"]
    assert page.rep_model.rowCount() == 4
    teams = {row.name: row.rep_count for row in page.team_model.rows()}
    assert teams == {"North": 2, "West": 1}


def test_show_inactive_lists_inactive_reps(page: TeamPage) -> None:
    page.show_inactive_check.setChecked(True)
    assert "Zed" in shown_names(page)
    page.show_inactive_check.setChecked(False)
    assert "Zed" not in shown_names(page)


def test_search_filters_by_name_email_and_team(page: TeamPage) -> None:
    page.search_edit.setText("bo")
    assert shown_names(page) == ["Bob"]
    page.search_edit.setText("CARLA@")
    assert shown_names(page) == ["Carla"]
    page.search_edit.setText("north")
    assert sorted(shown_names(page)) == ["Alice", "Bob"]
    page.search_edit.setText("")
    assert len(shown_names(page)) == 3


def test_sorting_by_hire_date_sorts_by_date(page: TeamPage) -> None:
    page.show_inactive_check.setChecked(True)
    page.rep_view.sortByColumn(RepTableModel.HIRED, Qt.SortOrder.AscendingOrder)
    assert shown_names(page) == ["Zed", "Alice", "Carla", "Bob"]
    page.rep_view.sortByColumn(RepTableModel.HIRED, Qt.SortOrder.DescendingOrder)
    assert shown_names(page) == ["Bob", "Carla", "Alice", "Zed"]


def test_reload_keeps_the_selection(page: TeamPage, qtbot: QtBot, seeded: dict[str, int]) -> None:
    assert page.select_rep(seeded["Carla"])
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.reload()
    selected = page.selected_rep()
    assert selected is not None and selected.name == "Carla"


# --- editing reps --------------------------------------------------------------------------------------
def test_adding_a_rep_writes_it(page: TeamPage, qtbot: QtBot, db: Database, seeded: dict[str, int]) -> None:
    dialog = page.add_rep()
    assert dialog.isVisible()
    dialog.name_edit.setText("Dora")
    dialog.email_edit.setText("dora@example.com")
    dialog.select_data(dialog.team_combo, seeded["West"])
    dialog.select_data(dialog.role_combo, "sdr")
    dialog.set_hire_date(date(2024, 5, 6))
    dialog.select_data(dialog.manager_combo, seeded["Alice"])
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT) as closed, \
            qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.accept()
    assert closed.args == [QDialog.DialogCode.Accepted.value]
    rep = db_rep(db, email="dora@example.com")
    assert rep is not None
    assert (rep.name, rep.team_id, rep.role) == ("Dora", seeded["West"], "sdr")
    assert rep.hire_date == date(2024, 5, 6)
    assert rep.manager_id == seeded["Alice"] and rep.mentor_id is None and rep.active
    assert "Dora" in shown_names(page)


def test_editing_a_rep_changes_the_row(page: TeamPage, qtbot: QtBot, db: Database,
                                       seeded: dict[str, int]) -> None:
    assert page.select_rep(seeded["Bob"])
    dialog = page.edit_selected_rep()
    assert dialog is not None and dialog.name_edit.text() == "Bob"
    assert dialog.manager_combo.findData(seeded["Bob"]) == -1  # never their own manager
    dialog.name_edit.setText("Robert")
    dialog.no_date_check.setChecked(True)
    dialog.select_data(dialog.mentor_combo, seeded["Alice"])
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.accept()
    rep = db_rep(db, id=seeded["Bob"])
    assert rep is not None and (rep.name, rep.hire_date, rep.mentor_id) == ("Robert", None, seeded["Alice"])
    selected = page.selected_rep()
    assert selected is not None and selected.name == "Robert" and selected.mentor_name == "Alice"


def test_duplicate_email_keeps_the_dialog_open(page: TeamPage, qtbot: QtBot, db: Database) -> None:
    before = rep_count(db)
    dialog = page.add_rep()
    dialog.name_edit.setText("Copycat")
    dialog.email_edit.setText("Alice@Example.com")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=TIMEOUT)
    assert "already the e-mail of Alice" in dialog.error_text()
    assert dialog.isVisible() and not dialog.is_saving()
    assert rep_count(db) == before
    dialog.reject()
    assert not dialog.isVisible()


def test_deactivating_asks_then_hides_the_rep(page: TeamPage, qtbot: QtBot, db: Database,
                                              seeded: dict[str, int]) -> None:
    asked: list[str] = []

    def confirm(rep: RepRow) -> bool:
        asked.append(rep.name)
        return True

    page.confirm_deactivate = confirm
    assert page.select_rep(seeded["Carla"])
    assert page.active_button.text() == "Deactivate"
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.active_button.click()
    assert asked == ["Carla"]
    rep = db_rep(db, id=seeded["Carla"])
    assert rep is not None and not rep.active
    assert "Carla" not in shown_names(page)
    page.show_inactive_check.setChecked(True)
    assert "Carla" in shown_names(page)
    assert page.select_rep(seeded["Carla"])
    assert page.active_button.text() == "Reactivate"


def test_declining_the_confirmation_changes_nothing(page: TeamPage, db: Database,
                                                   seeded: dict[str, int]) -> None:
    page.confirm_deactivate = lambda rep: False
    assert page.select_rep(seeded["Bob"])
    assert not page.deactivate_selected()
    assert not page.runner.is_busy()
    rep = db_rep(db, id=seeded["Bob"])
    assert rep is not None and rep.active


def test_reactivating_needs_no_confirmation(page: TeamPage, qtbot: QtBot, db: Database,
                                            seeded: dict[str, int]) -> None:
    page.confirm_deactivate = lambda rep: pytest.fail("no confirmation expected")
    page.show_inactive_check.setChecked(True)
    assert page.select_rep(seeded["Zed"])
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.active_button.click()
    rep = db_rep(db, id=seeded["Zed"])
    assert rep is not None and rep.active


def test_runner_errors_are_shown_as_a_warning(page: TeamPage, qtbot: QtBot, seeded: dict[str, int],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    def failing(*_args: object) -> None:
        raise RuntimeError("disk full\nsecond line")

    monkeypatch.setattr(service, "set_rep_active", failing)
    assert page.select_rep(seeded["Bob"])
    assert page.deactivate_selected(confirm=False)
    qtbot.waitUntil(lambda: warnings == ["disk full"], timeout=TIMEOUT)


# --- teams -------------------------------------------------------------------------------------------
def test_adding_and_editing_teams(page: TeamPage, qtbot: QtBot, db: Database, seeded: dict[str, int]) -> None:
    dialog = page.add_team()
    dialog.name_edit.setText("Enterprise")
    dialog.region_edit.setText(" DACH ")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.accept()
    assert page.select_team(seeded["West"])
    edit = page.edit_selected_team()
    assert edit is not None
    edit.active_check.setChecked(False)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        edit.accept()
    with db.session() as s:
        teams = {t.name: (t.region, t.active) for t in s.scalars(select(Team))}
    assert teams == {"North": ("Nordics", True), "West": ("Benelux", False), "Enterprise": ("DACH", True)}


def test_duplicate_team_name_keeps_the_dialog_open(page: TeamPage, qtbot: QtBot) -> None:
    dialog = page.add_team()
    dialog.name_edit.setText("north")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=TIMEOUT)
    assert "already a team called north" in dialog.error_text()
    assert dialog.isVisible()
    dialog.reject()
