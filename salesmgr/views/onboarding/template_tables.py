"""The Templates tab's tables: the templates (label, tasks, hours, plans made from them) and the selected
template's tasks (due day, title, category, owner, hours, criterion)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from salesmgr.models.onboarding.criteria import criterion_label
from salesmgr.models.onboarding.entities import CATEGORIES
from salesmgr.views.onboarding.loaders import TemplateRow, TemplateTaskRow
from salesmgr.views.onboarding.template_dialogs import hours_text
from salesmgr.views.onboarding.texts import category_label, mix_text, role_label
from salesmgr.views.widgets.row_table_model import ALIGN_RIGHT, RowTableModel


class TemplateTableModel(RowTableModel[TemplateRow]):
    NAME, TASKS, HOURS, MIX, PLANS = range(5)

    def column_titles(self) -> list[str]:
        return [self.tr("Template"), self.tr("Tasks"), self.tr("Hours"), self.tr("Mix 70/20/10"), self.tr("Plans")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return super().alignment(column) if column == self.NAME else ALIGN_RIGHT

    def display(self, row: TemplateRow, column: int) -> str:
        info = row.info
        values = {self.NAME: row.label, self.TASKS: str(info.tasks), self.HOURS: hours_text(info.hours),
                  self.MIX: mix_text(info.planned_mix), self.PLANS: str(info.plans)}
        return values[column]

    def sort_value(self, row: TemplateRow, column: int) -> Any:
        info = row.info
        values = {self.TASKS: info.tasks, self.HOURS: float(info.hours), self.PLANS: info.plans,
                  self.MIX: info.planned_mix["practice"] if info.planned_mix else -1.0}
        return values.get(column, self.display(row, column))

    def tooltip(self, row: TemplateRow, column: int) -> str | None:
        if column == self.NAME and row.note:
            return row.note
        if column == self.MIX:
            return self.tr("Planned hours by category: practice / feedback / formal training, in %")
        return None


class TemplateTaskTableModel(RowTableModel[TemplateTaskRow]):
    DAY, TITLE, CATEGORY, OWNER, HOURS, CRITERION = range(6)

    def column_titles(self) -> list[str]:
        return [self.tr("Day"), self.tr("Task"), self.tr("Category"), self.tr("Owner"), self.tr("Hours"),
                self.tr("Criterion")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column in (self.DAY, self.HOURS) else super().alignment(column)

    def display(self, row: TemplateTaskRow, column: int) -> str:
        values = {self.DAY: str(row.due_day), self.TITLE: row.title, self.CATEGORY: category_label(row.category),
                  self.OWNER: role_label(row.owner_role), self.HOURS: hours_text(row.hours),
                  self.CRITERION: criterion_label(row.criterion) if row.criterion else ""}
        return values[column]

    def sort_value(self, row: TemplateTaskRow, column: int) -> Any:
        values = {self.DAY: (row.due_day, row.id), self.HOURS: float(row.hours),
                  self.CATEGORY: CATEGORIES.index(row.category)}
        return values.get(column, self.display(row, column))

    def tooltip(self, row: TemplateTaskRow, column: int) -> str | None:
        return (row.description or None) if column == self.TITLE else None
