"""Sample CRM exports written with the demo data, and what importing them does (checked against the files)."""
from __future__ import annotations

import os
import stat
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from salesmgr.demo import load_demo
from salesmgr.demo.sample_export import ACCOUNTS, DEALS, EXPORT_FILE, SYSTEM_USERS, USERS
from salesmgr.demo.samples import (
    FXIAOKE_FILE,
    NEW_STAGE,
    SALESFORCE_FILE,
    list_samples,
    samples_folder,
    write_samples,
)
from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.results import ImportOptions
from salesmgr.models import Account, Opportunity, StageDefinition, StageHistory, clock
from salesmgr.models.database import Database

SAMPLE_DAY = date(2026, 12, 1)


@pytest.fixture
def demo_db(db: Database) -> Database:
    # the demo and its samples are made around "today"; the expected counts are those of this day (on the wall
    # clock's 2026-12-02 the Salesforce sample finds only two deals in Contract review, not three)
    clock.set_today(SAMPLE_DAY)
    load_demo(db, opportunities=3000, reps=12)
    return db


def _current(db: Database) -> dict[tuple[str, str], tuple[str, Decimal]]:
    with db.session() as s:
        rows = s.execute(select(Account.name, Opportunity.name, StageDefinition.name, Opportunity.amount_minor)
                         .join(Account).join(StageDefinition)).all()
    return {(a, o): (stage, Decimal(minor) / 100) for a, o, stage, minor in rows}


def _twin_name(db: Database) -> str:
    """The name the demo gives two accounts on purpose (demo.org)."""
    with db.session() as s:
        names = s.scalars(select(Account.name).group_by(Account.name).having(func.count() > 1)).all()
    assert len(names) == 1
    return names[0]


def _data_rows(path: Path, header_row: int) -> list[list[object]]:
    rows = [[c.value for c in row] for row in load_workbook(path).active.iter_rows()][header_row:]
    return [row for row in rows if row[1] is not None]  # the footer has no account


def test_samples_are_written_beside_the_database(demo_db: Database) -> None:
    paths = write_samples(demo_db)
    assert [p.name for p in paths] == [SALESFORCE_FILE, FXIAOKE_FILE, EXPORT_FILE]
    assert samples_folder(demo_db) == demo_db.path.parent / "samples"
    assert list_samples(demo_db) == sorted(paths)


RENAMED = ["线索识别", "需求确认", "方案演示", "商务谈判"]  # the open stages renamed by a user, in position order


def _stage_names(db: Database) -> dict[str, list[str]]:
    """kind -> the stage names of that kind, in position order."""
    with db.session() as s:
        stages = s.execute(select(StageDefinition.kind, StageDefinition.name).order_by(StageDefinition.position))
        result: dict[str, list[str]] = {}
        for kind, name in stages:
            result.setdefault(kind, []).append(name)
    return result


def _history_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(StageHistory)) or 0


@pytest.fixture(params=["default stages", "renamed stages"])
def pipeline_db(request: pytest.FixtureRequest, demo_db: Database) -> Database:
    """The demo database, its open stages as created or renamed (the samples take the names from the database)."""
    if request.param == "renamed stages":
        renamed = list(RENAMED)
        with demo_db.session() as s:
            for stage in s.scalars(select(StageDefinition).where(StageDefinition.kind == "open")
                                   .order_by(StageDefinition.position)):
                stage.name = renamed.pop(0)
    return demo_db


def test_salesforce_sample_moves_deals_adds_a_stage_and_new_deals(pipeline_db: Database) -> None:
    db = pipeline_db
    path = write_samples(db)[0]
    before, stages, history = _current(db), _stage_names(db), _history_count(db)
    rows = _data_rows(path, 4)
    # the report names accounts only: its deals of the demo's two same-named accounts cannot be told apart
    twin = [r for r in rows if r[1] == _twin_name(db)]
    assert twin
    rows = [r for r in rows if r not in twin]
    known = [r for r in rows if (r[1], r[0]) in before]
    moved = [r for r in known if before[(r[1], r[0])][0] != r[3]]
    new_stage = [r for r in rows if r[3] not in stages["open"]]
    assert len(new_stage) == 3
    result = run_import(db, path, ImportOptions(kind="opportunities"))
    assert result.new_stages == [NEW_STAGE] and {r[3] for r in new_stage} == {NEW_STAGE}
    assert result.rejected == len(twin) and {r.reason for r in result.rejects} == {
        "account name matches 2 accounts; add the account id column"}
    assert result.inserted == len(rows) - len(known) == 5
    assert result.updated == len(moved) > len(new_stage)  # deals moved on a stage, three of them to the new one
    assert result.unchanged == len(known) - len(moved)
    after = _stage_names(db)
    assert after["open"] == [*stages["open"], NEW_STAGE]  # added after the last open stage, before won and lost
    assert after["won"] == stages["won"] and after["lost"] == stages["lost"]
    now = _current(db)
    assert all(now[(r[1], r[0])][0] == r[3] for r in rows)
    assert _history_count(db) == history + len(moved) + 5  # a history row for each move and each new deal
    again = run_import(db, path, ImportOptions(kind="opportunities"))
    assert (again.unchanged, again.rejected) == (len(rows), len(twin))


def test_fxiaoke_sample_revises_amounts_and_rejects_two_unreadable_ones(pipeline_db: Database) -> None:
    db = pipeline_db
    path = write_samples(db)[1]
    before, history = _current(db), _history_count(db)
    rows = _data_rows(path, 1)
    unreadable = [r for r in rows if r[3] == "待定"]
    revised = [r for r in rows if r[3] != "待定" and Decimal(str(r[3]).removesuffix("万")).scaleb(4)
               != before[(r[1], r[0])][1]]
    result = run_import(db, path, ImportOptions(kind="opportunities"))
    assert result.rows == len(rows) > 20
    assert result.rejected == len(unreadable) == 2 and {r.column for r in result.rejects} == {"商机金额"}
    assert result.updated == len(revised) > 0 and result.inserted == 0 and result.new_stages == []
    assert _history_count(db) == history  # budgets revised, no deal moved


def test_the_import_page_offers_the_samples(qtbot: object, demo_db: Database) -> None:
    from salesmgr.views.exchange.import_page import ImportPage
    from salesmgr.views.runner import DbRunner

    runner = DbRunner(demo_db)
    try:
        page = ImportPage(runner)
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        assert page.sample_list.count() == 0 and page.sample_button.isHidden()
        paths = write_samples(demo_db)
        page.reload_samples()
        assert [page.sample_list.item(i).text() for i in range(page.sample_list.count())] == sorted(
            p.name for p in paths)
        with qtbot.waitSignal(page.sample_requested) as signal:  # type: ignore[attr-defined]
            page.sample_button.click()
        assert signal.args == [sorted(paths)[0]]
    finally:
        runner.shutdown()


def test_cli_demo_reports_the_samples(tmp_path: Path) -> None:
    import json

    from salesmgr.cli import main

    db_path = tmp_path / "demo.sqlite"
    import io
    from contextlib import redirect_stdout

    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["--db", str(db_path), "demo", "--opportunities", "800", "--reps", "8", "--json"]) == 0
    samples = json.loads(out.getvalue())["samples"]
    assert [Path(p).name for p in samples] == [SALESFORCE_FILE, FXIAOKE_FILE, EXPORT_FILE]
    assert all(Path(p).parent == tmp_path / "samples" and Path(p).is_file() for p in samples)


@pytest.mark.skipif(os.name == "nt", reason="Windows has no Unix permission bits to check")
def test_samples_get_the_permissions_of_a_normally_created_file(db: Database) -> None:
    load_demo(db, opportunities=60, reps=3)
    old = os.umask(0o027)
    try:
        paths = write_samples(db)
        # new files: 0666 & ~027 = 0640 (not the temporary file's owner-only 0600)
        assert [stat.S_IMODE(p.stat().st_mode) for p in paths] == [0o640, 0o640, 0o640]
        paths[0].chmod(0o664)
        os.umask(0o022)
        rewritten = write_samples(db)  # replacing keeps each file's own mode: 0664 and 0640
        assert [stat.S_IMODE(p.stat().st_mode) for p in rewritten] == [0o664, 0o640, 0o640]
    finally:
        os.umask(old)


def test_the_sample_whole_export_joins_the_demo_without_new_stages_or_rejects(demo_db: Database) -> None:
    from salesmgr.exchange.imports.whole_export import ExportOptions, run_export_import

    export = next(p for p in write_samples(demo_db) if p.name == EXPORT_FILE)
    result = run_export_import(demo_db, export, ExportOptions())
    counts = {f.file: (f.rows, f.inserted) for f in result.files}
    assert counts["User.csv"] == (len(USERS) + len(SYSTEM_USERS), len(USERS))  # the system users are skipped
    assert counts["Account.csv"] == (ACCOUNTS, ACCOUNTS) and counts["Opportunity.csv"] == (DEALS, DEALS)
    # each deal's history has one row that repeats its first stage (an amount change): one entry fewer per deal
    history = next(f for f in result.files if f.kind == "stage_history")
    assert (history.inserted, history.unchanged) == (history.rows - DEALS, DEALS)
    assert [s.file for s in result.skipped] == ["Campaign.csv"]
    assert result.rejected == 0 and result.missing_rates == []
    assert all(not f.new_stages for f in result.files)  # the team works to the demo's pipeline
    assert {r.currency: str(r.rate) for r in result.rates_set} == {"EUR": "7.8", "USD": "7.222222222"}  # 7.8/1.08
