from __future__ import annotations

import pytest

from salesmgr.exchange.imports.kinds import KINDS
from salesmgr.exchange.imports.mapping import (
    Preset,
    apply_preset,
    auto_map,
    builtin_presets,
    delete_preset,
    get_preset,
    guess_source_system,
    list_presets,
    missing_required,
    normalise_header,
    save_preset,
    validate_mapping,
)
from salesmgr.exchange.imports.synonyms import SYNONYMS
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError

SALESFORCE_REPORT = {
    "Opportunity Owner": "owner", "Account Name": "account", "Opportunity Name": "name", "Type": "opportunity_type",
    "Lead Source": "lead_source", "Amount": "amount", "Close Date": "expected_close_date", "Stage": "stage",
    "Probability (%)": "probability", "Fiscal Period": None, "Age": None, "Created Date": "created_date",
    "Next Step": None, "Opportunity ID": "external_id",
}
SALESFORCE_API = {
    "Id": "external_id", "Name": "name", "AccountId": "account_external_id", "StageName": "stage",
    "Amount": "amount", "CurrencyIsoCode": "currency", "Probability": "probability", "CloseDate": "expected_close_date",
    "Type": "opportunity_type", "NextStep": None, "LeadSource": "lead_source", "IsClosed": "is_closed",
    "IsWon": "is_won", "ForecastCategoryName": None, "OwnerId": "owner_external_id", "CreatedDate": "created_date",
}
HUBSPOT = {
    "Record ID": "external_id", "Deal Name": "name", "Deal Stage": "stage", "Close Date": "expected_close_date",
    "Deal owner": "owner", "Amount": "amount", "Create Date": "created_date", "Pipeline": "pipeline",
    "Associated Company": "account", "Deal Type": "opportunity_type", "Last Modified Date": None,
}
PIPEDRIVE = {
    "Deal - ID": "external_id", "Deal - Title": "name", "Deal - Creator": None, "Deal - Owner": "owner",
    "Deal - Value": "amount", "Deal - Currency": "currency", "Deal - Weighted value": None,
    "Deal - Probability": "probability", "Deal - Pipeline": "pipeline", "Deal - Stage": "stage",
    "Deal - Status": "status", "Deal - Deal created": "created_date",
    "Deal - Expected close date": "expected_close_date", "Deal - Deal closed on": "closed_date",
    "Deal - Lost reason": None, "Organization - Name": "account",
}
ODOO = {
    "Opportunity": "name", "Customer": "account", "Salesperson": "owner", "Sales Team": "team", "Stage": "stage",
    "Expected Revenue": "amount", "Expected Closing": "expected_close_date", "Probability": "probability",
    "Created on": "created_date", "Tags": None, "Priority": None,
}
FXIAOKE = {
    "商机编号": "external_id", "商机名称": "name", "客户名称": "account", "销售阶段": "stage", "商机金额": "amount",
    "预计成交日期": "expected_close_date", "负责人": "owner", "赢率": "probability", "创建时间": "created_date",
    "结单日期": "closed_date", "币种": "currency", "商机来源": "lead_source", "生命状态": None,
}
XIAOSHOUYI = {
    "商机ID": "external_id", "商机名称": "name", "客户名称": "account", "销售阶段": "stage", "商机状态": "status",
    "商机金额": "amount", "预计结单日期": "expected_close_date", "负责人": "owner", "成交概率(%)": "probability",
    "创建时间": "created_date", "成交日期": "closed_date", "线索来源": "lead_source", "输单原因": None,
}
# Zoho CRM's deals export (its help's "Standard Fields in Deals" labels; lookups add "<field>.id" columns)
ZOHO = {
    "Record Id": "external_id", "Deal Owner": "owner", "Deal Owner.id": "owner_external_id", "Deal Name": "name",
    "Account Name": "account", "Account Name.id": "account_external_id", "Contact Name": None,
    "Contact Name.id": None, "Type": "opportunity_type", "Lead Source": "lead_source", "Amount": "amount",
    "Closing Date": "expected_close_date", "Stage": "stage", "Probability (%)": "probability",
    "Expected Revenue": None, "Currency": "currency", "Created Time": "created_date", "Modified Time": None,
}
ZOHO_ZH = {
    "商机所有者": "owner", "商机所有者.id": "owner_external_id", "商机名称": "name", "客户名称": "account",
    "客户名称.id": "account_external_id", "类型": "opportunity_type", "线索来源": "lead_source", "金额": "amount",
    "结束日期": "expected_close_date", "阶段": "stage", "可能性(%)": "probability", "预期收入": None,
    "创建时间": "created_date", "修改时间": None,
}
SNAKE_CASE: dict[str, str | None] = {
    "opportunity_id": "external_id", "sales_agent": "owner", "product": "product", "account": "account",
    "deal_stage": "stage", "engage_date": "engaged_date", "close_date": "closed_date", "close_value": "amount",
}
STYLES: dict[str, tuple[dict[str, str | None], str | None]] = {
    "salesforce report": (SALESFORCE_REPORT, "salesforce"), "salesforce api": (SALESFORCE_API, "salesforce"),
    "hubspot": (HUBSPOT, "hubspot"), "pipedrive": (PIPEDRIVE, "pipedrive"), "odoo": (ODOO, "odoo"),
    "fxiaoke": (FXIAOKE, "fxiaoke"), "xiaoshouyi": (XIAOSHOUYI, "xiaoshouyi"), "zoho": (ZOHO, "zoho"),
    "zoho chinese": (ZOHO_ZH, "zoho"), "snake case": (SNAKE_CASE, None),
}


@pytest.mark.parametrize("style", STYLES)
def test_auto_map_maps_each_crm_style(style: str) -> None:
    expected, _system = STYLES[style]
    mapping = auto_map(list(expected), "opportunities")
    assert mapping == expected
    problems = ["no column for the required field name"] if style == "snake case" else []  # that file has no names
    assert validate_mapping(mapping, "opportunities") == problems


@pytest.mark.parametrize("style", STYLES)
def test_guess_source_system(style: str) -> None:
    headers, system = STYLES[style]
    assert guess_source_system(list(headers)) == system


def test_guess_source_system_is_none_when_unclear() -> None:
    assert guess_source_system(["name", "stage", "amount"]) is None
    assert guess_source_system([]) is None


@pytest.mark.parametrize(("text", "key"), [
    ("Probability (%)", "probability"), (" close-date ", "closedate"), ("close_date", "closedate"),
    ("成交概率（%）", "成交概率"), ("成交概率(%)", "成交概率"), ("Billing State/Province", "billingstateprovince"),
    ("客户名称：", "客户名称"), ("Deal - Title", "dealtitle"), ("\ufeffId", "id"), ("ＡＭＯＵＮＴ", "amount"),
])
def test_normalise_header(text: str, key: str) -> None:
    assert normalise_header(text) == key


def test_normalised_headers_match() -> None:
    mapping = auto_map([" opportunity name ", "STAGE", "成交概率（%）", "Close-Date", "deal-stage"], "opportunities")
    assert mapping == {" opportunity name ": "name", "STAGE": "stage", "成交概率（%）": "probability",
                       "Close-Date": "expected_close_date", "deal-stage": None}


def test_each_field_is_used_once_and_an_exact_label_beats_a_normalised_one() -> None:
    mapping = auto_map(["Amount", "Deal - Value", "Stage", "Deal Stage"], "opportunities")
    assert mapping == {"Amount": "amount", "Deal - Value": None, "Stage": "stage", "Deal Stage": None}
    assert auto_map(["close date", "close_date"], "opportunities") == {
        "close date": "expected_close_date", "close_date": "closed_date"}


def test_the_kind_decides_an_ambiguous_label() -> None:
    assert auto_map(["Opportunity", "Amount", "负责人"], "activities") == {
        "Opportunity": "opportunity", "Amount": None, "负责人": "owner"}
    assert auto_map(["Name", "Amount"], "quotas") == {"Name": "owner", "Amount": "amount"}
    assert auto_map(["Created Date"], "activities") == {"Created Date": "logged_at"}


@pytest.mark.parametrize("kind", KINDS)
def test_field_names_as_headers_map_one_to_one(kind: str) -> None:
    names = list(KINDS[kind].field_names)
    assert auto_map(names, kind) == {name: name for name in names}


@pytest.mark.parametrize("kind", KINDS)
def test_synonyms_cover_every_field_and_no_label_feeds_two_fields(kind: str) -> None:
    assert set(SYNONYMS[kind]) == set(KINDS[kind].field_names)
    seen: dict[str, str] = {}
    clashes = set()
    for field_name, labels in SYNONYMS[kind].items():
        for label in labels:
            owner = seen.setdefault(normalise_header(label), field_name)
            if owner != field_name:
                clashes.add((normalise_header(label), owner, field_name))
    # the two deliberate ones, told apart by the label as written (see the synonyms module docstring)
    assert clashes <= {("closedate", "expected_close_date", "closed_date"),
                       ("activitydate", "occurred_at", "occurred_on")}


@pytest.mark.parametrize(("kind", "headers", "expected"), [
    ("accounts", ["Account Name", "Industry", "Employees", "Billing State/Province", "Account Owner"],
     ["name", "industry", "employees", "region", "owner"]),
    ("accounts", ["客户名称", "行业", "员工人数", "区域", "负责人"],
     ["name", "industry", "employees", "region", "owner"]),
    ("contacts", ["Full Name", "Account Name", "Title", "Email", "Phone"],
     ["name", "account", "title", "email", "phone"]),
    ("leads", ["Name", "Company", "Lead Source", "Lead Status", "Lead Owner", "Created Date"],
     ["name", "company", "lead_source", "status", "owner", "created_date"]),
    ("leads", ["姓名", "公司", "线索来源", "线索状态", "负责人"],
     ["name", "company", "lead_source", "status", "owner"]),
    ("reps", ["Full Name", "Email", "Team", "Role", "Hire Date", "Manager", "Mentor", "Active"],
     ["name", "email", "team", "role", "hire_date", "manager", "mentor", "active"]),
    ("reps", ["姓名", "邮箱", "团队", "职位", "入职日期", "经理", "导师", "在职"],
     ["name", "email", "team", "role", "hire_date", "manager", "mentor", "active"]),
    ("activities", ["Activity Type", "Subject", "Assigned", "Date", "Created Date", "Comments"],
     ["kind", "subject", "owner", "occurred_at", "logged_at", "notes"]),
    ("activities", ["活动类型", "主题", "负责人", "活动时间", "录入时间"],
     ["kind", "subject", "owner", "occurred_at", "logged_at"]),
    ("accounts", ["Record Id", "Account Owner", "Account Owner.id", "Account Name", "Industry", "Employees"],
     ["external_id", "owner", "owner_external_id", "name", "industry", "employees"]),  # Zoho
    ("accounts", ["客户所有者", "客户所有者.id", "客户名称", "行业", "员工数量"],
     ["owner", "owner_external_id", "name", "industry", "employees"]),  # Zoho, Chinese interface
    ("contacts", ["Record Id", "Full Name", "Account Name", "Account Name.id", "Title", "Email"],
     ["external_id", "name", "account", "account_external_id", "title", "email"]),  # Zoho
    ("leads", ["Record Id", "Lead Owner", "Lead Owner.id", "Company", "Lead Status", "Created Time",
               "No. of Employees"],
     ["external_id", "owner", "owner_external_id", "company", "status", "created_date", "company_size"]),  # Zoho
    ("leads", ["线索所有者", "线索所有者.id", "公司", "线索状态", "创建时间", "员工数量"],
     ["owner", "owner_external_id", "company", "status", "created_date", "company_size"]),  # Zoho, Chinese
    ("reps", ["Record Id", "Full Name", "Email", "Role", "Reporting To"],
     ["external_id", "name", "email", "role", "manager"]),  # Zoho users
    ("opportunities", ["name", "account", "account_external_id", "account_source_system", "owner",
                       "owner_external_id", "owner_source_system", "stage"],
     ["name", "account", "account_external_id", "account_source_system", "owner", "owner_external_id",
      "owner_source_system", "stage"]),  # salesmgr's own export
    ("quotas", ["Rep", "Team", "Quarter", "Quota"], ["owner", "team", "period", "amount"]),
    ("quotas", ["销售代表", "季度", "目标"], ["owner", "period", "amount"]),
])
def test_other_kinds(kind: str, headers: list[str], expected: list[str]) -> None:
    assert list(auto_map(headers, kind).values()) == expected


def test_validate_mapping_reports_missing_required_fields() -> None:
    mapping = {"Deal Name": "name", "Amount": "amount", "Notes": None}
    assert missing_required(mapping, "opportunities") == ["stage"]
    assert validate_mapping(mapping, "opportunities") == ["no column for the required field stage"]
    assert missing_required({}, "activities") == ["kind", "occurred_at"]


def test_validate_mapping_refuses_unknown_and_doubled_fields() -> None:
    with pytest.raises(ValidationError, match="not a field of opportunities") as caught:
        validate_mapping({"X": "colour"}, "opportunities")
    assert caught.value.template.startswith("the column {header} is mapped to {field}")
    with pytest.raises(ValidationError, match="the field stage is mapped from two columns, A and B"):
        validate_mapping({"A": "stage", "B": "stage"}, "opportunities")
    with pytest.raises(ValidationError, match="unknown kind widgets"):
        auto_map(["a"], "widgets")


def test_builtin_presets_load_and_map_their_own_headers() -> None:
    presets = builtin_presets()
    assert {p.source_system for p in presets} == {
        "salesforce", "hubspot", "pipedrive", "odoo", "fxiaoke", "xiaoshouyi", "zoho"}
    assert len(presets) == 9  # Zoho: one for its English interface, one for its Chinese one
    for preset in presets:
        assert preset.builtin and preset.kind in KINDS
        assert all(preset.mapping.values())
        assert validate_mapping(preset.mapping, preset.kind) == []
        assert apply_preset(preset, list(preset.mapping)) == preset.mapping
        assert auto_map(list(preset.mapping), preset.kind) == preset.mapping
        assert guess_source_system(list(preset.mapping)) == preset.source_system


def test_save_list_get_and_delete_a_preset(db: Database) -> None:
    mapping: dict[str, str | None] = {"Deal": "name", "Phase": "stage", "Junk": None}
    with db.session() as session:
        save_preset(session, "My CRM", "opportunities", mapping, source_system="mycrm")
        save_preset(session, "Quota sheet", "quotas", {"Who": "owner", "When": "period", "How much": "amount"})
    with db.session() as session:
        preset = get_preset(session, "my crm")
        assert preset == Preset("My CRM", "opportunities", mapping, "mycrm", False)
        names = [p.name for p in list_presets(session)]
        assert names == [p.name for p in builtin_presets()] + ["My CRM", "Quota sheet"]
        assert [p.name for p in list_presets(session, "quotas")] == ["Quota sheet"]
        save_preset(session, "MY CRM", "opportunities", {"Deal": "name"})  # replaces, whatever the case
    with db.session() as session:
        assert get_preset(session, "My crm") == Preset("MY CRM", "opportunities", {"Deal": "name"}, None, False)
        delete_preset(session, "my CRM")
    with db.session() as session, pytest.raises(NotFoundError):
        get_preset(session, "My CRM")


def test_get_preset_finds_builtins_in_any_case(db: Database) -> None:
    with db.session() as session:
        assert get_preset(session, "SALESFORCE REPORT").name == "Salesforce report"
        assert get_preset(session, "salesforce_api").source_system == "salesforce"


def test_a_builtin_name_and_bad_fields_are_refused(db: Database) -> None:
    with db.session() as session:
        with pytest.raises(ValidationError, match="built-in mapping preset"):
            save_preset(session, "hubspot deals", "opportunities", {"Deal": "name"})
        with pytest.raises(ValidationError, match="not a field of opportunities"):
            save_preset(session, "Mine", "opportunities", {"Deal": "colour"})
        with pytest.raises(ValidationError, match="give the mapping preset a name"):
            save_preset(session, "  ", "opportunities", {"Deal": "name"})
        with pytest.raises(ValidationError, match="cannot be deleted"):
            delete_preset(session, "Odoo pipeline")
        assert [p for p in list_presets(session) if not p.builtin] == []


def test_an_unknown_preset_error_lists_the_names(db: Database) -> None:
    with db.session() as session:
        save_preset(session, "Mine", "leads", {"Who": "name"})
        with pytest.raises(NotFoundError) as caught:
            get_preset(session, "nope")
        with pytest.raises(NotFoundError):
            delete_preset(session, "nope")
    assert caught.value.template == "no mapping preset called {name}; known presets: {names}"
    assert "Salesforce report" in str(caught.value) and "Mine" in str(caught.value)


def test_apply_preset_uses_the_preset_then_auto_map() -> None:
    preset = Preset("Odd", "opportunities", {"Deal": "name", "Phase": "stage", "Amount": None}, None, False)
    headers = ["DEAL", "phase", "Amount", "Deal Stage", "Close Date", "Mystery"]
    assert apply_preset(preset, headers) == {
        "DEAL": "name", "phase": "stage", "Amount": None, "Deal Stage": None,
        "Close Date": "expected_close_date", "Mystery": None,
    }
