"""The Templates tab over the fixture of conftest.py: the default template's planned mix, editing a task
(a built-in title left as shown stays built in, in Chinese too) and the domain's messages."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from salesmgr.models.database import Database
from salesmgr.models.onboarding.entities import TemplateTask
from salesmgr.views.app import install_translator
from salesmgr.views.onboarding.page import OnboardingPage
from salesmgr.views.onboarding.template_dialogs import TaskDialog
from salesmgr.views.onboarding.templates_panel import TemplatesPanel
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.row_table_model import select_row
from tests.views.onboarding.conftest import TIMEOUT, settle

TITLE = "Company, products and pricing"  # the default template's day-1 task: 2 hours of formal training


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "zh_CN")
    yield
    install_translator(app, "en")


def stored(db: Database) -> TemplateTask:
    with db.session() as session:
        task = session.scalar(select(TemplateTask).where(TemplateTask.builtin_key == "company_products"))
        assert task is not None
        session.expunge(task)
        return task


def edit_first_task(qtbot: QtBot, runner: DbRunner, panel: TemplatesPanel, hours: str) -> TaskDialog:
    task = next(t for t in panel.tasks.rows() if t.due_day == 1)
    assert select_row(panel.task_view, panel.tasks, task.id)
    dialog = panel.edit_task()
    assert isinstance(dialog, TaskDialog)
    dialog.hours_edit.setText(hours)
    dialog.accept()
    settle(qtbot, runner)
    return dialog


def test_the_default_templates_planned_mix(page: OnboardingPage) -> None:
    panel = page.templates
    row = panel.selected_template()
    assert row is not None and row.label == "Default 90-day plan" and row.info.tasks == 27
    # hours by category in resources/onboarding/default_template.json: 73 practice, 21 feedback, 11 formal of 105
    assert panel.chart.planned == pytest.approx({"practice": 69.52, "feedback": 20.0, "formal": 10.48}, abs=0.01)
    assert panel.chart.target == {"practice": 70.0, "feedback": 20.0, "formal": 10.0}


def test_editing_a_task_keeps_its_builtin_title(qtbot: QtBot, runner: DbRunner, db: Database,
                                                page: OnboardingPage) -> None:
    panel = page.templates
    edit_first_task(qtbot, runner, panel, "3")
    task = stored(db)
    assert (task.title, task.hours) == (TITLE, Decimal(3))
    # one more formal hour: 12 of 106 = 11.32 %
    assert panel.chart.planned["formal"] == pytest.approx(11.32, abs=0.01)


def test_editing_a_task_in_chinese_keeps_the_english_title(qtbot: QtBot, runner: DbRunner, db: Database,
                                                           ids: dict[str, int], chinese: None) -> None:
    del ids
    page = OnboardingPage(runner)
    qtbot.addWidget(page)
    panel = page.templates
    qtbot.waitUntil(lambda: panel.tasks.rowCount() > 0 and not runner.is_busy(), timeout=TIMEOUT)
    first = next(t for t in panel.tasks.rows() if t.due_day == 1)
    assert first.title == "公司、产品与价格体系"  # shown in Chinese, stored in English
    dialog = edit_first_task(qtbot, runner, panel, "2.5")
    assert not isValid(dialog)
    task = stored(db)
    assert (task.title, task.hours, task.builtin_key) == (TITLE, Decimal("2.5"), "company_products")


def test_bad_hours_show_the_domains_message(qtbot: QtBot, runner: DbRunner, page: OnboardingPage) -> None:
    dialog = edit_first_task(qtbot, runner, page.templates, "two")
    assert dialog.error_text() == "Write the hours as a number, like 2 or 1.5, not two"
    dialog.close()


def test_a_new_task_joins_the_template(qtbot: QtBot, runner: DbRunner, page: OnboardingPage) -> None:
    panel = page.templates
    dialog = panel.add_task()
    assert isinstance(dialog, TaskDialog)
    dialog.title_edit.setText("Visit the warehouse")
    dialog.select_data(dialog.category_combo, "practice")
    dialog.day_spin.setValue(9)
    dialog.hours_edit.setText("4")
    dialog.accept()
    settle(qtbot, runner)
    titles = [(t.due_day, t.title, t.hours) for t in panel.tasks.rows()]
    assert (9, "Visit the warehouse", Decimal(4)) in titles and len(titles) == 28
    # 73 + 4 = 77 practice hours of 109
    assert panel.chart.planned["practice"] == pytest.approx(70.64, abs=0.01)
