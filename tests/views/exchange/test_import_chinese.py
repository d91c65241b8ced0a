"""The import wizard in Chinese: what the import engine says (preview problems, reject reasons, warnings,
duplicates) is shown in Chinese, while the result keeps its English texts for the JSON."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from salesmgr.views.app import install_translator
from salesmgr.views.exchange.import_wizard import ImportWizard
from salesmgr.views.runner import DbRunner
from tests.views.exchange.test_import_wizard import TIMEOUT, dialogs, run, to_preview

__all__ = ["dialogs"]  # the fixture that keeps modal dialogs from opening


@pytest.fixture
def chinese(qapp: Any) -> Iterator[None]:
    install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")


def deals_csv(folder: Path) -> Path:
    """Row 2 is stored; row 3's amount is "lots"; row 4 repeats row 2; row 5 has no stage. Row 3's name holds a
    NUL (1 control character removed). Every close date has both parts <= 12, so their order is a guess (d/m)."""
    path = folder / "deals.csv"
    path.write_bytes(b"Opportunity Name,Stage,Amount,Close Date\r\n"
                     b"D1,Won,1234567.5,01/02/2026\r\n\"D\x002\",Won,lots,03/04/2026\r\n"
                     b"D1,Won,1234567.5,01/02/2026\r\nD3,,100,05/06/2026\r\n")
    return path


def test_the_wizard_speaks_chinese_for_the_engine(qtbot: QtBot, runner: DbRunner, dialogs: dict[str, Any],
                                                  chinese: None, tmp_path: Path) -> None:
    wizard = ImportWizard(runner, deals_csv(tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
    to_preview(qtbot, wizard)
    assert wizard.preview_page.problems() == [
        "已从文件的值中删除 1 个控制字符（NUL 等）",
        "Close Date 中的日期无法区分是“日/月”还是“月/日”；已按“日/月”读取",
    ]
    result = run(qtbot, wizard)
    page = wizard.summary_page
    model = page.reject_model
    reasons = {model.index(row, 0).data(): model.index(row, 3).data() for row in range(model.rowCount())}
    assert reasons == {"3": "lots 不是有效的金额", "5": "必填字段为空"}
    warnings = [page.warnings.item(row).text() for row in range(page.warnings.count())]
    assert warnings == ["已从文件的值中删除 1 个控制字符（NUL 等）"]
    details = [page.details.item(row).text() for row in range(page.details.count())]
    assert "重复：第 4 行与前面某行重复" in details
    # what the JSON prints stays English
    assert result.warnings == ["removed 1 control characters (NUL and the like) from the file's values"]
    assert [r.reason for r in result.rejects] == ["lots is not an amount of money", "the required field is empty"]
    assert result.duplicates == ["row 4 repeats an earlier row"]
