"""Files of a Salesforce Data Export (User.csv, Opportunity.csv, Task.csv, Event.csv), written by the tests.

Headers are the Data Export's API names; booleans are written "true"/"false" and date-times in UTC with a "Z", as
Salesforce writes them. The values are chosen so that the expected results can be worked out by hand (see each
writer's docstring).
"""
from __future__ import annotations

import csv
from pathlib import Path

ANNA, CHLOE, BEN, DAVID, ZHANG = ("0058a00000MNWtZAAX", "0058a00000MNWu0AAH", "0058a00000MNWu1AAH",
                                  "0058a00000MNWu2AAH", "0058a00000MNWu3AAH")
AUTOMATED, AUTOMATED_2, INTEGRATION = "0058a00000AUTO1AAA", "0058a00000AUTO2AAA", "0058a00000INTG1AAA"
ACME, GLOBEX = "0018a00000ACME1AAA", "0018a00000GLOB1AAA"
OPP_RENEWAL, OPP_UPSELL, OPP_PILOT, OPP_CN = ("0068a00000OPP01AAA", "0068a00000OPP02AAA", "0068a00000OPP03AAA",
                                              "0068a00000OPP04AAA")

USER_HEADERS = ["Id", "Username", "LastName", "FirstName", "CompanyName", "Division", "Department", "Title", "Email",
                "IsActive", "UserRoleId", "UserType", "ManagerId", "CreatedDate"]
TASK_HEADERS = ["Id", "WhoId", "WhatId", "Subject", "ActivityDate", "Status", "Priority", "OwnerId", "Description",
                "Type", "TaskSubtype", "AccountId", "CreatedDate", "IsDeleted"]
EVENT_HEADERS = ["Id", "WhoId", "WhatId", "Subject", "ActivityDateTime", "ActivityDate", "DurationInMinutes",
                 "OwnerId", "AccountId", "Description", "Type", "EventSubtype", "CreatedDate", "IsDeleted"]


def write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _user(user_id: str, last: str, first: str, email: str, active: str, user_type: str, manager: str = "",
          title: str = "Account Executive") -> list[str]:
    return [user_id, email.lower(), last, first, "Acme Corp", "EMEA", "Sales", title, email, active,
            "00E8a000000ROLEAAA", user_type, manager, "2024-01-15T09:00:00.000Z"]


def users_csv(folder: Path) -> Path:
    """8 users: 5 salespeople (UserType Standard) and 3 system users (2 AutomatedProcess, 1 CloudIntegrationUser).

    Anna (row 2) and Chloe (row 3) report to Ben, who comes later (row 5); 张伟 (LastName 张, FirstName 伟,
    row 8) reports to Ben too, who is then earlier; David (row 7) is inactive. Every e-mail has capitals."""
    rows = [
        _user(ANNA, "Schmidt", "Anna", "Anna.Schmidt@Acme.example", "true", "Standard", BEN),
        _user(CHLOE, "Rossi", "Chloe", "Chloe.Rossi@Acme.example", "true", "Standard", BEN),
        _user(AUTOMATED, "Process", "Automated", "autoproc@00d8a000000xyz.example", "true", "AutomatedProcess"),
        _user(BEN, "Martin", "Ben", "Ben.Martin@Acme.example", "true", "Standard", title="Sales Manager"),
        _user(INTEGRATION, "User", "Integration", "integration@00d8a000000xyz.example", "true",
              "CloudIntegrationUser"),
        _user(DAVID, "Novak", "David", "David.Novak@Acme.example", "false", "Standard"),
        _user(ZHANG, "张", "伟", "Zhang.Wei@Acme.example", "true", "Standard", BEN),
        _user(AUTOMATED_2, "Process", "Platform Integration", "platform@00d8a000000xyz.example", "true",
              "AutomatedProcess"),
    ]
    return write_csv(folder / "User.csv", USER_HEADERS, rows)


def opportunities_csv(folder: Path) -> Path:
    """4 deals, each owned by a salesperson of ``users_csv`` (by OwnerId only, as the Data Export writes it):
    Renewal -> Anna, Upsell -> Chloe, Pilot -> Ben, 华东扩容 -> 张伟."""
    headers = ["Id", "AccountId", "Name", "StageName", "Amount", "CloseDate", "OwnerId", "IsWon", "IsClosed",
               "CreatedDate", "CurrencyIsoCode"]
    rows = [
        [OPP_RENEWAL, ACME, "Renewal", "Negotiation/Review", "12000", "2026-04-30", ANNA, "false", "false",
         "2026-01-10T08:00:00.000Z", "EUR"],
        [OPP_UPSELL, ACME, "Upsell", "Closed Won", "5000", "2026-02-27", CHLOE, "true", "true",
         "2026-01-12T08:00:00.000Z", "EUR"],
        [OPP_PILOT, GLOBEX, "Pilot", "Prospecting", "3000", "2026-06-30", BEN, "false", "false",
         "2026-02-01T08:00:00.000Z", "EUR"],
        [OPP_CN, GLOBEX, "华东扩容", "Qualification", "8000", "2026-05-31", ZHANG, "false", "false",
         "2026-02-03T08:00:00.000Z", "EUR"],
    ]
    return write_csv(folder / "Opportunity.csv", headers, rows)


def _task(task_id: str, what: str, subject: str, day: str, owner: str, kind: str, subtype: str, account: str,
          created: str, deleted: str = "false") -> list[str]:
    return [task_id, "0038a00000WHO1AAA", what, subject, day, "Completed", "Normal", owner, f"{subject}.", kind,
            subtype, account, created, deleted]


def tasks_csv(folder: Path) -> Path:
    """7 tasks, one deleted (IsDeleted true). Kind (activity_kinds): T1 subtype Call -> call; T2 subtype Email ->
    email; T3 subtype Task, Type Meeting -> meeting; T4 Task, Type Other -> note; T5 ListEmail -> note;
    T6 Task, Type "Site Visit" -> visit, its WhatId an account (001...) and no AccountId; T7 deleted.
    T1's WhatId is the Renewal (006...). Occurred: ActivityDate (a day: its midnight); logged: CreatedDate."""
    rows = [
        _task("00T8a00000TSK1AAA", OPP_RENEWAL, "Renewal call", "2026-03-02", ANNA, "", "Call", ACME,
              "2026-03-02T15:30:00.000Z"),
        _task("00T8a00000TSK2AAA", OPP_UPSELL, "Sent the offer", "2026-03-03", CHLOE, "Email", "Email", ACME,
              "2026-03-05T09:00:00.000Z"),
        _task("00T8a00000TSK3AAA", "", "Kick-off", "2026-03-04", BEN, "Meeting", "Task", GLOBEX,
              "2026-03-04T12:00:00.000Z"),
        _task("00T8a00000TSK4AAA", "", "Prepare pricing", "2026-03-05", ANNA, "Other", "Task", ACME,
              "2026-03-05T10:00:00.000Z"),
        _task("00T8a00000TSK5AAA", "", "Newsletter", "2026-03-06", CHLOE, "", "ListEmail", "",
              "2026-03-06T07:00:00.000Z"),
        _task("00T8a00000TSK6AAA", GLOBEX, "Plant tour", "2026-03-09", ZHANG, "Site Visit", "Task", "",
              "2026-03-09T18:00:00.000Z"),
        _task("00T8a00000TSK7AAA", "", "Old follow-up", "2026-03-01", ANNA, "Call", "Call", ACME,
              "2026-03-01T10:00:00.000Z", deleted="true"),
    ]
    return write_csv(folder / "Task.csv", TASK_HEADERS, rows)


def events_csv(folder: Path) -> Path:
    """5 events, one deleted. E1 no Type -> meeting, 14:00Z, logged 16:30Z (2.5 h); E2 Type Demo -> demo, logged
    2 days later (48 h), WhatId the Pilot; E3 Type Other -> meeting (an event with no usable type); E4 all-day
    (no ActivityDateTime): ActivityDate's midnight; E5 deleted."""
    def event(event_id: str, what: str, subject: str, at: str, day: str, owner: str, kind: str, created: str,
              deleted: str = "false") -> list[str]:
        return [event_id, "0038a00000WHO1AAA", what, subject, at, day, "60", owner, GLOBEX, f"{subject}.", kind,
                "Event", created, deleted]
    rows = [
        event("00U8a00000EVT1AAA", "", "Discovery meeting", "2026-03-04T14:00:00.000Z", "2026-03-04", BEN, "",
              "2026-03-04T16:30:00.000Z"),
        event("00U8a00000EVT2AAA", OPP_PILOT, "Product demo", "2026-03-05T10:00:00.000Z", "2026-03-05", BEN,
              "Demo", "2026-03-07T10:00:00.000Z"),
        event("00U8a00000EVT3AAA", "", "Lunch", "2026-03-10T12:00:00.000Z", "2026-03-10", ZHANG, "Other",
              "2026-03-10T13:00:00.000Z"),
        event("00U8a00000EVT4AAA", "", "Trade fair", "", "2026-03-12", ANNA, "", "2026-03-11T08:00:00.000Z"),
        event("00U8a00000EVT5AAA", "", "Cancelled", "2026-03-13T09:00:00.000Z", "2026-03-13", ANNA, "",
              "2026-03-01T09:00:00.000Z", deleted="true"),
    ]
    return write_csv(folder / "Event.csv", EVENT_HEADERS, rows)
