"""`salesmgr import EXPORT.zip|FOLDER`: a whole export from the command line (text, JSON, options, exit status)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesmgr.cli import main
from tests.helpers import crm_files
from tests.helpers import salesforce_export as sf

CORE = {name: sf.FILES[name] for name in ("Account.csv", "Opportunity.csv", "Campaign.csv")}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_has_one_entry_per_file_totals_and_skipped_files(db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    export = sf.export_zip(tmp_path / "WE_00D8a_1.ZIP", CORE)
    status, out, err = _run(capsys, "--db", str(db_path), "import", str(export), "--json")
    assert status == 0, err
    payload = json.loads(out)
    assert [(f["file"], f["kind"], f["inserted"]) for f in payload["files"]] == [
        ("Account.csv", "accounts", 4), ("Opportunity.csv", "opportunities", 5)]
    assert payload["files"][1]["mapping"]["StageName"] == "stage"  # each entry is a single-file import's object
    assert payload["totals"]["inserted"] == 9 and payload["skipped_files"][0]["file"] == "Campaign.csv"


def test_text_lists_files_skipped_totals_and_the_rate_commands(db_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    export = sf.export_folder(tmp_path / "export", CORE)
    status, out, _ = _run(capsys, "--db", str(db_path), "import", str(export))
    lines = out.splitlines()
    assert status == 0
    assert lines[0].endswith("(salesforce): 2 files imported, 1 skipped")
    assert "Account.csv: 4 rows, 4 inserted, 0 updated, 0 unchanged, 0 rejected" in lines
    assert "skipped Campaign.csv: no known kind of record; choose its kind to import it" in lines
    assert "total: 9 rows, 9 inserted, 0 updated, 0 unchanged, 0 rejected, 0 skipped" in lines
    assert f"  salesmgr --db {db_path} rate set EUR RATE" in lines


def test_chinese_text(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = sf.export_folder(tmp_path / "export", CORE)
    status, out, _ = _run(capsys, "--db", str(db_path), "--lang", "zh_CN", "import", str(export))
    assert status == 0
    assert "跳过 Campaign.csv" in out and "no known kind" not in out


def test_file_kind_chooses_and_skips_and_rejects_have_a_sheet_per_file(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = [row[:] for row in sf.OPPORTUNITIES]
    bad[2][4] = "fifty thousand"
    export = sf.export_folder(tmp_path / "export", {**CORE, "Opportunity.csv": bad})
    out_file = tmp_path / "rejects.xlsx"
    status, out, _ = _run(capsys, "--db", str(db_path), "import", str(export), "--file-kind", "Account.csv=skip",
                          "--rejects", str(out_file), "--json")
    payload = json.loads(out)
    assert status == 0 and [f["file"] for f in payload["files"]] == ["Opportunity.csv"]
    assert payload["totals"]["rejected"] == 1
    assert load_workbook(out_file).sheetnames == ["Opportunity"]


def test_bad_options_exit_2(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = sf.export_folder(tmp_path / "export", CORE)
    for argv, says in ((["--kind", "accounts"], "whole export"), (["--file-kind", "Account.csv"], "NAME=KIND"),
                       (["--file-kind", "Nope.csv=accounts"], "no file Nope.csv")):
        status, out, err = _run(capsys, "--db", str(db_path), "import", str(export), *argv)
        assert status == 2 and says in err and out == ""
    single = crm_files.hubspot_csv(tmp_path)
    status, _, err = _run(capsys, "--db", str(db_path), "import", str(single), "--file-kind", "a=b")
    assert status == 2 and "--kind" in err


def test_one_file_without_kind_is_recognised(db_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "--db", str(db_path), "import", str(crm_files.hubspot_csv(tmp_path)), "--json")
    assert status == 0, err
    assert json.loads(out)["kind"] == "opportunities"
    unknown = tmp_path / "notes.csv"
    unknown.write_text("Topic,Mood\nweather,fine\n")
    status, _, err = _run(capsys, "--db", str(db_path), "import", str(unknown))
    assert status == 2 and "give --kind" in err
