"""`salesmgr goals`: the JSON shape, adding from a template or with every field, templates, actuals, bad input."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from salesmgr.cli import main
from salesmgr.models import clock
from salesmgr.models.database import open_database
from salesmgr.models.goals.templates import TEMPLATES
from tests.models.metrics.test_funnel import deal, rep, team


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    path = tmp_path / "g.sqlite"
    db = open_database(path)
    with db.session() as s:
        east = team(s, "East China")
        ann = rep(s, "Ann", east)
        # Q3: won 1,000 and 3,000, lost 1: win rate 2/3
        deal(s, "Won", "1000.00", owner=ann, created=date(2026, 6, 1), closed=date(2026, 7, 31))
        deal(s, "Won", "3000.00", owner=ann, created=date(2026, 7, 1), closed=date(2026, 8, 10))
        deal(s, "Lost", "10.00", owner=ann, created=date(2026, 7, 1), closed=date(2026, 8, 11))
    db.close()
    clock.set_today(date(2026, 8, 15))  # 46 of 92 days: elapsed 0.5
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_and_show_as_json(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_file, "goals", "add", "--dimension", "operations", "--metric", "win_rate",
               "--baseline", "50%", "--target", "0.75", "--owner-team", "east", "--period", "2026Q3")[0] == 0
    assert run(capsys, "--db", db_file, "goals", "add", "--template", "nps", "--period", "2026Q3")[0] == 0
    code, out, _ = run(capsys, "--db", db_file, "goals", "--period", "2026Q3", "--json")
    assert code == 0
    # win rate 2/3 from 0.5 to 0.75: progress (0.6667 - 0.5) / 0.25 = 0.6667 vs elapsed 0.5 -> on track
    assert json.loads(out) == {"period": "2026Q3", "goals": [
        {"id": 2, "dimension": "customer", "metric": "nps", "owner": "company", "baseline": "30.00",
         "target": "50.00", "actual": None, "progress": None, "status": "no_data",
         "reason": "no NPS responses in the period"},
        {"id": 1, "dimension": "operations", "metric": "win_rate", "owner": "East China", "baseline": "0.5000",
         "target": "0.7500", "actual": "0.6667", "progress": 0.6667, "status": "on_track", "reason": None},
    ]}


def test_manual_actual_and_text(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db_file, "goals", "add", "--dimension", "team", "--metric", "cross_department_projects",
        "--baseline", "0", "--target", "4", "--period", "2026Q3", "--owner-rep", "ann")
    assert run(capsys, "--db", db_file, "goals", "actual", "--goal", "1", "--value", "1")[0] == 0
    code, out, _ = run(capsys, "--db", db_file, "goals", "--period", "2026Q3")
    # 1 of 4: progress 0.25, 25 points behind the elapsed 0.5 -> at risk (the boundary)
    assert code == 0 and "Cross-department projects" in out and "25%" in out and "at risk" in out


def test_templates_and_bad_input(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db_file, "goals", "templates", "--json")
    templates = json.loads(out)["templates"]
    keys = [t["key"] for t in templates]
    assert code == 0 and "sales_cycle" in keys and "healthy_share" in keys and keys == list(TEMPLATES)
    ltv = next(t for t in templates if t["key"] == "ltv_growth")  # measured baseline, target = baseline x 1.30
    assert (ltv["baseline"], ltv["target"], ltv["target_change"]) == (None, None, "0.30")
    code, _, err = run(capsys, "--db", db_file, "goals", "add", "--template", "nope", "--period", "2026Q3")
    assert code == 2 and "unknown goal template nope" in err
    code, _, err = run(capsys, "--db", db_file, "goals", "add", "--template", "nps", "--owner-rep", "zed",
                       "--period", "2026Q3")
    assert code == 2 and "no rep called zed" in err
    code, _, err = run(capsys, "--db", db_file, "goals", "add", "--metric", "win_rate", "--period", "2026Q3")
    assert code == 2 and "goals add needs" in err
    code, _, err = run(capsys, "--db", db_file, "goals", "add", "--template", "nps", "--baseline", "lots",
                       "--period", "2026Q3")
    assert code == 2 and "must be a number" in err
