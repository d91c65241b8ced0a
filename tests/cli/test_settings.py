"""`salesmgr settings [set KEY VALUE]`: every setting as JSON, changing one, and what is refused."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from salesmgr.cli import main
from salesmgr.cli.settings import UI_SETTINGS_FILE, ui_settings_path
from salesmgr.paths import data_dir
from salesmgr.views import ui_settings
from salesmgr.views.ui_settings import UiSettings

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def db_arg(db_path: Path) -> list[str]:
    main(["--db", str(db_path), "init"])
    main(["--db", str(db_path), "rate", "set", "USD", "7.2", "--date", "2026-06-30"])
    main(["--db", str(db_path), "rate", "set", "EUR", "7.8", "--date", "2026-07-15"])
    return ["--db", str(db_path)]


def _json(capsys: Capture, *argv: str) -> dict[str, object]:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_settings_json_shows_every_setting(db_arg: list[str], capsys: Capture) -> None:
    assert _json(capsys, *db_arg, "settings") == {
        "base_currency": "CNY", "fiscal_start": 1, "language": None,
        "rates": [{"currency": "EUR", "rate": "7.8", "date": "2026-07-15"},
                  {"currency": "USD", "rate": "7.2", "date": "2026-06-30"}]}


def test_set_base_currency_re_expresses_the_rates(db_arg: list[str], capsys: Capture) -> None:
    shown = _json(capsys, *db_arg, "settings", "set", "base_currency", "usd")
    # EUR 7.8 / 7.2 = 1.08333... -> 1.0833333; CNY 1 / 7.2 = 0.13888... -> 0.13888889 with USD's date
    assert shown["base_currency"] == "USD"
    assert shown["rates"] == [{"currency": "CNY", "rate": "0.13888889", "date": "2026-06-30"},
                              {"currency": "EUR", "rate": "1.0833333", "date": "2026-07-15"}]


def test_a_base_without_a_rate_is_refused_with_exit_1(db_arg: list[str], capsys: Capture) -> None:
    capsys.readouterr()
    assert main([*db_arg, "settings", "set", "base_currency", "JPY"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == ("salesmgr: cannot make JPY the base currency: it has no exchange rate to CNY, "
                                    "so the other rates cannot be re-expressed; add the rate of JPY first")
    assert _json(capsys, *db_arg, "settings")["base_currency"] == "CNY"


@pytest.mark.parametrize(("value", "month"), [("4", 4), ("april", 4), ("Oct", 10), ("12", 12)])
def test_set_fiscal_start(db_arg: list[str], capsys: Capture, value: str, month: int) -> None:
    assert _json(capsys, *db_arg, "settings", "set", "fiscal_start", value)["fiscal_start"] == month


@pytest.mark.parametrize(("argv", "message"), [
    (["colour", "red"], "unknown setting 'colour'; the settings are base_currency, fiscal_start, language"),
    (["fiscal_start", "13"], "fiscal_start is the fiscal year's first month: 1 to 12 or a month's name, not '13'"),
    (["fiscal_start", "0"], "1 to 12"),
    (["base_currency", "dollars"], "not an ISO 4217 currency code: DOLLARS"),
    (["language", "fr"], "language must be one of en, zh_CN, system, not 'fr'"),
])
def test_bad_keys_and_values_exit_2_and_change_nothing(db_arg: list[str], capsys: Capture, argv: list[str],
                                                       message: str) -> None:
    before = _json(capsys, *db_arg, "settings")
    assert main([*db_arg, "settings", "set", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert _json(capsys, *db_arg, "settings") == before


def test_language_is_shared_with_the_gui_settings_file(db_arg: list[str], capsys: Capture) -> None:
    assert UI_SETTINGS_FILE == ui_settings.SETTINGS_FILE
    gui = UiSettings()  # the GUI's file, with a window geometry in it that must survive the CLI's edit
    gui.geometry = b"\x01\x02geometry"  # type: ignore[assignment]
    gui.add_recent_file("/tmp/a.sqlite")
    gui.sync()
    assert _json(capsys, *db_arg, "settings", "set", "language", "zh-CN")["language"] == "zh_CN"
    again = UiSettings(QSettings(str(data_dir() / UI_SETTINGS_FILE), QSettings.Format.IniFormat))
    assert (again.language, bytes(again.geometry or b""), again.recent_files) == \
        ("zh_CN", b"\x01\x02geometry", ["/tmp/a.sqlite"])
    again.language = "en"
    again.sync()
    assert _json(capsys, *db_arg, "settings")["language"] == "en"
    assert _json(capsys, *db_arg, "settings", "set", "language", "system")["language"] is None
    assert ui_settings_path().is_file()
