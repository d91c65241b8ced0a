"""The onboarding status report: a summary row per plan, a sheet per plan with tasks, reviews and certifications,
and live formulas that evaluate to the domain's figures."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy.orm import Session

from salesmgr.exchange.reports import ReportRequest, build_report, export_report
from salesmgr.exchange.reports.model import Table
from salesmgr.i18n import set_language
from salesmgr.models.database import Database
from salesmgr.models.onboarding.plans import (
    ReviewInput,
    add_review,
    assign_plan,
    close_plan,
    plan_tasks,
    record_certification,
    tick_task,
)
from salesmgr.models.org import Rep, Team
from salesmgr.models.periods import Period
from tests.helpers.formula_check import evaluate_file

TODAY = date(2026, 11, 10)
RECALC = Path("/work/shared/tools/xlsx-recalc")
FORBIDDEN = set("[]:*?/\\")


def _plans(session: Session) -> dict[str, int]:
    """Ann (start 2026-10-01, day 41 on TODAY): two tasks ticked, a review with two next steps, a certification;
    "Ben [Li]: new*" (start 2026-11-02, day 9): nothing done; Cy: a finished plan."""
    team = Team(name="North")
    session.add(team)
    session.flush()
    reps = {name: Rep(name=name, team_id=team.id, role="rep", hire_date=hired) for name, hired in
            (("Mona", date(2020, 1, 1)), ("Ann", date(2026, 10, 1)), ("Ben [Li]: new*", date(2026, 11, 2)),
             ("Cy", date(2026, 1, 5)))}
    session.add_all(reps.values())
    session.flush()
    mona = reps["Mona"].id
    ann = assign_plan(session, reps["Ann"].id, None, date(2026, 10, 1), mona)
    tasks = plan_tasks(session, ann)
    tick_task(session, tasks[0].id, date(2026, 10, 1), "Ann", "read it all")  # due day 1: on time
    tick_task(session, tasks[1].id, date(2026, 10, 6), "Ann")  # due day 3 (2026-10-03): late
    add_review(session, ann, ReviewInput(date(2026, 10, 7), "mentor", "Mona", "Good start", "Prices",
                                         "Read two cases\nBook a visit"))
    record_certification(session, reps["Ann"].id, "CRM certification", date(2026, 10, 20), 85, True, ann)
    ben = assign_plan(session, reps["Ben [Li]: new*"].id, None, date(2026, 11, 2), mona)
    cy = assign_plan(session, reps["Cy"].id, None, date(2026, 1, 5), mona)
    close_plan(session, cy, "finished", date(2026, 4, 5))
    session.commit()
    return {"Ann": ann, "Ben": ben, "Cy": cy}


@pytest.fixture
def planned(db: Database) -> Database:
    with db.session() as session:
        _plans(session)
    return db


def _export(db: Database, tmp_path: Path, *, all_dates: bool = False) -> Path:
    request = ReportRequest(Period.parse("2026Q4"), today=TODAY, all_dates=all_dates)
    with db.session() as session:
        return export_report(session, "onboarding", request, tmp_path / "onboarding.xlsx")


def _table(sheet: Any, first_header: str) -> list[dict[str, Any]]:
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == first_header)
    header = rows[start]
    found = []
    for row in rows[start + 1:]:
        if row[0] is None:
            break
        found.append({name: value for name, value in zip(header, row, strict=True) if name is not None})
    return found


def test_summary_and_plan_sheets(planned: Database, tmp_path: Path) -> None:
    path = _export(planned, tmp_path)
    book = openpyxl.load_workbook(path)
    # newest start first; the finished plan is left out by default; Ben's name is made safe for a sheet name
    assert len(book.sheetnames) == 3 and book.sheetnames[0] == "Summary" and book.sheetnames[2] == "Ann"
    ben_sheet = book.sheetnames[1]
    assert ben_sheet.startswith("Ben") and not FORBIDDEN & set(ben_sheet) and len(ben_sheet) <= 31
    values = evaluate_file(path)
    summary = book["Summary"]
    rows = _table(summary, "Rep")
    assert [r["Rep"] for r in rows] == ["Ben [Li]: new*", "Ann"]
    ben, ann = rows
    assert (ann["Team"], ann["Mentor"], ann["Template"], ann["Start"], ann["Day (of 90)"], ann["Status"]) == (
        "North", "Mona", "Default 90-day plan", datetime(2026, 10, 1), 41, "active")
    assert ann["Last review"] == datetime(2026, 10, 7) and ann["Next review"] == datetime(2026, 10, 14)
    assert ben["Last review"] is None and ben["Next review"] == datetime(2026, 11, 8)  # start + 6
    # Ann's mix: done are "Company, products and pricing" and "Industry" (formal, 2 h each): all formal
    assert (ann["Practice (70 %)"], ann["Feedback (20 %)"], ann["Formal training (10 %)"]) == (0, 0, 1)
    header = [c.value for c in next(r for r in summary.iter_rows() if r[0].value == "Rep")]
    row_of = {r[0].value: r[0].row for r in summary.iter_rows() if r[0].value in ("Ann", "Ben [Li]: new*")}

    def figure(rep: str, column: str) -> Any:
        letter = openpyxl.utils.get_column_letter(header.index(column) + 1)
        return values["Summary", f"{letter}{row_of[rep]}"]
    # by hand: the template has 27 tasks, Ann's review added 2 (due 2026-10-14); of Ann's, 14 template tasks are
    # due before 2026-11-10 (due days 1-38), 2 of them done, plus the 2 next steps: 14 overdue; Ben's plan is on
    # day 9: 4 tasks due on days 1-8, none done
    assert [figure("Ann", c) for c in ("Tasks", "Done tasks", "Overdue")] == [29, 2, 14]
    assert figure("Ann", "Done %") == pytest.approx(2 / 29)
    assert [figure("Ben [Li]: new*", c) for c in ("Tasks", "Done tasks", "Overdue", "Done %")] == [27, 0, 4, 0]
    tasks = _table(book["Ann"], "Week")
    assert len(tasks) == 29
    first, second = tasks[:2]
    assert (first["Week"], first["Due"], first["Weekday"], first["Task"], first["Category"], first["Owner"],
            first["Done on"], first["Done by"], first["Note"]) == (
        1, datetime(2026, 10, 1), "Thu", "Company, products and pricing", "formal training", "new hire",
        datetime(2026, 10, 1), "Ann", "read it all")
    assert second["Weekday"] == "Sat"  # due on a weekend, shown as such
    on_time = {c.row: values["Ann", c.coordinate] for r in book["Ann"].iter_rows() for c in r
               if isinstance(c.value, str) and c.value.startswith("=IF(COUNT(") and '"yes"' in c.value}
    assert list(on_time.values())[:3] == ["yes", "no", "no"]  # on time, late, not done
    criteria = [t["Completes itself when"] for t in tasks if t["Completes itself when"]]
    assert "first deal won" in criteria and "certification passed" in criteria
    reviews = _table(book["Ann"], "Held on")
    assert reviews == [{"Held on": datetime(2026, 10, 7), "By": "Mona (mentor)", "What went well": "Good start",
                        "What to improve": "Prices", "Next steps": "Read two cases\nBook a visit"}]
    certs = _table(book["Ann"], "Certification")
    assert certs == [{"Certification": "CRM certification", "Taken on": datetime(2026, 10, 20), "Score": 85,
                      "Passed": "yes", "Note": None}]


def test_all_dates_adds_the_finished_plans(planned: Database, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_export(planned, tmp_path, all_dates=True))
    assert book.sheetnames[0] == "Summary" and book.sheetnames[-1] == "Cy" and len(book.sheetnames) == 4
    rows = _table(book["Summary"], "Rep")
    assert rows[-1]["Rep"] == "Cy" and rows[-1]["Status"] == "finished" and rows[-1]["Next review"] is None


def test_rep_filter_and_no_plans(planned: Database) -> None:
    with planned.session() as session:
        ann = next(rep for rep in session.query(Rep) if rep.name == "Ann")
        report = build_report(session, "onboarding", ReportRequest(Period.parse("2026Q4"), rep_id=ann.id,
                                                                  today=TODAY))
        assert [sheet.name for sheet in report.sheets] == ["Summary", "Ann"]
        mona = next(rep for rep in session.query(Rep) if rep.name == "Mona")
        empty = build_report(session, "onboarding", ReportRequest(Period.parse("2026Q4"), rep_id=mona.id,
                                                                  today=TODAY))
    assert len(empty.sheets) == 1
    table = empty.sheets[0].blocks[1]
    assert isinstance(table, Table) and table.rows == [] and table.title == "No onboarding plans to show"


@pytest.fixture
def chinese() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("en")


def test_in_chinese(planned: Database, tmp_path: Path, chinese: None) -> None:
    book = openpyxl.load_workbook(_export(planned, tmp_path))
    assert book.sheetnames[0] == "汇总"
    texts = {str(c.value) for s in book.worksheets for r in s.iter_rows() for c in r if isinstance(c.value, str)}
    assert {"入职状态", "任务", "逾期", "公司、产品与价格体系", "周四"} <= texts


@pytest.mark.skipif(shutil.which("soffice") is None or not RECALC.exists(), reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_same_values(planned: Database, tmp_path: Path) -> None:
    path = _export(planned, tmp_path, all_dates=True)
    run = subprocess.run([sys.executable, str(RECALC), str(path), "--json"], capture_output=True, text=True,
                         timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    theirs = {(r["sheet"], r["cell"]): r["value"] for r in json.loads(run.stdout) if "formula" in r}
    ours = evaluate_file(path)
    assert set(theirs) == set(ours)
    for key, value in ours.items():
        if isinstance(value, str):
            assert theirs[key] == value, key
        else:
            assert theirs[key] == pytest.approx(value or 0), key
