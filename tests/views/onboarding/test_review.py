"""Writing a weekly review from its prepared agenda (fixture of conftest.py): the agenda shows an overdue task and
an activity logged late, the next steps become tasks due a week later and the plan's next review moves."""
from __future__ import annotations

import json
from datetime import date, datetime

from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from salesmgr.models import Activity
from salesmgr.models.database import Database
from salesmgr.models.onboarding.entities import PlanReview
from salesmgr.views.onboarding.page import OnboardingPage
from salesmgr.views.onboarding.plan_tables import PlanTableModel
from salesmgr.views.onboarding.review_dialog import ReviewDialog
from salesmgr.views.runner import DbRunner
from tests.views.onboarding.conftest import TIMEOUT, settle


def test_a_review_written_from_its_agenda_adds_its_next_steps(qtbot: QtBot, runner: DbRunner, db: Database,
                                                              page: OnboardingPage, ids: dict[str, int]) -> None:
    with db.session() as session:  # a call on Thursday 11-12 at 10:00, logged Saturday 11-14 at 12:00: 50 h late
        session.add(Activity(rep_id=ids["Ned"], kind="call", subject="Call with Acme",
                             occurred_at=datetime(2026, 11, 12, 10), logged_at=datetime(2026, 11, 14, 12)))
    panel = page.plans
    panel.reload()
    settle(qtbot, runner)
    assert panel.select_plan(ids["ned_plan"])
    qtbot.waitUntil(lambda: panel.detail.detail is not None and panel.detail.detail.plan_id == ids["ned_plan"],
                    timeout=TIMEOUT)
    row = next(r for r in panel.model.rows() if r.summary.rep == "Ned")
    # no review yet: the next review is the end of week 1 (10-01 + 6), long past, so it shows in red
    assert panel.model.display(row, PlanTableModel.NEXT) == "2026-10-07" and row.review_late
    dialog = panel.write_review()
    assert isinstance(dialog, ReviewDialog)
    qtbot.waitUntil(lambda: dialog.agenda is not None, timeout=TIMEOUT)
    shown = dialog.agenda_view.toPlainText()
    assert "Overdue tasks" in shown and "Activities logged more than 24 h late" in shown
    assert "Company, products and pricing, due Thu 2026-10-01" in shown  # day 1, not done
    assert "Thu 2026-11-12 Call with Acme (call): logged 50 h after it happened" in shown
    assert "first customer activity logged: Thu 2026-11-12" in shown  # a first since the plan started
    assert dialog.author_edit.text() == "Mia"  # the manager of Ned writes it unless the mentor is chosen
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("mentor"))
    assert dialog.author_edit.text() == "Max"
    dialog.well_edit.setPlainText("Logged every call")
    dialog.steps_edit.setPlainText("- Call Acme back\n- Send the proposal")
    dialog.accept()
    settle(qtbot, runner)
    assert not isValid(dialog)
    # held today (11-16): the two next steps are Ned's tasks due 11-23, and the next review moves to 11-23
    row = next(r for r in panel.model.rows() if r.summary.rep == "Ned")
    assert panel.model.display(row, PlanTableModel.NEXT) == "2026-11-23" and not row.review_late
    detail = panel.detail.detail
    assert detail is not None
    steps = [t for t in detail.tasks if t.from_review]
    assert [(t.title, t.due, t.owner_role) for t in steps] == [("Call Acme back", date(2026, 11, 23), "new_hire"),
                                                              ("Send the proposal", date(2026, 11, 23), "new_hire")]
    assert [(r.held_on, r.author_role, r.author, r.went_well) for r in detail.reviews] == [
        (date(2026, 11, 16), "mentor", "Max", "Logged every call")]
    with db.session() as session:  # the agenda is saved as it was shown
        review = session.scalar(select(PlanReview))
        assert review is not None and review.agenda is not None
        sections = {item["section"] for item in json.loads(review.agenda)["items"]}
        assert {"overdue", "late", "firsts"} <= sections


def test_a_review_without_notes_shows_the_domains_message(qtbot: QtBot, runner: DbRunner, page: OnboardingPage,
                                                          ids: dict[str, int]) -> None:
    panel = page.plans
    assert panel.select_plan(ids["ned_plan"])
    qtbot.waitUntil(lambda: panel.detail.detail is not None and panel.detail.detail.plan_id == ids["ned_plan"],
                    timeout=TIMEOUT)
    dialog = panel.write_review()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.agenda is not None, timeout=TIMEOUT)
    dialog.accept()
    settle(qtbot, runner)
    assert dialog.error_text() == "Write at least one of what went well, what to improve and the next steps"
    dialog.close()
