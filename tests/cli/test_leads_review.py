"""`salesmgr leads review` and `salesmgr leads suggest` on the seventy leads of tests/helpers/leads_review_data
(today 2026-12-01); the figures are those tests/models/leads works out by hand."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from salesmgr.models import clock
from salesmgr.models.database import Database, open_database
from salesmgr.models.leads.store import versions
from tests.helpers import leads_review_data as data
from tests.helpers.cli_run import run_cli


@pytest.fixture
def built(db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(clock.ENV_VAR, data.TODAY.isoformat())
    data.build(db)
    db.close()
    return db_path


def test_review_json(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload, err = run_cli(capsys, built, "leads", "review", "--from", "2026-11-01", "--to", "2026-11-30",
                                 "--json")
    assert code == 0 and err == ""
    assert (payload["model_version"], payload["from"], payload["to"], payload["leads"]) == (
        1, "2026-11-01", "2026-11-30", 70)
    mql, sql, lead = payload["grades"]
    assert mql == {"grade": "MQL", "leads": 20, "converted": 10, "conversion": 0.5, "won": 5, "win_rate": 0.25,
                   "average_deal": "11000.00", "deals_averaged": 4}
    assert (sql["conversion"], sql["win_rate"]) == (round(4 / 30, 4), round(1 / 30, 4))
    assert lead["average_deal"] is None and "average_deal_reason" in lead
    white_paper = payload["rules"][2]
    assert {k: white_paper[k] for k in ("rule", "leads", "converted", "conversion", "other_leads",
                                        "other_converted", "other_conversion", "lift", "separates")} == {
        "rule": "downloaded white paper", "leads": 20, "converted": 4, "conversion": 0.2, "other_leads": 50,
        "other_converted": 11, "other_conversion": 0.22, "lift": round(10 / 11, 4), "separates": False}
    assert payload["distribution"][0] == {"from": 0, "to": 9, "won": 0, "converted_not_won": 1,
                                          "not_converted": 19}
    assert payload["left_out"] == [{"currency": "COP", "deals": 1, "amount": "5000000.00"}]


def test_review_text_and_export(built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "review.xlsx"
    code, text, _ = run_cli(capsys, built, "leads", "review", "--from", "2026-11-01", "--to", "2026-11-30",
                            "--export", str(out))
    assert code == 0 and "does not separate" in text and "11,000.00" in text
    assert openpyxl.load_workbook(out).sheetnames == ["Review", "Proposal"]


@pytest.mark.parametrize("args", [
    ("--from", "2026-11-30", "--to", "2026-11-01"),        # backwards
    ("--from", "2026-11-01", "--to", "30.11.2026"),        # not ISO
    ("--from", "2026-11-01", "--to", "2026-11-30", "--export", "review.csv"),
])
def test_review_refuses_bad_input(built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  args: tuple[str, ...]) -> None:
    code, _, err = run_cli(capsys, built, "leads", "review", *[str(tmp_path / a) if a.endswith(".csv") else a
                                                               for a in args])
    assert code == 2 and err.strip() and not (tmp_path / "review.csv").exists()


def test_suggest_defaults_to_last_full_month(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # today 2026-12-01: the last full month is November
    code, payload, _ = run_cli(capsys, built, "leads", "suggest", "--json")
    assert code == 0 and (payload["from"], payload["to"]) == ("2026-11-01", "2026-11-30")
    assert [(r["current_points"], r["proposed_points"]) for r in payload["rules"]] == [
        (15, 30), (10, 30), (10, -5), (20, 50), (20, 45)]
    assert [(t["current"], t["proposed"]) for t in payload["thresholds"]] == [(50, 155), (30, 45), (None, None)]
    assert payload["grades"][1] == {"grade": "SQL", "current": {"leads": 30, "converted": 4, "conversion": 0.1333},
                                    "proposed": {"leads": 30, "converted": 4, "conversion": 0.1333}}
    assert payload["accepted"] is None and payload["changes"] is True


def test_suggest_accept(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, built, "leads", "suggest", "--accept")
    assert code == 2 and "--by" in err
    code, payload, _ = run_cli(capsys, built, "leads", "suggest", "--accept", "--by", "Lin", "--note", "Nov",
                               "--json")
    assert code == 0 and payload["accepted"] == {"version": 2, "by": "Lin"}
    db = open_database(built)
    with db.session() as session:
        latest = versions(session)[0]
    db.close()
    assert (latest.version, latest.origin, latest.changed_by, latest.note) == (2, "suggestion", "Lin", "Nov")
    # the accepted model proposes itself again: which leads a rule matches does not depend on its points, so the
    # lifts, the points, the scores and the thresholds come out the same
    code, text, _ = run_cli(capsys, built, "leads", "suggest", "--from", "2026-11-01", "--to", "2026-11-30")
    assert code == 0 and "beside version 2" in text and "the proposal is the current model" in text


def test_suggest_needs_both_dates(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, built, "leads", "suggest", "--from", "2026-11-01")
    assert code == 2 and "--to" in err
