"""The Plans tab over the fixture of conftest.py: assigning a plan, ticking tasks, criteria the data completes,
the mentor filter and finishing a plan."""
from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from salesmgr.models import Opportunity
from salesmgr.models.database import Database
from salesmgr.models.onboarding.entities import OnboardingPlan, PlanTask
from salesmgr.views.onboarding.loaders import PlanRow, TaskRow
from salesmgr.views.onboarding.page import OnboardingPage
from salesmgr.views.onboarding.plan_dialogs import AssignDialog, CloseDialog, TickDialog
from salesmgr.views.onboarding.plan_tables import PlanTableModel, TaskTableModel
from salesmgr.views.onboarding.plans_panel import PlansPanel
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.dates import from_qdate, to_qdate
from salesmgr.views.widgets.row_table_model import select_row
from tests.helpers.bonus_data import _stage
from tests.views.onboarding.conftest import TIMEOUT, settle


def plan_row(panel: PlansPanel, rep: str) -> PlanRow:
    return next(row for row in panel.model.rows() if row.summary.rep == rep)


def cell(panel: PlansPanel, rep: str, column: int) -> str:
    return panel.model.display(plan_row(panel, rep), column)


def task_named(panel: PlansPanel, title: str) -> TaskRow:
    return next(task for task in panel.detail.tasks.rows() if task.title == title)


def show_plan(qtbot: QtBot, runner: DbRunner, panel: PlansPanel, plan_id: int) -> None:
    assert panel.select_plan(plan_id)
    qtbot.waitUntil(lambda: panel.detail.detail is not None and panel.detail.detail.plan_id == plan_id,
                    timeout=TIMEOUT)
    settle(qtbot, runner)


def tick(qtbot: QtBot, runner: DbRunner, panel: PlansPanel, title: str, on: date, note: str) -> None:
    assert select_row(panel.detail.task_view, panel.detail.tasks, task_named(panel, title).id)
    dialog = panel.tick_task()
    assert isinstance(dialog, TickDialog)
    dialog.date_edit.setDate(to_qdate(on))
    dialog.note_edit.setText(note)
    dialog.accept()
    settle(qtbot, runner)
    assert not isValid(dialog)  # saved: closed and deleted


def test_assigning_a_plan_through_the_dialog_lists_it(qtbot: QtBot, runner: DbRunner, page: OnboardingPage,
                                                      ids: dict[str, int]) -> None:
    panel = page.plans
    assert sorted(row.summary.rep for row in panel.model.rows()) == ["Kai", "Ned"]
    panel.assign_plan()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, AssignDialog), timeout=TIMEOUT)
    dialog = panel.dialog
    assert isinstance(dialog, AssignDialog)
    # Oda is the most recently hired rep without a plan; her hire date and her mentor (Max) are the defaults
    assert dialog.rep_combo.currentData() == ids["Oda"]
    assert from_qdate(dialog.start_edit.date()) == date(2026, 11, 2)
    assert dialog.mentor_combo.currentData() == ids["Max"]
    dialog.accept()
    settle(qtbot, runner)
    assert not isValid(dialog)  # saved: closed and deleted
    # day (2026-11-16 - 2026-11-02) + 1 = 15; nothing done (Oda has no data yet); mentor Max
    assert cell(panel, "Oda", PlanTableModel.DAY) == "day 15 of 90"
    assert cell(panel, "Oda", PlanTableModel.DONE) == "0 %"
    assert cell(panel, "Oda", PlanTableModel.MENTOR) == "Max"
    assert cell(panel, "Oda", PlanTableModel.MIX) == "—"


def test_assigning_a_second_plan_shows_the_domains_refusal(qtbot: QtBot, runner: DbRunner, page: OnboardingPage,
                                                           ids: dict[str, int]) -> None:
    panel = page.plans
    panel.assign_plan()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, AssignDialog), timeout=TIMEOUT)
    dialog = panel.dialog
    assert isinstance(dialog, AssignDialog)
    dialog.select_data(dialog.rep_combo, ids["Ned"])
    dialog.accept()
    settle(qtbot, runner)
    assert dialog.error_text() == ("Ned already has an onboarding plan that started on 2026-10-01; finish or cancel "
                                   "it first")
    dialog.close()


def test_ticking_tasks_updates_done_and_the_mix(qtbot: QtBot, runner: DbRunner, page: OnboardingPage,
                                                ids: dict[str, int]) -> None:
    panel = page.plans
    show_plan(qtbot, runner, panel, ids["ned_plan"])
    assert cell(panel, "Ned", PlanTableModel.DAY) == "day 47 of 90"  # (11-16 - 10-01) + 1
    assert cell(panel, "Ned", PlanTableModel.DONE) == "0 %"
    tick(qtbot, runner, panel, "Company, products and pricing", date(2026, 10, 2), "read the price list")
    # 1 of the default template's 27 tasks: 3.7 %; its 2 hours are formal training: mix 0 / 0 / 100
    assert cell(panel, "Ned", PlanTableModel.DONE) == "4 %"
    assert cell(panel, "Ned", PlanTableModel.MIX) == "0 / 0 / 100"
    done = task_named(panel, "Company, products and pricing")
    assert done.done_on == date(2026, 10, 2) and done.done_note == "read the price list"
    assert panel.detail.tasks.display(done, TaskTableModel.DONE) == "2026-10-02, Ned"  # a new hire's task
    tick(qtbot, runner, panel, "Build your target account list", date(2026, 10, 20), "")
    # 2 of 27 = 7.4 %; hours done: 6 practice + 2 formal = 8, so 75 / 0 / 25
    assert cell(panel, "Ned", PlanTableModel.DONE) == "7 %"
    assert cell(panel, "Ned", PlanTableModel.MIX) == "75 / 0 / 25"


def test_the_due_column_names_the_weekday_and_overdue_tasks_are_red(qtbot: QtBot, runner: DbRunner,
                                                                    page: OnboardingPage, ids: dict[str, int]) -> None:
    panel = page.plans
    show_plan(qtbot, runner, panel, ids["ned_plan"])
    first = task_named(panel, "Company, products and pricing")
    # day 1 is the start, Thursday 2026-10-01; day 3 (Industry...) is Saturday 2026-10-03 and stays there
    assert panel.detail.tasks.display(first, TaskTableModel.DUE) == "Thu 2026-10-01"
    weekend = task_named(panel, "Industry and customer segments")
    assert panel.detail.tasks.display(weekend, TaskTableModel.DUE) == "Sat 2026-10-03"
    assert first.overdue and panel.detail.tasks.display(first, TaskTableModel.DONE) == "overdue"
    # due before 11-16 = template days 1-46: days 1, 3, 5, 8, 10, 12, 14, 15, 21, 21, 28, 30, 35, 38, 42, 45
    assert cell(panel, "Ned", PlanTableModel.OVERDUE) == "16"


def test_a_criterion_task_completes_itself_from_the_data(qtbot: QtBot, runner: DbRunner, db: Database,
                                                         page: OnboardingPage, ids: dict[str, int]) -> None:
    panel = page.plans
    with db.session() as session:  # Ned's first opportunity, created 2026-11-10
        session.add(Opportunity(name="Acme pilot", owner_id=ids["Ned"], stage_id=_stage(session, "open"),
                                currency="CNY", created_date=date(2026, 11, 10)))
    panel.reload()
    settle(qtbot, runner)
    show_plan(qtbot, runner, panel, ids["ned_plan"])
    task = task_named(panel, "Create your first opportunity")
    assert task.done_on == date(2026, 11, 10)
    assert panel.detail.tasks.display(task, TaskTableModel.DONE) == "2026-11-10, by data"
    assert cell(panel, "Ned", PlanTableModel.DONE) == "4 %"  # 1 of 27
    assert select_row(panel.detail.task_view, panel.detail.tasks, task.id)
    panel.untick_task()
    settle(qtbot, runner)
    assert panel.message_box.text() == ("this task completed itself from the data; it stays done while the data "
                                        "shows it")
    panel.message_box.close()
    with db.session() as session:
        stored = session.get(PlanTask, task.id)
        assert stored is not None and stored.done_on == date(2026, 11, 10)


def test_the_mentor_filter_shows_a_mentors_plans(qtbot: QtBot, runner: DbRunner, page: OnboardingPage,
                                                 ids: dict[str, int]) -> None:
    panel = page.plans
    combo = panel.mentor_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All", "Max", "Mia"]
    combo.setCurrentIndex(combo.findData(ids["Max"]))
    settle(qtbot, runner)
    assert [row.summary.rep for row in panel.model.rows()] == ["Ned"]
    combo.setCurrentIndex(combo.findData(ids["Mia"]))
    settle(qtbot, runner)
    assert [row.summary.rep for row in panel.model.rows()] == ["Kai"]
    combo.setCurrentIndex(0)
    settle(qtbot, runner)
    assert len(panel.model.rows()) == 2


def test_finishing_a_plan_hides_it_until_finished_plans_are_shown(qtbot: QtBot, runner: DbRunner, db: Database,
                                                                  page: OnboardingPage, ids: dict[str, int]) -> None:
    panel = page.plans
    show_plan(qtbot, runner, panel, ids["kai_plan"])
    dialog = panel.close_plan("finished")
    assert isinstance(dialog, CloseDialog)
    dialog.accept()
    settle(qtbot, runner)
    assert [row.summary.rep for row in panel.model.rows()] == ["Ned"]
    panel.finished_check.setChecked(True)
    settle(qtbot, runner)
    assert cell(panel, "Kai", PlanTableModel.NEXT) == "Finished"
    with db.session() as session:
        plan = session.scalar(select(OnboardingPlan).where(OnboardingPlan.id == ids["kai_plan"]))
        assert plan is not None and plan.status == "finished" and plan.finished_on == date(2026, 11, 16)
