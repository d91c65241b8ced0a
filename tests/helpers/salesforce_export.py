"""A small Salesforce Data Export (a ZIP of one CSV per object, Windows-1252 like the real ones) with the figures
an import of it must give, worked out by hand below.

Users: 4 salespeople (James Carter inactive; Maria Lopez's manager Sarah Kim comes later in the file) and 3 system
users (AutomatedProcess, CloudIntegrationUser, LicenseManager) -> 4 reps, 3 skipped. Accounts: 4, two of them
named "Globex" (ids ...0012 and ...0013). Opportunities in USD, EUR and CNY; CurrencyType: corporate USD,
EUR 0.9 and CNY 7.2 per USD, so in the base currency CNY: 1 USD = 7.2 CNY and 1 EUR = 7.2 / 0.9 = 8 CNY.
Won: 100,000 USD + 50,000 EUR = 720,000 + 400,000 = 1,120,000 CNY.
OpportunityHistory: 12 rows, of which 2 repeat the stage before them (an amount or close date changed) and one is
deleted -> 9 entries: 0061 3, 0062 3, 0063 2, 0064 1 (plus its deleted row); 0065 has none and keeps the one the
opportunity import derives. Tasks: 2 (one more deleted), Event: 1; timeliness (logged - occurred): 15 h, 57 h, 2 h.
Campaign.csv is of no known kind and is skipped.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path


def sf_id(prefix: str, number: int) -> str:
    """An 18-character Salesforce id such as ``0058a00000MNW051AAX`` (prefix: the object's key prefix)."""
    return f"{prefix}8a00000MNW{number:03d}AAX"[:18].ljust(18, "A")


def user(n: int) -> str:
    return sf_id("005", n)


def account(n: int) -> str:
    return sf_id("001", n)


def opportunity(n: int) -> str:
    return sf_id("006", n)


USERS = [
    ["Id", "Username", "LastName", "FirstName", "Email", "IsActive", "UserType", "ManagerId", "CreatedDate"],
    [user(51), "wei.chen@example.com", "Chen", "Wei", "wei.chen@example.com", "true", "Standard", "",
     "2024-01-10T08:00:00.000Z"],
    [user(52), "maria.lopez@example.com", "López", "María", "maria.lopez@example.com", "true", "Standard", user(54),
     "2024-02-01T08:00:00.000Z"],
    [user(53), "james.carter@example.com", "Carter", "James", "james.carter@example.com", "false", "Standard", "",
     "2023-05-01T08:00:00.000Z"],
    [user(54), "sarah.kim@example.com", "Kim", "Sarah", "sarah.kim@example.com", "true", "Standard", "",
     "2022-03-01T08:00:00.000Z"],
    [user(55), "autoproc@00d8a.example", "Automated Process", "", "", "true", "AutomatedProcess", "",
     "2022-01-01T00:00:00.000Z"],
    [user(56), "integration@00d8a.example", "Integration User", "", "noreply@example.com", "true",
     "CloudIntegrationUser", "", "2022-01-01T00:00:00.000Z"],
    [user(57), "license@00d8a.example", "License Manager", "", "", "true", "LicenseManager", "",
     "2022-01-01T00:00:00.000Z"],
]
ACCOUNTS = [
    ["Id", "Name", "Industry", "NumberOfEmployees", "BillingCountry", "OwnerId", "CreatedDate"],
    [account(11), "Acme Corp", "Manufacturing", "1200", "US", user(51), "2024-03-01T09:00:00.000Z"],
    [account(12), "Globex", "Energy", "800", "DE", user(52), "2024-03-02T09:00:00.000Z"],
    [account(13), "Globex", "Energy", "300", "MX", user(52), "2024-03-03T09:00:00.000Z"],
    [account(14), "Initech", "Software", "150", "US", user(53), "2024-03-04T09:00:00.000Z"],
]
CONTACTS = [
    ["Id", "AccountId", "LastName", "FirstName", "Title", "Email", "Phone"],
    [sf_id("003", 31), account(11), "Li", "Na", "CFO", "li.na@acme.example", "+1 555 0101"],
    [sf_id("003", 32), account(12), "Smith", "John", "Buyer", "john.smith@globex.example", "+49 30 1234"],
]
OPPORTUNITIES = [
    ["Id", "AccountId", "Name", "StageName", "Amount", "CurrencyIsoCode", "Probability", "CloseDate", "CreatedDate",
     "OwnerId", "IsClosed", "IsWon", "LeadSource", "Type"],
    [opportunity(61), account(11), "Acme renewal", "Closed Won", "100000", "USD", "100", "2026-10-15",
     "2026-08-01T09:00:00.000Z", user(51), "true", "true", "Web", "Existing Business"],
    [opportunity(62), account(12), "Globex expansion", "Closed Won", "50000", "EUR", "100", "2026-11-02",
     "2026-09-10T09:00:00.000Z", user(52), "true", "true", "Partner", "New Business"],
    [opportunity(63), account(13), "Globex pilot", "Negotiation/Review", "80000", "CNY", "70", "2026-12-20",
     "2026-10-01T09:00:00.000Z", user(52), "false", "false", "Web", "New Business"],
    [opportunity(64), account(14), "Initech platform", "Closed Lost", "30000", "USD", "0", "2026-09-30",
     "2026-07-01T09:00:00.000Z", user(53), "true", "false", "Trade Show", "New Business"],
    [opportunity(65), account(11), "Acme services", "Qualification", "20000", "EUR", "20", "2027-01-31",
     "2026-11-20T09:00:00.000Z", user(54), "false", "false", "Web", "Existing Business"],
]
HISTORY = [
    ["Id", "OpportunityId", "StageName", "Amount", "CloseDate", "Probability", "CreatedDate", "IsDeleted"],
    [sf_id("008", 1), opportunity(61), "Prospecting", "90000", "2026-10-31", "10", "2026-08-01T09:00:00.000Z", "false"],
    [sf_id("008", 2), opportunity(61), "Prospecting", "100000", "2026-10-31", "10", "2026-08-05T09:00:00.000Z",
     "false"],
    [sf_id("008", 3), opportunity(61), "Qualification", "100000", "2026-10-31", "20", "2026-08-20T09:00:00.000Z",
     "false"],
    [sf_id("008", 4), opportunity(61), "Qualification", "100000", "2026-10-15", "20", "2026-09-01T09:00:00.000Z",
     "false"],
    [sf_id("008", 5), opportunity(61), "Closed Won", "100000", "2026-10-15", "100", "2026-10-15T09:00:00.000Z",
     "false"],
    [sf_id("008", 6), opportunity(62), "Qualification", "50000", "2026-11-30", "20", "2026-09-10T09:00:00.000Z",
     "false"],
    [sf_id("008", 7), opportunity(62), "Negotiation/Review", "50000", "2026-11-30", "70", "2026-10-01T09:00:00.000Z",
     "false"],
    [sf_id("008", 8), opportunity(62), "Closed Won", "50000", "2026-11-02", "100", "2026-11-02T09:00:00.000Z",
     "false"],
    [sf_id("008", 9), opportunity(63), "Prospecting", "80000", "2026-12-20", "10", "2026-10-01T09:00:00.000Z",
     "false"],
    [sf_id("008", 10), opportunity(63), "Negotiation/Review", "80000", "2026-12-20", "70", "2026-11-15T09:00:00.000Z",
     "false"],
    [sf_id("008", 11), opportunity(64), "Prospecting", "30000", "2026-09-30", "10", "2026-07-01T09:00:00.000Z",
     "true"],
    [sf_id("008", 12), opportunity(64), "Closed Lost", "30000", "2026-09-30", "0", "2026-09-30T09:00:00.000Z",
     "false"],
]
TASKS = [
    ["Id", "WhoId", "WhatId", "Subject", "ActivityDate", "Status", "OwnerId", "TaskSubtype", "Type", "AccountId",
     "CreatedDate", "IsDeleted", "Description"],
    [sf_id("00T", 1), sf_id("003", 31), opportunity(61), "Renewal call", "2026-10-01", "Completed", user(51), "Call",
     "Call", account(11), "2026-10-01T15:00:00.000Z", "false", "Agreed on terms"],
    [sf_id("00T", 2), sf_id("003", 32), opportunity(62), "Proposal sent", "2026-10-02", "Completed", user(52),
     "Email", "Email", account(12), "2026-10-04T09:00:00.000Z", "false", ""],
    [sf_id("00T", 3), "", opportunity(62), "Duplicate", "2026-10-02", "Completed", user(52), "Task", "", account(12),
     "2026-10-02T09:00:00.000Z", "true", ""],
]
EVENTS = [
    ["Id", "WhoId", "WhatId", "Subject", "ActivityDateTime", "ActivityDate", "DurationInMinutes", "OwnerId",
     "AccountId", "Type", "EventSubtype", "CreatedDate", "IsDeleted", "Description"],
    [sf_id("00U", 1), sf_id("003", 32), opportunity(62), "Contract review", "2026-11-01T10:00:00.000Z", "2026-11-01",
     "60", user(52), account(12), "Meeting", "Event", "2026-11-01T12:00:00.000Z", "false", ""],
]
CURRENCY_TYPES = [
    ["Id", "IsoCode", "ConversionRate", "DecimalPlaces", "IsActive", "IsCorporate"],
    [sf_id("02D", 1), "USD", "1.000000", "2", "true", "true"],
    [sf_id("02D", 2), "EUR", "0.900000", "2", "true", "false"],
    [sf_id("02D", 3), "CNY", "7.200000", "2", "true", "false"],
]
CAMPAIGNS = [
    ["Id", "Name", "Type", "Status", "StartDate"],
    [sf_id("701", 1), "Autumn webinar", "Webinar", "Completed", "2026-09-01"],
]

FILES: dict[str, list[list[str]]] = {
    "User.csv": USERS, "Account.csv": ACCOUNTS, "Contact.csv": CONTACTS, "Opportunity.csv": OPPORTUNITIES,
    "OpportunityHistory.csv": HISTORY, "Task.csv": TASKS, "Event.csv": EVENTS, "CurrencyType.csv": CURRENCY_TYPES,
    "Campaign.csv": CAMPAIGNS,
}

# The figures the import must give (module docstring).
REPS, SKIPPED_USERS, INACTIVE_REPS = 4, 3, 1
ACCOUNT_COUNT, CONTACT_COUNT, OPPORTUNITY_COUNT = 4, 2, 5
HISTORY_ENTRIES = {opportunity(61): 3, opportunity(62): 3, opportunity(63): 2, opportunity(64): 1,
                   opportunity(65): 1}
ACTIVITY_COUNT = 3
TIMELINESS_HOURS = {sf_id("00T", 1): 15, sf_id("00T", 2): 57, sf_id("00U", 1): 2}
WON_BASE = Decimal("1120000.00")
RATES = {"USD": Decimal("7.2"), "EUR": Decimal("8")}
FIRST_STAGE_DAYS = {opportunity(61): (date(2026, 8, 1), date(2026, 8, 20))}  # Prospecting: 19 days


def csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("cp1252")


def export_zip(path: Path, files: dict[str, list[list[str]]] | None = None) -> Path:
    """The export as Salesforce delivers it: ``WE_00D...._1.ZIP`` with the CSVs at its root."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in (files or FILES).items():
            archive.writestr(name, csv_bytes(rows))
    return path


def export_folder(folder: Path, files: dict[str, list[list[str]]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in (files or FILES).items():
        (folder / name).write_bytes(csv_bytes(rows))
    return folder
