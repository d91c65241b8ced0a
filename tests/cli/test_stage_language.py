"""The CLI names the default stages in the language of ``--lang`` and accepts a preset's Chinese name."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from salesmgr.cli import main
from salesmgr.i18n import set_language
from tests.helpers import crm_files


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    set_language("en")  # main() leaves the language of its --lang behind


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_funnel_text_names_the_default_stages_in_the_chosen_language(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "--db", str(db_path), "init")[0] == 0
    status, english, _ = _run(capsys, "--db", str(db_path), "funnel")
    assert status == 0 and "Negotiation" in english and "商务谈判" not in english
    status, chinese, _ = _run(capsys, "--db", str(db_path), "--lang", "zh_CN", "funnel")
    assert status == 0 and "Negotiation" not in chinese
    assert all(name in chinese for name in ("线索识别", "需求确认", "方案演示", "商务谈判", "赢单", "输单"))


def test_import_accepts_the_chinese_name_of_a_builtin_preset(db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = crm_files.salesforce_report_xlsx(tmp_path)
    status, _, err = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities",
                          "--preset", "Salesforce 报表", "--dry-run")
    assert status == 0, err
