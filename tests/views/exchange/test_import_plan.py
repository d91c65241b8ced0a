"""A quota plan workbook in the import wizard: recognised whatever kind was chosen, its changes previewed,
imported, and refused whole when it changes a locked quarter (the engine is tested in
tests/exchange/imports/test_plan_file.py; the plan is tests/helpers/quota_data.py's 2027 plan)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.models.goals.locks import lock_quarter
from salesmgr.models.goals.plan import quota_amount
from salesmgr.models.periods import Period
from tests.exchange.imports.test_plan_file import edit
from tests.exchange.reports.test_plan import export_plan
from tests.helpers import quota_data
from tests.views.exchange.test_import_wizard import TIMEOUT, MakeWizard, dialogs, make_wizard, run, to_preview

__all__ = ["dialogs", "make_wizard"]  # the fixtures, shared with the wizard's own tests


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return quota_data.planned(db)


def test_a_plan_workbook_is_previewed_as_its_changes_and_imported(
        qtbot: QtBot, make_wizard: MakeWizard, db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    path = edit(export_plan(db, tmp_path / "plan.xlsx"), {("Ann", "C"): 120000, ("Cid", "F"): None})
    wizard = make_wizard()
    wizard.choose_page.choose_kind("opportunities")
    wizard.set_path(path)
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
    assert wizard.choose_page.kind() == "quotas" and not wizard.choose_page.sheet_combo.isVisible()
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert not page.tabs.isVisible() and not page.save_preset_button.isVisible()
    assert "5 reps; 2 quota cells would change, 18 are unchanged" in page.info_label.text()
    shown = sorted(row.cells for row in page.sample_model.rows())
    assert shown == [("Fiscal year 2027", "12", "Cid", "2027Q4", "40,000.00", ""),
                     ("Fiscal year 2027", "8", "Ann", "2027Q1", "100,000.00", "120,000.00")]
    assert page.problems() == [] and wizard.import_button.isEnabled()
    result = run(qtbot, wizard)
    assert (result.updated, result.unchanged) == (2, 18)
    summary = wizard.summary_page
    assert sorted(summary.details.item(i).text() for i in range(summary.details.count())) == [
        "Quota of Ann, 2027Q1: 100,000.00 -> 120,000.00", "Quota of Cid, 2027Q4: 40,000.00 -> none"]
    assert summary.tabs.tabText(2) == "Changed quotas (2)" and summary.count("updated") == "2"
    with db.session() as session:
        assert quota_amount(session, ids["Ann"], "2027Q1") == Decimal("120000.00")
        assert quota_amount(session, ids["Cid"], "2027Q4") is None


def test_a_change_to_a_locked_quarter_stops_the_import_and_says_which(
        qtbot: QtBot, make_wizard: MakeWizard, db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    with db.session() as session:
        lock_quarter(session, Period.parse("2027Q2"), "test")
    path = edit(export_plan(db, tmp_path / "plan.xlsx"), {("Dan", "D"): 1, ("Ann", "B"): "Zed"})
    wizard = make_wizard(path)
    to_preview(qtbot, wizard)
    problems = wizard.preview_page.problems()
    assert len(problems) == 2 and not wizard.import_button.isEnabled()
    assert "locked quarters" in problems[0] and "Dan 2027Q2: 100,000.00 -> 1.00" in problems[0]
    assert problems[1].startswith("Row 8: ") and "Zed" in problems[1]
    with db.session() as session:
        assert quota_amount(session, ids["Dan"], "2027Q2") == Decimal("100000.00")
