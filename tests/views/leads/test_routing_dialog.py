"""The routing dialog: it shows the settings and each rep's load, saves edits through the runner, "Route now"
shows who got which lead and who was left, a bad capacity is refused inline, and the nurturing export writes
the list."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.leads.routing_settings import rep_settings, routing_settings
from salesmgr.views.leads.nurturing_export import export_nurturing
from salesmgr.views.leads.routing_dialog import CAPACITY, LOAD, REGIONS, TAKES, RoutingDialog
from salesmgr.views.runner import DbRunner
from tests.helpers.lead_routing import DAY, SQL, add_lead, add_rep, add_team

TODAY = date(2026, 11, 16)
TIMEOUT = 10_000


@pytest.fixture
def data(db: Database) -> None:
    """North: Ann (owns one assigned lead), Bob, and Mia (manager). Three MQLs L0-L2 in East and one SQL."""
    clock.set_today(TODAY)
    with db.session() as session:
        north = add_team(session, "North")
        ann = add_rep(session, "Ann", north)
        add_rep(session, "Bob", north)
        add_rep(session, "Mia", north, role="manager")
        add_lead(session, "Old", SQL, status="assigned", owner=ann)
        for number in range(3):
            add_lead(session, f"L{number}", created=DAY + timedelta(days=number), region="East")
        add_lead(session, "Warm", SQL)


def _dialog(qtbot: QtBot, runner: DbRunner) -> RoutingDialog:
    dialog = RoutingDialog(runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=TIMEOUT)
    return dialog


def _cell(dialog: RoutingDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_shows_reps_with_load_and_managers_locked(qtbot: QtBot, runner: DbRunner, data: None) -> None:
    dialog = _dialog(qtbot, runner)
    # By name: Ann 1 of 25, Bob 0 of 25, Mia (manager) cannot take leads.
    assert [_cell(dialog, row, LOAD) for row in range(3)] == ["1 / 25", "0 / 25", "0 / 25"]
    mia = dialog.table.item(2, TAKES)
    assert mia is not None and mia.checkState() == Qt.CheckState.Unchecked
    assert not mia.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.method_combo.currentData() == "round_robin" and dialog.capacity_spin.value() == 25


def test_save_then_route_now(qtbot: QtBot, runner: DbRunner, data: None, db: Database) -> None:
    dialog = _dialog(qtbot, runner)
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("territory"))
    dialog.capacity_spin.setValue(2)
    dialog.table.item(0, REGIONS).setText("east, 华东")  # type: ignore[union-attr]
    dialog.table.item(1, REGIONS).setText("East")  # type: ignore[union-attr]
    dialog.table.item(1, CAPACITY).setText("1")  # type: ignore[union-attr]
    dialog.route_now()
    qtbot.waitUntil(lambda: dialog.routed is not None, timeout=TIMEOUT)
    result = dialog.routed
    assert result is not None
    # Ann (load 1 of 2) and Bob (0 of 1) cover East: L0 to Bob (0 < 1); Bob is then full (1 of 1), so L1 to
    # Ann (now 2 of 2); both are full and L2 is left.
    assert [(row.lead, row.rep) for row in result.assignments] == [("L0", "Bob"), ("L1", "Ann")]
    assert [row.reason.text for row in result.unassigned] == ["every rep covering region East is at capacity"]
    shown = dialog.result_view.toPlainText()
    assert "2 assigned, 1 left unassigned, 1 moved to the nurturing list" in shown
    assert "every rep covering region East is at capacity" in shown
    assert [_cell(dialog, row, LOAD) for row in range(2)] == ["2 / 2", "1 / 1"]
    with db.session() as session:
        assert routing_settings(session).method == "territory"
        assert [(rep.name, rep.regions) for rep in rep_settings(session)][:2] == [
            ("Ann", ("east", "华东")), ("Bob", ("East",))]


def test_bad_capacity_is_refused_inline(qtbot: QtBot, runner: DbRunner, data: None, db: Database) -> None:
    dialog = _dialog(qtbot, runner)
    dialog.table.item(0, CAPACITY).setText("ten")  # type: ignore[union-attr]
    dialog.save()
    assert "must be a whole number" in dialog.error_label.text() and not dialog.error_label.isHidden()
    dialog.table.item(0, CAPACITY).setText("0")  # type: ignore[union-attr]
    dialog.save()
    qtbot.waitUntil(lambda: "from 1 to 1000" in dialog.error_label.text(), timeout=TIMEOUT)
    with db.session() as session:
        assert rep_settings(session)[0].capacity is None  # nothing saved


def test_export_nurturing(qtbot: QtBot, runner: DbRunner, data: None, db: Database, tmp_path: Path) -> None:
    from salesmgr.models.leads.routing import nurture_below_threshold

    with db.session() as session:
        nurture_below_threshold(session)  # Warm (40) becomes nurturing
    dialog = _dialog(qtbot, runner)
    out = tmp_path / "list.xlsx"
    export_nurturing(dialog, runner, out)
    qtbot.waitUntil(out.exists, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [row[0] for row in sheet.iter_rows(min_row=4, values_only=True)] == ["Warm"]
