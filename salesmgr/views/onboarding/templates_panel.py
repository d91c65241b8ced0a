"""The Templates tab of the Onboarding page: the plan templates (copy, rename, delete), the selected template's
planned 70/20/10 mix against the target (``MixChart``) and its tasks (add, edit, delete). A change to a
template changes no plan already made from it. All database work goes through the runner with ``loaders``."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget
from shiboken6 import isValid

from salesmgr.models.onboarding.templates import TaskSpec
from salesmgr.views.messages import user_message
from salesmgr.views.onboarding import loaders
from salesmgr.views.onboarding.charts import MixChart
from salesmgr.views.onboarding.loaders import TemplateRow, TemplateTaskRow
from salesmgr.views.onboarding.plan_tables import fit_columns
from salesmgr.views.onboarding.template_dialogs import NameDialog, TaskDialog
from salesmgr.views.onboarding.template_tables import TemplateTableModel, TemplateTaskTableModel
from salesmgr.views.widgets.edit_dialog import EditDialog, open_dialog, save_through
from salesmgr.views.widgets.labels import paragraph
from salesmgr.views.widgets.layout import action_button, stacked
from salesmgr.views.widgets.row_table_model import make_table_view, select_row, selected_row, sorting_proxy

TEMPLATE_WIDTHS = (0, 60, 60, 110, 60)
TASK_WIDTHS = (56, 0, 130, 110, 64, 230)


class TemplatesPanel(QWidget):
    loaded = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rows: list[TemplateRow] = []
        self.dialog: EditDialog[Any] | None = None
        self._request = 0
        self._sized = False
        self.templates = TemplateTableModel(self)
        self.tasks = TemplateTaskTableModel(self)
        self._build_ui()
        runner.changed.connect(self.reload)
        self.reload()

    def _build_ui(self) -> None:
        self.template_view = make_table_view(sorting_proxy(self.templates, self), TEMPLATE_WIDTHS)
        self.template_view.selectionModel().selectionChanged.connect(self._template_chosen)
        self.task_view = make_table_view(sorting_proxy(self.tasks, self), TASK_WIDTHS)
        fit_columns(self.template_view, TemplateTableModel.NAME)
        fit_columns(self.task_view, TemplateTaskTableModel.TITLE)
        self.task_view.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.task_view.doubleClicked.connect(lambda _index: self.edit_task())
        self.chart = MixChart()
        self.copy_button = action_button(self.tr("Copy…"), self.copy_template)
        self.rename_button = action_button(self.tr("Rename…"), self.rename_template)
        self.delete_button = action_button(self.tr("Delete…"), self.delete_template)
        self.add_task_button = action_button(self.tr("Add task…"), self.add_task)
        self.edit_task_button = action_button(self.tr("Edit task…"), self.edit_task)
        self.delete_task_button = action_button(self.tr("Delete task…"), self.delete_task)
        self.note_label = paragraph("", muted=True)
        self.status_label = paragraph("", muted=True)
        left = _buttons_over([self.copy_button, self.rename_button, self.delete_button], self.template_view,
                             self.note_label)
        top = QSplitter()
        top.addWidget(left)
        top.addWidget(self.chart)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setChildrenCollapsible(False)
        bottom = _buttons_over([self.add_task_button, self.edit_task_button, self.delete_task_button],
                               self.task_view)
        splitter = stacked(top, bottom, (2, 3))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        self._enable_buttons()


    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._request += 1
        request = self._request
        self.runner.run(loaders.load_templates, lambda rows: self._on_loaded(request, rows), self._on_error)

    def _on_loaded(self, request: int, rows: list[TemplateRow]) -> None:
        if not isValid(self) or request != self._request:
            return
        selected = self.selected_template()
        self.rows = rows
        self.templates.set_rows(rows)
        if rows and not self._sized:
            fit_columns(self.template_view, TemplateTableModel.NAME)
        if not (selected is not None and select_row(self.template_view, self.templates, selected.id)) and rows:
            select_row(self.template_view, self.templates, rows[0].id)
        self._template_chosen()
        self.status_label.setText(self.tr("A template's tasks are copied into each plan made from it: changing the "
                                          "template changes no plan already made."))
        self.loaded.emit()

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            self.status_label.setText(user_message(exc))

    # --- selection ----------------------------------------------------------------------------------------
    def selected_template(self) -> TemplateRow | None:
        return selected_row(self.template_view, self.templates)

    def select_template(self, template_id: int) -> bool:
        return select_row(self.template_view, self.templates, template_id)

    def selected_task(self) -> TemplateTaskRow | None:
        return selected_row(self.task_view, self.tasks)

    def _template_chosen(self) -> None:
        template = self.selected_template()
        if template is not None:
            template = next((row for row in self.rows if row.id == template.id), template)
        keep = self.selected_task()
        self.tasks.set_rows(template.tasks if template else [])
        if template is not None and template.tasks and not self._sized:
            fit_columns(self.task_view, TemplateTaskTableModel.TITLE)
            self._sized = True
        if keep is not None:
            select_row(self.task_view, self.tasks, keep.id)
        self.chart.show_mix(template.info.planned_mix if template else None, template.label if template else "")
        self.note_label.setText(template.note if template else "")
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        template, task = self.selected_template(), self.selected_task()
        for button in (self.copy_button, self.rename_button, self.delete_button, self.add_task_button):
            button.setEnabled(template is not None)
        self.edit_task_button.setEnabled(task is not None)
        self.delete_task_button.setEnabled(task is not None)

    # --- templates ----------------------------------------------------------------------------------------
    def copy_template(self) -> NameDialog | None:
        template = self.selected_template()
        if template is None:
            return None
        template_id = template.id
        name = self.tr("Copy of {name}").format(name=template.label)
        dialog = NameDialog(self.tr("Copy template"), name, parent=self, save=lambda given: save_through(self.runner,
            dialog, lambda session: loaders.copy_template(session, template_id, given[0])))
        return self._open(dialog)

    def rename_template(self) -> NameDialog | None:
        template = self.selected_template()
        if template is None:
            return None
        template_id = template.id
        dialog = NameDialog(self.tr("Rename template"), template.label, template.note, parent=self,
                            save=lambda given: save_through(self.runner, dialog, lambda session: (
                                loaders.rename_template(session, template_id, given[0], given[1]))))
        return self._open(dialog)

    def delete_template(self) -> None:
        template = self.selected_template()
        if template is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete template"), self.tr(
            "Delete the template “{name}” and its {n} tasks? The plans made from it keep their tasks.").format(
            name=template.label, n=template.info.tasks))
        if answer == QMessageBox.StandardButton.Yes:
            template_id = template.id
            self.runner.run(lambda session: loaders.delete_template(session, template_id), None, self._on_error,
                            edits=True)

    # --- tasks --------------------------------------------------------------------------------------------
    def add_task(self) -> TaskDialog | None:
        template = self.selected_template()
        if template is None:
            return None
        template_id = template.id
        dialog = TaskDialog(None, parent=self, save=lambda spec: save_through(self.runner,
            dialog, lambda session: loaders.add_task(session, template_id, spec)))
        return self._open(dialog)

    def edit_task(self) -> TaskDialog | None:
        task = self.selected_task()
        if task is None:
            return None
        task_id = task.id
        dialog = TaskDialog(task, parent=self, save=lambda spec: save_through(self.runner,
            dialog, lambda session: self._update(session, task_id, spec)))
        return self._open(dialog)

    @staticmethod
    def _update(session: Any, task_id: int, spec: TaskSpec) -> None:
        loaders.update_task(session, task_id, spec)

    def delete_task(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete task"), self.tr(
            "Delete the task “{title}” from the template? Plans already made keep it.").format(title=task.title))
        if answer == QMessageBox.StandardButton.Yes:
            task_id = task.id
            self.runner.run(lambda session: loaders.delete_task(session, task_id), None, self._on_error, edits=True)

    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        return open_dialog(dialog)



def _buttons_over(buttons: list[QPushButton], view: QWidget, under: QWidget | None = None) -> QWidget:
    """A row of buttons on the right over ``view`` (and ``under`` it, when given)."""
    section = QWidget()
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    bar = QHBoxLayout()
    bar.addStretch(1)
    for button in buttons:
        bar.addWidget(button)
    layout.addLayout(bar)
    layout.addWidget(view, 1)
    if under is not None:
        layout.addWidget(under)
    return section
