"""`salesmgr roadmap`: the JSON of phases with milestone statuses, adding a milestone, setting a pilot, the pilot
comparison and the diagnosis, and bad input."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from salesmgr.cli import main
from salesmgr.models import clock
from salesmgr.models.database import open_database
from tests.models.metrics.test_funnel import deal, rep, team


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    """Pilot team East (Ann): Q2 won 1,000, Q3 won 3,000; West (Bo): Q2 won 2,000, Q3 won 2,500."""
    path = tmp_path / "r.sqlite"
    db = open_database(path)
    with db.session() as s:
        ann, bo = rep(s, "Ann", team(s, "East China")), rep(s, "Bo", team(s, "West"))
        for owner, amount, closed in ((ann, "1000.00", date(2026, 5, 1)), (ann, "3000.00", date(2026, 8, 1)),
                                      (bo, "2000.00", date(2026, 5, 3)), (bo, "2500.00", date(2026, 8, 3))):
            deal(s, "Won", amount, owner=owner, created=date(2026, 1, 5), closed=closed)
    db.close()
    clock.set_today(date(2026, 10, 15))
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_milestones_and_their_status_as_json(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    for title, due, done in (("Done one", "2026-09-01", "2026-08-30"), ("Late one", "2026-10-01", None),
                             ("Open one", "2026-12-01", None)):
        extra = ["--done", done] if done else []
        code, out, _ = run(capsys, "--db", db_file, "roadmap", "add-milestone", "--phase", "FOUNDATION",
                           "--title", title, "--due", due, "--owner-rep", "ann", *extra, "--json")
        assert code == 0 and json.loads(out)["phase"] == 1
    code, out, _ = run(capsys, "--db", db_file, "roadmap", "--json")
    payload = json.loads(out)
    assert code == 0 and payload["today"] == "2026-10-15"
    assert [p["key"] for p in payload["phases"]] == ["foundation", "capability", "collaboration"]
    first = payload["phases"][0]["milestones"]
    assert [(m["title"], m["status"], m["owner"]) for m in first] == [
        ("Done one", "done", "Ann"), ("Late one", "overdue", "Ann"), ("Open one", "open", "Ann")]
    code, out, _ = run(capsys, "--db", db_file, "--lang", "zh_CN", "roadmap")
    assert code == 0 and "夯实基础 优化流程" in out and "逾期" in out


def test_set_pilot_and_compare(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_file, "roadmap", "pilot")[0] == 2  # no pilot yet
    assert run(capsys, "--db", db_file, "roadmap", "set-pilot", "--team", "east", "--start", "2026-07-01")[0] == 0
    code, out, _ = run(capsys, "--db", db_file, "roadmap", "pilot", "--metric", "won_revenue", "--json")
    payload = json.loads(out)
    # East 1,000 -> 3,000, West 2,000 -> 2,500: (3,000 - 1,000) - (2,500 - 2,000) = 1,500
    assert code == 0 and payload["team"] == "East China" and payload["start"] == "2026-07-01"
    row = payload["comparisons"][0]
    assert (row["before"], row["after"], row["after_complete"]) == ("2026Q2", "2026Q3", True)
    assert [row[k] for k in ("pilot_before", "pilot_after", "others_before", "others_after", "difference")] == [
        "1000.00", "3000.00", "2000.00", "2500.00", "1500.00"]
    code, out, _ = run(capsys, "--db", db_file, "roadmap", "pilot", "--json")
    assert [c["metric"] for c in json.loads(out)["comparisons"]] == ["won_revenue", "win_rate"]


def test_diagnose_as_json(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db_file, "roadmap", "diagnose", "--period", "2026Q3", "--json")
    rows = {r["metric"]: r for r in json.loads(out)["metrics"]}
    assert code == 0 and rows["won_revenue"]["value"] == "5500.00"  # 3,000 + 2,500
    assert rows["win_rate"]["value"] == "1.0000" and rows["won_revenue"]["goal"] is None
    assert rows["high_margin_share"]["value"] is None and rows["high_margin_share"]["reason"]


def test_bad_input_exits_2_and_writes_nothing(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", db_file, "roadmap", "add-milestone", "--phase", "nowhere", "--title", "x",
                       "--due", "2026-01-01")
    assert code == 2 and "no roadmap phase called nowhere" in err
    assert run(capsys, "--db", db_file, "roadmap", "add-milestone", "--phase", "1", "--title", "x",
               "--due", "soon")[0] == 2
    assert run(capsys, "--db", db_file, "roadmap", "set-pilot", "--team", "nobody", "--start", "2026-07-01")[0] == 2
    assert run(capsys, "--db", db_file, "roadmap", "diagnose", "--period", "all")[0] == 2
    code, out, _ = run(capsys, "--db", db_file, "roadmap", "--json")
    assert all(not p["milestones"] for p in json.loads(out)["phases"]) and json.loads(out)["pilots"] == []
