"""`salesmgr export plan|goals` and `salesmgr import --kind quotas` of an edited plan workbook, on
tests/helpers/quota_data.py's organisation and 2027 plan (Ann 100,000 a quarter)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesmgr.cli import main
from salesmgr.models import clock
from salesmgr.models.database import Database
from tests.exchange.reports.test_plan import rows_by_label
from tests.helpers import quota_data


@pytest.fixture
def built(db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(clock.ENV_VAR, quota_data.TODAY.isoformat())
    quota_data.plan_2027(db, quota_data.build(db))
    db.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_edit_import(built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.xlsx"
    code, _, err = run(capsys, "--db", str(built), "export", "plan", "--period", "2027", "--out", str(out))
    assert code == 0 and err == ""
    code, text, _ = run(capsys, "--db", str(built), "import", str(out), "--kind", "quotas")
    assert code == 0 and "0 inserted, 0 updated, 20 unchanged" in text
    workbook = load_workbook(out)
    sheet = workbook.active
    assert sheet is not None
    sheet[f"C{rows_by_label(sheet)['Ann']}"] = 110000
    workbook.save(out)
    code, text, _ = run(capsys, "--db", str(built), "import", str(out), "--kind", "quotas", "--json")
    payload = json.loads(text)
    assert code == 0 and payload["updated"] == 1 and payload["changes"] == [
        {"sheet": "Fiscal year 2027", "row": 8, "rep": "Ann", "period": "2027Q1", "before": "100000.00",
         "after": "110000.00"}]
    assert run(capsys, "--db", str(built), "quotas", "lock", "--period", "2027Q1")[0] == 0
    sheet[f"C{rows_by_label(sheet)['Ann']}"] = 1
    workbook.save(out)
    code, text, _ = run(capsys, "--db", str(built), "import", str(out), "--kind", "quotas")
    assert code == 1 and "Ann 2027Q1: 110,000.00 -> 1.00" in text and "nothing was written" in text


def test_every_planned_year_and_the_goals_report(built: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "all.xlsx"
    assert run(capsys, "--db", str(built), "export", "plan", "--period", "all", "--out", str(out))[0] == 0
    assert load_workbook(out).sheetnames == ["Fiscal year 2025", "Fiscal year 2026", "Fiscal year 2027"]
    goals = tmp_path / "goals.xlsx"
    assert run(capsys, "--db", str(built), "export", "goals", "--period", "2026Q3", "--out", str(goals))[0] == 0
    assert load_workbook(goals).sheetnames == ["Goals"]
