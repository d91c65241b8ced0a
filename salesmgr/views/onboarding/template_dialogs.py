"""The Templates tab's dialogs (``EditDialog``s: they never touch the database):

* ``TaskDialog``: a template task's title, description, category, due day (1-90), owner, hours and optional
  criterion, as a ``TaskSpec`` the domain checks (its messages show inline). A built-in task opens on its texts
  as shown; the panel's loader keeps them built in when they come back unchanged.
* ``NameDialog``: a template's name (and note, when renaming) for copying or renaming it.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from salesmgr.models.errors import UserError
from salesmgr.models.onboarding.criteria import CRITERIA, criterion_label
from salesmgr.models.onboarding.entities import CATEGORIES, OWNER_ROLES, PLAN_DAYS
from salesmgr.models.onboarding.templates import TaskSpec, parse_hours
from salesmgr.views.messages import user_message
from salesmgr.views.onboarding.loaders import TemplateTaskRow
from salesmgr.views.onboarding.texts import category_label, role_label
from salesmgr.views.widgets.edit_dialog import EditDialog

FIELD_WIDTH = 420


def hours_text(hours: Decimal) -> str:
    """``2``, ``1.5``: hours without trailing zeros."""
    text = f"{hours:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class TaskDialog(EditDialog[TaskSpec]):
    def __init__(self, task: TemplateTaskRow | None, save: Callable[[TaskSpec], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit template task") if task else self.tr("Add template task"))
        self.title_edit = QLineEdit(task.title if task else "")
        self.title_edit.setMinimumWidth(FIELD_WIDTH)
        self.title_edit.setCursorPosition(0)
        self.description_edit = QPlainTextEdit(task.description if task else "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.category_combo = QComboBox()
        for key in CATEGORIES:
            self.category_combo.addItem(category_label(key), key)
        self.day_spin = QSpinBox()
        self.day_spin.setRange(1, PLAN_DAYS)
        self.day_spin.setValue(task.due_day if task else 1)
        self.owner_combo = QComboBox()
        for key in OWNER_ROLES:
            self.owner_combo.addItem(role_label(key), key)
        self.hours_edit = QLineEdit(hours_text(task.hours) if task else "1")
        self.criterion_combo = QComboBox()
        self.criterion_combo.addItem(self.tr("None: ticked by hand"), None)
        for key in CRITERIA:
            self.criterion_combo.addItem(criterion_label(key), key)
        if task is not None:
            self.select_data(self.category_combo, task.category)
            self.select_data(self.owner_combo, task.owner_role)
            self.select_data(self.criterion_combo, task.criterion)
        self.form.addRow(self.tr("Title:"), self.title_edit)
        self.form.addRow(self.tr("Description:"), self.description_edit)
        self.form.addRow(self.tr("Category:"), self.category_combo)
        self.form.addRow(self.tr("Due on day (1-90):"), self.day_spin)
        self.form.addRow(self.tr("Owner:"), self.owner_combo)
        self.form.addRow(self.tr("Hours:"), self.hours_edit)
        self.form.addRow(self.tr("Completed by the data when:"), self.criterion_combo)

    def value(self) -> TaskSpec:
        return TaskSpec(self.title_edit.text(), self.category_combo.currentData(), self.day_spin.value(),
                        self.owner_combo.currentData(), self.description_edit.toPlainText(),
                        parse_hours(self.hours_edit.text()), self.criterion_combo.currentData())

    def accept(self) -> None:
        try:
            self.value().checked()
        except UserError as exc:
            self.failed(user_message(exc))
            return
        super().accept()


class NameDialog(EditDialog[tuple[str, str]]):
    """A template's name, and its note when ``note`` is given (renaming)."""

    def __init__(self, title: str, name: str, note: str | None = None,
                 save: Callable[[tuple[str, str]], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(title)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMinimumWidth(FIELD_WIDTH)
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.note_edit: QPlainTextEdit | None = None
        if note is not None:
            self.note_edit = QPlainTextEdit(note)
            self.note_edit.setTabChangesFocus(True)
            self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 14)
            self.form.addRow(self.tr("Note:"), self.note_edit)

    def value(self) -> tuple[str, str]:
        return self.name_edit.text(), self.note_edit.toPlainText() if self.note_edit is not None else ""
