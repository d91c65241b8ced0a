"""`salesmgr --lang zh_CN import`: what the import engine says (reading warnings, reject reasons) is Chinese in
the text output; `--json` keeps the English texts, the same in both languages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from salesmgr.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _deals(folder: Path) -> Path:
    """Row 2 is stored; row 3's amount is "lots"; row 3's quoted name holds a NUL and a 0x1F (2 removed)."""
    path = folder / "deals.csv"
    path.write_bytes(b"opportunity_id,deal_stage,close_value\r\nD1,Won,100\r\n\"D\x00\x1f2\",Won,lots\r\n")
    return path


def test_reading_warnings_and_reasons_are_chinese_and_json_stays_english(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _deals(tmp_path)
    status, out, err = _run(capsys, "--lang", "zh_CN", "--db", str(db_path), "import", str(path), "--kind",
                            "opportunities", "--dry-run")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"{path}：共 2 行，新增 1，更新 0，未变更 0，被拒绝 1",
        "警告：已从文件的值中删除 2 个控制字符（NUL 等）",
        "第 3 行，close_value：lots 不是有效的金额（lots）",
        "试运行：未写入任何数据",
    ]
    outputs = [_run(capsys, *lang, "--db", str(db_path), "import", str(path), "--kind", "opportunities",
                    "--dry-run", "--json")[1] for lang in ((), ("--lang", "zh_CN"))]
    assert outputs[0] == outputs[1]
    summary = json.loads(outputs[1])
    assert summary["warnings"] == ["removed 2 control characters (NUL and the like) from the file's values"]
    assert summary["rejects"] == [{"row": 3, "column": "close_value", "value": "lots",
                                   "reason": "lots is not an amount of money"}]
