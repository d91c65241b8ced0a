"""Whole exports (a ZIP or a folder of files) imported as one transaction: recognition, order, linking across files
by CRM ids, and nothing written when the run is a dry run, strict with rejects, failed or cancelled."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salesmgr.exchange.imports.whole_export import SKIP, ExportOptions, run_export_import, scan_export
from salesmgr.exchange.read.table import ImportFileError
from salesmgr.models import Account, Opportunity, Rep
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.progress import Cancelled, Progress
from tests.helpers import salesforce_export as sf

# The files of the Salesforce fixture that the current kinds import whatever else is built: accounts and deals.
CORE = {name: sf.FILES[name] for name in ("Account.csv", "Opportunity.csv", "Campaign.csv")}


def _csv(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def _count(db: Database, entity: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def test_the_scan_lists_each_file_with_its_kind_and_the_export_source(tmp_path: Path) -> None:
    scan = scan_export(sf.export_zip(tmp_path / "WE_00D8a_1.ZIP", CORE))
    assert [(f.name, f.kind, f.rows) for f in scan.files] == [
        ("Account.csv", "accounts", 4), ("Campaign.csv", None, 1), ("Opportunity.csv", "opportunities", 5)]
    assert scan.source_system == "salesforce"


def test_deals_link_to_their_accounts_by_crm_id_even_when_two_accounts_share_a_name(
        db: Database, tmp_path: Path) -> None:
    result = run_export_import(db, sf.export_zip(tmp_path / "export.zip", CORE), ExportOptions())
    # imported in the order that resolves references: accounts before opportunities, whatever the names' order
    assert [(f.file, f.kind, f.inserted) for f in result.files] == [
        ("Account.csv", "accounts", 4), ("Opportunity.csv", "opportunities", 5)]
    assert [s.file for s in result.skipped] == ["Campaign.csv"]
    assert result.totals() == {"rows": 9, "inserted": 9, "updated": 0, "unchanged": 0, "rejected": 0, "skipped": 0}
    with db.session() as session:
        placed = dict(session.execute(select(Opportunity.external_id, Account.external_id).join(Account)).all())
    # Globex expansion is on Globex ...0012, Globex pilot on the other Globex ...0013 (the fixture's rows)
    assert placed == {sf.opportunity(61): sf.account(11), sf.opportunity(62): sf.account(12),
                      sf.opportunity(63): sf.account(13), sf.opportunity(64): sf.account(14),
                      sf.opportunity(65): sf.account(11)}
    again = run_export_import(db, sf.export_zip(tmp_path / "again.zip", CORE), ExportOptions())
    assert again.totals() == {"rows": 9, "inserted": 0, "updated": 0, "unchanged": 9, "rejected": 0, "skipped": 0}


def test_a_folder_imports_like_the_zip_and_json_has_one_entry_per_file(db: Database, tmp_path: Path) -> None:
    result = run_export_import(db, sf.export_folder(tmp_path / "export", CORE), ExportOptions())
    data = result.to_json()
    assert [entry["file"] for entry in data["files"]] == ["Account.csv", "Opportunity.csv"]  # type: ignore[index]
    assert data["totals"] == {"rows": 9, "inserted": 9, "updated": 0, "unchanged": 0, "rejected": 0, "skipped": 0}
    assert data["skipped_files"] == [{"file": "Campaign.csv",
                                      "reason": "no known kind of record; choose its kind to import it"}]
    assert data["source_system"] == "salesforce"
    # USD and EUR deals without rates (base CNY): 100,000 + 30,000 USD and 50,000 + 20,000 EUR
    assert data["missing_rates"] == [{"currency": "EUR", "deals": 2, "amount": "70000.00"},
                                     {"currency": "USD", "deals": 2, "amount": "130000.00"}]


def test_the_user_chooses_kinds_and_skips(db: Database, tmp_path: Path) -> None:
    export = sf.export_folder(tmp_path / "export", CORE)
    result = run_export_import(db, export, ExportOptions(kinds={"Opportunity.csv": SKIP}))
    assert [f.file for f in result.files] == ["Account.csv"]
    assert {s.file: str(s.reason) for s in result.skipped}["Opportunity.csv"] == "skipped as you chose"
    assert _count(db, Opportunity) == 0
    with pytest.raises(ValidationError, match=r"no file Deals\.csv"):
        run_export_import(db, export, ExportOptions(kinds={"Deals.csv": "opportunities"}))
    with pytest.raises(ValidationError, match="unknown kind deals"):
        run_export_import(db, export, ExportOptions(kinds={"Opportunity.csv": "deals"}))


def test_dry_run_and_strict_write_nothing(db: Database, tmp_path: Path) -> None:
    bad_deals = [row[:] for row in sf.OPPORTUNITIES]
    bad_deals[3][4] = "eighty thousand"  # Globex pilot's amount cannot be read: that row is rejected
    export = sf.export_folder(tmp_path / "export", {**CORE, "Opportunity.csv": bad_deals})
    dry = run_export_import(db, export, ExportOptions(dry_run=True))
    assert dry.totals()["inserted"] == 8 and dry.totals()["rejected"] == 1 and not dry.refused
    strict = run_export_import(db, export, ExportOptions(strict=True))
    assert strict.refused
    assert (_count(db, Account), _count(db, Opportunity)) == (0, 0)


def test_a_cancelled_or_failed_export_leaves_the_database_as_it_was(db: Database, tmp_path: Path) -> None:
    export = sf.export_folder(tmp_path / "export", CORE)
    seen: list[str] = []
    progress = Progress(lambda done, total, name: seen.append(name), lambda: "Opportunity.csv" in seen)
    with pytest.raises(Cancelled):
        run_export_import(db, export, progress=progress, options=ExportOptions())
    assert "Account.csv" in seen and _count(db, Account) == 0  # the accounts' file had run: rolled back
    # a file that cannot be imported as the kind chosen refuses the whole export, naming the file
    with pytest.raises(ImportFileError, match=r"^Campaign\.csv: no column for the required field stage"):
        run_export_import(db, export, ExportOptions(kinds={"Campaign.csv": "opportunities"}))
    assert _count(db, Account) == 0


def test_hubspot_companies_and_deals_link_by_record_id(db: Database, tmp_path: Path) -> None:
    companies = [["Record ID", "Company name", "Industry", "Company owner"],
                 ["501", "Nordwind GmbH", "Logistics", "Anna Schmidt"],
                 ["502", "Nordwind GmbH", "Logistics", "Ben Martin"]]  # two branches, one name
    deals = [["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner",
              "Associated Company IDs", "Create Date"],
             ["9001", "Fleet renewal", "closedwon", "12000", "2026-10-01 00:00", "Anna Schmidt", "501",
              "2026-08-01 10:00"],
             ["9002", "Depot pilot", "appointmentscheduled", "3000", "2026-12-15 00:00", "Ben Martin", "502",
              "2026-11-01 10:00"]]
    export = tmp_path / "hubspot-crm-exports-2026-11-30.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("hubspot-crm-exports-all-companies-2026-11-30.csv", _csv(companies, "utf-8-sig"))
        archive.writestr("hubspot-crm-exports-all-deals-2026-11-30.csv", _csv(deals, "utf-8-sig"))
    result = run_export_import(db, export, ExportOptions())
    assert [(f.kind, f.inserted) for f in result.files] == [("accounts", 2), ("opportunities", 2)]
    with db.session() as session:
        placed = dict(session.execute(select(Opportunity.external_id, Account.external_id).join(Account)).all())
        reps = sorted(session.scalars(select(Rep.name)))
    assert placed == {"9001": "501", "9002": "502"}
    assert reps == ["Anna Schmidt", "Ben Martin"]


def test_zoho_accounts_and_deals_link_by_their_id_columns(db: Database, tmp_path: Path) -> None:
    accounts = [["Record Id", "Account Name", "Industry", "Account Owner", "Account Owner.id"],
                ["zcrm_4876000000101", "Huaxin Tech", "Electronics", "Li Na", "zcrm_4876000000001"],
                ["zcrm_4876000000102", "Huaxin Tech", "Electronics", "Wang Fang", "zcrm_4876000000002"]]
    deals = [["Record Id", "Deal Name", "Account Name", "Account Name.id", "Stage", "Amount", "Closing Date",
              "Deal Owner", "Deal Owner.id", "Created Time"],
             ["zcrm_4876000000201", "Huaxin north", "Huaxin Tech", "zcrm_4876000000101", "Closed Won", "8000.00",
              "2026-10-20", "Li Na", "zcrm_4876000000001", "2026-09-01 09:00:00"],
             ["zcrm_4876000000202", "Huaxin south", "Huaxin Tech", "zcrm_4876000000102", "Closed Lost to Competition",
              "5000.00", "2026-11-05", "Wang Fang", "zcrm_4876000000002", "2026-09-02 09:00:00"]]
    folder = tmp_path / "zoho"
    folder.mkdir()
    (folder / "Accounts_001.csv").write_bytes(_csv(accounts))
    (folder / "Deals_001.csv").write_bytes(_csv(deals))
    result = run_export_import(db, folder, ExportOptions())
    assert result.source_system == "zoho"
    assert [(f.kind, f.inserted, f.rejected) for f in result.files] == [("accounts", 2, 0), ("opportunities", 2, 0)]
    with db.session() as session:
        placed = dict(session.execute(select(Opportunity.external_id, Account.external_id).join(Account)).all())
        owners = sorted(session.scalars(select(Rep.name)))
    assert placed == {"zcrm_4876000000201": "zcrm_4876000000101", "zcrm_4876000000202": "zcrm_4876000000102"}
    assert owners == ["Li Na", "Wang Fang"]  # the owner ids of both files are one rep each
