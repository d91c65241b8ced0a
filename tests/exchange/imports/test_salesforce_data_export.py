"""A whole Salesforce Data Export (tests/helpers/salesforce_export.py, figures worked out by hand there) imported in
one go: users, accounts, contacts, deals on their own accounts and reps, the real stage history, activities with
their real timeliness, and the rates of CurrencyType converted to the base currency."""
from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salesmgr.cli import main
from salesmgr.exchange.imports.whole_export import ExportOptions, run_export_import
from salesmgr.models import Account, Activity, Contact, Opportunity, Rep, clock
from salesmgr.models.config import ExchangeRate
from salesmgr.models.database import Database
from salesmgr.models.pipeline.entities import StageHistory
from tests.helpers import salesforce_export as sf


@pytest.fixture
def imported(db: Database, tmp_path: Path) -> Database:
    clock.set_today(datetime(2026, 12, 1).date())
    result = run_export_import(db, sf.export_zip(tmp_path / "WE_00D8a000001_1.ZIP"), ExportOptions())
    assert result.rejected == 0, [r.rejects for r in result.files]
    return db


def test_every_file_is_imported_in_reference_order(db: Database, tmp_path: Path) -> None:
    result = run_export_import(db, sf.export_zip(tmp_path / "export.zip"), ExportOptions())
    assert [(f.file, f.kind) for f in result.files] == [
        ("CurrencyType.csv", "rates"), ("User.csv", "reps"), ("Account.csv", "accounts"), ("Contact.csv", "contacts"),
        ("Opportunity.csv", "opportunities"), ("OpportunityHistory.csv", "stage_history"),
        ("Event.csv", "activities"), ("Task.csv", "activities")]
    assert [s.file for s in result.skipped] == ["Campaign.csv"]
    users = next(f for f in result.files if f.file == "User.csv")
    assert (users.inserted, sum(users.skipped.values())) == (sf.REPS, sf.SKIPPED_USERS)
    assert result.missing_rates == []  # every currency has its rate from CurrencyType.csv
    assert {r["currency"]: r["rate"] for r in result.to_json()["rates_set"]} == {  # type: ignore[union-attr]
        "USD": "7.2", "EUR": "8"}


def test_reps_accounts_and_contacts(imported: Database) -> None:
    with imported.session() as session:
        reps = {r.name: r for r in session.scalars(select(Rep))}
        assert sorted(reps) == ["James Carter", "María López", "Sarah Kim", "Wei Chen"]  # FirstName + LastName
        assert [name for name, rep in reps.items() if not rep.active] == ["James Carter"]
        assert reps["María López"].manager_id == reps["Sarah Kim"].id  # her manager comes later in the file
        assert session.scalar(select(func.count()).select_from(Account)) == sf.ACCOUNT_COUNT
        assert sorted(session.scalars(select(Contact.name))) == ["John Smith", "Na Li"]


def test_deals_keep_their_own_account_and_owner(imported: Database) -> None:
    with imported.session() as session:
        rows = session.execute(select(Opportunity.external_id, Account.external_id, Rep.name)
                               .join(Account, Opportunity.account_id == Account.id)
                               .join(Rep, Opportunity.owner_id == Rep.id)).all()
    assert {deal: (account, owner) for deal, account, owner in rows} == {
        sf.opportunity(61): (sf.account(11), "Wei Chen"), sf.opportunity(62): (sf.account(12), "María López"),
        sf.opportunity(63): (sf.account(13), "María López"), sf.opportunity(64): (sf.account(14), "James Carter"),
        sf.opportunity(65): (sf.account(11), "Sarah Kim")}


def test_stage_history_has_the_real_entries_and_a_reimport_adds_none(imported: Database, tmp_path: Path) -> None:
    def entries() -> dict[str, int]:
        with imported.session() as session:
            return dict(session.execute(select(Opportunity.external_id, func.count(StageHistory.id))
                                        .join(StageHistory).group_by(Opportunity.external_id)).all())
    assert entries() == sf.HISTORY_ENTRIES
    with imported.session() as session:  # Acme renewal: Prospecting 08-01, Qualification 08-20, Closed Won 10-15
        days = [row.date() for row in session.scalars(
            select(StageHistory.entered_at).join(Opportunity).where(Opportunity.external_id == sf.opportunity(61))
            .order_by(StageHistory.entered_at))]
    assert [d.isoformat() for d in days] == ["2026-08-01", "2026-08-20", "2026-10-15"]
    again = run_export_import(imported, sf.export_zip(tmp_path / "again.zip"), ExportOptions())
    assert again.totals()["inserted"] == 0 and entries() == sf.HISTORY_ENTRIES


def _local(utc: str) -> datetime:
    """A Salesforce UTC instant as the importer stores it: in this machine's local time, without a zone."""
    return datetime.fromisoformat(utc.replace("Z", "+00:00")).astimezone().replace(tzinfo=None)


def test_activities_have_their_real_timeliness(imported: Database) -> None:
    with imported.session() as session:
        rows = session.execute(select(Activity.external_id, Activity.occurred_at, Activity.logged_at)).all()
    assert len(rows) == sf.ACTIVITY_COUNT
    hours = {ext: (logged - occurred).total_seconds() / 3600 for ext, occurred, logged in rows}
    # the Event's two instants are 2 h apart anywhere; a Task's ActivityDate is a day (its midnight), logged at
    # CreatedDate: in UTC 15 h and 57 h later (the fixture's TIMELINESS_HOURS), here shifted by the local offset
    midnight_1, midnight_2 = datetime(2026, 10, 1), datetime(2026, 10, 2)
    assert hours == {
        sf.sf_id("00U", 1): sf.TIMELINESS_HOURS[sf.sf_id("00U", 1)],
        sf.sf_id("00T", 1): (_local("2026-10-01T15:00:00Z") - midnight_1).total_seconds() / 3600,
        sf.sf_id("00T", 2): (_local("2026-10-04T09:00:00Z") - midnight_2).total_seconds() / 3600}
    if _local("2026-10-01T15:00:00Z") == datetime(2026, 10, 1, 15):  # a machine on UTC: the figures by hand
        assert hours == sf.TIMELINESS_HOURS


def test_rates_are_converted_to_the_base_currency_and_won_is_exact(imported: Database, db_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with imported.session() as session:
        rates = {row.currency: row.rate for row in session.scalars(select(ExchangeRate))}
    assert {code: Decimal(rate) for code, rate in rates.items()} == sf.RATES  # USD 7.2, EUR 7.2 / 0.9 = 8
    imported.close()
    assert main(["--db", str(db_path), "funnel", "--period", "all", "--json"]) == 0
    funnel = json.loads(capsys.readouterr().out)
    won = sum(Decimal(stage["amount"]) for stage in funnel["stages"] if stage["kind"] == "won")
    assert won == sf.WON_BASE and funnel["unconverted"] == []


def test_without_the_corporate_currencys_rate_the_export_says_so_and_lists_the_deals(db: Database,
                                                                                      tmp_path: Path) -> None:
    no_base = [row for row in sf.CURRENCY_TYPES if row[1] != "CNY"]  # USD corporate, EUR 0.9; nothing says USD-CNY
    result = run_export_import(db, sf.export_zip(tmp_path / "export.zip", {**sf.FILES, "CurrencyType.csv": no_base}),
                               ExportOptions())
    rates_file = result.files[0]
    assert rates_file.file == "CurrencyType.csv" and rates_file.rates_set == []
    assert any("corporate currency USD has no rate to CNY" in warning for warning in rates_file.warnings)
    # the deals are imported and listed: 100,000 + 30,000 USD and 50,000 + 20,000 EUR have no rate yet
    assert [(m.currency, m.deals, m.amount) for m in result.missing_rates] == [
        ("EUR", 2, Decimal("70000.00")), ("USD", 2, Decimal("130000.00"))]


def test_records_owned_by_a_system_user_get_no_owner_and_no_rep_is_made_of_it(db: Database, tmp_path: Path) -> None:
    deals = [row[:] for row in sf.OPPORTUNITIES]
    deals[5][9] = deals[4][9] = sf.user(56)  # Initech platform and Acme services: owned by the integration user
    result = run_export_import(db, sf.export_zip(tmp_path / "export.zip", {**sf.FILES, "Opportunity.csv": deals}),
                               ExportOptions())
    opportunities = next(f for f in result.files if f.kind == "opportunities")
    assert opportunities.new_reps == []
    assert any(w.startswith("2 rows name a CRM system user") for w in opportunities.warnings)
    with db.session() as session:
        owners = dict(session.execute(select(Opportunity.external_id, Opportunity.owner_id)).all())
        assert session.scalar(select(func.count()).select_from(Rep)) == sf.REPS
    assert owners[sf.opportunity(64)] is None and owners[sf.opportunity(65)] is None
