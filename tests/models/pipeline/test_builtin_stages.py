"""The default stages and their criteria in the interface language, and names that users or CRMs gave kept.

The expected Chinese names are the seed's own (线索识别 … 输单, /work/shared docs/domain.md) and the criteria's
translations as filled in resources/i18n/salesmgr_zh_CN.ts; every English expectation is the first migration's
seed text.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.resolvers import StageResolver
from salesmgr.exchange.imports.results import ImportOptions
from salesmgr.i18n import set_language
from salesmgr.models import Opportunity, StageDefinition
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.funnel import funnel
from salesmgr.models.metrics.stages import stalled_deals
from salesmgr.models.pipeline.entities import stage_names
from salesmgr.models.pipeline.opportunities import OpportunityFilter, opportunity_page, stage_options
from salesmgr.models.pipeline.stages import StageInput, list_stages, save_stages

ENGLISH = ["Lead identified", "Needs confirmed", "Solution demo", "Negotiation", "Won", "Lost"]
CHINESE = ["线索识别", "需求确认", "方案演示", "商务谈判", "赢单", "输单"]


@pytest.fixture
def zh() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("en")


def _funnel_names(db: Database) -> list[str]:
    with db.session() as s:
        return [step.stage for step in funnel(s, MetricFilter())]


def _edited(session: Session, name_of: dict[str, str]) -> list[StageInput]:
    """The stages as the editor would save them, with the shown names in ``name_of`` replaced."""
    return [StageInput(row.id, name_of.get(row.name, row.name), row.kind, row.default_probability,
                       row.entry_criteria, row.exit_criteria) for row in list_stages(session)]


def _save(db: Database, name_of: dict[str, str]) -> None:
    with db.session() as s:
        save_stages(s, _edited(s, name_of))


def _stored(db: Database) -> list[tuple[str, str | None]]:
    with db.session() as s:
        return [(stage.name, stage.builtin_key) for stage in
                s.scalars(select(StageDefinition).order_by(StageDefinition.position))]


def test_the_funnel_names_the_default_stages_in_the_interface_language(db: Database, zh: None) -> None:
    assert _funnel_names(db) == CHINESE  # open stages in order, then won, then lost
    set_language("en")
    assert _funnel_names(db) == ENGLISH


def test_the_language_is_read_at_each_call(db: Database) -> None:
    with db.session() as s:
        assert stage_names(s) == ENGLISH
        set_language("zh_CN")
        try:
            assert stage_names(s) == CHINESE
        finally:
            set_language("en")


def test_a_renamed_stage_keeps_the_users_name_in_both_languages(db: Database, zh: None) -> None:
    _save(db, {"方案演示": "产品演示会"})  # renamed in the Chinese interface
    assert _funnel_names(db) == ["线索识别", "需求确认", "产品演示会", "商务谈判", "赢单", "输单"]
    set_language("en")
    assert _funnel_names(db) == ["Lead identified", "Needs confirmed", "产品演示会", "Negotiation", "Won", "Lost"]
    _save(db, {"Negotiation": "Final negotiation"})  # renamed in the English interface
    set_language("zh_CN")
    assert _funnel_names(db) == ["线索识别", "需求确认", "产品演示会", "Final negotiation", "赢单", "输单"]


def test_renaming_to_the_english_default_in_chinese_is_the_users_own_name(db: Database, zh: None) -> None:
    _save(db, {"商务谈判": "Negotiation"})  # typed on purpose: no longer the built-in stage
    assert _funnel_names(db)[3] == "Negotiation"
    assert _stored(db)[3] == ("Negotiation", None)


def test_saving_the_editor_unchanged_keeps_the_defaults(db: Database, zh: None) -> None:
    before = _stored(db)
    _save(db, {})
    assert _stored(db) == before
    assert before[3] == ("Negotiation", "negotiation")
    with db.session() as s:  # the criteria went back in English, so they are still translatable
        stored = s.scalar(select(StageDefinition.exit_criteria).where(StageDefinition.name == "Negotiation"))
    assert stored == "Contract terms agreed\nDelivery feasibility confirmed with the product team"


def test_criteria_are_shown_in_the_interface_language(db: Database, zh: None) -> None:
    with db.session() as s:
        options = {option.name: option for option in stage_options(s)}
        editor = {row.name: row for row in list_stages(s)}
    assert options["商务谈判"].entry_criteria == ["客户接受建议方案"]
    assert options["商务谈判"].exit_criteria == ["合同条款已达成一致", "已与产品团队确认交付可行性"]
    assert options["线索识别"].entry_criteria == ["已确认公司和联系人", "符合理想客户画像"]
    assert editor["赢单"].entry_criteria == ["合同已签署"]
    assert editor["输单"].entry_criteria == ["已记录输单原因"]


def test_a_users_own_criterion_stays_as_typed(db: Database, zh: None) -> None:
    with db.session() as s:
        rows = _edited(s, {})
        rows[3].exit_criteria = [*rows[3].exit_criteria, "法务已审阅"]
        save_stages(s, rows)
    set_language("en")
    with db.session() as s:
        negotiation = next(option for option in stage_options(s) if option.name == "Negotiation")
    assert negotiation.exit_criteria == [
        "Contract terms agreed", "Delivery feasibility confirmed with the product team", "法务已审阅"]


def test_a_name_that_a_default_stage_has_in_another_language_is_refused(db: Database) -> None:
    with db.session() as s, pytest.raises(ValidationError) as raised:
        save_stages(s, _edited(s, {"Lead identified": "商务谈判"}))
    assert raised.value.fields == {"name": "商务谈判", "stage": "Negotiation"}
    assert _stored(db)[0] == ("Lead identified", "lead_identified")  # nothing written


def test_a_stage_added_by_a_crm_import_keeps_its_name(db: Database, zh: None) -> None:
    with db.session() as s:
        resolver = StageResolver(s)
        resolver.resolve("Proposal/Price Quote")
        assert resolver.new_stages == ["Proposal/Price Quote"]
    # added after the last open stage (position 5), the won and lost stages move down one
    assert _funnel_names(db) == ["线索识别", "需求确认", "方案演示", "商务谈判", "Proposal/Price Quote", "赢单", "输单"]
    set_language("en")
    assert _funnel_names(db)[4] == "Proposal/Price Quote"


def test_the_chinese_name_of_a_default_stage_finds_that_stage(db: Database) -> None:
    with db.session() as s:  # English interface: the file's Chinese name still means the default stage
        resolver = StageResolver(s)
        assert resolver.resolve("商务谈判").name == "Negotiation"
        assert resolver.resolve("方案 演示").name == "Solution demo"  # spaces and case are ignored as for names
        assert resolver.new_stages == []


def test_importing_a_file_with_chinese_stage_names_adds_no_stage(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["商机名称", "客户名称", "销售阶段", "商机金额", "预计成交日期"])
        writer.writerow(["华东项目", "甲公司", "商务谈判", "1000", "2026-12-01"])
        writer.writerow(["华北项目", "乙公司", "需求确认", "2000", "2026-12-15"])
    result = run_import(db, path, ImportOptions(kind="opportunities"))
    assert (result.inserted, result.new_stages) == (2, [])
    with db.session() as s:
        stages = dict(s.execute(select(Opportunity.name, StageDefinition.name).join(StageDefinition)).all())
        assert len(stage_names(s)) == 6
    assert stages == {"华东项目": "Negotiation", "华北项目": "Needs confirmed"}


def test_a_stage_map_to_a_shown_chinese_name_is_followed(db: Database, zh: None) -> None:
    with db.session() as s:  # the import wizard offers the names as shown
        resolver = StageResolver(s, {"Verbal commit": "商务谈判"})
        assert resolver.resolve("Verbal commit").name == "Negotiation"


def test_the_pipeline_rows_and_stalled_deals_show_the_shown_names(db: Database, zh: None) -> None:
    with db.session() as s:
        negotiation = s.scalar(select(StageDefinition.id).where(StageDefinition.name == "Negotiation"))
        s.add(Opportunity(name="Old deal", stage_id=negotiation, currency="CNY", created_date=date(2020, 1, 1)))
        s.flush()
        rows = opportunity_page(s, OpportunityFilter())
        stalled = stalled_deals(s, MetricFilter(), today=date(2026, 11, 1))
    assert [row.stage for row in rows] == ["商务谈判"]
    assert [deal.stage for deal in stalled] == ["商务谈判"]  # created in 2020, far past the default 30 days
