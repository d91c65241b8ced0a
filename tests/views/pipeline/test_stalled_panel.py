"""The stalled deals under the Pipeline page's table: which deals, in which order, following the filters."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from salesmgr.models import Account, Opportunity, Rep, StageHistory, Team, clock
from salesmgr.models.database import Database
from salesmgr.models.money import D
from salesmgr.views.pipeline.page import PipelinePage
from salesmgr.views.runner import DbRunner
from tests.helpers.months_data import stage_ids

TIMEOUT = 10_000


@pytest.fixture
def stalled_db(db: Database) -> dict[str, int]:
    """Deals dated relative to today; no won deal has stays, so every open stage stalls after 30 days."""
    today = clock.today()
    with db.session() as s:
        stages = stage_ids(s)
        north, south = Team(name="North"), Team(name="South")
        ann, bob, cy = Rep(name="Ann", team=north), Rep(name="Bob", team=north), Rep(name="Cy", team=south)
        acme = Account(name="Acme")
        s.add_all([north, south, ann, bob, cy, acme])
        s.flush()
        found: dict[str, int] = {"north": north.id, "south": south.id, "bob": bob.id}
        for name, stage, owner, days_ago, amount in [
            ("Old lead", "Lead identified", ann, 100, "1000"),
            ("Fresh lead", "Lead identified", ann, 10, "1000"),
            ("Moved recently", "Negotiation", bob, 200, "1000"),
            ("Stuck demo", "Solution demo", cy, 45, "2000"),
            ("Old won", "Won", cy, 300, "5000"),
            ("Exactly 30", "Lead identified", bob, 30, "10"),
            ("Boundary 31", "Lead identified", bob, 31, None),
        ]:
            opp = Opportunity(name=name, stage_id=stages[stage], currency="CNY", owner=owner, account=acme,
                              created_date=today - timedelta(days=days_ago),
                              closed_date=today if stage == "Won" else None)
            opp.amount = None if amount is None else D(amount)
            s.add(opp)
            s.flush()
            found[name] = opp.id
        # entered its current stage 5 days ago: not stalled although created 200 days ago
        s.add(StageHistory(opportunity_id=found["Moved recently"], stage_id=stages["Negotiation"],
                           entered_at=datetime.combine(today - timedelta(days=5), datetime.min.time())))
        return found


def _panel_names(page: PipelinePage) -> list[str]:
    table = page.stalled_panel.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


@pytest.fixture
def pipeline(qtbot: QtBot, runner: DbRunner, stalled_db: dict[str, int]) -> PipelinePage:
    page = PipelinePage(runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.team_combo.count() == 3 and len(page.stalled_panel.deals) == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
    return page


def test_panel_lists_the_stalled_deals(pipeline: PipelinePage, stalled_db: dict[str, int]) -> None:
    assert _panel_names(pipeline) == ["Old lead", "Stuck demo", "Boundary 31"]  # longest first
    table = pipeline.stalled_panel.table
    assert [table.item(1, column).text() for column in range(7)] == [
        "Stuck demo", "Acme", "Cy", "Solution demo", "45", "30.0", "2,000.00"]
    assert table.item(2, 6).text() == ""  # no amount
    assert pipeline.stalled_panel.title_label.text() == "Stalled deals (3)"


def test_panel_follows_the_team_and_rep_filter(qtbot: QtBot, pipeline: PipelinePage,
                                               stalled_db: dict[str, int]) -> None:
    panel = pipeline.stalled_panel
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        pipeline.team_combo.setCurrentIndex(pipeline.team_combo.findData(stalled_db["north"]))
    assert _panel_names(pipeline) == ["Old lead", "Boundary 31"]
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        pipeline.rep_combo.setCurrentIndex(pipeline.rep_combo.findData(stalled_db["bob"]))
    assert _panel_names(pipeline) == ["Boundary 31"]
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        pipeline.team_combo.setCurrentIndex(pipeline.team_combo.findData(stalled_db["south"]))
    assert _panel_names(pipeline) == ["Stuck demo"]
    assert panel.title_label.text() == "Stalled deals (1)"


def test_double_click_opens_the_deal(qtbot: QtBot, pipeline: PipelinePage, stalled_db: dict[str, int]) -> None:
    with qtbot.waitSignal(pipeline.dialog_opened, timeout=TIMEOUT) as opened:
        pipeline.stalled_panel.table.cellDoubleClicked.emit(1, 0)
    dialog = opened.args[0]
    assert dialog.detail.row.id == stalled_db["Stuck demo"]
    dialog.close()
