"""`salesmgr quotas` on the hand-made organisation of tests/helpers/quota_data.py (today 2026-11-15)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from salesmgr.models import clock
from salesmgr.models.database import Database, open_database
from salesmgr.models.goals.locks import audit_log
from salesmgr.models.goals.plan import load_plan
from tests.helpers import quota_data
from tests.helpers.cli_run import run_cli


@pytest.fixture
def built(db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(clock.ENV_VAR, quota_data.TODAY.isoformat())
    quota_data.build(db)
    db.close()
    return db_path




def test_the_quarter_as_json(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload, err = run_cli(capsys, built, "quotas", "--period", "2026q4", "--json")
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
        _, payload, _ = run_cli(capsys, built, "quotas", "--period", period, "--json")
        row = next(r for r in payload["rows"] if r["owner"] == name)
        _, dashboard, _ = run_cli(capsys, built, "dashboard", "--period", period, *owner, "--json")
        _, funnel, _ = run_cli(capsys, built, "funnel", "--period", period, *owner, "--json")
        won_stage = next(s for s in funnel["stages"] if s["kind"] == "won")
        assert row["won"] == dashboard["won"]["amount"] == won_stage["amount"]
        assert (row["quota"], row["attainment"]) == (dashboard["won"]["quota"], dashboard["won"]["attainment"])


def test_set_a_quota_and_a_locked_quarter_refuses(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, built, "quotas", "set", "--rep", "ann", "--period", "2027Q1", "125000")[0] == 0
    code, _, err = run_cli(capsys, built, "quotas", "lock", "--period", "2027Q1")
    assert code == 0 and err == ""
    code, _, err = run_cli(capsys, built, "quotas", "set", "--rep", "Ann", "--period", "2027-02", "1")
    assert code == 1 and "2027Q1 is locked" in err
    code, _, err = run_cli(capsys, built, "quotas", "lock", "--period", "2027Q1")
    assert code == 1 and "locked already" in err
    code, _, err = run_cli(capsys, built, "quotas", "unlock", "--period", "2027Q1")
    assert code == 2 and "--reason" in err
    code, payload, _ = run_cli(capsys, built, "quotas", "unlock", "--period", "2027Q1", "--reason", "re-plan", "--json")
    assert code == 0 and payload["locked"] is False
    db = open_database(built)
    try:
        with db.session() as session:
            assert load_plan(session, 2027).quotas[1, "2027Q1"] == Decimal("125000.00")
            assert [e.action for e in audit_log(session)] == ["unlock", "lock"]
    finally:
        db.close()


def test_distribute_prints_quotas_that_add_up_to_the_target(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload, err = run_cli(capsys, built, "quotas", "distribute", "--company", "--year", "2027", "--amount",
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
    code, payload, _ = run_cli(capsys, built, "quotas", "distribute", "--team", "south", "--year", "2027",
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
    code, out, err = run_cli(capsys, built, *args)
    assert code == 2 and out == "" and err.startswith("salesmgr: ") and err.count("\n") == 1


def test_text_output_and_copy(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, built, "quotas", "--period", "2026Q4")
    assert code == 0 and out.splitlines()[0] == "quotas 2026Q4 (open), amounts in CNY"
    assert "1.5x !" in out
    assert run_cli(capsys, built, "quotas", "target", "--year", "2026", "900000")[0] == 0
    code, payload, _ = run_cli(capsys, built, "quotas", "copy", "--year", "2027", "--growth", "10", "--json")
    # 2026 quarters: Ann 4 x 100,000, Bob 4 x 50,000, Dan 3 x 100,000 = 900,000 -> 990,000; target 990,000
    assert code == 0 and payload["target"] == "990000.00"
    assert sum(Decimal(row["quota"]) for row in payload["rows"]) == Decimal("990000.00")


@pytest.fixture
def planned(built: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The 2027 plan of quota_data.plan_2027, Ann's 2027-01 month row of 30,000 and 2027Q1 locked."""
    db = open_database(built)
    try:
        quota_data.plan_2027(db, _ids(db))
    finally:
        db.close()
    assert run_cli(capsys, built, "quotas", "set", "--rep", "Ann", "--period", "2027-01", "30000")[0] == 0
    assert run_cli(capsys, built, "quotas", "lock", "--period", "2027Q1")[0] == 0
    return built


def _ids(db: Database) -> dict[str, int]:
    from sqlalchemy import select

    from salesmgr.models import Rep, Team

    with db.session() as session:
        return {**dict(session.execute(select(Rep.name, Rep.id)).tuples().all()),
                **dict(session.execute(select(Team.name, Team.id)).tuples().all())}


def test_the_plan_as_json(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload, err = run_cli(capsys, planned, "quotas", "plan", "--year", "2027", "--json")
    assert code == 0 and err == ""
    assert {k: payload[k] for k in ("fiscal_year", "fiscal_start", "currency", "locked")} == {
        "fiscal_year": 2027, "fiscal_start": 1, "currency": "CNY", "locked": ["2027Q1"]}
    # each quarter: Ann 100,000 + Bob 50,000 + Eli 40,000 (North) + Dan 100,000 + Cid 40,000 (South) = 330,000;
    # the year 1,320,000 against the target 1,200,000: gap -120,000. Months are never added into a quarter
    assert (payload["target"], payload["total"], payload["gap"]) == ("1200000.00", "1320000.00", "-120000.00")
    assert payload["totals"] == {"2027Q1": "330000.00", "2027Q2": "330000.00", "2027Q3": "330000.00",
                                 "2027Q4": "330000.00", "2027": "1320000.00", "2027-01": "30000.00"}
    teams = {team["team"]: team for team in payload["teams"]}
    assert teams["North"]["subtotals"] == {**{f"2027Q{n}": "190000.00" for n in range(1, 5)}, "2027": "760000.00",
                                           "2027-01": "30000.00"}
    assert teams["South"]["subtotals"] == {**{f"2027Q{n}": "140000.00" for n in range(1, 5)}, "2027": "560000.00"}
    assert [rep["rep"] for rep in teams["North"]["reps"]] == ["Ann", "Bob", "Eli"]
    ann = teams["North"]["reps"][0]
    # Ann's month row of 30,000 does not add up to her 2027Q1 quota of 100,000
    assert ann["quotas"] == {**{f"2027Q{n}": "100000.00" for n in range(1, 5)}, "2027-01": "30000.00"}
    assert (ann["year"], ann["month_mismatch"]) == ("400000.00", ["2027Q1"])
    assert payload["reasons"] == {}


def test_the_plans_capacity_and_forecast(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from salesmgr.models.goals.capacity import capacity_report

    _, payload, _ = run_cli(capsys, planned, "quotas", "plan", "--year", "2027", "--json")
    db = open_database(planned)
    try:
        with db.session() as session:
            report = capacity_report(session, 2027)
    finally:
        db.close()
    # as tests/models/goals/test_capacity.py: capacity 1,059,000 of the target 1,200,000, 141,000 short, 1 more rep
    assert payload["capacity"] == {"capacity": "1059000.00", "target": "1200000.00", "gap": "141000.00",
                                   "more_reps": 1, "reasons": {}}
    assert payload["capacity"]["capacity"] == str(report.capacity) and payload["capacity"]["gap"] == str(report.gap)
    # nothing won in 2027 yet; the 999,999 deal expected 2027-01-05 at 50 % = 499,999.50 in Q1, landing
    # 499,999.50 / 330,000 = 1.51515 -> 1.5152; the other quarters have no open deal
    quarters = payload["forecast"]["quarters"]
    assert quarters[0] == {"period": "2027Q1", "quota": "330000.00", "won": "0.00", "weighted": "499999.50",
                           "landing": "499999.50", "landing_attainment": 1.5152, "reasons": {}}
    assert [(q["period"], q["landing"], q["landing_attainment"]) for q in quarters[1:]] == [
        (f"2027Q{n}", "0.00", 0.0) for n in (2, 3, 4)]
    assert payload["forecast"]["months"] == [{"period": "2027-01", "open_count": 1, "amount": "999999.00",
                                              "weighted": "499999.50"}]
    # the won deals have no created date, so none was in a quarter's opening forecast: forecast 0, accuracy
    # 1 - |0 - won| / won = 0; won Ann 80,000 + Dan 90,000 a quarter, and Bob's 130,000 in 2026Q2
    assert [(a["period"], a["forecast"], a["won"], a["accuracy"]) for a in payload["accuracy"]] == [
        ("2025Q4", "0.00", "170000.00", 0.0), ("2026Q1", "0.00", "170000.00", 0.0),
        ("2026Q2", "0.00", "300000.00", 0.0), ("2026Q3", "0.00", "170000.00", 0.0)]


def test_the_plan_of_the_current_year_as_text(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload, _ = run_cli(capsys, built, "quotas", "plan", "--json")
    # today 2026-11-15: fiscal 2026, no target; South is Dan's 100,000 in Q1 to Q3 (none in Q4): 300,000
    assert code == 0 and payload["fiscal_year"] == 2026 and payload["target"] is None and payload["gap"] is None
    assert payload["reasons"] == {"target": "no target for the fiscal year", "gap": "no target for the fiscal year"}
    south = next(team for team in payload["teams"] if team["team"] == "South")
    assert south["subtotals"]["2026Q4"] == "0.00" and south["subtotals"]["2026"] == "300000.00"
    code, out, _ = run_cli(capsys, built, "quotas", "plan")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "quota plan of fiscal 2026, amounts in CNY"
    # Ann 4 x 100,000 + Bob 4 x 50,000 + Dan 3 x 100,000 = 900,000
    assert "target: not set; sum of quotas: 900,000.00; gap: n/a" in lines
    company = next(line for line in lines if line.startswith("company total"))
    assert company.split()[2:] == ["250,000.00", "250,000.00", "250,000.00", "150,000.00", "900,000.00"]
    # 2026Q4: won 20,000 + weighted 35,000 + 25,000 = 80,000 of 150,000: 53.3 %
    q4 = next(line for line in lines if line.startswith("2026Q4"))
    assert q4.split() == ["2026Q4", "150,000.00", "20,000.00", "60,000.00", "80,000.00", "53.3%"]
    assert any(line.split() == ["2026-11", "35,000.00"] for line in lines)


def test_a_bad_plan_year_exits_2(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, built, "quotas", "plan", "--year", "20270")
    assert code == 2 and out == "" and err == "salesmgr: 20270 is not a fiscal year; give one like 2027\n"
