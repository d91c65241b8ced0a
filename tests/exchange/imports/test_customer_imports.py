"""Importing customer data (issue 16): support tickets and usage figures with English and Chinese headers, an
account's contract fields, and the short reasons bad values are rejected with."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from salesmgr.exchange.imports.customer_values import parse_month, parse_severity
from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.mapping import auto_map
from salesmgr.exchange.imports.recognise import recognise
from salesmgr.exchange.imports.results import ImportOptions, ImportResult
from salesmgr.exchange.read.values import ValueParseError
from salesmgr.models import Account
from salesmgr.models.customers.entities import SupportTicket, UsageRecord
from salesmgr.models.database import Database


def _csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


@pytest.fixture
def accounts(db: Database) -> dict[str, int]:
    with db.session() as s:
        made = [Account(name="Acme"), Account(name="上海华创")]
        s.add_all(made)
        s.flush()
        return {a.name: a.id for a in made}


def _import(db: Database, path: Path, kind: str) -> ImportResult:
    return run_import(db, path, ImportOptions(kind=kind))


def test_zendesk_tickets_with_severities_and_a_rejected_row(db: Database, accounts: dict[str, int],
                                                           tmp_path: Path) -> None:
    path = _csv(tmp_path / "tickets.csv", ["Id", "Organization", "Created at", "Solved at", "Priority", "Subject"], [
        ["101", "Acme", "2026-10-01", "2026-10-03", "Urgent", "Login fails"],
        ["102", "Acme", "2026-10-05", "", "P3", "Report slow"],
        ["103", "Acme", "2026-10-06", "", "", "Question"],
        ["104", "Acme", "2026-10-07", "", "whenever", "Bad priority"],
        ["105", "Acme", "2026-10-09", "2026-10-08", "low", "Closed before opened"],
        ["106", "Nobody Ltd", "2026-10-09", "", "low", "Unknown account"],
    ])
    result = _import(db, path, "tickets")
    reasons = [r.reason for r in result.rejects]
    assert result.inserted == 4 and result.rejected == 2, reasons
    assert "whenever is not a ticket severity; use one of low, normal, high, urgent" in reasons
    assert "a ticket cannot be closed (2026-10-08) before it was opened (2026-10-09)" in reasons
    with db.session() as s:
        found = {t.external_id: (t.severity, t.closed_on) for t in s.scalars(select(SupportTicket))}
    # 106 names an account nobody has: the importer makes it (as for any kind with an account reference)
    assert found == {"101": ("urgent", date(2026, 10, 3)), "102": ("normal", None), "103": ("normal", None),
                     "106": ("low", None)}


def test_chinese_usage_file_by_month_and_a_reimport_keeps_unmeasured_figures(db: Database, accounts: dict[str, int],
                                                                           tmp_path: Path) -> None:
    headers = ["客户名称", "统计月份", "登录次数", "活跃用户数", "授权用户数"]
    path = _csv(tmp_path / "使用情况.csv", headers, [
        ["上海华创", "2026年9月", "1200", "40", "50"],
        ["上海华创", "2026-10", "900", "", "50"],
        ["Acme", "2026-10-17", "-5", "3", "10"],
    ])
    assert recognise("使用情况", headers).kind == "usage"
    result = _import(db, path, "usage")
    assert (result.inserted, result.rejected) == (2, 1)
    assert result.rejects[0].reason == "usage_count cannot be negative (-5)"
    again = _csv(tmp_path / "more.csv", ["Account", "Month", "Active Users"], [["上海华创", "Oct 2026", "35"]])
    assert _import(db, again, "usage").updated == 1
    with db.session() as s:
        rows = {r.month: (r.usage_count, r.active_users, r.licensed_users) for r in s.scalars(select(UsageRecord))}
    # October: the re-import filled in the active users and left the logins and seats as they were
    assert rows == {date(2026, 9, 1): (1200, 40, 50), date(2026, 10, 1): (900, 35, 50)}


def test_account_contract_fields_from_chinese_and_english_headers(db: Database, accounts: dict[str, int],
                                                                 tmp_path: Path) -> None:
    path = _csv(tmp_path / "客户.csv", ["客户名称", "合同开始日期", "续约日期", "续约意向", "付款状态", "流失日期"], [
        ["上海华创", "2025-12-01", "2026-11-30", "不确定", "逾期", ""],
        ["Acme", "2025-01-01", "2026-01-01", "maybe later", "paid", "2026-02-01"],
    ])
    result = _import(db, path, "accounts")
    assert (result.updated, result.rejected) == (1, 1)
    assert result.rejects[0].reason == "maybe later is not a renewal intent; use one of likely, unsure, unlikely"
    with db.session() as s:
        huachuang = s.get_one(Account, accounts["上海华创"])
        assert (huachuang.contract_start, huachuang.renewal_date, huachuang.renewal_intent,
                huachuang.payment_status, huachuang.churned_on) == (
            date(2025, 12, 1), date(2026, 11, 30), "unsure", "overdue", None)
    english = ["Account Name", "Renewal Date", "Renewal Likelihood", "Payment Status", "Churn Date"]
    assert set(auto_map(english, "accounts").values()) == {"name", "renewal_date", "renewal_intent",
                                                           "payment_status", "churned_on"}


def test_salesforce_case_export_is_recognised_as_tickets() -> None:
    headers = ["Id", "CaseNumber", "AccountId", "CreatedDate", "ClosedDate", "Priority", "Subject"]
    assert recognise("Case", headers).kind == "tickets"
    mapping = auto_map(headers, "tickets")
    assert (mapping["Id"], mapping["AccountId"], mapping["CreatedDate"], mapping["ClosedDate"],
            mapping["Priority"]) == ("external_id", "account_external_id", "opened_on", "closed_on", "severity")


@pytest.mark.parametrize(("text", "severity"), [("Critical", "urgent"), ("Medium", "normal"), ("紧急", "urgent"),
                                                ("普通", "normal"), ("sev-2", "high"), ("Lowest", "low")])
def test_severity_words(text: str, severity: str) -> None:
    assert parse_severity(text) == severity


@pytest.mark.parametrize(("cell", "month"), [("2026-09", date(2026, 9, 1)), ("2026/9", date(2026, 9, 1)),
                                             ("2026年9月", date(2026, 9, 1)), ("September 2026", date(2026, 9, 1)),
                                             (date(2026, 9, 17), date(2026, 9, 1))])
def test_usage_months(cell: object, month: date) -> None:
    assert parse_month(cell) == month  # type: ignore[arg-type]


def test_a_month_that_is_not_one_says_how_to_write_it() -> None:
    with pytest.raises(ValueParseError, match="write it as 2026-09"):
        parse_month("2026-13")
