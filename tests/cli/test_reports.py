"""`salesmgr funnel` and `salesmgr dashboard` on a small database whose every figure is worked out by hand."""
from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from salesmgr.cli import main
from salesmgr.cli.reports_json import dashboard_json
from salesmgr.models import Account, Opportunity, Quota, Rep, StageDefinition, StageHistory, Team
from salesmgr.models.database import Database
from salesmgr.models.metrics.summary import WonVsQuota, dashboard_report
from salesmgr.models.periods import Period


def _deal(s, stages, rep, account, name, stage, amount, probability, created, expected, closed, history) -> None:
    opp = Opportunity(name=name, account_id=account.id, owner_id=rep.id, stage_id=stages[stage],
                      amount_minor=amount, currency="CNY", probability=probability, created_date=created,
                      expected_close_date=expected, closed_date=closed, lead_source="Website", product="CRM")
    s.add(opp)
    s.flush()
    s.add_all(StageHistory(opportunity_id=opp.id, stage_id=stages[stage_name],
                           entered_at=datetime.combine(day, datetime.min.time())) for stage_name, day in history)


@pytest.fixture
def small(db: Database) -> Database:
    """A won, a lost, an open deal in negotiation (200 at 75%) and an open lead without amount; quota 400."""
    with db.session() as s:
        stages = dict(s.execute(select(StageDefinition.name, StageDefinition.id)).all())
        team = Team(name="East")
        s.add(team)
        s.flush()
        rep = Rep(name="Ann Lee", email="ann@example.com", team_id=team.id)
        s.add(rep)
        s.flush()
        account = Account(name="Acme")
        s.add(account)
        s.flush()
        d = date
        _deal(s, stages, rep, account, "A", "Won", 10000, 100, d(2026, 1, 1), d(2026, 2, 1), d(2026, 2, 1),
              [("Lead identified", d(2026, 1, 1)), ("Needs confirmed", d(2026, 1, 10)), ("Won", d(2026, 2, 1))])
        _deal(s, stages, rep, account, "B", "Lost", 5000, 0, d(2026, 1, 5), d(2026, 1, 20), d(2026, 1, 20),
              [("Lead identified", d(2026, 1, 5)), ("Lost", d(2026, 1, 20))])
        _deal(s, stages, rep, account, "C", "Negotiation", 20000, 75, d(2026, 1, 10), d(2026, 3, 15), None,
              [("Lead identified", d(2026, 1, 10)), ("Needs confirmed", d(2026, 1, 12)),
               ("Solution demo", d(2026, 1, 20)), ("Negotiation", d(2026, 1, 25))])
        _deal(s, stages, rep, account, "D", "Lead identified", None, 10, d(2026, 2, 1), d(2026, 4, 1), None,
              [("Lead identified", d(2026, 2, 1))])
        s.add(Quota(rep_id=rep.id, period="2026Q1", amount_minor=40000, currency="CNY"))
    return db


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_funnel_json_over_all_dates(small: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _json(capsys, "--db", str(db_path), "funnel", "--period", "all", "--json")
    assert (report["from"], report["to"], report["currency"]) == (None, None, "CNY")
    rows = [(s["stage"], s["count"], s["amount"], s["reached"], s["conversion"]) for s in report["stages"]]
    # Every deal entered the pipeline (4); A (won) and C (in negotiation) reached every open stage after it;
    # the close rate is won (A) / reached Negotiation (A, C) = 0.5.
    assert rows == [("Lead identified", 1, "0.00", 4, 0.5), ("Needs confirmed", 0, "0.00", 2, 1.0),
                    ("Solution demo", 0, "0.00", 2, 1.0), ("Negotiation", 1, "200.00", 2, 0.5),
                    ("Won", 1, "100.00", 1, None), ("Lost", 1, "50.00", 1, None)]
    assert report["win_rate"] == 0.5  # 1 won / (1 won + 1 lost)
    assert report["avg_cycle_days"] == report["median_cycle_days"] == 31.0  # A: 1 Jan to 1 Feb
    assert report["weighted_pipeline"] == "150.00"  # C: 200 x 75%; D has no amount
    assert report["data_completeness"] == 0.9643  # 27 of 28 fields: D has no amount


def test_funnel_filters_by_period_and_rep(small: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _json(capsys, "--db", str(db_path), "funnel", "--from", "2026-03-01", "--to", "2026-04-30",
                   "--rep", "ANN@example.com", "--json")
    counts = {s["stage"]: s["count"] for s in report["stages"]}
    assert counts == {"Lead identified": 1, "Needs confirmed": 0, "Solution demo": 0, "Negotiation": 1,
                      "Won": 0, "Lost": 0}  # C closes 15 Mar, D 1 Apr (expected close dates)
    assert report["win_rate"] is None and report["reasons"]["win_rate"]


def test_dashboard_tiles_for_the_quarter(small: Database) -> None:
    with small.session() as s:
        report = dashboard_report(s, Period.parse("2026Q1"), today=date(2026, 3, 1))
    tiles = report.tiles
    assert tiles.won == WonVsQuota(Decimal("100.00"), Decimal("400.00"), 0.25)
    kpis = tiles.kpis
    assert (kpis.win_rate, kpis.avg_cycle_days, kpis.weighted_pipeline) == (0.5, 31.0, Decimal("150.00"))
    assert kpis.data_completeness == 1.0  # A, B, C are in Q1 and complete; D closes in Q2
    # C has been in Negotiation since 25 Jan (35 days > 30, no won deal ever was there); D in Lead since 1 Feb
    # (28 days > 2 x the 9 days A spent there).
    assert tiles.stalled_deals == 2
    # the CLI's JSON at the edge: money as decimal strings, the reason only when a figure is missing
    assert dashboard_json(report)["won"] == {"amount": "100.00", "quota": "400.00", "attainment": 0.25}
    assert dashboard_json(report)["weighted_pipeline"] == "150.00"


def test_unknown_names_and_bad_dates_exit_2(small: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "funnel", "--team", "west"]) == 2
    assert "no team called west" in capsys.readouterr().err
    assert main(["--db", str(db_path), "dashboard", "--rep", "Ann Li"]) == 2  # not a part of "Ann Lee"
    assert "close matches: Ann Lee" in capsys.readouterr().err
    assert main(["--db", str(db_path), "funnel", "--from", "2026-13-01"]) == 2
    assert main(["--db", str(db_path), "funnel", "--from", "2026-05-01", "--to", "2026-04-01"]) == 2
    assert main(["--db", str(db_path), "dashboard", "--period", "Q5"]) == 2


# --- one period rule: figures cover the current fiscal quarter unless --period or --from/--to say otherwise ----

def _funnel_counts(report: dict) -> dict[str, int]:
    return {s["stage"]: s["count"] for s in report["stages"]}


def _workbook_counts(path: Path) -> tuple[str, dict[str, int]]:
    """The funnel report's period line and its Deals-now column per stage."""
    sheet = load_workbook(path)["Funnel"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(rows) if row[0] == "Stage")
    counts = {row[0]: row[2] for row in rows[header + 1:header + 7]}
    return str(rows[1][0]), counts


def test_funnel_dashboard_and_export_funnel_default_to_the_same_quarter(
        small: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SALESMGR_TODAY", "2026-02-15")  # in 2026Q1 (the fiscal year starts in January)
    funnel = _json(capsys, "--db", str(db_path), "funnel", "--json")
    dashboard = _json(capsys, "--db", str(db_path), "dashboard", "--json")
    out = tmp_path / "funnel.xlsx"
    assert main(["--db", str(db_path), "export", "funnel", "--out", str(out)]) == 0
    capsys.readouterr()
    assert (funnel["from"], funnel["to"]) == ("2026-01-01", "2026-03-31")
    assert (dashboard["period"], dashboard["from"], dashboard["to"]) == ("2026Q1", "2026-01-01", "2026-03-31")
    period_line, report_counts = _workbook_counts(out)
    assert period_line == "Period: 2026Q1"
    # A (closed 1 Feb), B (lost 20 Jan), C (expected 15 Mar) are in Q1; D (expected 1 Apr) is not
    expected = {"Lead identified": 0, "Needs confirmed": 0, "Solution demo": 0, "Negotiation": 1, "Won": 1,
                "Lost": 1}
    assert _funnel_counts(funnel) == expected
    assert _funnel_counts({"stages": dashboard["stages"]}) == expected
    assert report_counts == expected


def test_period_all_covers_every_date(small: Database, db_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SALESMGR_TODAY", "2026-02-15")
    funnel = _json(capsys, "--db", str(db_path), "funnel", "--period", "ALL", "--json")
    assert (funnel["from"], funnel["to"]) == (None, None)
    assert _funnel_counts(funnel)["Lead identified"] == 1  # D, expected in Q2, is in
    out = tmp_path / "funnel.xlsx"
    assert main(["--db", str(db_path), "export", "funnel", "--out", str(out), "--period", "all"]) == 0
    capsys.readouterr()
    assert _workbook_counts(out) == ("Period: all dates", _funnel_counts(funnel))
    # data exports: every record unless --period: A, B, C, D; 2026Q1: A, B, C
    rows = {}
    for name, extra in (("none", []), ("all", ["--period", "all"]), ("q1", ["--period", "2026Q1"])):
        payload = _json(capsys, "--db", str(db_path), "export", "opportunities", "--out",
                        str(tmp_path / f"{name}.csv"), "--json", *extra)
        rows[name] = payload["rows"]
    assert rows == {"none": 4, "all": 4, "q1": 3}


def test_period_and_from_to_together_or_all_where_a_period_is_needed_exit_2(
        small: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "funnel", "--period", "2026Q1", "--from", "2026-01-01"]) == 2
    assert "either --period or --from/--to" in capsys.readouterr().err
    assert main(["--db", str(db_path), "dashboard", "--period", "all"]) == 2
    assert "the dashboard needs a quarter, month or year" in capsys.readouterr().err
    for report in ("quotas", "dashboard", "bonus"):
        out = tmp_path / f"{report}.xlsx"
        assert main(["--db", str(db_path), "export", report, "--out", str(out), "--period", "all"]) == 2
        error = capsys.readouterr().err
        assert f"the {report} report needs a quarter, month or year" in error and "\n" not in error.strip()
        assert not out.exists()
    assert main(["--db", str(db_path), "funnel", "--period", "2026Q5"]) == 2
    assert "is not a period" in capsys.readouterr().err


def test_from_alone_is_open_ended(small: Database, db_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SALESMGR_TODAY", "2026-02-15")
    report = _json(capsys, "--db", str(db_path), "funnel", "--from", "2026-03-01", "--json")
    assert (report["from"], report["to"]) == ("2026-03-01", None)
    assert _funnel_counts(report)["Lead identified"] == 1  # D (1 Apr) is after the quarter, and counted


# --- a team or rep by a part of its name ------------------------------------------------------------------------

@pytest.fixture
def regions(small: Database) -> Database:
    with small.session() as s:
        s.add_all([Team(name="华东大区 East China"), Team(name="华南大区 South China")])
        s.flush()
        east = s.scalar(select(Team.id).where(Team.name == "华东大区 East China"))
        rep = Rep(name="Annabel Wu", email="annabel@example.com", team_id=east)
        s.add(rep)
        s.flush()
        stage = s.scalar(select(StageDefinition.id).where(StageDefinition.name == "Won"))
        s.add(Opportunity(name="E", owner_id=rep.id, stage_id=stage, amount_minor=70000, currency="CNY",
                          closed_date=date(2026, 2, 2)))
    return small


def test_a_unique_part_of_a_name_finds_the_team_or_rep(regions: Database, db_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    east_china = _json(capsys, "--db", str(db_path), "funnel", "--period", "all", "--team", "east CHINA", "--json")
    assert _funnel_counts(east_china)["Won"] == 1  # Annabel's deal E only
    lee = _json(capsys, "--db", str(db_path), "funnel", "--period", "all", "--rep", "lee", "--json")
    assert sum(_funnel_counts(lee).values()) == 4  # Ann Lee's A, B, C, D
    # an exact name comes first: "East" is a team of its own although "East China" contains it too
    east = _json(capsys, "--db", str(db_path), "funnel", "--period", "all", "--team", "EAST", "--json")
    assert sum(_funnel_counts(east).values()) == 4


def test_an_ambiguous_part_lists_the_candidates(regions: Database, db_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "funnel", "--team", "china"]) == 2
    error = capsys.readouterr().err.strip()
    assert error == ("salesmgr: more than one team's name contains china: 华东大区 East China, 华南大区 South China; "
                     "give more of the name")
    assert main(["--db", str(db_path), "dashboard", "--rep", "ann"]) == 2
    error = capsys.readouterr().err.strip()
    assert "more than one rep's name contains ann: Ann Lee, Annabel Wu" in error and "\n" not in error
