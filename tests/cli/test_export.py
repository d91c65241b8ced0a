"""`salesmgr export`: data kinds and reports to a file, the path (or JSON) printed, exit 2 on bad arguments."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from salesmgr.cli import main
from salesmgr.demo import load_demo
from salesmgr.exchange.export.data import DATA_KINDS
from salesmgr.models import Opportunity
from salesmgr.models.database import Database


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, reps=6, opportunities=120, today=date(2026, 11, 1))
    return db


def test_exports_a_data_kind_and_prints_path_kind_and_rows(demo: Database, db_path: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deals.xlsx"
    assert main(["--db", str(db_path), "export", "opportunities", "--out", str(out), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    with demo.session() as session:
        count = session.scalar(select(func.count()).select_from(Opportunity)) or 0
    assert payload == {"path": str(out.resolve()), "kind": "opportunities", "rows": count}
    assert openpyxl.load_workbook(out).active.max_row == 3 + 1 + count  # title, 2 notes, header, rows


def test_plain_output_is_the_path(demo: Database, db_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reps.csv"
    assert main(["--db", str(db_path), "export", "Reps", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out.resolve())
    assert out.read_bytes().startswith(b"\xef\xbb\xbfexternal_id,")


@pytest.mark.parametrize("arguments, message", [
    (["export", "invoices"], "unknown kind 'invoices'; use one of opportunities"),
    (["export", "leads", "--period", "2026Q5"], "is not a period"),
    (["export", "leads", "--team", "Nobody"], "no team called Nobody"),
    (["export", "leads", "--rep", "Nobody"], "no rep called Nobody"),
])
def test_bad_arguments_exit_2_with_one_line_and_write_nothing(demo: Database, db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str],
                                                              arguments: list[str], message: str) -> None:
    out = tmp_path / "out.xlsx"
    assert main(["--db", str(db_path), *arguments, "--out", str(out)]) == 2
    error = capsys.readouterr().err.strip()
    assert message in error and "\n" not in error
    assert list(tmp_path.glob("out*")) == []


def test_an_unknown_kind_lists_every_data_kind(demo: Database, db_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(db_path), "export", "invoices", "--out", str(tmp_path / "x.xlsx")])
    error = capsys.readouterr().err
    assert all(kind in error for kind in DATA_KINDS)


def test_an_unwritable_out_exits_2(demo: Database, db_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "export", "leads", "--out", str(tmp_path / "no" / "x.xlsx")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["--db", str(db_path), "export", "leads", "--out", str(tmp_path / "x.pdf")]) == 2
    assert list(tmp_path.glob("x.*")) == []


def test_data_prefix_picks_the_quota_data_over_the_report(demo: Database, db_path: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "quotas.xlsx"
    assert main(["--db", str(db_path), "export", "data:quotas", "--out", str(out), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["kind"] == "quotas" and payload["rows"] > 0


def test_a_report_name_writes_the_report(demo: Database, db_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    reports = pytest.importorskip("salesmgr.exchange.reports")
    name = reports.REPORT_NAMES[0]
    out = tmp_path / "report.xlsx"
    assert main(["--db", str(db_path), "export", name, "--out", str(out), "--period", "2026Q3", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["kind"] == name and "rows" not in payload and out.is_file()


# --- formats: every kind is refused in a format it is not written in -------------------------------------------

REPORTS = ("funnel", "quotas", "dashboard", "bonus")


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder for the outputs (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("kind", [*REPORTS, "report:quotas"])
@pytest.mark.parametrize("suffix", [".csv", ".txt", ".XLS", ""])
def test_a_report_in_another_format_than_xlsx_exits_2_listing_xlsx(
        demo: Database, db_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], kind: str,
        suffix: str) -> None:
    out = out_dir / f"report{suffix}"
    if kind == "quotas" and suffix == ".csv":
        kind = "report:quotas"  # a bare "quotas" with .csv is the quota data, tested below
    assert main(["--db", str(db_path), "export", kind, "--out", str(out), "--period", "2026Q3"]) == 2
    error = capsys.readouterr().err.strip()
    name = kind.removeprefix("report:")
    assert f"the {name} report is written as .xlsx only" in error and "\n" not in error
    assert list(out_dir.iterdir()) == []  # nothing written, no temporary file left


@pytest.mark.parametrize("kind", DATA_KINDS)
@pytest.mark.parametrize("suffix", [".txt", ".xls", ".json", ""])
def test_data_in_another_format_exits_2_listing_xlsx_and_csv(
        demo: Database, db_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], kind: str,
        suffix: str) -> None:
    assert main(["--db", str(db_path), "export", f"data:{kind}", "--out", str(out_dir / f"data{suffix}")]) == 2
    error = capsys.readouterr().err.strip()
    assert f"{kind} data is written as .xlsx or .csv only" in error and "\n" not in error
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kind", DATA_KINDS)
def test_every_data_kind_writes_xlsx_and_csv(demo: Database, db_path: Path, out_dir: Path,
                                             capsys: pytest.CaptureFixture[str], kind: str) -> None:
    for suffix in (".xlsx", ".CSV"):
        out = out_dir / f"{kind}{suffix}"
        assert main(["--db", str(db_path), "export", f"data:{kind}", "--out", str(out)]) == 0
        head = out.read_bytes()[:4]
        assert head == (b"PK\x03\x04" if suffix == ".xlsx" else b"\xef\xbb\xbf" + head[3:])  # zip or BOM'd text
    assert sorted(p.name for p in out_dir.iterdir()) == [f"{kind}.CSV", f"{kind}.xlsx"]


def test_bare_quotas_to_csv_is_the_data(demo: Database, db_path: Path, out_dir: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = out_dir / "quotas.csv"
    assert main(["--db", str(db_path), "export", "quotas", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] > 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_bonus_report_is_refused_as_csv_too(demo: Database, db_path: Path, out_dir: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = out_dir / "bonus.csv"
    assert main(["--db", str(db_path), "bonus", "--period", "2026Q3", "--out", str(out)]) == 2
    assert "the bonus report is an .xlsx file" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []
