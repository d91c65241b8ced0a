"""`salesmgr leads score/model/list/show` over the five leads of tests/helpers/leads_data.py (MQL 1, SQL 2,
Lead 2 under the seed's model; MQL 3, SQL 0, Lead 2 with the webinar at 40 points)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from salesmgr.models.database import Database
from tests.helpers.cli_run import run_cli
from tests.helpers.leads_data import SCORES, TODAY, add_leads


@pytest.fixture
def data(db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    monkeypatch.setenv("SALESMGR_TODAY", TODAY.isoformat())
    with db.session() as session:
        ids = add_leads(session)
    db.close()
    return ids


def test_score_prints_the_grades(capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, int]) -> None:
    code, out, _err = run_cli(capsys, db_path, "leads", "score", "--json")
    assert code == 0
    assert out == {"model_version": 1, "grades": {"MQL": 1, "SQL": 2, "Lead": 2}}


def test_model_set_saves_a_version_and_rescores(capsys: pytest.CaptureFixture[str], db_path: Path,
                                               data: dict[str, int], tmp_path: Path) -> None:
    code, model, _err = run_cli(capsys, db_path, "leads", "model", "--json")
    assert code == 0 and model["version"] == 1 and model["rules"][3]["field"] == "webinar"
    model["rules"][3]["points"] = 40
    file = tmp_path / "model.json"
    file.write_text(json.dumps(model, ensure_ascii=False), encoding="utf-8")
    code, out, _err = run_cli(capsys, db_path, "leads", "model", "set", str(file), "--by", "Ann", "--note", "x",
                              "--json")
    assert (code, out) == (0, {"model_version": 2, "grades": {"MQL": 3, "SQL": 0, "Lead": 2}})
    code, history, _err = run_cli(capsys, db_path, "leads", "model", "history", "--json")
    assert [(v["version"], v["changed_by"], v["changes"]) for v in history["versions"]] == [
        (2, "Ann", ["attended webinar: 20 -> 40 points"]), (1, "salesmgr", ["first version"])]
    code, listed, _err = run_cli(capsys, db_path, "leads", "list", "--grade", "mql", "--json")
    assert sorted((lead["name"], lead["score"]) for lead in listed["leads"]) == [("Ann", 65), ("Bob", 85),
                                                                               ("Eve", 60)]


def test_bad_model_file_exits_2(capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, int],
                                tmp_path: Path) -> None:
    file = tmp_path / "model.json"
    file.write_text(json.dumps({"rules": [], "grades": [{"name": "A", "min_score": 5, "action": "route"}]}))
    code, _out, err = run_cli(capsys, db_path, "leads", "model", "set", str(file), "--by", "Ann")
    assert code == 2 and "last" in err  # the last grade takes the rest: no minimum
    file.write_text("{")
    assert run_cli(capsys, db_path, "leads", "model", "set", str(file), "--by", "Ann")[0] == 2
    code, out, _err = run_cli(capsys, db_path, "leads", "score", "--json")
    assert out["model_version"] == 1


def test_list_and_show(capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, int]) -> None:
    code, listed, _err = run_cli(capsys, db_path, "leads", "list", "--json")
    assert {lead["name"]: lead["score"] for lead in listed["leads"]} == SCORES
    code, _out, err = run_cli(capsys, db_path, "leads", "list", "--grade", "hot")
    assert code == 2 and "MQL, SQL, Lead" in err
    code, shown, _err = run_cli(capsys, db_path, "leads", "show", str(data["Ann"]), "--json")
    assert [part["text"] for part in shown["parts"]] == [
        "+15 industry 科技", "+10 company size 2000", "+20 attended webinar (2026-11-01)"]
    assert shown["score"] == 45 and shown["grade"] == "SQL"
