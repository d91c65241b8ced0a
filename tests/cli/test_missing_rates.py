"""Currencies without an exchange rate: `funnel` and `dashboard` still answer (exit 0) with every count, leave
those deals out of the amounts and list them; `import` names the currencies and prints the commands to run.
The database is ``tests.helpers.rates_data`` (every figure worked out by hand in its docstring)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from salesmgr.cli import main
from salesmgr.models import clock
from salesmgr.models.database import Database
from tests.helpers import rates_data
from tests.helpers.rates_data import UNCONVERTED


@pytest.fixture
def rated(db: Database) -> Database:
    rates_data.build(db)
    clock.set_today(rates_data.TODAY)
    return db


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_funnel_leaves_the_unconverted_deals_out_of_the_amounts_and_lists_them(
        rated: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "--db", str(db_path), "funnel", "--period", "2026Q2", "--json")
    assert (status, err) == (0, "")
    report = json.loads(out)
    stages = {s["stage"]: (s["count"], s["amount"]) for s in report["stages"]}
    assert stages["Won"] == (2, "6000.00")  # A and D counted; D (COP) not in the amount
    assert stages["Negotiation"] == (2, "3550.00")  # B: 500 USD x 7.10; C (COP) left out
    assert stages["Lead identified"] == (2, "0.00")  # E (EUR) left out, F has no amount
    assert report["weighted_pipeline"] == "1775.00"  # B only: 3,550.00 x 50 %
    assert report["unconverted"] == UNCONVERTED


def test_funnel_text_names_the_left_out_deals_with_the_command(rated: Database, db_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--db", str(db_path), "funnel", "--period", "2026Q2")
    assert status == 0
    assert ("left out of the amounts: 2 COP deals (1,234,567.00 COP), no exchange rate; add one with: salesmgr "
            "rate set COP RATE") in out.splitlines()
    assert ("left out of the amounts: 1 EUR deal (100.00 EUR), no exchange rate; add one with: salesmgr rate set "
            "EUR RATE") in out.splitlines()


def test_dashboard_json_answers_with_what_it_could_convert(rated: Database, db_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--db", str(db_path), "dashboard", "--period", "2026Q2", "--json")
    assert status == 0
    report = json.loads(out)
    # won: A 6,000.00 (D's 234,567 COP left out) of Ann's 10,000.00 quota = 60 %
    assert report["won"] == {"amount": "6000.00", "quota": "10000.00", "attainment": 0.6}
    assert report["weighted_pipeline"] == "1775.00"
    assert report["win_rate"] == 1.0  # 2 won (A, D: a count, whatever the currency), none lost
    assert report["unconverted"] == UNCONVERTED


def test_with_the_rate_set_the_deals_count_in_the_amounts_again(rated: Database, db_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "--db", str(db_path), "rate", "set", "COP", "0.0018")[0] == 0
    _, out, _ = _run(capsys, "--db", str(db_path), "funnel", "--period", "2026Q2", "--json")
    report = json.loads(out)
    won = next(s for s in report["stages"] if s["stage"] == "Won")
    assert won["amount"] == "6422.22"  # 6,000.00 + 234,567.00 x 0.0018 = 6,000 + 422.2206 -> 6,422.22
    assert report["unconverted"] == [UNCONVERTED[1]]  # EUR still has none


def test_a_quota_that_needs_a_missing_rate_is_not_understated(rated: Database, db_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from salesmgr.models.org import Quota

    with rated.session() as s:
        s.query(Quota).update({Quota.currency: "EUR"})  # Ann's quota is now 10,000 EUR, without a rate
    _, out, _ = _run(capsys, "--db", str(db_path), "dashboard", "--period", "2026Q2", "--json")
    won = json.loads(out)["won"]
    assert won == {"amount": "6000.00", "quota": None, "attainment": None,
                   "reason": "the quota is in a currency without an exchange rate"}


def test_import_names_the_currencies_without_a_rate_and_prints_the_commands(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deals.csv"
    path.write_text("Name,Stage,Amount,Currency\nP1,Negotiation,1000,COP\nP2,Won,2500.50,COP\n"
                    "P3,Negotiation,10,MXN\nP4,Won,300,CNY\nP5,Negotiation,,EUR\n", encoding="utf-8")
    status, out, _ = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities")
    assert status == 0
    lines = out.splitlines()
    # COP: P1 + P2 = 3,500.50 in 2 deals; MXN: P3; CNY is the base; P5 (EUR) has no amount, so needs no rate
    assert ("no exchange rate to CNY for: 2 COP deals (3,500.50 COP), 1 MXN deal (10.00 MXN); their amounts are "
            "left out of the figures until you set one (RATE = what 1 unit is worth in CNY):") in lines
    assert f"  salesmgr --db {db_path} rate set COP RATE" in lines
    assert f"  salesmgr --db {db_path} rate set MXN RATE" in lines
    path.write_text("Name,Stage,Amount,Currency\nP1,Negotiation,1000,COP\n", encoding="utf-8")
    status, out, _ = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities", "--json")
    result = json.loads(out)
    assert result["missing_rates"] == [{"currency": "COP", "deals": 1, "amount": "1000.00"}]
    assert result["base_currency"] == "CNY"
