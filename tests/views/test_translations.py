"""The Simplified Chinese translation covers every string in the views and the shipped .qm is current."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "salesmgr_zh_CN.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(TOOLS)) or shutil.which(f"pyside6-{name}")
    if not found:
        pytest.skip(f"pyside6-{name} is not installed")
    return found


def _view_sources() -> list[str]:
    """Every module: the views' tr() strings and the text marked ``translate("Reports"|"Bonus", ...)`` elsewhere."""
    return sorted(str(p) for p in (ROOT / "salesmgr").rglob("*.py"))


def test_every_view_string_is_in_the_ts_file_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    subprocess.run([_tool("lupdate"), *_view_sources(), "-no-obsolete", "-ts", str(fresh)],
                   check=True, capture_output=True)
    untranslated = [
        message.findtext("source")
        for message in ET.parse(fresh).getroot().iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not _translated_text(message)
    ]
    assert untranslated == []


def _translated_text(message: ET.Element) -> str:
    """The translation, or for a plural message (%n) its first plural form."""
    translation = message.find("translation")
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return (forms[0] if forms else translation.text or "").strip()


def test_the_compiled_qm_matches_the_ts_source(tmp_path: Path) -> None:
    compiled = tmp_path / QM.name
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run 'make translations' and commit the .qm"


def test_the_qm_translates_known_strings(qapp: object) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "Team") == "团队"
    assert translator.translate("RepRoles", "Manager") == "经理"
    assert translator.translate("WelcomePage", "Load demo data") == "加载演示数据"
