"""`salesmgr leads route`, `leads routing` and `leads nurture`: the JSON, the settings changed by name, dry runs,
and unknown names refused with exit 2."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from salesmgr.models import Lead, clock
from salesmgr.models.database import Database
from tests.helpers.cli_run import run_cli
from tests.helpers.lead_routing import DAY, SQL, add_lead, add_rep, add_team

TODAY = date(2026, 11, 16)


@pytest.fixture
def data(db: Database) -> None:
    """North: Ann and Bob; South: Sue. Three MQLs L0-L2 (created a day apart, region East) and one SQL."""
    clock.set_today(TODAY)
    with db.session() as session:
        north, south = add_team(session, "North"), add_team(session, "South")
        add_rep(session, "Ann", north)
        add_rep(session, "Bob", north)
        add_rep(session, "Sue", south)
        for number in range(3):
            add_lead(session, f"L{number}", created=DAY + timedelta(days=number), region="East")
        add_lead(session, "Warm", SQL)


def test_route_json_round_robin_in_a_team(capsys: pytest.CaptureFixture[str], db_path: Path, data: None) -> None:
    code, out, _ = run_cli(capsys, db_path, "leads", "route", "--team", "NORTH", "--json")
    # North's rotation: Ann, Bob, Ann.
    assert code == 0
    assert (out["method"], out["team"]) == ("round_robin", "North")
    assert [(row["lead"], row["rep"], row["score"], row["grade"]) for row in out["assigned"]] == [
        ("L0", "Ann", 50, "MQL"), ("L1", "Bob", 50, "MQL"), ("L2", "Ann", 50, "MQL")]
    assert out["assigned"][0]["reason"] == "round robin: next in turn"
    assert (out["unassigned"], out["nurtured"]) == ([], 1)


def test_dry_run_changes_nothing(capsys: pytest.CaptureFixture[str], db_path: Path, data: None,
                                 db: Database) -> None:
    code, out, _ = run_cli(capsys, db_path, "leads", "route", "--dry-run", "--json")
    assert code == 0 and out["dry_run"] and len(out["assigned"]) == 3
    with db.session() as session:
        assert {lead.status for lead in session.query(Lead)} == {"new"}


def test_settings_then_territory(capsys: pytest.CaptureFixture[str], db_path: Path, data: None) -> None:
    assert run_cli(capsys, db_path, "leads", "routing", "set", "--method", "territory", "--capacity", "5")[0] == 0
    code, _, _ = run_cli(capsys, db_path, "leads", "routing", "rep", "bob", "--regions", "east, 华东",
                         "--capacity", "2")
    assert code == 0
    code, out, _ = run_cli(capsys, db_path, "leads", "routing", "--json")
    reps = {rep["rep"]: (rep["limit"], rep["regions"]) for rep in out["reps"]}
    assert (out["method"], out["capacity"]) == ("territory", 5)
    assert reps == {"Ann": (5, []), "Bob": (2, ["east", "华东"]), "Sue": (5, [])}
    code, out, _ = run_cli(capsys, db_path, "leads", "route", "--json")
    # Only Bob covers East, with room for 2: L0 and L1; L2 is left.
    assert [(row["lead"], row["rep"]) for row in out["assigned"]] == [("L0", "Bob"), ("L1", "Bob")]
    assert out["unassigned"] == [{"lead_id": out["unassigned"][0]["lead_id"], "lead": "L2", "score": 50,
                                  "reason": "every rep covering region East is at capacity"}]


def test_text_output(capsys: pytest.CaptureFixture[str], db_path: Path, data: None) -> None:
    code, out, _ = run_cli(capsys, db_path, "leads", "route", "--method", "load")
    assert code == 0
    assert "3 assigned, 0 left unassigned, 1 moved to nurturing" in out
    assert "fewest open leads (0 before)" in out


def test_unknown_names_and_bad_values_exit_2(capsys: pytest.CaptureFixture[str], db_path: Path,
                                             data: None) -> None:
    code, _, err = run_cli(capsys, db_path, "leads", "routing", "rep", "Zed", "--capacity", "3")
    assert code == 2 and "no rep called Zed" in err
    code, _, err = run_cli(capsys, db_path, "leads", "routing", "set", "--capacity", "0")
    assert code == 2 and "from 1 to 1000" in err
    code, _, err = run_cli(capsys, db_path, "leads", "route", "--team", "West")
    assert code == 2 and "no team called West" in err


def test_nurture_json_and_export(capsys: pytest.CaptureFixture[str], db_path: Path, data: None,
                                 tmp_path: Path) -> None:
    out_file = tmp_path / "list.xlsx"
    code, out, _ = run_cli(capsys, db_path, "leads", "nurture", "--export", str(out_file), "--json")
    assert code == 0
    assert out["nurtured"] == 1
    assert [(row["lead"], row["score"], row["needs_points"], row["lacks"]) for row in out["leads"]] == [
        ("Warm", 40, 10, ["white_paper"])]
    assert out_file.exists() and out["exported"] == str(out_file.resolve())
