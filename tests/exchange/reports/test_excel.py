"""The funnel, quotas and dashboard reports: every formula evaluates to the figure worked out by hand (and, on demo
data, to salesmgr's metrics); LibreOffice recalculates them to the same values when it is installed."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.exchange.reports import REPORT_NAMES, ReportRequest, build_report, export_report
from salesmgr.models import Opportunity, Rep, StageDefinition, StageHistory, Team
from salesmgr.models.currency import set_rate
from salesmgr.models.database import Database
from salesmgr.models.errors import UserError
from salesmgr.models.metrics.attainment import quota_attainment
from salesmgr.models.metrics.filters import DateField, MetricFilter
from salesmgr.models.metrics.funnel import funnel, win_rate
from salesmgr.models.money import D
from salesmgr.models.org import Quota
from salesmgr.models.periods import Period
from tests.helpers.formula_check import evaluate_file

Q3 = ReportRequest(Period.parse("2026Q3"), today=date(2026, 8, 15))
RECALC = Path("/work/shared/tools/xlsx-recalc")


def _stage(s: Session, name: str) -> int:
    stage_id = s.scalar(select(StageDefinition.id).where(StageDefinition.name == name))
    assert stage_id is not None
    return stage_id


def _deal(s: Session, owner: int, stage: str, amount: str, *, closed: date | None = None,
          expected: date | None = None, history: tuple[str, ...] = ()) -> None:
    opp = Opportunity(name="deal", owner_id=owner, stage_id=_stage(s, stage), currency="CNY", closed_date=closed,
                      expected_close_date=expected, created_date=date(2026, 6, 1))
    opp.amount = D(amount)
    s.add(opp)
    s.flush()
    for day, name in enumerate(history, start=1):
        s.add(StageHistory(opportunity_id=opp.id, stage_id=_stage(s, name), entered_at=date(2026, 6, day)))


def _quota(s: Session, rep: int, amount: str, currency: str = "CNY") -> None:
    quota = Quota(rep_id=rep, period="2026Q3", currency=currency)
    quota.amount = D(amount)
    s.add(quota)


@pytest.fixture
def sales(db: Database) -> Database:
    """North: Ann (quota 100,000, won 80,000), Bob (50,000, won 60,000); South: Cy (no quota, won 10,000);
    Dee on no team (quota 1,000 USD = 7,000 CNY, won nothing). Two lost and two open deals in 2026Q3."""
    with db.session() as s:
        set_rate(s, "USD", D("7"))
        north, south = Team(name="North"), Team(name="South")
        s.add_all([north, south])
        s.flush()
        reps = [Rep(name="Ann", team_id=north.id), Rep(name="Bob", team_id=north.id), Rep(name="Cy", team_id=south.id),
                Rep(name="Dee")]
        s.add_all(reps)
        s.flush()
        ann, bob, cy, dee = (r.id for r in reps)
        _quota(s, ann, "100000")
        _quota(s, bob, "50000")
        _quota(s, dee, "1000", "USD")
        _deal(s, ann, "Won", "50000", closed=date(2026, 7, 10))
        _deal(s, ann, "Won", "30000", closed=date(2026, 9, 30))
        _deal(s, ann, "Won", "99999", closed=date(2026, 6, 30))  # the quarter before: left out everywhere
        _deal(s, bob, "Won", "60000", closed=date(2026, 8, 1))
        _deal(s, cy, "Won", "10000", closed=date(2026, 7, 1))
        _deal(s, ann, "Lost", "5000", closed=date(2026, 8, 1))
        _deal(s, bob, "Lost", "7000", closed=date(2026, 9, 30))
        _deal(s, cy, "Needs confirmed", "12000", expected=date(2026, 8, 20))
        _deal(s, bob, "Negotiation", "40000", expected=date(2026, 9, 1),
              history=("Lead identified", "Needs confirmed", "Solution demo", "Negotiation"))
    return db


def _export(db: Database, name: str, out: Path, request: ReportRequest = Q3) -> Path:
    with db.session() as s:
        return export_report(s, name, request, out / f"{name}.xlsx")


def _rows(path: Path, sheet: str, first_header: str, label_cells: int = 1) -> dict[str, dict[str, Any]]:
    """``{label: {header: value}}`` for the rows under the table whose first header is ``first_header``; formula
    cells hold their evaluated value; the label is the last text among the first ``label_cells`` cells."""
    values = evaluate_file(path)
    worksheet = load_workbook(path)[sheet]
    grid = [[values.get((sheet, c.coordinate), c.value) for c in row] for row in worksheet.iter_rows()]
    start = next(i for i, row in enumerate(grid) if row[0] == first_header)
    headers = grid[start]
    found = {}
    for row in grid[start + 1:]:
        if all(v is None for v in row):
            break
        label = [v for v in row[:label_cells] if isinstance(v, str)][-1]
        found[label] = {h: v for h, v in zip(headers, row, strict=True) if h}
    return found


def test_funnel_formulas(sales: Database, tmp_path: Path) -> None:
    path = _export(sales, "funnel", tmp_path)
    rows = _rows(path, "Funnel", "Stage")
    # in 2026Q3 by close date: 4 won, 2 lost (no history: they reached the first stage only), Cy's open deal in
    # "Needs confirmed", Bob's in "Negotiation": reached 8, 6, 5, 5
    assert [rows[s]["Reached"] for s in ("Lead identified", "Needs confirmed", "Solution demo", "Negotiation")] \
        == [8, 6, 5, 5]
    assert rows["Lead identified"]["Conversion to next"] == pytest.approx(6 / 8, abs=1e-12)
    assert rows["Needs confirmed"]["Conversion to next"] == pytest.approx(5 / 6, abs=1e-12)
    assert rows["Solution demo"]["Conversion to next"] == pytest.approx(1.0, abs=1e-12)
    # the close rate: won now 4 / reached Negotiation 5
    assert rows["Negotiation"]["Conversion to next"] == pytest.approx(4 / 5, abs=1e-12)
    assert rows["Won"]["Conversion to next"] is None and rows["Lost"]["Conversion to next"] is None
    assert "Total" not in rows  # no total adds every stage (lost money included) any more
    # open pipeline: Cy's 12,000 in Needs confirmed + Bob's 40,000 in Negotiation; lost 12,000 in no total
    open_total, won_total = rows["Open pipeline total"], rows["Won total"]
    assert (open_total["Deals now"], open_total["Amount (CNY)"]) == (2, pytest.approx(12000 + 40000, abs=0.005))
    assert open_total["Reached"] is None and open_total["Kind"] is None
    # won apart: 50,000 + 30,000 (Ann) + 60,000 (Bob) + 10,000 (Cy); the 99,999 of Q2 is left out
    assert (won_total["Deals now"], won_total["Amount (CNY)"]) == (4, pytest.approx(150000, abs=0.005))
    sheet = load_workbook(path)["Funnel"]
    # the totals are live formulas over the stage rows: rows 8-11 open, 12 won, 13 lost, 14 and 15 the totals
    assert [sheet[f"A{row}"].value for row in (8, 11, 12, 13, 14, 15)] == [
        "Lead identified", "Negotiation", "Won", "Lost", "Open pipeline total", "Won total"]
    assert (sheet["C14"].value, sheet["D14"].value) == ("=SUM(C8:C11)", "=SUM(D8:D11)")
    assert (sheet["C15"].value, sheet["D15"].value) == ("=C12", "=D12")
    assert sheet["F11"].value == '=IF(E11>0,(C12)/E11,"")'  # the close rate: won now / reached
    win_rate_cell = next(c for row in sheet.iter_rows() for c in row if c.value == "Win rate").offset(0, 1)
    assert evaluate_file(path)[("Funnel", win_rate_cell.coordinate)] == pytest.approx(4 / 6, abs=1e-12)


def test_the_close_rate_adds_every_won_stage(sales: Database, tmp_path: Path) -> None:
    with sales.session() as s:
        renewal = StageDefinition(name="Won renewal", position=55, kind="won", default_probability=100)
        s.add(renewal)
        s.flush()
        bob = s.scalar(select(Rep.id).where(Rep.name == "Bob"))
        assert bob is not None
        _deal(s, bob, "Won renewal", "1000", closed=date(2026, 8, 2))
    rows = _rows(_export(sales, "funnel", tmp_path), "Funnel", "Stage")
    # reached Negotiation: 5 as in test_funnel_formulas + the renewal (won) = 6; won now 4 + 1 = 5 -> 5 / 6
    assert rows["Negotiation"]["Reached"] == 6
    assert rows["Negotiation"]["Conversion to next"] == pytest.approx(5 / 6, abs=1e-12)
    assert rows["Won total"]["Deals now"] == 5
    assert rows["Won total"]["Amount (CNY)"] == pytest.approx(151000, abs=0.005)
    assert rows["Open pipeline total"]["Amount (CNY)"] == pytest.approx(52000, abs=0.005)


def test_quotas_formulas(sales: Database, tmp_path: Path) -> None:
    rows = _rows(_export(sales, "quotas", tmp_path), "Quota attainment", "Team", 2)
    assert rows["Ann"]["Attainment"] == pytest.approx(0.8, abs=1e-12)
    assert rows["Bob"]["Attainment"] == pytest.approx(1.2, abs=1e-12)
    assert rows["Cy"]["Attainment"] == "no quota"
    assert rows["Dee"]["Attainment"] == 0
    assert rows["Dee"]["Quota (CNY)"] == 7000  # 1,000 USD at 7
    north = rows["North total"]
    assert (north["Quota (CNY)"], north["Won (CNY)"], north["Won deals"]) == (150000, 140000, 3)
    assert north["Attainment"] == pytest.approx(140000 / 150000, abs=1e-12)
    assert rows["South total"]["Attainment"] == "no quota"  # no division by zero
    assert rows["(no team) total"]["Attainment"] == 0
    total = rows["Total"]
    assert (total["Quota (CNY)"], total["Won (CNY)"], total["Won deals"]) == (157000, 150000, 4)
    assert total["Attainment"] == pytest.approx(150000 / 157000, abs=1e-12)


def test_dashboard_formulas(sales: Database, tmp_path: Path) -> None:
    path = _export(sales, "dashboard", tmp_path)
    tiles = {key: v for (sheet, key), v in evaluate_file(path).items() if sheet == "Dashboard"}
    assert list(tiles.values()) == [pytest.approx(150000 / 157000, abs=1e-12)]  # the attainment tile
    sheet = load_workbook(path)["Dashboard"]
    assert sheet[next(iter(tiles))].value == "=IF($B$8>0,$B$7/$B$8,\"no quota\")"
    assert (sheet["A7"].value, sheet["B7"].value, sheet["B8"].value) == ("Won (CNY)", 150000, 157000)
    ranking = _rows(path, "Rep ranking", "Rank", 2)
    assert list(ranking) == ["Ann", "Bob", "Cy", "Dee", "Total"]
    assert ranking["Bob"]["Attainment"] == pytest.approx(1.2, abs=1e-12)
    assert ranking["Cy"]["Attainment"] == "no quota"
    assert ranking["Total"]["Won (CNY)"] == 150000 and ranking["Total"]["Quota (CNY)"] == 157000
    assert ranking["Total"]["Attainment"] == pytest.approx(150000 / 157000, abs=1e-12)


def test_filters_are_named_in_the_heading(sales: Database, tmp_path: Path) -> None:
    with sales.session() as s:
        north = s.scalar(select(Team.id).where(Team.name == "North"))
        path = export_report(s, "quotas", ReportRequest(Period.parse("2026q3"), team_id=north), tmp_path / "q.xlsx")
    sheet = load_workbook(path).active
    assert [sheet["A2"].value, sheet["A3"].value] == ["Period: 2026Q3", "Team: North"]
    assert list(_rows(path, sheet.title, "Team", 2)) == ["Ann", "Bob", "North total", "Total"]


def test_an_unknown_report_lists_the_known_ones(sales: Database) -> None:
    with sales.session() as s, pytest.raises(UserError, match="funnel, quotas, dashboard, bonus"):
        build_report(s, "payroll", Q3)
    assert REPORT_NAMES == ("funnel", "quotas", "dashboard", "bonus", "plan", "goals", "onboarding")


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_a_report_is_never_written_under_another_suffix(sales: Database, tmp_path: Path, name: str) -> None:
    with sales.session() as s, pytest.raises(UserError, match=r"a report is written as \.xlsx only"):
        export_report(s, name, Q3, tmp_path / "report.csv")
    assert not (tmp_path / "report.csv").exists()


def test_quota_attainment_by_hand(sales: Database) -> None:
    with sales.session() as s:
        report = quota_attainment(s, Period.parse("2026Q3"))
    assert [t.name for t in report.teams] == ["North", "South", None]
    north = report.teams[0]
    assert [(r.name, r.quota, r.won, r.won_count) for r in north.reps] == [
        ("Ann", Decimal("100000.00"), Decimal("80000.00"), 2), ("Bob", Decimal("50000.00"), Decimal("60000.00"), 1)]
    assert north.attainment == Decimal(140000) / Decimal(150000)
    assert report.teams[1].quota is None and report.teams[1].attainment is None
    assert (report.quota, report.won, report.won_count) == (Decimal(157000), Decimal(150000), 4)


def test_demo_data_formulas_match_the_metrics(db: Database, tmp_path: Path) -> None:
    from salesmgr.demo import load_demo

    load_demo(db, reps=6, opportunities=300, today=date(2026, 8, 15))
    paths = {name: _export(db, name, tmp_path) for name in REPORT_NAMES}
    flt = MetricFilter(date(2026, 7, 1), date(2026, 9, 30), DateField.CLOSE)
    with db.session() as s:
        steps, rate, attainment = funnel(s, flt), win_rate(s, flt), quota_attainment(s, Period.parse("2026Q3"))
    stages = _rows(paths["funnel"], "Funnel", "Stage")
    for step in steps:
        expected = step.conversion
        assert stages[step.stage]["Conversion to next"] == (None if expected is None else pytest.approx(expected))
    win_cell = [v for (_, c), v in evaluate_file(paths["funnel"]).items() if c.startswith("B")]
    assert win_cell == [pytest.approx(rate)]
    rows = _rows(paths["quotas"], "Quota attainment", "Team", 2)
    for team in attainment.teams:
        for rep in team.reps:
            got = rows[rep.name]["Attainment"]
            assert got == ("no quota" if rep.attainment is None else pytest.approx(float(rep.attainment)))
        subtotal = rows[f"{team.name or '(no team)'} total"]
        assert subtotal["Won (CNY)"] == pytest.approx(float(team.won), abs=0.005)
    assert rows["Total"]["Quota (CNY)"] == pytest.approx(float(attainment.quota or 0), abs=0.005)
    assert rows["Total"]["Attainment"] == pytest.approx(float(attainment.attainment or 0))


@pytest.mark.skipif(shutil.which("soffice") is None or not RECALC.exists(), reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_same_values(sales: Database, tmp_path: Path) -> None:
    for name in REPORT_NAMES:
        path = _export(sales, name, tmp_path)
        run = subprocess.run([sys.executable, str(RECALC), str(path), "--json"], capture_output=True, text=True,
                             timeout=300, check=False)
        assert run.returncode == 0, run.stderr
        ours = evaluate_file(path)
        theirs = {(r["sheet"], r["cell"]): r["value"] for r in json.loads(run.stdout) if "formula" in r}
        assert set(theirs) == set(ours)
        for key, value in ours.items():
            expected = "" if value is None else value
            got = theirs[key]
            if isinstance(expected, str):
                assert (got or "") == expected, key
            else:
                assert got == pytest.approx(expected, abs=1e-9), key
