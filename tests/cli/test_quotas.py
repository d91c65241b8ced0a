"""`salesmgr quotas` on the hand-made organisation of tests/helpers/quota_data.py (today 2026-11-15)."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from salesmgr.cli import main
from salesmgr.models import clock
from salesmgr.models.database import Database, open_database
from salesmgr.models.goals.locks import audit_log
from salesmgr.models.goals.plan import load_plan
from tests.helpers import quota_data


@pytest.fixture
def built(db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(clock.ENV_VAR, quota_data.TODAY.isoformat())
    quota_data.build(db)
    db.close()
    return db_path


def _run(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, Any, str]:
    code = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in args and code == 0 else out), err


def test_the_quarter_as_json(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload, err = _run(capsys, built, "quotas", "--period", "2026q4", "--json")
    assert code == 0 and err == ""
    assert (payload["period"], payload["currency"]) == ("2026Q4", "CNY")
    rows = {row["owner"]: row for row in payload["rows"]}
    assert [r["owner"] for r in payload["rows"]] == ["Ann", "Bob", "Eli", "North", "Cid", "Dan", "South", "company"]
    ann = rows["Ann"]
    # Ann: 20,000 won of 100,000; 120,000 open / 80,000 left = 1.5
    assert {k: ann[k] for k in ("owner", "owner_type", "team", "quota", "won", "attainment", "coverage")} == {
        "owner": "Ann", "owner_type": "rep", "team": "North", "quota": "100000.00", "won": "20000.00",
        "attainment": 0.2, "coverage": 1.5}
    assert ann["flagged"] is True and ann["pipeline_needed"] == "160000.00"
    # 2026-11-15 is day 46 of 2026Q4's 92: half the quarter gone, so 20 % won is a pace of 40 %: red
    assert (ann["pace"], ann["band"]) == (0.4, "red")
    assert rows["North"]["owner_type"] == "team" and rows["North"]["quota"] == "150000.00"
    assert rows["company"] == {**rows["company"], "owner_type": "company", "team": None, "quota": "150000.00",
                               "won": "20000.00"}
    assert rows["Cid"]["coverage"] is None and rows["Cid"]["reasons"]["coverage"] == "no quota for this period"


@pytest.mark.parametrize("owner", [("--rep", "Ann"), ("--team", "North"), ()])
def test_won_and_attainment_agree_with_the_dashboard_and_the_funnel(
        built: Path, capsys: pytest.CaptureFixture[str], owner: tuple[str, ...]) -> None:
    name = owner[1] if owner else "company"
    for period in ("2026Q2", "2026Q4"):
        _, payload, _ = _run(capsys, built, "quotas", "--period", period, "--json")
        row = next(r for r in payload["rows"] if r["owner"] == name)
        _, dashboard, _ = _run(capsys, built, "dashboard", "--period", period, *owner, "--json")
        _, funnel, _ = _run(capsys, built, "funnel", "--period", period, *owner, "--json")
        won_stage = next(s for s in funnel["stages"] if s["kind"] == "won")
        assert row["won"] == dashboard["won"]["amount"] == won_stage["amount"]
        assert (row["quota"], row["attainment"]) == (dashboard["won"]["quota"], dashboard["won"]["attainment"])


def test_set_a_quota_and_a_locked_quarter_refuses(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, built, "quotas", "set", "--rep", "ann", "--period", "2027Q1", "125000")[0] == 0
    code, _, err = _run(capsys, built, "quotas", "lock", "--period", "2027Q1")
    assert code == 0 and err == ""
    code, _, err = _run(capsys, built, "quotas", "set", "--rep", "Ann", "--period", "2027-02", "1")
    assert code == 1 and "2027Q1 is locked" in err
    code, _, err = _run(capsys, built, "quotas", "lock", "--period", "2027Q1")
    assert code == 1 and "locked already" in err
    code, _, err = _run(capsys, built, "quotas", "unlock", "--period", "2027Q1")
    assert code == 2 and "--reason" in err
    code, payload, _ = _run(capsys, built, "quotas", "unlock", "--period", "2027Q1", "--reason", "re-plan", "--json")
    assert code == 0 and payload["locked"] is False
    db = open_database(built)
    try:
        with db.session() as session:
            assert load_plan(session, 2027).quotas[1, "2027Q1"] == Decimal("125000.00")
            assert [e.action for e in audit_log(session)] == ["unlock", "lock"]
    finally:
        db.close()


def test_distribute_prints_quotas_that_add_up_to_the_target(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload, err = _run(capsys, built, "quotas", "distribute", "--company", "--year", "2027", "--amount",
                              "1000000.01", "--method", "ramp", "--dry-run", "--json")
    assert code == 0 and err == ""
    assert (payload["target"], payload["method"]) == ("1000000.01", "ramp")
    assert set(payload["rows"][0]) >= {"rep", "period", "quota"}
    assert sum(Decimal(row["quota"]) for row in payload["rows"]) == Decimal("1000000.01")
    assert {row["period"] for row in payload["rows"]} == {"2027Q1", "2027Q2", "2027Q3", "2027Q4"}
    db = open_database(built)
    try:
        with db.session() as session:
            assert load_plan(session, 2027).total == 0  # dry run
    finally:
        db.close()
    code, payload, _ = _run(capsys, built, "quotas", "distribute", "--team", "south", "--year", "2027",
                            "--amount", "100", "--method", "equal", "--json")
    assert code == 0 and {row["rep"] for row in payload["rows"]} == {"Cid", "Dan"}
    assert payload["rounding"] == "0.00"


@pytest.mark.parametrize("args", [
    ("quotas", "--period", "2026-09"),  # not a quarter
    ("quotas", "set", "--rep", "Ann", "--period", "2026Q4", "lots"),
    ("quotas", "set", "--rep", "Nobody", "--period", "2026Q4", "5"),
    ("quotas", "distribute", "--year", "2027", "--amount", "5", "--method", "equal"),  # no scope
    ("quotas", "distribute", "--company", "--year", "2027", "--amount", "5", "--method", "odd"),
    ("quotas", "distribute", "--company", "--year", "2027", "--amount", "-5", "--method", "equal"),
])
def test_bad_input_exits_2(built: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    code, out, err = _run(capsys, built, *args)
    assert code == 2 and out == "" and err.startswith("salesmgr: ") and err.count("\n") == 1


def test_text_output_and_copy(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, built, "quotas", "--period", "2026Q4")
    assert code == 0 and out.splitlines()[0] == "quotas 2026Q4 (open), amounts in CNY"
    assert "1.5x !" in out
    assert _run(capsys, built, "quotas", "target", "--year", "2026", "900000")[0] == 0
    code, payload, _ = _run(capsys, built, "quotas", "copy", "--year", "2027", "--growth", "10", "--json")
    # 2026 quarters: Ann 4 x 100,000, Bob 4 x 50,000, Dan 3 x 100,000 = 900,000 -> 990,000; target 990,000
    assert code == 0 and payload["target"] == "990000.00"
    assert sum(Decimal(row["quota"]) for row in payload["rows"]) == Decimal("990000.00")
