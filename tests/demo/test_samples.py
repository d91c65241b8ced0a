"""Sample CRM exports written with the demo data, and what importing them does (checked against the files)."""
from __future__ import annotations

import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from salesmgr.demo import load_demo
from salesmgr.demo.samples import FXIAOKE_FILE, SALESFORCE_FILE, list_samples, samples_folder, write_samples
from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.results import ImportOptions
from salesmgr.models import Account, Opportunity, StageDefinition
from salesmgr.models.database import Database


@pytest.fixture
def demo_db(db: Database) -> Database:
    load_demo(db, opportunities=1500, reps=12)
    return db


def _current(db: Database) -> dict[tuple[str, str], tuple[str, Decimal]]:
    with db.session() as s:
        rows = s.execute(select(Account.name, Opportunity.name, StageDefinition.name, Opportunity.amount_minor)
                         .join(Account).join(StageDefinition)).all()
    return {(a, o): (stage, Decimal(minor) / 100) for a, o, stage, minor in rows}


def _data_rows(path: Path, header_row: int) -> list[list[object]]:
    rows = [[c.value for c in row] for row in load_workbook(path).active.iter_rows()][header_row:]
    return [row for row in rows if row[1] is not None]  # the footer has no account


def test_samples_are_written_beside_the_database(demo_db: Database) -> None:
    paths = write_samples(demo_db)
    assert [p.name for p in paths] == [SALESFORCE_FILE, FXIAOKE_FILE]
    assert samples_folder(demo_db) == demo_db.path.parent / "samples"
    assert list_samples(demo_db) == sorted(paths)


def test_salesforce_sample_updates_moved_deals_and_adds_new_ones(demo_db: Database) -> None:
    path = write_samples(demo_db)[0]
    before = _current(demo_db)
    rows = _data_rows(path, 4)
    known = [r for r in rows if (r[1], r[0]) in before]
    moved = sum(1 for r in known if before[(r[1], r[0])][0] != r[3])
    result = run_import(demo_db, path, ImportOptions(kind="opportunities"))
    assert result.rejected == 0 and result.inserted == len(rows) - len(known) == 5
    assert result.updated == moved > 0
    assert run_import(demo_db, path, ImportOptions(kind="opportunities")).unchanged == len(rows)


def test_fxiaoke_sample_revises_amounts_and_rejects_unreadable_ones(demo_db: Database) -> None:
    path = write_samples(demo_db)[1]
    before = _current(demo_db)
    rows = _data_rows(path, 1)
    unreadable = [r for r in rows if r[3] == "待定"]
    revised = [r for r in rows if r[3] != "待定" and Decimal(str(r[3]).removesuffix("万")).scaleb(4)
               != before[(r[1], r[0])][1]]
    result = run_import(demo_db, path, ImportOptions(kind="opportunities"))
    assert result.rejected == len(unreadable) > 0 and {r.column for r in result.rejects} == {"商机金额"}
    assert result.updated == len(revised) > 0 and result.inserted == 0


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
    assert [Path(p).name for p in samples] == [SALESFORCE_FILE, FXIAOKE_FILE]
    assert all(Path(p).parent == tmp_path / "samples" and Path(p).is_file() for p in samples)


@pytest.mark.skipif(os.name == "nt", reason="Windows has no Unix permission bits to check")
def test_samples_get_the_permissions_of_a_normally_created_file(db: Database) -> None:
    load_demo(db, opportunities=60, reps=3)
    old = os.umask(0o027)
    try:
        paths = write_samples(db)
        # new files: 0666 & ~027 = 0640 (not the temporary file's owner-only 0600)
        assert [stat.S_IMODE(p.stat().st_mode) for p in paths] == [0o640, 0o640]
        paths[0].chmod(0o664)
        os.umask(0o022)
        rewritten = write_samples(db)  # replacing keeps each file's own mode: 0664 and 0640
        assert [stat.S_IMODE(p.stat().st_mode) for p in rewritten] == [0o664, 0o640]
    finally:
        os.umask(old)
