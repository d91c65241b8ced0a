"""A Salesforce Data Export's User.csv as reps, then its Opportunity.csv, Task.csv and Event.csv (one file each)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from salesmgr.exchange.imports.importer import import_table, run_import
from salesmgr.exchange.imports.mapping import guess_source_system
from salesmgr.exchange.imports.results import ImportOptions, ImportResult
from salesmgr.exchange.read.readers import read_table
from salesmgr.exchange.read.table import ImportFileError
from salesmgr.models import Account, Activity, Opportunity, Rep
from salesmgr.models.database import Database
from tests.helpers import salesforce_files as sf

SYSTEM_USERS = {"user type AutomatedProcess": 2, "user type CloudIntegrationUser": 1}


def _utc(text: str) -> datetime:
    """A "...Z" time as the importer stores it: the computer's local time, naive (exchange/read/dates.py)."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _reps(db: Database) -> dict[str, tuple[str, str | None, bool, str | None]]:
    """CRM id -> (name, e-mail, active, the manager's CRM id)."""
    manager = aliased(Rep)
    with db.session() as s:
        rows = s.execute(select(Rep.external_id, Rep.name, Rep.email, Rep.active, manager.external_id)
                         .outerjoin(manager, Rep.manager_id == manager.id)).all()
    return {row[0]: (row[1], row[2], row[3], row[4]) for row in rows}


def test_user_csv_imports_the_salespeople_and_skips_the_system_users(db: Database, tmp_path: Path) -> None:
    path = sf.users_csv(tmp_path)
    result = run_import(db, path, ImportOptions(kind="reps"))
    # 8 rows: 5 salespeople stored, 3 system users skipped (counted by type), nothing rejected
    assert (result.rows, result.inserted, result.rejected, result.skipped) == (8, 5, 0, SYSTEM_USERS), result.rejects
    assert result.to_json()["skipped_rows"] == SYSTEM_USERS
    assert result.mapping["LastName"] == "last_name" and result.mapping["ManagerId"] == "manager_external_id"
    # names from FirstName + LastName (张 + 伟: family name first, no space); e-mails casefolded; David inactive;
    # Anna and Chloe report to Ben, who comes after them in the file, 张伟 after him
    assert _reps(db) == {
        sf.ANNA: ("Anna Schmidt", "anna.schmidt@acme.example", True, sf.BEN),
        sf.CHLOE: ("Chloe Rossi", "chloe.rossi@acme.example", True, sf.BEN),
        sf.BEN: ("Ben Martin", "ben.martin@acme.example", True, None),
        sf.DAVID: ("David Novak", "david.novak@acme.example", False, None),
        sf.ZHANG: ("张伟", "zhang.wei@acme.example", True, sf.BEN),
    }
    again = run_import(db, path, ImportOptions(kind="reps"))
    assert (again.inserted, again.updated, again.unchanged, again.skipped) == (0, 0, 5, SYSTEM_USERS)


def test_a_manager_missing_from_the_file_is_a_warning(db: Database, tmp_path: Path) -> None:
    path = sf.write_csv(tmp_path / "User.csv", sf.USER_HEADERS, [
        [sf.ANNA, "anna", "Schmidt", "Anna", "", "", "", "", "anna@acme.example", "true", "", "Standard",
         "0058a00000GONE1AAA", ""]])
    result = run_import(db, path, ImportOptions(kind="reps"))
    assert (result.inserted, result.rejected) == (1, 0)
    assert result.warnings == ["no rep has the manager id 0058a00000GONE1AAA; those reps were imported without a "
                               "manager"]
    assert _reps(db)[sf.ANNA][3] is None


def test_opportunities_after_user_csv_land_on_its_reps(db: Database, tmp_path: Path) -> None:
    run_import(db, sf.users_csv(tmp_path), ImportOptions(kind="reps"))
    result = run_import(db, sf.opportunities_csv(tmp_path), ImportOptions(kind="opportunities"))
    # every OwnerId is one of User.csv's salespeople (same system, "salesforce"): no rep is made from an id
    assert (result.inserted, result.rejected, result.new_reps) == (4, 0, [])
    with db.session() as s:
        owners = dict(s.execute(select(Opportunity.name, Rep.external_id)
                                .join(Rep, Opportunity.owner_id == Rep.id)).tuples().all())
        names = set(s.scalars(select(Rep.name)))
    assert owners == {"Renewal": sf.ANNA, "Upsell": sf.CHLOE, "Pilot": sf.BEN, "华东扩容": sf.ZHANG}
    assert names == {"Anna Schmidt", "Chloe Rossi", "Ben Martin", "David Novak", "张伟"}


def test_the_data_export_files_are_recognised_as_salesforce() -> None:
    for headers in (sf.USER_HEADERS, sf.TASK_HEADERS, sf.EVENT_HEADERS):
        assert guess_source_system(headers) == "salesforce", headers


def _activities(db: Database) -> dict[str, tuple[str, datetime, datetime | None, str | None, str | None,
                                                   str | None]]:
    """Activity CRM id -> (kind, occurred, logged, owner's CRM id, account's CRM id, opportunity's CRM id)."""
    with db.session() as s:
        rows = s.execute(select(Activity.external_id, Activity.kind, Activity.occurred_at, Activity.logged_at,
                                Rep.external_id, Account.external_id, Opportunity.external_id)
                         .outerjoin(Rep, Activity.rep_id == Rep.id)
                         .outerjoin(Account, Activity.account_id == Account.id)
                         .outerjoin(Opportunity, Activity.opportunity_id == Opportunity.id)).all()
    return {row[0]: tuple(row[1:]) for row in rows}  # type: ignore[misc]


def _import_all(db: Database, folder: Path) -> tuple[ImportResult, ImportResult]:
    run_import(db, sf.users_csv(folder), ImportOptions(kind="reps"))
    run_import(db, sf.opportunities_csv(folder), ImportOptions(kind="opportunities"))
    return (run_import(db, sf.tasks_csv(folder), ImportOptions(kind="activities")),
            run_import(db, sf.events_csv(folder), ImportOptions(kind="activities")))


def test_tasks_and_events_import_with_kinds_times_and_links(db: Database, tmp_path: Path) -> None:
    tasks, events = _import_all(db, tmp_path)
    deleted = {"deleted in the CRM": 1}
    assert (tasks.rows, tasks.inserted, tasks.rejected, tasks.skipped) == (7, 6, 0, deleted), tasks.rejects
    assert (events.rows, events.inserted, events.rejected, events.skipped) == (5, 4, 0, deleted), events.rejects
    assert tasks.new_reps == events.new_reps == [] and tasks.warnings == events.warnings == []
    got = _activities(db)
    day = datetime.fromisoformat  # a Task's ActivityDate is a day: it occurred at its midnight
    assert got == {
        # subtype Call / Email say how it was logged; the WhatId 006... is the opportunity
        "00T8a00000TSK1AAA": ("call", day("2026-03-02"), _utc("2026-03-02T15:30"), sf.ANNA, sf.ACME, sf.OPP_RENEWAL),
        "00T8a00000TSK2AAA": ("email", day("2026-03-03"), _utc("2026-03-05T09:00"), sf.CHLOE, sf.ACME,
                              sf.OPP_UPSELL),
        "00T8a00000TSK3AAA": ("meeting", day("2026-03-04"), _utc("2026-03-04T12:00"), sf.BEN, sf.GLOBEX, None),
        "00T8a00000TSK4AAA": ("note", day("2026-03-05"), _utc("2026-03-05T10:00"), sf.ANNA, sf.ACME, None),
        "00T8a00000TSK5AAA": ("note", day("2026-03-06"), _utc("2026-03-06T07:00"), sf.CHLOE, None, None),
        # Type "Site Visit"; no AccountId, but the WhatId 001... is the account
        "00T8a00000TSK6AAA": ("visit", day("2026-03-09"), _utc("2026-03-09T18:00"), sf.ZHANG, sf.GLOBEX, None),
        # an Event with no Type, or an unknown one ("Other"), is a meeting; ActivityDateTime wins over ActivityDate
        "00U8a00000EVT1AAA": ("meeting", _utc("2026-03-04T14:00"), _utc("2026-03-04T16:30"), sf.BEN, sf.GLOBEX,
                              None),
        "00U8a00000EVT2AAA": ("demo", _utc("2026-03-05T10:00"), _utc("2026-03-07T10:00"), sf.BEN, sf.GLOBEX,
                              sf.OPP_PILOT),
        "00U8a00000EVT3AAA": ("meeting", _utc("2026-03-10T12:00"), _utc("2026-03-10T13:00"), sf.ZHANG, sf.GLOBEX,
                              None),
        # all day: no ActivityDateTime, so ActivityDate's midnight
        "00U8a00000EVT4AAA": ("meeting", day("2026-03-12"), _utc("2026-03-11T08:00"), sf.ANNA, sf.GLOBEX, None),
    }
    # CRM timeliness (logged - occurred) is the real one: E1 16:30 - 14:00 = 2.5 h, E2 two days = 48 h; T1 in UTC
    # 15:30 after midnight = 15.5 h (in another time zone, 15:30 UTC in local time after local midnight)
    hours = {key: (logged - occurred) / timedelta(hours=1) for key, (_, occurred, logged, *_rest) in got.items()
             if logged is not None}
    assert (hours["00U8a00000EVT1AAA"], hours["00U8a00000EVT2AAA"]) == (2.5, 48.0)
    assert hours["00T8a00000TSK1AAA"] == (_utc("2026-03-02T15:30") - day("2026-03-02")) / timedelta(hours=1)


def test_reimporting_the_export_adds_nothing(db: Database, tmp_path: Path) -> None:
    _import_all(db, tmp_path)
    for kind, path, stored, skipped in (("reps", sf.users_csv(tmp_path), 5, SYSTEM_USERS),
                                        ("opportunities", sf.opportunities_csv(tmp_path), 4, {}),
                                        ("activities", sf.tasks_csv(tmp_path), 6, {"deleted in the CRM": 1}),
                                        ("activities", sf.events_csv(tmp_path), 4, {"deleted in the CRM": 1})):
        again = run_import(db, path, ImportOptions(kind=kind))
        assert (again.inserted, again.updated, again.unchanged, again.skipped) == (0, 0, stored, skipped), path


def test_an_event_file_without_type_columns_is_meetings(db: Database, tmp_path: Path) -> None:
    path = sf.write_csv(tmp_path / "Event.csv", ["Id", "Subject", "ActivityDateTime", "OwnerId", "CreatedDate"], [
        ["00U8a00000EVT9AAA", "Site walk", "2026-03-04T14:00:00.000Z", sf.BEN, "2026-03-04T15:00:00.000Z"]])
    result = run_import(db, path, ImportOptions(kind="activities"))
    # no kind column and no EventSubtype: the Event headers (ActivityDateTime) make it an event, so a meeting
    assert (result.inserted, result.rejected) == (1, 0), result.rejects
    assert _activities(db)["00U8a00000EVT9AAA"][0] == "meeting"


def test_a_file_without_any_kind_column_is_refused(db: Database, tmp_path: Path) -> None:
    path = sf.write_csv(tmp_path / "a.csv", ["Subject", "Date"], [["Hello", "2026-03-04"]])
    result = ImportResult(file=str(path), kind="activities")
    with db.session() as s, pytest.raises(ImportFileError) as refused:
        import_table(s, read_table(path, None), ImportOptions(kind="activities"), result)
    assert refused.value.fields == {"field": "kind"}


def test_unknown_activity_types_are_notes_and_listed(db: Database, tmp_path: Path) -> None:
    path = sf.write_csv(tmp_path / "a.csv", ["Activity Type", "Subject", "Date", "Owner"], [
        ["Lunch", "A", "2026-03-04", "Ann"], ["电话", "B", "2026-03-05", "Ann"], ["Lunch", "C", "2026-03-06", "Ann"]])
    result = run_import(db, path, ImportOptions(kind="activities"))
    assert (result.inserted, result.rejected) == (3, 0)
    assert result.warnings == ["activity types not recognised, imported as notes: Lunch"]
    with db.session() as s:
        assert sorted(s.scalars(select(Activity.kind))) == ["call", "note", "note"]  # 电话 is a call


def test_import_table_fills_the_skips_of_a_whole_export(db: Database, tmp_path: Path) -> None:
    """The per-table step that a whole-export import calls counts skipped rows the same way."""
    path = sf.users_csv(tmp_path)
    result = ImportResult(file=str(path), kind="reps")
    with db.session() as s:
        import_table(s, read_table(path, None), ImportOptions(kind="reps"), result)
    assert (result.inserted, result.skipped) == (5, SYSTEM_USERS)
    assert _reps(db)[sf.ANNA][3] == sf.BEN
