"""`salesmgr health` on the hand-made customers of tests/helpers/health_data.py (scores worked out there and in
tests/models/customers/test_health.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from salesmgr.models.database import open_database
from tests.helpers.cli_run import run_cli
from tests.helpers.health_data import build


@pytest.fixture
def path(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SALESMGR_TODAY", "2026-12-01")
    db = open_database(db_path)
    build(db)
    db.close()
    return db_path


def test_health_json_has_the_issue_shape(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, out, _ = run_cli(capsys, path, "health", "--json")
    assert code == 0
    assert set(out) == {"accounts", "distribution"}
    assert out["distribution"] == {"healthy": 2, "watch": 0, "at_risk": 2}
    alpha = out["accounts"][0]
    assert set(alpha) == {"account", "score", "band", "parts"}
    assert (alpha["account"], alpha["score"], alpha["band"]) == ("Alpha", 71, "healthy")
    assert alpha["parts"]["satisfaction"] == {"label": "CSAT/NPS", "weight": 20, "value": "CSAT 4.5, NPS 8.0",
                                              "points": 83.8}
    beta = out["accounts"][1]
    # a missing input is null, not 0
    assert beta["parts"]["usage_trend"] == {"label": "Usage trend", "weight": 25, "value": None, "points": None}
    code, out, _ = run_cli(capsys, path, "health", "--band", "at_risk", "--json")
    assert [a["account"] for a in out["accounts"]] == ["Beta", "Epsilon"]
    assert out["distribution"]["healthy"] == 2  # the band filters the list only


def test_health_text_and_chinese(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, out, _ = run_cli(capsys, path, "health")
    assert code == 0
    assert "Beta" in out and "Usage trend missing" in out
    assert out.rstrip().endswith("Healthy 2 · Watch 0 · At risk 2 · No score 0")
    code, out, _ = run_cli(capsys, path, "--lang", "zh_CN", "health")
    assert code == 0 and "Healthy" not in out and "Usage trend" not in out


def test_watch_retention_and_unknown_rep(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, out, _ = run_cli(capsys, path, "health", "watch", "--json")
    assert code == 0
    assert [(a["account"], a["renewal_date"], a["score"]) for a in out["accounts"]] == [("Beta", "2027-01-15", 33)]
    # 2026Q4: the cohort on 09-30 is the 5 customers won on 01-15; Delta churned on 11-01 -> 1/5
    code, out, _ = run_cli(capsys, path, "health", "retention", "--periods", "2", "--json")
    assert out["periods"] == [
        {"period": "2026Q3", "cohort": 5, "churned": 0, "churn_rate": "0.0000", "retention_rate": "1.0000"},
        {"period": "2026Q4", "cohort": 5, "churned": 1, "churn_rate": "0.2000", "retention_rate": "0.8000"}]
    code, _, err = run_cli(capsys, path, "health", "--rep", "Nobody")
    assert code == 2 and "Nobody" in err


def test_model_set_and_reset(capsys: pytest.CaptureFixture[str], path: Path, tmp_path: Path) -> None:
    code, out, _ = run_cli(capsys, path, "health", "model", "--json")
    assert out["weights"]["usage_trend"] == 25 and (out["healthy_min"], out["watch_min"]) == (70, 40)
    out["weights"] = {"renewal_intent": 50, "last_contact": 50}
    out["healthy_min"], out["watch_min"] = 80, 30
    model = tmp_path / "model.json"
    model.write_text(json.dumps(out), encoding="utf-8")
    assert run_cli(capsys, path, "health", "model", "set", str(model), "--json")[0] == 0
    # Alpha: (80 + 50) / 2 = 65 -> watch (see the model test)
    code, out, _ = run_cli(capsys, path, "health", "--json")
    assert (out["accounts"][0]["score"], out["accounts"][0]["band"]) == (65, "watch")
    model.write_text('{"weights": {"payment": 200}, "healthy_min": 70, "watch_min": 40}', encoding="utf-8")
    code, _, err = run_cli(capsys, path, "health", "model", "set", str(model))
    assert code == 2 and "between 0 and 100" in err
    model.write_text("{not json", encoding="utf-8")
    assert run_cli(capsys, path, "health", "model", "set", str(model))[0] == 2
    code, out, _ = run_cli(capsys, path, "health", "model", "reset", "--json")
    assert out["weights"]["usage_trend"] == 25
