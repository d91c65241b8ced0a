"""salesmgr ltv / costs / journey on the hand-made data of tests/models/customers (figures worked out there)."""
from __future__ import annotations

from pathlib import Path

import pytest

from salesmgr.models.database import Database
from tests.helpers.cli_run import run_cli
from tests.models.customers import test_journey, value_data


def test_ltv_json(capsys: pytest.CaptureFixture[str], db: Database, db_path: Path) -> None:
    with db.session() as s:
        value_data.build(s)
    db.close()
    code, out, _err = run_cli(capsys, db_path, "ltv", "--period", "2026Q3", "--json")
    assert code == 0
    company = out["company"]
    assert (company["ltv"], company["cac"], company["ltv_cac"], company["lifetime_months"]) == (
        "2520.00", "2100.00", 1.2, 9.0)
    assert out["left_out_currencies"] == ["USD"] and out["uncounted_cost_periods"] == ["2026"]
    west = next(t for t in out["teams"] if t["name"] == "West")
    assert west["ltv"] is None and west["ltv_reason"].startswith("no customer churned")


def test_costs_add_and_list(capsys: pytest.CaptureFixture[str], db: Database, db_path: Path) -> None:
    with db.session() as s:
        value_data.build(s)
    db.close()
    assert run_cli(capsys, db_path, "costs", "add", "--period", "2026Q4", "--amount", "12,000", "--team",
                   "east", "--source", "Webinar", "--json")[0] == 0
    code, out, _err = run_cli(capsys, db_path, "costs", "list", "--period", "2026Q4", "--json")
    assert code == 0 and [(c["team"], c["lead_source"], c["amount"]) for c in out["costs"]] == [
        ("East", "Webinar", "12000.00")]
    code, _out, err = run_cli(capsys, db_path, "costs", "add", "--period", "2026Q5", "--amount", "1")
    assert code == 2 and "2026Q5" in err
    code, _out, err = run_cli(capsys, db_path, "costs", "add", "--period", "2026Q4", "--amount", "1",
                              "--team", "Nowhere")
    assert code == 2 and "no team called Nowhere" in err


def test_journey_json(capsys: pytest.CaptureFixture[str], db: Database, db_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SALESMGR_TODAY", test_journey.TODAY.isoformat())
    with db.session() as s:
        test_journey.build(s)
    db.close()
    code, out, _err = run_cli(capsys, db_path, "journey", "--json")
    assert code == 0
    assert [(st["key"], st["accounts_now"], st["lost"]) for st in out["stages"]] == [
        ("awareness", 2, 1), ("consideration", 1, 1), ("purchase", 1, 0), ("onboarding", 2, 1),
        ("adoption", 1, 1), ("renewal", 1, 1)]
    assert out["stages"][3]["days_now"] == {"median": 32.0, "average": 32.0, "count": 2}
    assert {t["department"] for st in out["stages"] for t in st["touchpoints"]} == {"sales", "marketing",
                                                                                   "product", "service"}
