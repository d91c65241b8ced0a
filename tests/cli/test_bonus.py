"""`salesmgr bonus` against the hand-computed quarter of tests/bonus_data.py."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from salesmgr.models.database import Database
from tests.helpers import bonus_data
from tests.helpers.cli_run import run_cli


@pytest.fixture
def built(db: Database, db_path: Path) -> Path:
    bonus_data.build(db)
    db.close()
    return db_path


def _run(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, Any, str]:
    return run_cli(capsys, path, "bonus", *args)


def test_json_matches_the_hand_computed_quarter(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload, err = _run(capsys, built, "--period", "2026q3", "--json")
    assert code == 0 and err == ""
    assert {k: payload[k] for k in ("period", "currency", "weights", "total", "approved")} == {
        "period": "2026Q3", "currency": "CNY", "weights": {"sales": "0.60", "csat": "0.20", "process": "0.20"},
        "total": "40699.77", "approved": False}
    reps = {rep["rep"]: rep for rep in payload["reps"]}
    ann = reps["Ann"]
    assert {k: ann[k] for k in ("target_bonus", "quota", "won", "attainment", "sales_score", "csat_avg",
                                "csat_score", "crm_timeliness", "training", "process_score", "adjustment",
                                "payout")} == {
        "target_bonus": "20000.00", "quota": "100000.00", "won": "95500.00", "attainment": "0.9550",
        "sales_score": "0.9550", "csat_avg": "4.00", "csat_score": "0.8889", "crm_timeliness": "0.8000",
        "training": "0.5000", "process_score": "0.6711", "adjustment": "0.00", "payout": "17699.77"}
    bob = reps["Bob"]
    assert (bob["csat_avg"], bob["csat_reason"], bob["weights"]) == (
        None, "no CSAT responses in the quarter", {"sales": "0.7500", "csat": "0.0000", "process": "0.2500"})
    assert (bob["payout"], reps["Dee"]["payout"]) == ("5000.00", "18000.00")
    cid = reps["Cid"]
    assert (cid["quota"], cid["attainment"], cid["payout"], cid["reason"]) == (
        None, None, None, "Cid has no quota for 2026Q3")


def test_strict_refuses_with_exit_1_naming_the_reps(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, built, "--period", "2026Q3", "--json", "--strict")
    assert code == 1 and "Cid, Eve" in err


def test_approve_and_unapprove(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, built, "approve", "--period", "2026Q3")[0] == 0
    code, _, err = _run(capsys, built, "approve", "--period", "2026Q3")
    assert code == 1 and "approved" in err
    code, payload, _ = _run(capsys, built, "--period", "2026Q3", "--json")
    assert payload["approved"] is True and payload["live_differs"] is False and payload["approved_by"]
    code, _, err = _run(capsys, built, "unapprove", "--period", "2026Q3")
    assert code == 2 and "--reason" in err
    assert _run(capsys, built, "unapprove", "--period", "2026Q3", "--reason", "recheck")[0] == 0
    assert _run(capsys, built, "--period", "2026Q3", "--json")[1]["approved"] is False


def test_bad_arguments_exit_2(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, built, "--period", "2026-09", "--json")[0] == 2
    assert _run(capsys, built, "--period", "2026Q3", "--out", "x.csv")[0] == 2
