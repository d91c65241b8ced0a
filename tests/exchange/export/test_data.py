"""Data exports: import field names as headers, typed values, filters, and a lossless export -> import round trip."""
from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.demo import load_demo
from salesmgr.exchange.export.data import DATA_KINDS, export_data
from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.kinds import IMPORT_ONLY, KINDS
from salesmgr.exchange.imports.mapping import auto_map
from salesmgr.exchange.imports.results import ImportOptions, ImportResult
from salesmgr.models import Account, Activity, Lead, Opportunity, Quota, Rep, Team
from salesmgr.models.customers.entities import SupportTicket, UsageRecord
from salesmgr.models.database import Database, open_database
from salesmgr.models.identity import own_source
from salesmgr.models.periods import Period
from tests.helpers import crm_files

HEADER_ROW = 4  # title, filter note, generation time, header


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, reps=8, opportunities=300, today=date(2026, 11, 1))
    with db.session() as s:  # a customer of its own with tickets and usage, whatever the demo has of them
        account = Account(name="Round Trip Customer", renewal_date=date(2027, 3, 31), renewal_intent="unsure",
                          payment_status="late")
        s.add(account)
        s.flush()
        s.add_all([SupportTicket(account_id=account.id, opened_on=date(2026, 10, 2), closed_on=date(2026, 10, 4),
                                 severity="high", subject="Export fails"),
                   SupportTicket(account_id=account.id, opened_on=date(2026, 10, 20), severity="low"),
                   UsageRecord(account_id=account.id, month=date(2026, 9, 1), usage_count=410, active_users=12,
                               licensed_users=20),
                   UsageRecord(account_id=account.id, month=date(2026, 10, 1), usage_count=388)])
    return db


def _export(db: Database, kind: str, out: Path, **filters: object) -> Path:
    with db.session() as session:
        return export_data(session, kind, out, **filters).path  # type: ignore[arg-type]


def _table(path: Path) -> list[list[object]]:
    rows = openpyxl.load_workbook(path).active.iter_rows(min_row=HEADER_ROW, values_only=True)
    return [list(row) for row in rows]


def _records(db: Database, kind: str, tmp_path: Path, **filters: object) -> list[dict[str, object]]:
    header, *rows = _table(_export(db, kind, tmp_path / f"{kind}.xlsx", **filters))
    return [dict(zip([str(h) for h in header], row, strict=True)) for row in rows]


def _no_change(result: ImportResult) -> bool:
    return (result.inserted, result.updated, result.rejected, result.duplicates) == (0, 0, 0, [])


def test_the_kinds_are_the_import_kinds_and_every_header_maps_back_to_its_field(demo: Database,
                                                                               tmp_path: Path) -> None:
    assert tuple(kind for kind in KINDS if kind not in IMPORT_ONLY) == DATA_KINDS
    for kind in DATA_KINDS:
        header = _table(_export(demo, kind, tmp_path / f"{kind}.xlsx"))[0]
        assert set(header) <= set(KINDS[kind].field_names)
        assert auto_map([str(h) for h in header], kind) == {h: h for h in header}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_reimporting_an_export_of_demo_data_changes_nothing(demo: Database, tmp_path: Path, suffix: str) -> None:
    for kind in DATA_KINDS:
        out = _export(demo, kind, tmp_path / f"{kind}{suffix}")
        result = run_import(demo, out, ImportOptions(kind=kind))
        assert result.unchanged > 0 and _no_change(result), (kind, result.rejects[:3])


CRM_FILES = [crm_files.salesforce_report_xlsx, crm_files.salesforce_api_csv, crm_files.hubspot_csv,
             crm_files.pipedrive_csv, crm_files.odoo_xlsx, crm_files.fxiaoke_xlsx, crm_files.snake_case_csv]


@pytest.mark.parametrize("make", CRM_FILES, ids=lambda make: make.__name__)
def test_reimporting_an_export_of_crm_data_changes_nothing(db: Database, tmp_path: Path, make: object) -> None:
    source = make(tmp_path)  # type: ignore[operator]
    assert run_import(db, source, ImportOptions(kind="opportunities")).inserted > 0
    for kind in ("opportunities", "accounts", "reps"):
        out = _export(db, kind, tmp_path / f"{kind}.xlsx")
        result = run_import(db, out, ImportOptions(kind=kind))
        assert result.unchanged > 0 and _no_change(result), (kind, result.rejects[:3])


def test_crm_rows_keep_their_ids_and_salesmgr_rows_get_their_own(db: Database, tmp_path: Path) -> None:
    run_import(db, crm_files.salesforce_api_csv(tmp_path), ImportOptions(kind="opportunities"))
    with db.session() as session:
        deal = Opportunity(name="Made here", stage_id=1, currency="CNY")
        session.add(deal)
        session.flush()
        made_here = deal.id
        own = own_source(session)
    assert own.startswith("salesmgr:") and len(own) > len("salesmgr:")
    ids = {(r["external_id"], r["source_system"]) for r in _records(db, "opportunities", tmp_path)}
    assert ("0065g0000000000AAA", "salesforce") in ids and (str(made_here), own) in ids


def test_loading_an_export_into_an_empty_database_and_exporting_again_gives_the_same_content(
        demo: Database, tmp_path: Path) -> None:
    first = {kind: _export(demo, kind, tmp_path / f"{kind}.xlsx") for kind in DATA_KINDS}
    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        # reps twice: a manager or mentor must exist before another rep can name them
        for kind in ("reps", "reps", "accounts", "contacts", "leads", "opportunities", "activities", "quotas",
                     "csat", "nps", "tickets", "usage"):
            assert run_import(fresh, first[kind], ImportOptions(kind=kind)).rejected == 0
        for kind in DATA_KINDS:
            again = _export(fresh, kind, tmp_path / f"{kind}-again.xlsx")
            assert _table(again) == _table(first[kind]), kind
    finally:
        fresh.close()


def test_values_are_typed_money_in_units_and_probability_as_a_ratio(demo: Database, tmp_path: Path) -> None:
    exported = {int(str(r["external_id"])): r for r in _records(demo, "opportunities", tmp_path)}
    with demo.session() as session:
        deals = session.scalars(select(Opportunity)).all()
        assert set(exported) == {deal.id for deal in deals}
        for deal in deals:
            row = exported[deal.id]
            amount = None if deal.amount is None else float(deal.amount)
            assert (row["amount"], row["currency"], row["name"]) == (amount, deal.currency, deal.name)
            assert row["probability"] == (None if deal.probability is None else deal.probability / 100)
            assert row["created_date"] == (deal.created_date and _midnight(deal.created_date))


def _midnight(day: date) -> object:
    from datetime import datetime, time

    return datetime.combine(day, time())


def _team_with_deals(session: Session) -> tuple[int, set[int]]:
    team = session.scalars(select(Team).order_by(Team.id)).first()
    assert team is not None
    return team.id, {rep.id for rep in session.scalars(select(Rep).where(Rep.team_id == team.id))}


def test_team_rep_and_period_filters_narrow_each_kind(demo: Database, tmp_path: Path) -> None:
    first, last = Period.parse("2026Q3").bounds
    with demo.session() as session:
        team_id, team_reps = _team_with_deals(session)
        # the first rep of the team who owns leads (the demo's managers take none)
        rep_id = min(set(session.scalars(select(Lead.owner_id))) & team_reps)
        deals = [d for d in session.scalars(select(Opportunity)) if d.owner_id in team_reps
                 and first <= (d.closed_date or d.expected_close_date or date.min) <= last]
        rep_leads = [lead for lead in session.scalars(select(Lead)) if lead.owner_id == rep_id]
        rep_calls = [a for a in session.scalars(select(Activity)) if a.rep_id == rep_id
                     and first <= a.occurred_at.date() <= last]
        quotas = [q for q in session.scalars(select(Quota)) if (q.team_id == team_id or q.rep_id in team_reps)
                  and q.period in ("2026Q3", "2026-07", "2026-08", "2026-09")]
    assert deals and rep_leads and rep_calls and quotas  # the filters have something to keep
    got = _records(demo, "opportunities", tmp_path, team_id=team_id, period=Period.parse("2026Q3"))
    assert sorted(int(str(r["external_id"])) for r in got) == sorted(d.id for d in deals)
    got = _records(demo, "leads", tmp_path, rep_id=rep_id)
    assert sorted(int(str(r["external_id"])) for r in got) == sorted(lead.id for lead in rep_leads)
    got = _records(demo, "activities", tmp_path, rep_id=rep_id, period=Period.parse("2026Q3"))
    assert sorted(int(str(r["external_id"])) for r in got) == sorted(a.id for a in rep_calls)
    assert len(_records(demo, "quotas", tmp_path, team_id=team_id, period=Period.parse("2026Q3"))) == len(quotas)
    all_accounts = _records(demo, "accounts", tmp_path)
    # accounts have no date: the period is ignored
    assert _records(demo, "accounts", tmp_path, period=Period.parse("2026Q3")) == all_accounts


def test_an_edited_export_updates_exactly_the_edited_record(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "opportunities.csv"
    _export(demo, "opportunities", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("amount")] = "4321.00"
    out.write_text("\r\n".join([lines[0], ",".join(cells), *lines[2:]]), encoding="utf-8-sig")
    result = run_import(demo, out, ImportOptions(kind="opportunities"))
    assert (result.inserted, result.updated, result.rejected) == (0, 1, 0)
    with demo.session() as session:
        deal = session.get(Opportunity, int(cells[0]))
        assert deal is not None and deal.amount == Decimal("4321.00")


def test_an_unknown_kind_is_refused(demo: Database, tmp_path: Path) -> None:
    from salesmgr.exchange.export.workbook import ExportError

    with pytest.raises(ExportError, match="unknown data kind"):
        _export(demo, "invoices", tmp_path / "x.xlsx")
    assert list(tmp_path.glob("x.*")) == []


def test_an_export_from_another_database_never_overwrites_records_that_share_an_id(
        demo: Database, tmp_path: Path) -> None:
    exported = _export(demo, "accounts", tmp_path / "accounts.xlsx")
    other = open_database(tmp_path / "other.sqlite")
    try:
        with other.session() as session:
            session.add(Team(name="Mine"))
            session.flush()
            session.add(Account(id=1, name="Someone else's account 1"))
        result = run_import(other, exported, ImportOptions(kind="accounts"))
        with other.session() as session:
            kept = session.get(Account, 1)
            assert kept is not None and kept.name == "Someone else's account 1"
            count = session.scalar(select(func.count(Account.id)))
        with demo.session() as session:
            expected = session.scalar(select(func.count(Account.id)))
        # every exported account is new here (the other database's account 1 stays), and they keep where they
        # came from: a second import of the same file changes nothing
        assert result.inserted == expected and result.updated == 0 and count == expected + 1
        assert _no_change(run_import(other, exported, ImportOptions(kind="accounts")))
    finally:
        other.close()


def _deals_per_account(db: Database) -> dict[int | None, int]:
    with db.session() as s:
        return dict(s.execute(select(Opportunity.account_id, func.count()).group_by(Opportunity.account_id)).all())


def _twins(db: Database) -> list[int]:
    """The ids of the demo's two accounts that share a name (demo.org makes that pair on purpose)."""
    with db.session() as s:
        name = s.scalars(select(Account.name).group_by(Account.name).having(func.count() > 1)).one()
        return list(s.scalars(select(Account.id).where(Account.name == name).order_by(Account.id)))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_round_trip_keeps_every_deal_on_its_own_account(demo: Database, tmp_path: Path, suffix: str) -> None:
    twins, before = _twins(demo), _deals_per_account(demo)
    assert len(twins) == 2 and all(before.get(twin, 0) > 0 for twin in twins)  # both have deals to lose
    out = _export(demo, "opportunities", tmp_path / f"opportunities{suffix}")
    result = run_import(demo, out, ImportOptions(kind="opportunities"))
    assert _no_change(result) and result.unchanged == sum(before.values())
    assert _deals_per_account(demo) == before


def test_without_its_id_columns_the_export_rejects_the_twins_deals_and_moves_none(demo: Database,
                                                                                   tmp_path: Path) -> None:
    twins, before = _twins(demo), _deals_per_account(demo)
    out = _export(demo, "opportunities", tmp_path / "opportunities.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    kept = [h for h in rows[0] if h not in ("account_external_id", "account_source_system")]
    names_only = tmp_path / "names_only.csv"
    with names_only.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, kept, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    result = run_import(demo, names_only, ImportOptions(kind="opportunities"))
    assert result.rejected == before[twins[0]] + before[twins[1]]
    assert {r.reason for r in result.rejects} == {"account name matches 2 accounts; add the account id column"}
    assert (result.inserted, result.updated) == (0, 0) and _deals_per_account(demo) == before


def test_opportunity_account_and_contact_exports_carry_the_ids_of_their_account_and_owner(
        demo: Database, tmp_path: Path) -> None:
    with demo.session() as session:
        own = own_source(session)
        first = session.scalars(select(Opportunity).order_by(Opportunity.id)).first()
        assert first is not None and first.account_id and first.owner_id
        account_id, owner_id = first.account_id, first.owner_id
    deal = _records(demo, "opportunities", tmp_path)[0]
    # demo records are made in salesmgr: their own ids, with this database's own system
    assert (deal["account_external_id"], deal["account_source_system"]) == (str(account_id), own)
    assert (deal["owner_external_id"], deal["owner_source_system"]) == (str(owner_id), own)
    account = next(r for r in _records(demo, "accounts", tmp_path) if r["external_id"] == str(account_id))
    assert account["owner_external_id"] and account["owner_source_system"] == own
    contact = _records(demo, "contacts", tmp_path)[0]
    assert contact["account_external_id"] and contact["account_source_system"] == own


def test_the_leads_export_carries_region_and_each_behaviours_day(demo: Database, tmp_path: Path) -> None:
    # the demo's leads have dated behaviours (demo/leads.py); the export must name them so a round trip keeps
    # them (the round-trip test above then compares them cell for cell)
    from salesmgr.models.leads.entities import LeadBehaviour

    rows = _table(_export(demo, "leads", tmp_path / "leads.xlsx"))
    header = rows[0]
    for name in ("region", "white_paper", "webinar", "pricing_page", "demo_request", "email_click"):
        assert name in header
    webinar = header.index("webinar")
    exported = sum(1 for row in rows[1:] if row[webinar] is not None)
    with demo.session() as session:
        stored = session.scalar(select(func.count()).select_from(LeadBehaviour)
                                .where(LeadBehaviour.behaviour == "webinar"))
    assert exported == stored > 0
