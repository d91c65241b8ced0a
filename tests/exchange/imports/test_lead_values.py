"""The values of a leads file read by lead_values: behaviour cells, employee counts and CRM lead statuses."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from salesmgr.exchange.imports.lead_values import parse_behaviour, parse_employees, parse_lead_status
from salesmgr.exchange.read.values import DateFormat, ValueParseError


@pytest.mark.parametrize(("cell", "expected"), [
    ("yes", True), ("Yes", True), ("是", True), ("true", True), ("1", True), ("y", True), ("x", True), ("X", True),
    (True, True), (1, True), (1.0, True),
    ("no", False), ("否", False), ("FALSE", False), ("0", False), ("n", False), (False, False), (0, False),
    ("2026-03-05", date(2026, 3, 5)), ("2026/3/5", date(2026, 3, 5)), ("2026年3月5日", date(2026, 3, 5)),
    ("5 Mar 2026", date(2026, 3, 5)), ("2026-03-05 14:30", date(2026, 3, 5)),
    (date(2026, 3, 5), date(2026, 3, 5)), (datetime(2026, 3, 5, 9, 0), date(2026, 3, 5)),
])
def test_behaviour_cells(cell: object, expected: object) -> None:
    assert parse_behaviour(cell) == expected  # type: ignore[arg-type]


def test_behaviour_dates_follow_the_columns_day_month_order() -> None:
    assert parse_behaviour("05/03/2026", DateFormat("dmy")) == date(2026, 3, 5)
    assert parse_behaviour("05/03/2026", DateFormat("mdy")) == date(2026, 5, 3)


@pytest.mark.parametrize("cell", ["maybe", "attended", "2026-13-01", 2, 3.5, "yes please"])
def test_unreadable_behaviour_cells_are_refused_with_the_reason(cell: object) -> None:
    with pytest.raises(ValueParseError, match="is neither yes/no nor a date"):
        parse_behaviour(cell)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cell", "expected"), [
    (250, 250), (1200.0, 1200), ("1200", 1200), ("1,200", 1200), ("12,000 employees", 12000), ("500人", 500),
    ("１２００", 1200),  # full-width digits from Chinese input
    ("1001-5000", 1001), ("1,001–5,000", 1001), ("1001 - 5000", 1001), ("1001~5000", 1001), ("201至500人", 201),
    ("51-200 employees", 51), ("10000+", 10000), ("10,000+", 10000), ("5000以上", 5000), ("1000人以上", 1000),
    ("10000 or more", 10000), (0, 0),
])
def test_employee_counts(cell: object, expected: int) -> None:
    assert parse_employees(cell) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["lots", "5000-1000", "-5", -5, 12.5, "about 300", "1.5k", "<50", "大型"])
def test_other_employee_counts_are_refused_with_what_to_write(cell: object) -> None:
    with pytest.raises(ValueParseError, match="is not a number of employees; write a number such as 250"):
        parse_employees(cell)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cell", "status"), [
    # Salesforce
    ("Open - Not Contacted", "new"), ("Working - Contacted", "assigned"), ("Closed - Converted", "converted"),
    ("Closed - Not Converted", "disqualified"),
    # HubSpot, as its API and as its labels write them
    ("NEW", "new"), ("OPEN", "new"), ("IN_PROGRESS", "assigned"), ("In progress", "assigned"),
    ("ATTEMPTED_TO_CONTACT", "assigned"), ("CONNECTED", "assigned"), ("UNQUALIFIED", "disqualified"),
    ("BAD_TIMING", "nurturing"), ("Bad timing", "nurturing"), ("OPEN_DEAL", "converted"),
    # Zoho
    ("Not Contacted", "new"), ("Contacted", "assigned"), ("Attempted to Contact", "assigned"),
    ("Junk Lead", "disqualified"), ("Lost Lead", "disqualified"), ("Pre-Qualified", "assigned"),
    ("Not Qualified", "disqualified"), ("Contact in Future", "nurturing"),
    # Chinese CRMs
    ("新建", "new"), ("未处理", "new"), ("培育中", "nurturing"), ("跟进中", "assigned"), ("已分配", "assigned"),
    ("已转化", "converted"), ("无效", "disqualified"), ("已关闭", "disqualified"),
    # salesmgr's own, and its old "qualified"
    ("new", "new"), ("Nurturing", "nurturing"), ("assigned", "assigned"), ("converted", "converted"),
    ("disqualified", "disqualified"), ("qualified", "assigned"), (" Qualified ", "assigned"),
])
def test_crm_lead_statuses(cell: str, status: str) -> None:
    assert parse_lead_status(cell) == status


def test_an_unknown_status_is_refused_naming_salesmgrs() -> None:
    with pytest.raises(ValueParseError) as caught:
        parse_lead_status("hot")
    assert str(caught.value) == ("hot is not a lead status salesmgr knows; use one of new, nurturing, assigned, "
                                 "converted, disqualified")
