from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from salesmgr import __version__
from salesmgr.cli import main
from salesmgr.models.database import head_revision


def run_cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "salesmgr", *argv], capture_output=True, text=True, check=False,
                          timeout=300, env={**os.environ, **(env or {})})


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"salesmgr {__version__}"


def test_init_is_idempotent(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "init", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["--db", str(db_path), "init", "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert first == second == {"database": str(db_path.resolve()), "revision": head_revision(), "backup": None}


def test_demo_then_stats_json(db_path: Path) -> None:
    demo = run_cli("--db", str(db_path), "demo", "--opportunities", "400", "--reps", "12", "--json")
    assert demo.returncode == 0, demo.stderr
    loaded = json.loads(demo.stdout)["loaded"]
    stats = run_cli("--db", str(db_path), "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    tables = json.loads(stats.stdout)["tables"]
    assert tables["opportunity"] == loaded["opportunities"] == 400
    assert tables["rep"] == loaded["reps"] == 12
    assert tables["stage_definition"] == 6
    assert set(tables) >= {"team", "rep", "account", "contact", "lead", "opportunity", "stage_history",
                           "activity", "quota", "setting", "exchange_rate"}
    assert "alembic_version" not in tables


def test_demo_refuses_a_database_with_data(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo", "--opportunities", "50", "--reps", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "demo", "--opportunities", "60", "--reps", "5"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err
    assert main(["--db", str(db_path), "demo", "--opportunities", "60", "--reps", "5", "--force"]) == 0


def test_db_from_environment(tmp_path: Path) -> None:
    path = tmp_path / "env.sqlite"
    result = run_cli("init", env={"SALESMGR_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "userdata"
    result = run_cli("info", "--json", env={"SALESMGR_DATA_DIR": str(data)})
    assert result.returncode == 2 and "salesmgr init" in result.stderr  # nothing there yet, nothing created
    assert not data.exists()
    assert run_cli("init", env={"SALESMGR_DATA_DIR": str(data)}).returncode == 0
    info = json.loads(run_cli("info", "--json", env={"SALESMGR_DATA_DIR": str(data)}).stdout)
    assert info["database"] == str((data / "salesmgr.sqlite").resolve())
    assert info["base_currency"] == "CNY"


@pytest.mark.parametrize("argv", [
    ["bogus"],
    ["demo", "--opportunities", "0"],
    ["demo", "--reps", "many"],
    ["rate", "set", "USD", "seven"],
    ["rate", "set", "dollars", "7"],
])
def test_bad_arguments_give_one_line_and_exit_2(db_path: Path, argv: list[str],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(db_path), "init"])
    capsys.readouterr()
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("salesmgr: ") and err.count("\n") == 1
    assert db_path.read_bytes() == before


def test_not_a_database_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a database")
    result = run_cli("--db", str(path), "stats", "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "not a salesmgr database" in result.stderr
    assert path.read_bytes() == b"PK\x03\x04 not really a database"


def test_second_writer_is_refused(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from salesmgr.models.database import open_database

    holder = open_database(db_path, lock=True)
    try:
        assert main(["--db", str(db_path), "demo", "--opportunities", "20", "--reps", "3"]) == 2
        assert "already open in another salesmgr" in capsys.readouterr().err
        assert main(["--db", str(db_path), "stats"]) == 0  # readers are fine while a window is open
    finally:
        holder.close()


def test_exchange_rates(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(db_path), "init"])
    assert main(["--db", str(db_path), "rate", "set", "usd", "7.1234", "--date", "2026-11-02"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "rate", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"base_currency": "CNY", "rates": {"USD": "7.1234"},
                                                   "dates": {"USD": "2026-11-02"}}
    assert main(["--db", str(db_path), "rate", "remove", "USD"]) == 0
    assert capsys.readouterr().out == "no exchange rates; add one with 'salesmgr rate set CURRENCY RATE'\n"


def test_every_table_has_a_label_in_the_stats_text() -> None:
    """``stats`` names each table in words (a raw name such as "nps response" means a label was forgotten)."""
    from salesmgr.cli.database import table_label
    from salesmgr.models import Base  # the package registers every table
    unlabelled = [name for name in Base.metadata.tables if table_label(name) == name.replace("_", " ")]
    assert unlabelled == []
