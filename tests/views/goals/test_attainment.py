"""The Attainment tab over tests/helpers/quota_data.py on 2026-11-15, half of 2026Q4 gone: Ann has won 20,000 of
100,000 (pace 40 %, red), Bob nothing of 50,000, the company 20,000 of 150,000 (13 %, pace 27 %)."""
from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from salesmgr.views.goals.figures import COLOURS
from salesmgr.views.goals.page import GoalsPage
from salesmgr.views.runner import DbRunner
from tests.views.goals.conftest import TIMEOUT


def rows(page: GoalsPage) -> dict[str, tuple[str, ...]]:
    table = page.attainment.table
    found = {}
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(table.columnCount())]
        found[cells[0].text() if cells[0] else ""] = tuple(cell.text() if cell else "" for cell in cells[1:])
    return found


def test_attainment_is_judged_against_the_time_gone_by(qtbot: QtBot, runner: DbRunner, ids: dict[str, int]) -> None:
    page = GoalsPage(runner, user="tester")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=TIMEOUT)
    assert page.data is not None and page.data.quarter.key == "2026Q4"
    shown = rows(page)
    assert shown["Ann"][2:] == ("20%", "40%") and shown["Bob"][2:] == ("0%", "0%")
    assert shown["Company"][2:] == ("13%", "27%")
    assert shown["Cid"][2] == "no quota" and shown["Cid"][3] == ""  # the reason, and no pace without a quota
    table = page.attainment.table
    ann = next(row for row in range(table.rowCount()) if (item := table.item(row, 0)) and item.text() == "Ann")
    for column in (3, 4):
        item = table.item(ann, column)
        assert item is not None and item.background().color() == QColor(COLOURS["red"])


def test_a_quarter_not_begun_has_no_pace(qtbot: QtBot, runner: DbRunner, ids: dict[str, int]) -> None:
    page = GoalsPage(runner, user="tester")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.plan.year_combo.setCurrentIndex(page.plan.year_combo.findData(2027))
    shown = rows(page)
    assert shown["Ann"][2:] == ("0%", "not started")
    item = page.attainment.table.item(0, 4)
    assert item is not None and item.background().style().name == "NoBrush"
