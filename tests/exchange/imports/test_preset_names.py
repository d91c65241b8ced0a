"""The built-in presets' names in the interface language; the English name stays the one stored and accepted."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from salesmgr.exchange.imports.mapping import (
    BUILTIN_PRESET_NAMES,
    builtin_presets,
    get_preset,
    list_presets,
    preset_label,
    save_preset,
)
from salesmgr.i18n import set_language
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.paths import resource

# resources/i18n/salesmgr_zh_CN.ts, context "Presets"; listed in the English names' order
CHINESE = {
    "Fxiaoke 纷享销客": "纷享销客导出",
    "HubSpot deals": "HubSpot 交易",
    "Odoo pipeline": "Odoo 销售漏斗",
    "Pipedrive deals": "Pipedrive 交易",
    "Salesforce API export": "Salesforce API 导出",
    "Salesforce report": "Salesforce 报表",
    "Xiaoshouyi 销售易": "销售易导出",
    "Zoho CRM deals": "Zoho CRM 商机（英文界面）",
    "Zoho CRM 商机": "Zoho CRM 商机（中文界面）",
}


@pytest.fixture
def zh() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("en")


def test_every_preset_file_is_marked_for_translation() -> None:
    files = {json.loads(path.read_text(encoding="utf-8"))["name"] for path in resource("presets").glob("*.json")}
    assert set(BUILTIN_PRESET_NAMES) == files == set(CHINESE)


def test_builtin_presets_have_chinese_labels_in_chinese(zh: None) -> None:
    presets = builtin_presets()
    assert {p.name: p.label for p in presets} == CHINESE
    assert preset_label("Salesforce report") == "Salesforce 报表"
    set_language("en")
    assert [p.label for p in presets] == [p.name for p in presets]


def test_a_saved_preset_is_shown_as_saved(db: Database, zh: None) -> None:
    with db.session() as session:
        save_preset(session, "Salesforce 我的", "opportunities", {"Deal": "name"})
        saved = [p for p in list_presets(session) if not p.builtin]
    assert [(p.name, p.label) for p in saved] == [("Salesforce 我的", "Salesforce 我的")]
    assert preset_label("Salesforce 我的") == "Salesforce 我的"


def test_the_chinese_name_finds_the_preset_in_either_language(db: Database) -> None:
    with db.session() as session:
        assert get_preset(session, "Salesforce 报表").name == "Salesforce report"
        assert get_preset(session, "纷享销客导出").source_system == "fxiaoke"
        with pytest.raises(ValidationError, match="built-in mapping preset"):
            save_preset(session, "salesforce报表", "opportunities", {"Deal": "name"})
