"""References to accounts and owners: by id when the file has one, by name only without, never guessed."""
from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.results import ImportOptions
from salesmgr.models import Account, Opportunity, Rep, StageDefinition
from salesmgr.models.database import Database
from tests.helpers import crm_files

ACCOUNT_REASON = "account name matches 2 accounts; add the account id column"
OWNER_REASON = "owner name matches 2 reps; add the owner id or email column"


def _deals_per_organisation(db: Database) -> dict[str | None, int]:
    """Pipedrive organisation id -> how many deals its account has."""
    with db.session() as s:
        rows = s.execute(select(Account.external_id, func.count(Opportunity.id))
                         .join(Opportunity, Opportunity.account_id == Account.id).group_by(Account.id)).all()
    return {external_id: count for external_id, count in rows}


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_organisation_ids_keep_two_same_named_organisations_apart(db: Database, tmp_path: Path) -> None:
    accounts = run_import(db, crm_files.pipedrive_twin_organisations(tmp_path), ImportOptions(kind="accounts"))
    assert (accounts.inserted, accounts.rejected) == (3, 0)  # 700 and 701 share a name, each has its id
    result = run_import(db, crm_files.pipedrive_twin_deals(tmp_path), ImportOptions(kind="opportunities"))
    assert (result.inserted, result.rejected, result.new_accounts) == (45, 0, [])
    # the fixture: deals 0-39 alternate between 700 and 701, deals 40-44 are Globex's (702)
    assert _deals_per_organisation(db) == {"700": 20, "701": 20, "702": 5}
    again = run_import(db, crm_files.pipedrive_twin_deals(tmp_path), ImportOptions(kind="opportunities"))
    assert (again.unchanged, again.updated, again.inserted) == (45, 0, 0)


def test_organisation_ids_new_to_the_database_make_one_account_each(db: Database, tmp_path: Path) -> None:
    result = run_import(db, crm_files.pipedrive_twin_deals(tmp_path), ImportOptions(kind="opportunities"))
    assert result.rejected == 0
    assert result.new_accounts == [crm_files.TWIN_ORGANISATION, crm_files.TWIN_ORGANISATION, "Globex"]
    assert _deals_per_organisation(db) == {"700": 20, "701": 20, "702": 5}


def test_without_the_id_column_an_ambiguous_name_is_rejected_not_guessed(db: Database, tmp_path: Path) -> None:
    run_import(db, crm_files.pipedrive_twin_organisations(tmp_path), ImportOptions(kind="accounts"))
    path = crm_files.pipedrive_twin_deals(tmp_path, with_ids=False)
    result = run_import(db, path, ImportOptions(kind="opportunities"))
    # the 40 deals of the shared name are rejected with the reason; Globex's 5 have a name that fits one account
    assert (result.inserted, result.rejected) == (5, 40)
    assert {(r.reason, r.column) for r in result.rejects} == {(ACCOUNT_REASON, "")}
    assert sorted(row for row, _cells, _reason in result.rejected_rows) == list(range(2, 42))
    assert _deals_per_organisation(db) == {"702": 5}


def test_an_accounts_file_without_ids_cannot_update_one_of_two_same_named_accounts(db: Database,
                                                                                   tmp_path: Path) -> None:
    run_import(db, crm_files.pipedrive_twin_organisations(tmp_path), ImportOptions(kind="accounts"))
    path = _write(tmp_path / "a.csv", [["Account Name", "Industry"], [crm_files.TWIN_ORGANISATION, "Retail"],
                                       ["Globex", "Chemicals"]])
    result = run_import(db, path, ImportOptions(kind="accounts"))
    assert (result.updated, result.inserted, result.rejected) == (1, 0, 1)
    assert result.rejects[0].reason == ACCOUNT_REASON


def test_an_unknown_id_takes_the_one_account_of_its_name_that_has_no_id(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        s.add(Account(name="Acme"))  # entered by hand: no CRM id yet
    header = ["Deal - Title", "Deal - Stage", "Organization - Name", "Organization - ID"]
    first = _write(tmp_path / "1.csv", [header, ["A", "Proposal Made", "Acme", "900"]])
    assert run_import(db, first, ImportOptions(kind="opportunities")).new_accounts == []
    with db.session() as s:
        assert s.execute(select(Account.external_id, Account.source_system)).all() == [("900", "pipedrive")]
    # another organisation of that name: the account now has an id, so 901 is a new account, not a merge
    second = _write(tmp_path / "2.csv", [header, ["B", "Proposal Made", "Acme", "901"]])
    assert run_import(db, second, ImportOptions(kind="opportunities")).new_accounts == ["Acme"]
    assert _deals_per_organisation(db) == {"900": 1, "901": 1}


def test_owners_with_one_name_are_told_apart_by_email_or_rejected(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        s.add_all([Rep(name="Wang Wei", email="wei.wang@example.com", role="rep", active=True),
                   Rep(name="Wang Wei", email="wei.wang2@example.com", role="rep", active=True)])
    header = ["Opportunity Name", "Stage", "Opportunity Owner", "Owner Email"]
    path = _write(tmp_path / "o.csv", [header, ["By email", "Prospecting", "Wang Wei", "wei.wang2@example.com"],
                                       ["By name", "Prospecting", "Wang Wei", ""]])
    result = run_import(db, path, ImportOptions(kind="opportunities"))
    assert (result.inserted, result.rejected, result.new_reps) == (1, 1, [])
    assert result.rejects[0].reason == OWNER_REASON and result.rejected_rows[0][0] == 3
    with db.session() as s:
        owner = s.scalar(select(Rep.email).join(Opportunity, Opportunity.owner_id == Rep.id))
    assert owner == "wei.wang2@example.com"


def test_a_zoho_deals_export(db: Database, tmp_path: Path) -> None:
    result = run_import(db, crm_files.zoho_deals_csv(tmp_path), ImportOptions(kind="opportunities"))
    assert (result.rows, result.inserted, result.rejected) == (12, 12, 0)
    with db.session() as s:
        deals = {o.name: o for o in s.scalars(select(Opportunity))}
        kinds = dict(s.execute(select(Opportunity.name, StageDefinition.kind).join(StageDefinition)).all())
        accounts = s.execute(select(Account.external_id, Account.source_system, Account.name)
                             .order_by(Account.external_id)).all()
        owners = s.execute(select(Rep.external_id, Rep.name).order_by(Rep.external_id)).all()
    # ZOHO_STAGES[n % 6]: 3 and 9 Closed Won; 4, 10 Closed Lost; 5, 11 Closed Lost to Competition
    assert [n for n, k in kinds.items() if k == "won"] == ["Zoho deal 3", "Zoho deal 9"]
    assert sorted(n for n, k in kinds.items() if k == "lost") == sorted(f"Zoho deal {n}" for n in (4, 5, 10, 11))
    deal = deals["Zoho deal 5"]  # "Closing Date" 03/18/2026 (13 + 5), "Created Time" 2026-01-05
    assert (str(deal.closed_date), str(deal.expected_close_date), str(deal.created_date)) == (
        "2026-03-18", "2026-03-18", "2026-01-05")
    assert deals["Zoho deal 0"].closed_date is None  # open
    assert accounts == [(f"4876000000{100 + n}", "zoho", crm_files.ACCOUNTS[n]) for n in range(4)]
    assert owners == [(f"487600000000{n}", crm_files.REPS[n]) for n in range(3)]


def test_a_zoho_chinese_interface_export(db: Database, tmp_path: Path) -> None:
    result = run_import(db, crm_files.zoho_deals_zh_xlsx(tmp_path), ImportOptions(kind="opportunities"))
    assert (result.inserted, result.rejected) == (6, 0)
    assert result.mapping["结束日期"] == "expected_close_date" and result.mapping["创建时间"] == "created_date"
    assert result.mapping["客户名称.id"] == "account_external_id"
    with db.session() as s:
        kinds = dict(s.execute(select(Opportunity.name, StageDefinition.kind).join(StageDefinition)).all())
    # ZOHO_ZH_STAGES: 资格审查, 需求分析, 赢单, 输单, 输单(竞争对手), 输单（其他）
    assert kinds == {"商机1号": "open", "商机2号": "open", "商机3号": "won", "商机4号": "lost", "商机5号": "lost",
                     "商机6号": "lost"}
