"""The monthly lead review workbook: the review's and the proposal's figures (tests/helpers/leads_review_data)
land in their tables, and the live conversion formulas evaluate to the domain's ratios, "–" where a grade is
empty."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from salesmgr.exchange.export.workbook import ExportError
from salesmgr.exchange.reports.leads import write_lead_review
from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.leads.review import lead_review
from salesmgr.models.leads.spec import DEFAULT_SPEC, Grade, ScoringSpec
from salesmgr.models.leads.suggest import propose
from tests.helpers import leads_review_data as data
from tests.helpers.formula_check import evaluate_file

RECALC = Path("/work/shared/tools/xlsx-recalc")


@pytest.fixture
def report(db: Database, tmp_path: Path) -> Iterator[Path]:
    """The review with an extra top grade "Top" (1,000 points: no lead reaches it) and the proposal."""
    previous = clock.set_today(data.TODAY)
    data.build(db)
    spec = ScoringSpec(DEFAULT_SPEC.rules, (Grade("Top", 1000, "route"), *DEFAULT_SPEC.grades), version=1)
    with db.session() as session:
        review = lead_review(session, data.START, data.END, spec)
        proposal = propose(session, data.START, data.END)
        yield write_lead_review(review, proposal, tmp_path / "review.xlsx")
    clock.set_today(previous)


def _table(sheet: Any, first_header: str) -> list[tuple[Any, ...]]:
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == first_header)
    found = []
    for row in rows[start + 1:]:
        if row[0] is None:
            break
        found.append(tuple(value for value in row if value is not None))
    return found


def test_review_sheet(report: Path) -> None:
    book = openpyxl.load_workbook(report)
    assert book.sheetnames == ["Review", "Proposal"]
    sheet = book["Review"]
    assert sheet["A1"].value == "Monthly lead review"
    assert sheet["A2"].value == "Period: leads created 2026-11-01 to 2026-11-30"
    assert sheet["A4"].value.startswith("Left out of the amounts: 1 COP deal")
    values = evaluate_file(report)
    grades = _table(sheet, "Grade")
    # Grade, leads, converted, (conversion formula), won, (win rate formula), average won deal (values only)
    assert [row[:3] for row in grades] == [("Top", 0, 0), ("MQL", 20, 10), ("SQL", 30, 4), ("Lead", 20, 1),
                                           ("Total", "=SUM(B14:B17)", "=SUM(C14:C17)")]
    assert sheet["G15"].value == 11000 and sheet["G16"].value == 20000 and sheet["G17"].value is None
    # conversions: Top 0 leads -> "–"; MQL 10/20; SQL 4/30; Lead 1/20; total 15/70
    assert [values[("Review", f"D{row}")] for row in range(14, 19)] == [
        "–", 0.5, pytest.approx(4 / 30), 0.05, pytest.approx(15 / 70)]
    rules = _table(sheet, "Rule")
    assert rules[2][0] == "downloaded white paper" and rules[2][-1] == "does not separate"
    assert rules[3][-2:] == (pytest.approx(5.6), "separates")
    assert values[("Review", "H26")] == pytest.approx(5 / 50)  # pricing page: other leads 5 of 50 converted
    distribution = _table(sheet, "Score")
    assert distribution[0] == ("0–9", 0, 1, 19) and distribution[-1] == ("60–69", 5, 5, 10)
    assert len(sheet._charts) == 1


def test_proposal_sheet(report: Path) -> None:
    sheet = openpyxl.load_workbook(report)["Proposal"]
    rules = _table(sheet, "Rule")
    assert [row[1:3] for row in rules] == [(15, 30), (10, 30), (10, -5), (20, 50), (20, 45)]
    assert rules[0][-1] == "lift 2.67: 20 x log2(2.67) = 28.3, rounded to +30"
    thresholds = _table(sheet, "Grade")
    assert [row[:3] for row in thresholds[:2]] == [("MQL", 50, 155), ("SQL", 30, 45)]
    assert thresholds[2][:3] == ("Lead", "–", "–")


def test_refuses_a_name_not_xlsx(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        review = lead_review(session, data.START, data.END)
    with pytest.raises(ExportError):
        write_lead_review(review, None, tmp_path / "review.csv")
    assert not (tmp_path / "review.csv").exists()


@pytest.mark.skipif(shutil.which("soffice") is None or not RECALC.exists(), reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_same_values(report: Path) -> None:
    run = subprocess.run([sys.executable, str(RECALC), str(report), "--json"], capture_output=True, text=True,
                         timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    theirs = {(r["sheet"], r["cell"]): r["value"] for r in json.loads(run.stdout) if "formula" in r}
    ours = evaluate_file(report)
    assert set(theirs) == set(ours)
    for key, value in ours.items():
        assert theirs[key] == (value if isinstance(value, str) else pytest.approx(value)), key
