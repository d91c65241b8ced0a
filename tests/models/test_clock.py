"""One clock: SALESMGR_TODAY or set_today fix the day for everything that counts from today."""
from __future__ import annotations

import ast
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from salesmgr.cli import main
from salesmgr.models import clock
from salesmgr.models.errors import ValidationError

PACKAGE = Path(clock.__file__).resolve().parents[1]


def test_the_real_date_when_nothing_is_fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clock.ENV_VAR, raising=False)
    before = datetime.now()
    assert clock.fixed_today() is None
    assert clock.today() in (before.date(), datetime.now().date())
    assert abs(clock.now() - before) < timedelta(seconds=5)
    assert abs(clock.utcnow() - datetime.now(UTC).replace(tzinfo=None)) < timedelta(seconds=5)


def test_the_environment_fixes_the_day_and_keeps_the_time_of_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_VAR, "2026-11-30")
    real = datetime.now()
    assert clock.today() == date(2026, 11, 30)
    now = clock.now()
    assert now.date() == date(2026, 11, 30)
    assert abs(datetime.combine(real.date(), now.time()) - real) < timedelta(seconds=5)
    assert clock.utcnow().tzinfo is None
    assert abs(clock.utcnow() - clock.aware_now().replace(tzinfo=None) + clock.aware_now().utcoffset()) \
        < timedelta(seconds=5)


def test_set_today_wins_over_the_environment_and_can_be_undone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_VAR, "2026-11-30")
    previous = clock.set_today(date(2025, 2, 28))
    try:
        assert clock.today() == date(2025, 2, 28)
    finally:
        clock.set_today(previous)
    assert clock.today() == date(2026, 11, 30)


def test_a_bad_day_says_how_to_write_it(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(clock.ENV_VAR, "30.11.2026")
    with pytest.raises(ValidationError, match=r"SALESMGR_TODAY=30\.11\.2026 is not a date"):
        clock.today()
    assert main(["stats"]) == 2
    assert "SALESMGR_TODAY=30.11.2026 is not a date; write it as 2026-11-30" in capsys.readouterr().err


def test_the_cli_counts_from_the_fixed_day(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "clock.sqlite")
    assert main(["--db", target, "init"]) == 0
    for day, quarter in (("2026-05-10", "2026Q2"), ("2025-12-31", "2025Q4")):
        monkeypatch.setenv(clock.ENV_VAR, day)
        capsys.readouterr()
        assert main(["--db", target, "dashboard", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["period"] == quarter


def _clock_calls(source: str) -> list[int]:
    """Lines of ``date.today()``, ``datetime.now()``, ``datetime.today()`` and ``datetime.utcnow()`` calls."""
    asked = {("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today")}
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and (node.func.value.id, node.func.attr) in asked]


def test_nothing_but_the_clock_asks_the_system_for_the_date() -> None:
    calls = [f"{path.relative_to(PACKAGE)}:{line}" for path in PACKAGE.rglob("*.py") if path.name != "clock.py"
             for line in _clock_calls(path.read_text(encoding="utf-8"))]
    assert calls == []


def test_the_scan_sees_a_stray_call() -> None:
    assert _clock_calls("from datetime import date, datetime\nx = 1\ny = date.today()\nz = datetime.now()\n") == [3, 4]
