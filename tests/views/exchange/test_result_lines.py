"""The lines a summary lists under an imported file: added records, repeated and skipped rows, rates set."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from salesmgr.exchange.imports.results import ImportResult, RateSet
from salesmgr.models.errors import UserError
from salesmgr.views.app import install_translator
from salesmgr.views.exchange.result_lines import detail_lines


def _result() -> ImportResult:
    result = ImportResult(file="User.csv", kind="reps", new_reps=["Wei Chen"], duplicate_rows=[7],
                          base_currency="CNY", rates_set=[RateSet("EUR", Decimal("8"), date(2026, 11, 1))])
    for _ in range(2):
        result.skip(UserError("user type {type}", type="AutomatedProcess"))
    result.skip(UserError("deleted in the CRM"))
    return result


def test_every_line_in_english_and_chinese(qtbot: QtBot) -> None:
    assert detail_lines(_result()) == [
        "New rep: Wei Chen", "Duplicate: row 7 repeats an earlier row",
        "Skipped 2 rows: user type AutomatedProcess", "Skipped 1 row: deleted in the CRM",
        "Rate set: 1 EUR = 8 CNY (as of 2026-11-01)"]
    install_translator(QCoreApplication.instance(), "zh_CN")  # conftest puts English back afterwards
    lines = detail_lines(_result())
    assert lines[0] == "新增销售代表：Wei Chen" and lines[-1] == "已设汇率：1 EUR = 8 CNY（2026-11-01 起）"
    assert all("Skipped" not in line and "deleted" not in line for line in lines)
