"""`salesmgr handoffs` and `salesmgr committee` on two deals (today 2026-12-01): Acme's won 2026-11-20 (five items
due 11-20, 11-23, 11-25, 12-04, 12-11), Globex's won 2026-07-10 (its hand-off made while that was recent, all
items done by 2026-08-01) with a promise broken on 2026-08-15; Acme has no health inputs, so no account is at risk.
The workbook's formulas are recalculated by LibreOffice and must give the counts the JSON gives."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from salesmgr.models import Account, Opportunity, clock
from salesmgr.models.customers.handoff_lists import find_handoff
from salesmgr.models.customers.handoffs import ensure_handoffs, handoff_items, set_item_done
from salesmgr.models.customers.promises import add_promise, set_promise_status
from salesmgr.models.database import Database
from tests.helpers.cli_run import run_cli

RECALC = Path("/work/shared/tools/xlsx-recalc")


@pytest.fixture
def built(db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(clock.ENV_VAR, "2026-12-01")
    with db.session() as s:
        acme, globex = Account(name="Acme"), Account(name="Globex")
        s.add_all([acme, globex])
        s.flush()
        s.add(Opportunity(name="Globex rollout", account_id=globex.id, stage_id=5, closed_date=date(2026, 7, 10)))
        s.flush()
        assert ensure_handoffs(s, today=date(2026, 7, 10)) == 1  # Globex's, when it was won
        s.add(Opportunity(name="Acme CRM", account_id=acme.id, stage_id=5, closed_date=date(2026, 11, 20)))
        s.flush()
        assert ensure_handoffs(s) == 1
        globex_handoff = find_handoff(s, "globex")
        for item in handoff_items(s, globex_handoff):
            set_item_done(s, item.id, by="Zhou", on=date(2026, 8, 1))
        promise = add_promise(s, globex_handoff, "ERP link in August")
        set_promise_status(s, promise, "broken", on=date(2026, 8, 15))
    db.close()
    return db_path


def test_list_show_and_done(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, listed, _ = run_cli(capsys, built, "handoffs", "--json")
    assert code == 0 and [(h["opportunity"], h["overdue"]) for h in listed["handoffs"]] == [("Acme CRM", 3)]
    code, everything, _ = run_cli(capsys, built, "handoffs", "list", "--state", "all", "--json")
    assert [h["opportunity"] for h in everything["handoffs"]] == ["Globex rollout", "Acme CRM"]
    code, ticked, err = run_cli(capsys, built, "handoffs", "done", "ACME", "kick-off", "--by", "Ann", "--json")
    assert code == 0 and err == ""
    assert (ticked["item"]["position"], ticked["item"]["done_on"], ticked["item"]["done_by"]) == (
        4, "2026-12-01", "Ann")
    code, shown, _ = run_cli(capsys, built, "handoffs", "show", "acme crm", "--json")
    assert [i["done_on"] is not None for i in shown["items"]] == [False, False, False, True, False]
    assert [i["overdue"] for i in shown["items"]] == [True, True, True, False, False]
    code, _, err = run_cli(capsys, built, "handoffs", "done", "acme", "9")
    assert code == 2 and "no item 9; use one of: 1. Pre-sale feasibility" in err
    code, _, err = run_cli(capsys, built, "handoffs", "show", "Initech")
    assert code == 2 and "no hand-off for Initech" in err


def test_committee_json_and_workbook(built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "committee.xlsx"
    code, q3, _ = run_cli(capsys, built, "committee", "--quarter", "2026q3", "--json", "--export", str(out))
    assert code == 0 and (q3["as_of"], q3["at_risk"], q3["open_handoffs"]) == ("2026-09-30", [], [])
    assert [p["text"] for p in q3["broken_promises"]] == ["ERP link in August"]
    code, q4, _ = run_cli(capsys, built, "committee", "--json")
    assert (q4["quarter"], [h["opportunity"] for h in q4["open_handoffs"]], q4["overdue_items"]) == (
        "2026Q4", ["Acme CRM"], 3)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "At risk", "Broken promises", "Hand-offs"]
    code, _, err = run_cli(capsys, built, "committee", "--export", str(tmp_path / "review.csv"))
    assert code == 2 and ".xlsx" in err and not (tmp_path / "review.csv").exists()


@pytest.mark.skipif(shutil.which("soffice") is None or not RECALC.exists(), reason="LibreOffice is not installed")
def test_libreoffice_counts_what_the_json_counts(built: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "committee.xlsx"
    code, q4, _ = run_cli(capsys, built, "committee", "--json", "--export", str(out))
    assert code == 0
    run = subprocess.run([sys.executable, str(RECALC), str(out), "--json"], capture_output=True, text=True,
                         timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    values = {r["cell"]: r["value"] for r in json.loads(run.stdout) if r.get("sheet") == "Summary"
              and "formula" in r}
    # broken promises: none resolved in Q4; open hand-offs: Acme's; overdue items: its three
    assert sorted(values.values()) == [1, 3]
    assert len(q4["open_handoffs"]) == 1 and q4["overdue_items"] == 3
