"""Importing leads with behaviour, size, region and status columns: what is stored, what a re-import does to the
behaviours, the rows rejected and why, and the scores the seed's model gives right after the import."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.results import ImportOptions, ImportResult
from salesmgr.exchange.imports.whole_export import ExportOptions, run_export_import
from salesmgr.models import Lead, clock
from salesmgr.models.database import Database
from salesmgr.models.leads.entities import LeadBehaviour, LeadScore
from salesmgr.models.leads.spec import DEFAULT_SPEC, Rule
from salesmgr.models.leads.store import save_spec

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def _today() -> None:
    clock.set_today(TODAY)


def _import(db: Database, tmp_path: Path, header: list[str], rows: list[list[str]], name: str = "leads.csv",
            dry_run: bool = False) -> ImportResult:
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return run_import(db, path, ImportOptions(kind="leads", dry_run=dry_run))


def _behaviours(db: Database) -> dict[tuple[str, str], tuple[date, bool]]:
    with db.session() as s:
        rows = s.execute(select(Lead.email, LeadBehaviour.behaviour, LeadBehaviour.occurred_on, LeadBehaviour.dated)
                         .join(Lead, Lead.id == LeadBehaviour.lead_id))
        return {(email, key): (day, dated) for email, key, day, dated in rows}


def _scores(db: Database) -> dict[str, tuple[int, int]]:
    with db.session() as s:
        rows = s.execute(select(Lead.email, LeadScore.score, LeadScore.grade_rank)
                         .join(LeadScore, LeadScore.lead_id == Lead.id))
        return {email: (score, rank) for email, score, rank in rows}


HEADER = ["Name", "Email", "Industry", "Company Size", "Region", "Lead Status", "Attended Webinar",
          "Visited Pricing Page", "下载白皮书"]


def test_columns_are_read_into_lead_fields_and_dated_or_undated_behaviours(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, HEADER, [
        ["王芳", "wf@a.cn", "科技", "1001-5000", "华东", "Working - Contacted", "2026-11-10", "no", "是"],
        ["Ann Lee", "ann@b.com", "Retail", "10,000+", "West", "BAD_TIMING", "", "yes", "2026/10/01"],
    ])
    assert (result.inserted, result.rejected) == (2, 0), result.rejects
    assert result.mapping["Attended Webinar"] == "webinar" and result.mapping["下载白皮书"] == "white_paper"
    with db.session() as s:
        leads = {lead.email: (lead.company_size, lead.region, lead.status) for lead in s.scalars(select(Lead))}
    assert leads == {"wf@a.cn": (1001, "华东", "assigned"), "ann@b.com": (10000, "West", "nurturing")}
    # A day is the behaviour's own (dated); a plain yes counts from the import day (not dated); no and empty: none.
    assert _behaviours(db) == {
        ("wf@a.cn", "webinar"): (date(2026, 11, 10), True), ("wf@a.cn", "white_paper"): (TODAY, False),
        ("ann@b.com", "pricing_page"): (TODAY, False), ("ann@b.com", "white_paper"): (date(2026, 10, 1), True),
    }


def test_imported_leads_are_scored_in_the_same_import(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, ["Name", "Email", "Industry", "Employees", "Attended Webinar", "Visited Pricing Page"], [
        # the seed's case: 科技 (+15), 1001-5000 counts as 1001 > 1000 (+10), a webinar (+20) = 45, SQL (rank 1)
        ["张伟", "zw@a.cn", "科技", "1001-5000", "2026-11-20", ""],
        # 金融 (+15), 1000 is not > 1000, webinar (+20) and pricing page (+20) = 55, MQL (rank 0)
        ["李娜", "ln@a.cn", "金融", "1,000", "yes", "x"],
        # 制造 (no points), 5000以上 (+10), nothing else = 10, Lead (rank 2)
        ["赵磊", "zl@a.cn", "制造", "5000以上", "no", "0"],
    ])
    assert _scores(db) == {"zw@a.cn": (45, 1), "ln@a.cn": (55, 0), "zl@a.cn": (10, 2)}


def test_a_dated_behaviour_decays_from_its_day_and_a_plain_yes_from_the_import(db: Database,
                                                                               tmp_path: Path) -> None:
    with db.session() as s:  # the webinar rule loses 5 points per whole 30 days
        rules = tuple(Rule("behaviour", "webinar", 20, decay=5) if r.field == "webinar" else r
                      for r in DEFAULT_SPEC.rules)
        save_spec(s, DEFAULT_SPEC.__class__(rules, DEFAULT_SPEC.grades), "Manager")
    _import(db, tmp_path, ["Name", "Email", "Attended Webinar"], [
        ["A", "a@x.cn", "2026-09-01"],  # 91 days before 2026-12-01: 3 whole periods, 20 - 15 = 5
        ["B", "b@x.cn", "yes"],  # counted from today: 20
    ])
    assert _scores(db) == {"a@x.cn": (5, 2), "b@x.cn": (20, 2)}


def test_reimport_updates_days_keeps_a_yes_and_removes_only_the_files_columns(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, ["Name", "Email", "Attended Webinar", "Visited Pricing Page", "Downloaded White Paper"], [
        ["A", "a@x.cn", "2026-10-01", "2026-10-02", "yes"],
        ["B", "b@x.cn", "yes", "yes", "yes"],
    ], name="first.csv")
    clock.set_today(date(2026, 12, 5))
    _import(db, tmp_path, ["Name", "Email", "Attended Webinar", "Visited Pricing Page"], [
        ["A", "a@x.cn", "2026-11-15", "no"],  # a later day replaces the stored one; no removes it
        ["B", "b@x.cn", "yes", ""],  # a yes keeps its first day (not the new import day); empty removes it
    ], name="second.csv")
    # The white paper column is not in the second file: both white papers are left as they were.
    assert _behaviours(db) == {
        ("a@x.cn", "webinar"): (date(2026, 11, 15), True), ("a@x.cn", "white_paper"): (TODAY, False),
        ("b@x.cn", "webinar"): (TODAY, False), ("b@x.cn", "white_paper"): (TODAY, False),
    }
    # A stored plain yes that the file now dates becomes dated.
    _import(db, tmp_path, ["Name", "Email", "Whitepaper Downloaded"], [["B", "b@x.cn", "2026-11-30"]], name="3.csv")
    assert _behaviours(db)[("b@x.cn", "white_paper")] == (date(2026, 11, 30), True)


def test_unreadable_values_reject_their_row_with_the_reason(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, ["Name", "Email", "公司规模", "Status", "申请演示"], [
        ["A", "a@x.cn", "lots", "new", "yes"],
        ["B", "b@x.cn", "200", "hot", "2026-11-01"],
        ["C", "c@x.cn", "200", "已转化", "maybe"],
        ["D", "d@x.cn", "51-200", "Junk Lead", "2026-11-01"],
    ])
    assert (result.inserted, result.rejected) == (1, 3)
    assert [(r.row, r.column, r.value, r.reason) for r in result.rejects] == [
        (2, "公司规模", "lots", "lots is not a number of employees; write a number such as 250, a range such as "
                                 "1001-5000 or an open range such as 5000+"),
        (3, "Status", "hot", "hot is not a lead status salesmgr knows; use one of new, nurturing, assigned, "
                             "converted, disqualified"),
        (4, "申请演示", "maybe", "maybe is neither yes/no nor a date"),
    ]
    assert _behaviours(db) == {("d@x.cn", "demo_request"): (date(2026, 11, 1), True)}


def test_a_dry_run_stores_no_behaviour_and_no_score(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, [*HEADER[:3], "Attended Webinar"], [["A", "a@x.cn", "科技", "yes"]],
                     dry_run=True)
    assert result.inserted == 1
    assert _behaviours(db) == {} and _scores(db) == {}


def test_a_repeated_row_of_one_lead_applies_its_later_behaviours(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, ["Name", "Email", "Attended Webinar"], [
        ["A", "a@x.cn", "2026-10-01"], ["A", "a@x.cn", "2026-11-01"]])
    assert result.inserted == 1 and result.duplicate_rows == [3]
    assert _behaviours(db) == {("a@x.cn", "webinar"): (date(2026, 11, 1), True)}


def test_a_whole_export_scores_its_leads_and_maps_salesforce_statuses(db: Database, tmp_path: Path) -> None:
    lead_csv = [["Id", "LastName", "FirstName", "Company", "Email", "Industry", "NumberOfEmployees", "State",
                 "Status", "Attended Webinar"],
                ["00Q000000000001", "Chen", "Ming", "Acme", "cm@acme.cn", "科技", "2000", "江苏",
                 "Open - Not Contacted", "2026-11-20"],
                ["00Q000000000002", "Wu", "Lan", "Beta", "wl@beta.cn", "Retail", "50", "上海",
                 "Closed - Not Converted", "no"]]
    folder = tmp_path / "export"
    folder.mkdir()
    with (folder / "Lead.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(lead_csv)
    result = run_export_import(db, folder, ExportOptions())
    assert [f.kind for f in result.files] == ["leads"]
    with db.session() as s:
        leads = {lead.email: (lead.name, lead.region, lead.status) for lead in s.scalars(select(Lead))}
    assert leads == {"cm@acme.cn": ("Ming Chen", "江苏", "new"), "wl@beta.cn": ("Lan Wu", "上海", "disqualified")}
    # 科技 +15, 2000 > 1000 +10, webinar +20 = 45 (SQL); nothing for the other: 0 (Lead)
    assert _scores(db) == {"cm@acme.cn": (45, 1), "wl@beta.cn": (0, 2)}
