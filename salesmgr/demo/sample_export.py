"""A sample Salesforce Data Export: the ZIP a newly acquired team's org would send, to try a whole-export import.

The Iberia team's org (corporate currency EUR) exports User, Account, Contact, Opportunity, OpportunityHistory,
Task, Event, CurrencyType and Campaign as Windows-1252 CSVs, as Salesforce does. It holds:

* 4 salespeople (one inactive: she left) and 2 system users (AutomatedProcess, CloudIntegrationUser), which the
  import skips and counts;
* ``ACCOUNTS`` accounts, two of them named "Grupo Solaris" (the Madrid and the Lisbon branch, each with its id);
* ``DEALS`` opportunities in EUR and USD, each with its stage history (a row per stage entered, plus a repeated
  row where the amount changed) and a call or a meeting;
* CurrencyType: EUR corporate, USD 1.08 and CNY 7.8 per EUR, so the rates convert to the base currency CNY;
* Campaign.csv, which is of no kind salesmgr imports and is listed as skipped.

Content is deterministic (a seeded generator); dates are relative to ``today``.
"""
from __future__ import annotations

import csv
import io
import random
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from salesmgr.exchange.export.workbook import atomic_target

EXPORT_FILE = "Salesforce Data Export - Iberia team.zip"
ACCOUNTS = 12
DEALS = 36
# The team works to the company's pipeline (the demo's default stages); won and lost deals carry Salesforce's names.
STAGES = ("Lead identified", "Needs confirmed", "Solution demo", "Negotiation")
USERS = (("Lucía", "Fernández", True), ("Tiago", "Almeida", True), ("Carmen", "Ruiz", True),
         ("Inês", "Carvalho", False))
SYSTEM_USERS = (("Automated Process", "AutomatedProcess"), ("Integration User", "CloudIntegrationUser"))
ACCOUNT_NAMES = ("Grupo Solaris", "Grupo Solaris", "Hierros del Norte S.A.", "Vinhos do Douro Lda.",
                 "Clínica San Rafael", "Transportes Atlántico", "Cerámica Valenciana", "Lusotech Sistemas",
                 "Hoteles Mediterráneo", "Farmacias Aurora", "Construções Tejo", "Aceites de Jaén")
CITIES = ("Madrid", "Lisboa", "Bilbao", "Porto", "Sevilla", "Vigo", "Valencia", "Braga", "Málaga", "Zaragoza",
          "Coimbra", "Jaén")
PRODUCTS = ("platform licence", "renewal", "pilot", "expansion", "services", "support upgrade")

Rows = list[list[str]]


def sf_id(prefix: str, number: int) -> str:
    """An 18-character Salesforce id of the object with key ``prefix`` (005 user, 001 account, 006 deal ...)."""
    return f"{prefix}3X000001Ib{number:04d}AAE"[:18]


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def write_sample_export(folder: Path, today: date) -> Path:
    """Write the export (module docstring) into ``folder``, replacing an older one at once; returns its path."""
    rng = random.Random(20261201)
    files = {"User.csv": _users(), "Account.csv": _accounts(), "Contact.csv": _contacts(),
             "CurrencyType.csv": _currencies(), "Campaign.csv": _campaigns(today)}
    deals, history, tasks, events = _deals(rng, today)
    files |= {"Opportunity.csv": deals, "OpportunityHistory.csv": history, "Task.csv": tasks, "Event.csv": events}
    target = folder / EXPORT_FILE
    with atomic_target(target) as temporary, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in files.items():
            archive.writestr(name, _csv(rows))
    return target.resolve()


def _csv(rows: Rows) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("cp1252")


def _users() -> Rows:
    rows = [["Id", "Username", "LastName", "FirstName", "Email", "IsActive", "UserType", "ManagerId", "Department"]]
    for number, (first, last, active) in enumerate(USERS, start=1):
        email = f"{_ascii(first)}.{_ascii(last)}@iberia.example.com"
        manager = "" if number == 1 else sf_id("005", 1)
        rows.append([sf_id("005", number), email, last, first, email, str(active).lower(), "Standard", manager,
                     "Iberia"])
    for number, (name, kind) in enumerate(SYSTEM_USERS, start=len(USERS) + 1):
        rows.append([sf_id("005", number), f"{kind.lower()}@00d3x.example", name, "", "", "true", kind, "", ""])
    return rows


def _ascii(text: str) -> str:
    return text.lower().translate(str.maketrans("áéíóúâêôãõçñü", "aeiouaeoaocnu"))


def _accounts() -> Rows:
    rows = [["Id", "Name", "Industry", "NumberOfEmployees", "BillingCity", "OwnerId"]]
    industries = ("Energy", "Manufacturing", "Retail", "Healthcare", "Logistics", "Technology")
    for number, name in enumerate(ACCOUNT_NAMES, start=1):
        rows.append([sf_id("001", number), name, industries[number % len(industries)], str(80 + 37 * number),
                     CITIES[number - 1], sf_id("005", 1 + number % len(USERS))])
    return rows


def _contacts() -> Rows:
    people = (("María", "López"), ("João", "Silva"), ("Javier", "Moreno"), ("Ana", "Costa"), ("Pablo", "Díaz"),
              ("Rita", "Sousa"))
    rows = [["Id", "AccountId", "FirstName", "LastName", "Title", "Email"]]
    for number, (first, last) in enumerate(people, start=1):
        rows.append([sf_id("003", number), sf_id("001", number), first, last, "Head of Purchasing",
                     f"{_ascii(first)}.{_ascii(last)}@customer{number}.example"])
    return rows


def _currencies() -> Rows:
    return [["Id", "IsoCode", "ConversionRate", "DecimalPlaces", "IsActive", "IsCorporate"],
            [sf_id("02D", 1), "EUR", "1.000000", "2", "true", "true"],
            [sf_id("02D", 2), "USD", "1.080000", "2", "true", "false"],
            [sf_id("02D", 3), "CNY", "7.800000", "2", "true", "false"]]


def _campaigns(today: date) -> Rows:
    return [["Id", "Name", "Type", "Status", "StartDate"],
            [sf_id("701", 1), "Feria de Energía Madrid", "Trade Show", "Completed",
             (today - timedelta(days=90)).isoformat()]]


def _deals(rng: random.Random, today: date) -> tuple[Rows, Rows, Rows, Rows]:
    deals = [["Id", "AccountId", "Name", "StageName", "Amount", "CurrencyIsoCode", "CloseDate", "CreatedDate",
              "OwnerId", "IsClosed", "IsWon", "LeadSource", "Type"]]
    history = [["Id", "OpportunityId", "StageName", "Amount", "CloseDate", "CreatedDate", "IsDeleted"]]
    tasks = [["Id", "WhatId", "Subject", "ActivityDate", "Status", "OwnerId", "TaskSubtype", "AccountId",
              "CreatedDate", "IsDeleted"]]
    events = [["Id", "WhatId", "Subject", "ActivityDateTime", "DurationInMinutes", "OwnerId", "AccountId",
               "EventSubtype", "CreatedDate", "IsDeleted"]]
    for number in range(1, DEALS + 1):
        account = 1 + (number - 1) % ACCOUNTS
        owner = sf_id("005", 1 + number % (len(USERS) - 1))  # Inês, who left, owns the older accounts only
        created = today - timedelta(days=rng.randint(20, 170))
        steps = rng.randint(1, len(STAGES))
        outcome = "Closed Won" if number % 3 == 0 else "Closed Lost" if number % 7 == 0 else None
        path = [*STAGES[:steps], *([outcome] if outcome else [])]
        entered = [created + timedelta(days=sum(rng.randint(4, 16) for _ in range(i))) for i in range(len(path))]
        closed = entered[-1] if outcome else today + timedelta(days=rng.randint(10, 80))
        if outcome and closed > today:  # a deal closes in the past
            shift = closed - today + timedelta(days=1)
            entered, created, closed = [day - shift for day in entered], created - shift, closed - shift
        amount = rng.randrange(3_000, 24_000, 250)  # the demo's deal sizes: 25,000-190,000 CNY
        currency = "USD" if number % 4 == 0 else "EUR"
        deal_id = sf_id("006", number)
        deals.append([deal_id, sf_id("001", account), f"{ACCOUNT_NAMES[account - 1]} {PRODUCTS[number % 6]}",
                      path[-1], str(amount), currency, closed.isoformat(), _stamp(datetime.combine(created, time(9))),
                      owner, str(outcome is not None).lower(), str(outcome == "Closed Won").lower(), "Partner"
                      if number % 5 == 0 else "Web", "New Business" if number % 2 else "Existing Business"])
        for step, (stage, day) in enumerate(zip(path, entered, strict=True)):
            history.append([sf_id("008", 10 * number + step), deal_id, stage, str(amount), closed.isoformat(),
                            _stamp(datetime.combine(day, time(10))), "false"])
        history.append([sf_id("008", 10 * number + 9), deal_id, path[0], str(amount - 500), closed.isoformat(),
                        _stamp(datetime.combine(entered[0], time(15))), "false"])  # an amount change, same stage
        _activities(rng, number, deal_id, owner, account, entered[0], tasks, events)
    return deals, history, tasks, events


def _activities(rng: random.Random, number: int, deal_id: str, owner: str, account: int, day: date, tasks: Rows,
                events: Rows) -> None:
    """A call logged the same or a later day for most deals; a meeting for every third."""
    logged = datetime.combine(day, time(17)) + timedelta(days=rng.choice((0, 0, 0, 1, 3)))
    tasks.append([sf_id("00T", number), deal_id, "Discovery call", day.isoformat(), "Completed", owner, "Call",
                  sf_id("001", account), _stamp(logged), "false"])
    if number % 3 == 0:
        start = datetime.combine(day + timedelta(days=5), time(11))
        events.append([sf_id("00U", number), deal_id, "On-site demo", _stamp(start), "60", owner,
                       sf_id("001", account), "Event", _stamp(start + timedelta(hours=3)), "false"])
