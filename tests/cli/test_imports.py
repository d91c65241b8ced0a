"""`salesmgr import` from the command line: JSON shape, exit statuses, rejects file, hostile files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesmgr.cli import main
from tests.helpers import crm_files


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_import_json_reports_every_count_and_the_mapping(db_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = crm_files.hubspot_csv(tmp_path)
    status, out, err = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities", "--json")
    assert status == 0, err
    payload = json.loads(out)
    assert payload["file"] == str(path) and payload["kind"] == "opportunities"
    assert payload["rows"] == payload["inserted"] > 0 and payload["rejected"] == 0 and payload["rejects"] == []
    assert payload["mapping"]["Deal Name"] == "name" and payload["mapping"]["Deal Stage"] == "stage"
    assert set(payload) >= {"updated", "unchanged", "new_stages", "new_reps"}
    status, out, _ = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities", "--json")
    again = json.loads(out)
    assert (status, again["inserted"], again["unchanged"]) == (0, 0, payload["rows"])


def _bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "deals.csv"
    path.write_text("opportunity_id,deal_stage,close_value\nD1,Won,100\nD2,Won,lots\n", encoding="utf-8")
    return path


def test_rejects_are_listed_and_saved_and_strict_refuses(db_path: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path, out_file = _bad_file(tmp_path), tmp_path / "rejected.xlsx"
    status, out, _ = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities",
                          "--strict", "--json")
    assert status == 1 and json.loads(out)["refused"] is True
    status, out, _ = _run(capsys, "--db", str(db_path), "stats", "--json")
    assert json.loads(out)["tables"]["opportunity"] == 0
    status, out, _ = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities",
                          "--rejects", str(out_file), "--json")
    payload = json.loads(out)
    assert status == 0 and (payload["inserted"], payload["rejected"]) == (1, 1)
    assert payload["rejects"] == [{"row": 3, "column": "close_value", "value": "lots",
                                   "reason": "lots is not an amount of money"}]
    rows = [[c.value for c in row] for row in load_workbook(out_file).active.iter_rows()]
    assert rows == [["opportunity_id", "deal_stage", "close_value", "Row in file", "Reason"],
                    ["D2", "Won", "lots", 3, "close_value: lots is not an amount of money"]]


def test_dry_run_writes_nothing(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = crm_files.odoo_xlsx(tmp_path)
    status, out, _ = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities",
                          "--dry-run", "--json")
    assert status == 0 and json.loads(out)["inserted"] > 0
    _run(capsys, "--db", str(db_path), "stats", "--json")
    status, out, _ = _run(capsys, "--db", str(db_path), "stats", "--json")
    assert json.loads(out)["tables"]["opportunity"] == 0


def test_sheet_and_preset_options(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = crm_files.multi_sheet_xlsx(tmp_path)
    status, _, err = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities",
                          "--sheet", "Nope")
    assert status == 2 and "Deals" in err and err.count("\n") == 1
    status, out, err = _run(capsys, "--db", str(db_path), "import", str(crm_files.salesforce_report_xlsx(tmp_path)),
                            "--kind", "opportunities", "--preset", "salesforce report", "--json")
    assert status == 0 and json.loads(out)["inserted"] == 20, err
    status, _, err = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities",
                          "--preset", "no such preset")
    assert status == 2 and "known presets" in err


@pytest.mark.parametrize("name", ["not_a_spreadsheet", "truncated", "encrypted", "xml_entities", "zip_bomb",
                                  "million_columns", "empty", "header_only", "header_only_csv", "binary_csv"])
def test_hostile_files_exit_2_with_one_line_and_change_nothing(db_path: Path, tmp_path: Path, name: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(db_path), "init"])
    capsys.readouterr()
    path = crm_files.hostile_files(tmp_path)[name]
    before = db_path.read_bytes()
    status, out, err = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities", "--json")
    assert status == 2 and out == ""
    assert err.startswith("salesmgr: ") and err.count("\n") == 1
    assert db_path.read_bytes() == before


def test_unknown_kind_and_missing_file(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = crm_files.hubspot_csv(tmp_path)
    status, _, err = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "deals")
    assert status == 2 and "opportunities" in err
    status, _, err = _run(capsys, "--db", str(db_path), "import", str(tmp_path / "nope.xlsx"), "--kind", "leads")
    assert status == 2 and "is not a file" in err
