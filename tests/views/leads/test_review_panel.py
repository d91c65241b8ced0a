"""The review and suggestion panels over the seventy leads of tests/helpers/leads_review_data (today 2026-12-01,
so the period picker starts on November 2026); the figures are those tests/models/leads works out by hand."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.leads.store import versions
from salesmgr.views.leads.review_panel import ReviewPanel
from salesmgr.views.leads.suggest_panel import SuggestionPanel
from salesmgr.views.runner import DbRunner
from tests.helpers import leads_review_data as data

TIMEOUT = 15_000


@pytest.fixture
def built(db: Database) -> Iterator[Database]:
    previous = clock.set_today(data.TODAY)
    data.build(db)
    yield db
    clock.set_today(previous)


def _review_panel(qtbot: QtBot, runner: DbRunner) -> ReviewPanel:
    panel = ReviewPanel(runner)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.review is not None and not runner.is_busy(), timeout=TIMEOUT)
    return panel


def _cells(model: object, column: int) -> list[str]:
    return [model.display(row, column) for row in model.rows()]  # type: ignore[attr-defined]


def test_review_panel_shows_november(qtbot: QtBot, runner: DbRunner, built: Database) -> None:
    panel = _review_panel(qtbot, runner)
    assert panel.period() == (data.START, data.END)
    # grade, leads, converted, conversion, won, win rate, average won deal (11,000: the four CNY deals of MQL)
    assert [panel.grades.display(row, c) for row in panel.grades.rows() for c in range(7)][:7] == [
        "MQL", "20", "10", "50.0%", "5", "25.0%", "11.0 K CNY"]
    assert _cells(panel.grades, 6)[2] == "–"  # Lead: no won deal
    assert _cells(panel.rules, 8) == ["separates", "separates", "does not separate", "separates", "separates"]
    assert _cells(panel.rules, 6) == ["2.67", "2.67", "0.91", "5.60", "5.00"]
    # the score bins 0-9 .. 60-69 by outcome (won / converted not won / not converted)
    assert panel.chart.heights == {"won": [0, 0, 0, 1, 0, 0, 5], "converted_not_won": [1, 0, 0, 3, 0, 0, 5],
                                   "not_converted": [19, 0, 0, 16, 10, 0, 10]}
    assert panel.chart.plot_item.getAxis("bottom").labelText == "Score"
    assert panel.rates_note.isVisibleTo(panel) and "COP" in panel.rates_note.text()


def test_review_panel_follows_the_period(qtbot: QtBot, runner: DbRunner, built: Database) -> None:
    panel = _review_panel(qtbot, runner)
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.picker.choose_preset(1)  # October 2026: the one lead created 2026-10-31 (科技, 15 points: Lead)
    assert panel.period() == (data.START.replace(month=10), data.END.replace(month=10, day=31))
    assert [(row.line.name, row.line.leads) for row in panel.grades.rows()] == [("MQL", 0), ("SQL", 0),
                                                                                 ("Lead", 1)]
    assert _cells(panel.grades, 3) == ["–", "–", "0.0%"]
    assert _cells(panel.rules, 8)[0] == "too few leads to tell"


def test_review_panel_exports(qtbot: QtBot, runner: DbRunner, built: Database, tmp_path: Path) -> None:
    panel = _review_panel(qtbot, runner)
    out = tmp_path / "review.xlsx"
    panel.export(out)
    qtbot.waitUntil(lambda: out.exists() and not runner.is_busy(), timeout=TIMEOUT)
    assert openpyxl.load_workbook(out).sheetnames == ["Review", "Proposal"]


def _suggestion_panel(qtbot: QtBot, runner: DbRunner) -> SuggestionPanel:
    panel = SuggestionPanel(runner)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.proposal is not None and not runner.is_busy(), timeout=TIMEOUT)
    return panel


def test_suggestion_panel_side_by_side(qtbot: QtBot, runner: DbRunner, built: Database) -> None:
    panel = _suggestion_panel(qtbot, runner)
    assert list(zip(_cells(panel.rules, 1), _cells(panel.rules, 2), strict=True)) == [
        ("+15", "+30"), ("+10", "+30"), ("+10", "-5"), ("+20", "+50"), ("+20", "+45")]
    assert _cells(panel.rules, 4)[3] == "lift 5.60: 20 x log2(5.60) = 49.7, rounded to +50"
    assert list(zip(_cells(panel.thresholds, 1), _cells(panel.thresholds, 2), strict=True)) == [
        ("50", "155"), ("30", "45"), ("–", "–")]
    assert _cells(panel.grades, 2) == ["50.0%", "13.3%", "5.0%"]  # 10/20, 4/30, 1/20
    assert panel.accept_button.isEnabled()


def test_accept_asks_who_then_saves_a_version(qtbot: QtBot, runner: DbRunner, built: Database,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _suggestion_panel(qtbot, runner)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Lin", True))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    panel.ask_accept()  # "No" at the confirmation: nothing saved
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
    with built.session() as session:
        assert [v.version for v in versions(session)] == [1]
    with qtbot.waitSignal(panel.accepted, timeout=TIMEOUT) as saved:
        panel.ask_accept()
    assert saved.args == [2]
    qtbot.waitUntil(lambda: not runner.is_busy() and panel.proposal is not None
                    and panel.proposal.current.version == 2, timeout=TIMEOUT)
    with built.session() as session:
        latest = versions(session)[0]
    assert (latest.version, latest.origin, latest.changed_by) == (2, "suggestion", "Lin")
    # the accepted model proposes itself: nothing left to accept
    assert not panel.accept_button.isEnabled()


def test_the_leads_page_has_the_review_and_proposal_tabs(qtbot: QtBot, runner: DbRunner, built: Database) -> None:
    from salesmgr.views.leads.page import LeadsPage

    page = LeadsPage(runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.review.review is not None and page.suggestion.proposal is not None
                    and not runner.is_busy(), timeout=TIMEOUT)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[-2:] == ["Monthly review", "Proposed model"]
    with qtbot.waitSignal(page.rates_requested, timeout=TIMEOUT) as asked:  # the COP deal has no rate
        page.review.rates_note.rates_requested.emit(["COP"])
    assert asked.args == [["COP"]]
