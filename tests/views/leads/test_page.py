"""The Leads page over tests/helpers/leads_data.py's five leads: MQL 1, SQL 2, Lead 2 under the seed's model;
with the webinar at 40 points Ann 65, Bob 85 and Eve 60 are MQL: MQL 3, SQL 0, Lead 2."""
from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.models.leads.bulk import stored_counts
from salesmgr.models.leads.store import current_spec
from salesmgr.views.leads.lead_table import LeadTableModel
from salesmgr.views.leads.model_tables import RulesModel
from salesmgr.views.leads.page import LeadsPage
from salesmgr.views.runner import DbRunner
from salesmgr.views.ui_settings import UiSettings
from salesmgr.views.widgets.dates import to_qdate
from tests.views.leads.conftest import TIMEOUT, settle

WEBINAR = 3  # the seed's fourth rule


def _scores(page: LeadsPage) -> dict[str, tuple[int, str]]:
    return {row.name: (row.score, row.grade) for row in page.leads.model.rows()}


def test_the_list_shows_scores_grades_and_counts(page: LeadsPage) -> None:
    assert _scores(page) == {"Ann": (45, "SQL"), "Bob": (65, "MQL"), "Cat": (20, "Lead"), "Dan": (0, "Lead"),
                             "Eve": (40, "SQL")}
    assert page.leads.summary_label.text() == "MQL 1 · SQL 2 · Lead 2"
    # Sorted by score, highest first; the grade filter (SQL) and the search narrow the rows shown.
    proxy = page.leads.proxy
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == ["Bob", "Ann", "Eve", "Cat", "Dan"]
    page.leads.grade_combo.setCurrentIndex(page.leads.grade_combo.findData(1))
    assert sorted(proxy.index(row, 0).data() for row in range(proxy.rowCount())) == ["Ann", "Eve"]
    page.leads.search_edit.setText("eve")
    assert proxy.rowCount() == 1
    assert proxy.index(0, LeadTableModel.SCORE).data() == "40"


def test_editing_a_rule_changes_the_preview_before_saving(qtbot: QtBot, page: LeadsPage, runner: DbRunner,
                                                          db: Database) -> None:
    panel = page.model
    assert panel.preview_counts() == [1, 2, 2]
    assert panel.rules.setData(panel.rules.index(WEBINAR, RulesModel.POINTS), 40)
    assert panel.preview_counts() is None  # waiting for the debounced preview
    qtbot.waitUntil(lambda: panel.preview_counts() == [3, 0, 2], timeout=TIMEOUT)
    table = panel.preview_table
    assert [(table.item(row, 1).text(), table.item(row, 2).text()) for row in range(3)] == [
        ("3", "1"), ("0", "2"), ("2", "2")]
    settle(qtbot, runner)
    with db.session() as session:  # nothing saved
        saved = current_spec(session)
        assert saved.version == 1 and stored_counts(session, saved) == {0: 1, 1: 2, 2: 2}
    panel.revert()
    assert panel.rules.items[WEBINAR].points == 20 and panel.preview_counts() == [1, 2, 2]


def test_an_edit_that_cannot_score_shows_why(qtbot: QtBot, page: LeadsPage) -> None:
    panel = page.model
    panel.grades.setData(panel.grades.index(0, 1), 20)  # MQL from 20, below SQL's 30
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=TIMEOUT)
    assert panel.preview_counts() is None
    assert panel.preview_note.text() == "Grade minimums must go down from the top grade."


def test_saving_makes_version_2_and_rescores(qtbot: QtBot, page: LeadsPage, runner: DbRunner,
                                             settings: UiSettings) -> None:
    panel = page.model
    panel.rules.setData(panel.rules.index(WEBINAR, RulesModel.POINTS), 40)
    dialog = panel.save()
    assert dialog is not None
    dialog.author_edit.setText("Ann")
    dialog.note_edit.setText("webinars convert")
    dialog.accept()
    qtbot.waitUntil(lambda: panel.saved_spec is not None and panel.saved_spec.version == 2
                    and _scores(page)["Ann"] == (65, "MQL"), timeout=TIMEOUT)
    settle(qtbot, runner)
    assert _scores(page)["Eve"] == (60, "MQL") and page.leads.summary_label.text() == "MQL 3 · SQL 0 · Lead 2"
    assert not panel.is_edited() and panel.rules.items[WEBINAR].points == 40
    history = panel.history.rows()
    assert [(row.item.version, row.item.changed_by, row.item.changes) for row in history] == [
        (2, "Ann", ("attended webinar: 20 -> 40 points",)), (1, "salesmgr", ("first version",))]
    assert settings.model_author == "Ann" and panel.default_author() == "Ann"


def test_editing_a_lead_rescored_it(qtbot: QtBot, page: LeadsPage, runner: DbRunner, ids: dict[str, int]) -> None:
    # Cat (制造, 1500, white paper: 20) becomes 金融 and attended a webinar: 15 + 10 + 10 + 20 = 55, MQL.
    leads = page.leads
    assert leads.select(ids["Cat"])
    leads.edit_selected()
    qtbot.waitUntil(lambda: leads.dialog is not None, timeout=TIMEOUT)
    dialog = leads.dialog
    assert dialog is not None
    dialog.edits["industry"].setText("金融")
    dialog.checks["webinar"].setChecked(True)
    dialog.days["webinar"].setDate(to_qdate(date(2026, 11, 20)))
    dialog.accept()
    qtbot.waitUntil(lambda: _scores(page)["Cat"] == (55, "MQL"), timeout=TIMEOUT)
    settle(qtbot, runner)
    row = next(row for row in leads.model.rows() if row.name == "Cat")
    assert row.breakdown == ("+15 industry 金融, +10 company size 1500, +10 downloaded white paper (2026-11-01), "
                             "+20 attended webinar (2026-11-20)")
    assert leads.summary_label.text() == "MQL 2 · SQL 2 · Lead 1"


def test_a_refused_lead_edit_stays_open_with_the_reason(qtbot: QtBot, page: LeadsPage, ids: dict[str, int]) -> None:
    leads = page.leads
    assert leads.select(ids["Dan"])
    leads.edit_selected()
    qtbot.waitUntil(lambda: leads.dialog is not None, timeout=TIMEOUT)
    dialog = leads.dialog
    assert dialog is not None
    dialog.edits["company_size"].setText("-5")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=TIMEOUT)
    assert dialog.isVisible() and "between 0 and 10,000,000" in dialog.error_text()
    dialog.reject()


def test_disqualify_and_back_to_nurturing(qtbot: QtBot, page: LeadsPage, runner: DbRunner,
                                          ids: dict[str, int]) -> None:
    leads = page.leads
    assert leads.select(ids["Bob"])
    assert leads.disqualify_button.isEnabled() and not leads.nurture_button.isEnabled()  # Bob is nurturing
    leads.disqualify_button.click()
    qtbot.waitUntil(lambda: next(r for r in leads.model.rows() if r.name == "Bob").status == "disqualified",
                    timeout=TIMEOUT)
    settle(qtbot, runner)
    assert leads.select(ids["Bob"]) and leads.nurture_button.isEnabled()
    leads.nurture_button.click()
    qtbot.waitUntil(lambda: next(r for r in leads.model.rows() if r.name == "Bob").status == "nurturing",
                    timeout=TIMEOUT)
