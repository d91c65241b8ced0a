"""Exports from the GUI: a filtered, sorted table to xlsx and CSV (what the table shows, typed), the Pipeline's
table streamed from the database, and the File > Export dialog for reports and data, each in the background."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.models.settings import set_fiscal_start
from salesmgr.views.exchange.export_dialog import ExportDialog
from salesmgr.views.pipeline.page import PipelinePage
from salesmgr.views.runner import DbRunner
from salesmgr.views.team.page import TeamPage
from salesmgr.views.widgets.table_export import export_table
from tests.views.pipeline.test_page import ids as pipeline_ids  # noqa: F401 - the fixture
from tests.views.pipeline.test_page import refilter, show_everything, shown
from tests.views.team.test_page import seeded  # noqa: F401 - the fixture

TIMEOUT = 10_000


def wait_idle(qtbot: QtBot, runner: DbRunner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)


def sheet_rows(path: Path) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path)
    return list(book.worksheets[0].iter_rows(values_only=True))


def table_part(rows: list[tuple[Any, ...]], header_first: str) -> list[tuple[Any, ...]]:
    """The header row (found by its first cell) and the rows under it."""
    start = next(i for i, row in enumerate(rows) if row and row[0] == header_first)
    return rows[start:]


@pytest.fixture
def team_page(qtbot: QtBot, runner: DbRunner, seeded: dict[str, int]) -> TeamPage:  # noqa: F811
    page = TeamPage(runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        pass
    return page


def test_a_searched_and_sorted_table_exports_what_it_shows(qtbot: QtBot, runner: DbRunner, team_page: TeamPage,
                                                           tmp_path: Path) -> None:
    team_page.search_edit.setText("north")  # Alice and Bob are in North
    team_page.rep_view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # hire date, newest first
    out = tmp_path / "reps.xlsx"
    export_table(team_page.rep_view, runner, "Reps", team_page._rep_filter_notes(), path=out)
    wait_idle(qtbot, runner)
    rows = sheet_rows(out)
    assert rows[0][0] == "Reps"
    assert any(row[0] == "Search: north" for row in rows[:4])
    table = table_part(rows, "Name")
    assert table[0][:5] == ("Name", "E-mail", "Team", "Role", "Hire date")
    # Bob hired 2023-01-09 before Alice 2019-03-04 (descending); the date is a real date, "active" a boolean
    assert [(row[0], row[4]) for row in table[1:]] == [("Bob", datetime(2023, 1, 9)), ("Alice", datetime(2019, 3, 4))]
    assert table[1][7] is True


def test_csv_is_utf8_with_a_bom(qtbot: QtBot, runner: DbRunner, team_page: TeamPage, tmp_path: Path) -> None:
    out = tmp_path / "teams.csv"
    export_table(team_page.team_view, runner, "Teams", path=out)
    wait_idle(qtbot, runner)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Name,Region,Active reps,Active")
    assert sorted(line.split(",")[0] for line in lines[1:]) == ["North", "West"]


def test_the_pipeline_exports_every_filtered_deal_in_its_sort_order(
        qtbot: QtBot, runner: DbRunner, pipeline_ids: dict[str, int], tmp_path: Path) -> None:  # noqa: F811
    page = PipelinePage(runner)
    qtbot.addWidget(page)
    show_everything(qtbot, runner, page)
    refilter(qtbot, page, lambda: page.team_combo.setCurrentIndex(page.team_combo.findData(pipeline_ids["North"])))
    out = tmp_path / "pipeline.xlsx"
    action_stream = page._export_stream()
    export_table(page.view, runner, "Pipeline", ["Team: North"], action_stream, path=out)
    wait_idle(qtbot, runner)
    table = table_part(sheet_rows(out), "Name")
    assert table[0] == ("Name", "Account", "Owner", "Team", "Stage", "Amount", "Currency", "Probability",
                        "Expected close", "Closed", "Created")
    # North's deals in the page's order: by expected close, the deal without one first (as SQLite sorts NULL)
    assert [row[0] for row in table[1:]] == shown(page) == ["Epsilon pilot", "Beta CRM", "Alpha ERP"]
    beta = table[2]
    assert beta[5] == pytest.approx(5000.50) and beta[6] == "CNY" and beta[7] == pytest.approx(0.75)
    assert beta[8] == datetime(2026, 2, 1)


def test_a_failed_export_says_why_and_keeps_the_old_file(qtbot: QtBot, runner: DbRunner, team_page: TeamPage,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    export_table(team_page.team_view, runner, "Teams", path=tmp_path / "missing" / "teams.xlsx")
    wait_idle(qtbot, runner)
    assert len(warnings) == 1 and "does not exist" in warnings[0]
    existing = tmp_path / "teams.txt"
    existing.write_text("keep me")
    export_table(team_page.team_view, runner, "Teams", path=existing)  # neither .xlsx nor .csv
    wait_idle(qtbot, runner)
    assert len(warnings) == 2 and existing.read_text() == "keep me"


@pytest.fixture
def demo_db(db: Database) -> Database:
    from salesmgr.demo import load_demo
    load_demo(db, opportunities=300, reps=8)
    return db


def test_the_export_dialog_writes_a_report_and_data(qtbot: QtBot, runner: DbRunner, demo_db: Database,
                                                    tmp_path: Path) -> None:
    dialog = ExportDialog(runner, today=date(2026, 11, 27), initial="quotas")
    qtbot.addWidget(dialog)
    wait_idle(qtbot, runner)
    assert dialog.choice() == ("report", "quotas")
    assert dialog.period_combo.currentData() == "2026Q4"
    assert dialog.team_combo.count() > 1
    report = tmp_path / "quotas.xlsx"
    dialog.export(report)
    wait_idle(qtbot, runner)
    assert dialog.written == report and openpyxl.load_workbook(report).worksheets
    dialog.select("opportunities")
    assert dialog.choice() == ("data", "opportunities")
    assert dialog.period_combo.currentData() is None  # data exports default to all dates
    data = tmp_path / "deals.csv"
    dialog.export(data)
    wait_idle(qtbot, runner)
    lines = data.read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == 301  # the header and the 300 demo deals


def test_a_deals_stage_history_exports_from_its_dialog(qtbot: QtBot, runner: DbRunner, db: Database,
                                                       pipeline_ids: dict[str, int], tmp_path: Path) -> None:  # noqa: F811
    from salesmgr.models.pipeline import opportunities as service
    from tests.views.pipeline.test_page import open_dialog

    page = PipelinePage(runner)
    qtbot.addWidget(page)
    show_everything(qtbot, runner, page)
    deal = pipeline_ids["Alpha ERP"]
    with db.session() as session:
        service.move_stage(session, deal, pipeline_ids["stage:Negotiation"], datetime(2026, 2, 3, 9, 30))
    dialog = open_dialog(qtbot, page, deal)
    actions = [action for action in dialog.history_table.actions() if action.text() == "Export to Excel…"]
    assert len(actions) == 1
    out = tmp_path / "history.csv"
    export_table(dialog.history_table, runner, "Stage history", path=out)
    wait_idle(qtbot, runner)
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "Stage,Entered" and any(line.startswith("Negotiation,") for line in lines[1:])
    dialog.reject()


def test_the_export_dialog_follows_a_fiscal_year_from_april(qtbot: QtBot, runner: DbRunner, demo_db: Database,
                                                            tmp_path: Path) -> None:
    # the demo's quotas are by calendar quarter; with April as the first month the keys are re-read as fiscal ones
    with demo_db.session() as session:
        set_fiscal_start(session, 4)
    dialog = ExportDialog(runner, today=date(2026, 11, 27), initial="quotas", period="2026Q2")
    qtbot.addWidget(dialog)
    wait_idle(qtbot, runner)
    # 2026-11-27 is in fiscal 2026Q3 (October-December); 2026Q2, asked for by the page, is July-September
    assert dialog.period_combo.itemText(0) == "FY2026 Q3 (Oct–Dec 2026) (current)"
    assert (dialog.period_combo.currentData(), dialog.period_combo.currentText()) == (
        "2026Q2", "FY2026 Q2 (Jul–Sep 2026)")
    report = tmp_path / "quotas.xlsx"
    dialog.export(report)
    wait_idle(qtbot, runner)
    assert openpyxl.load_workbook(report).worksheets[0]["A2"].value == "Period: 2026Q2 (2026-07-01 to 2026-09-30)"
