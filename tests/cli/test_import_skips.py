"""`salesmgr import User.csv --kind reps`: the skipped system users, counted by reason, in text (translated)
and in JSON (``skipped_rows``, English)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from salesmgr.cli import main
from tests.helpers import salesforce_files as sf


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_skipped_users_are_counted_in_json_and_text(db_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = sf.users_csv(tmp_path)  # 5 salespeople, 2 AutomatedProcess users and 1 CloudIntegrationUser
    status, out, err = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "reps", "--json")
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert (report["rows"], report["inserted"], report["rejected"]) == (8, 5, 0)
    assert report["skipped_rows"] == {"user type AutomatedProcess": 2, "user type CloudIntegrationUser": 1}
    status, out, _ = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "reps")
    assert out.splitlines()[:3] == [f"{path}: 8 rows, 0 inserted, 0 updated, 5 unchanged, 0 rejected",
                                    "skipped 2 rows: user type AutomatedProcess",
                                    "skipped 1 row: user type CloudIntegrationUser"]
    status, out, _ = _run(capsys, "--lang", "zh_CN", "--db", str(db_path), "import", str(path), "--kind", "reps")
    assert out.splitlines()[1:3] == ["跳过 2 行：用户类型 AutomatedProcess", "跳过 1 行：用户类型 CloudIntegrationUser"]
