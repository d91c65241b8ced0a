"""The fiscal year's first month from the database: with April, 2026Q1 is 2026-04-01 .. 2026-06-30 in every command
(dashboard, funnel, bonus, report exports); with the default January nothing moves.

The data (hand-made): Ann (team East) has a quota of 1,000.00 CNY for 2026Q1 and four won deals closed on
2026-03-31 (100), 2026-04-01 (200), 2026-06-30 (300) and 2026-07-01 (400). Under April, 2026Q1 holds the second and
third: won 500.00, attainment 0.5; under January, 2026Q1 (January-March) holds only the first: won 100.00.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesmgr.cli import main
from salesmgr.models import Quota, Rep, Team
from salesmgr.models.database import Database
from salesmgr.models.settings import fiscal_start, set_fiscal_start
from tests.helpers.bonus_data import add_deal

DEALS = ((date(2026, 3, 31), "100"), (date(2026, 4, 1), "200"), (date(2026, 6, 30), "300"), (date(2026, 7, 1), "400"))


def _data(db: Database, month: int | None) -> Database:
    with db.session() as s:
        team = Team(name="East")
        s.add(team)
        s.flush()
        ann = Rep(name="Ann Lee", email="ann@example.com", team_id=team.id)
        s.add(ann)
        s.flush()
        for closed, amount in DEALS:
            add_deal(s, ann, amount, closed, name=f"won {closed}")
        s.add(Quota(rep_id=ann.id, period="2026Q1", amount_minor=100000, currency="CNY"))
        if month is not None:
            set_fiscal_start(s, month)
    return db


@pytest.fixture
def april(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setenv("SALESMGR_TODAY", "2026-05-10")  # in fiscal 2026Q1 when the year starts in April
    return _data(db, 4)


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _won(report: dict) -> int:
    return next(stage["count"] for stage in report["stages"] if stage["stage"] == "Won")


def test_the_dashboard_defaults_to_the_fiscal_quarter_of_today(april: Database, db_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    report = _json(capsys, "--db", str(db_path), "dashboard", "--json")
    assert (report["period"], report["from"], report["to"]) == ("2026Q1", "2026-04-01", "2026-06-30")
    assert report["won"] == {"amount": "500.00", "quota": "1000.00", "attainment": 0.5}  # 200 + 300 of 1,000


def test_a_fiscal_year_runs_april_to_march(april: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _json(capsys, "--db", str(db_path), "dashboard", "--period", "2026", "--json")
    assert (report["from"], report["to"]) == ("2026-04-01", "2027-03-31")
    assert report["won"]["amount"] == "900.00"  # 200 + 300 + 400; the March deal is in fiscal 2025


def test_funnel_period_covers_april_to_june(april: Database, db_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    report = _json(capsys, "--db", str(db_path), "funnel", "--period", "2026q1", "--json")
    assert (report["from"], report["to"]) == ("2026-04-01", "2026-06-30")
    assert _won(report) == 2  # 1 April and 30 June
    default = _json(capsys, "--db", str(db_path), "funnel", "--json")
    assert (default["from"], default["to"]) == ("2026-04-01", "2026-06-30")


def test_the_bonus_sheet_counts_april_to_june(april: Database, db_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _json(capsys, "--db", str(db_path), "bonus", "--period", "2026Q1", "--json")
    ann = sheet["reps"][0]
    assert (sheet["period"], ann["won"], ann["quota"], ann["attainment"]) == ("2026Q1", "500.00", "1000.00",
                                                                               "0.5000")


def test_the_report_period_line_gives_the_dates(april: Database, db_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dashboard.xlsx"
    assert main(["--db", str(db_path), "export", "dashboard", "--out", str(out)]) == 0
    sheet = load_workbook(out).worksheets[0]
    assert sheet["A2"].value == "Period: 2026Q1 (2026-04-01 to 2026-06-30)"


def test_january_is_unchanged(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SALESMGR_TODAY", "2026-05-10")  # in calendar 2026Q2
    _data(db, None)
    report = _json(capsys, "--db", str(db_path), "dashboard", "--json")
    assert (report["period"], report["from"], report["to"]) == ("2026Q2", "2026-04-01", "2026-06-30")
    assert report["won"] == {"amount": "500.00", "quota": None, "attainment": None,  # the quota is for 2026Q1
                             "reason": "no quota for this period"}
    first = _json(capsys, "--db", str(db_path), "funnel", "--period", "2026Q1", "--json")
    assert (first["from"], first["to"], _won(first)) == ("2026-01-01", "2026-03-31", 1)  # the March deal


def test_the_first_month_cannot_change_once_a_quarter_is_approved(april: Database, db_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "bonus", "approve", "--period", "2026Q1"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "settings", "set", "fiscal_start", "1"]) == 1
    assert "the bonuses of 2026Q1 are approved" in capsys.readouterr().err
    with april.session() as s:
        assert fiscal_start(s) == 4
    assert main(["--db", str(db_path), "settings", "set", "fiscal_start", "4"]) == 0  # the same month: no change


def test_a_bad_period_exits_2_before_the_database_opens(april: Database, db_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "bonus", "approve", "--period", "2026Q5"]) == 2
    assert main(["--db", str(db_path), "dashboard", "--period", "2026-13"]) == 2
    sheet = _json(capsys, "--db", str(db_path), "bonus", "--period", "2026Q1", "--json")
    assert sheet["approved"] is False  # nothing was written
