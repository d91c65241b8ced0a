"""The Plans tab's tables: the plan list (day N of 90 drawn as a bar under its text, overdue tasks and a late
next review in red, the 70/20/10 mix of completed work), and the selected plan's tasks by week, reviews and
certification results. Overdue tasks are red; weeks alternate their background so the timeline reads in
weeks."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from salesmgr.models.onboarding.criteria import criterion_label
from salesmgr.models.onboarding.entities import CATEGORIES, PLAN_DAYS
from salesmgr.views.onboarding.loaders import CertificationRow, PlanRow, ReviewRow, TaskRow
from salesmgr.views.onboarding.texts import (
    NO_VALUE,
    category_label,
    day_with_weekday,
    done_by_label,
    mix_text,
    mix_tooltip,
    percent,
    role_label,
    status_label,
)
from salesmgr.views.widgets.row_table_model import ALIGN_CENTER, ALIGN_RIGHT, RowTableModel
from salesmgr.views.widgets.share_bar import SHARE_ROLE

RED = "#c62828"
WEEK_SHADE = "#f3f6fa"


def fit_columns(view: QTableView, stretched: int) -> None:
    """Fit every column but the stretched one to its contents and header (in the interface language)."""
    for column in range(view.model().columnCount()):
        if column != stretched:
            view.resizeColumnToContents(column)


def red() -> QBrush:
    return QBrush(QColor(RED))


class PlanTableModel(RowTableModel[PlanRow]):
    REP, TEAM, MENTOR, START, DAY, DONE, OVERDUE, MIX, NEXT = range(9)

    def column_titles(self) -> list[str]:
        return [self.tr("Rep"), self.tr("Team"), self.tr("Mentor"), self.tr("Start"), self.tr("Day"),
                self.tr("Done"), self.tr("Overdue"), self.tr("Mix 70/20/10"), self.tr("Next review")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column in (self.DAY, self.DONE, self.OVERDUE, self.MIX) else super().alignment(column)

    def display(self, row: PlanRow, column: int) -> str:
        s = row.summary
        if column == self.REP:
            return s.rep
        if column == self.TEAM:
            return s.team or NO_VALUE
        if column == self.MENTOR:
            return s.mentor or NO_VALUE
        if column == self.START:
            return s.start.isoformat()
        if column == self.DAY:
            return self.tr("day {n} of {total}").format(n=s.day, total=PLAN_DAYS)
        if column == self.DONE:
            return percent(s.done)
        if column == self.OVERDUE:
            return str(s.overdue)
        if column == self.MIX:
            return mix_text(s.mix)
        if s.status != "active":
            return status_label(s.status)
        return s.next_review.isoformat() if s.next_review else NO_VALUE

    def sort_value(self, row: PlanRow, column: int) -> Any:
        s = row.summary
        values = {self.START: s.start, self.DAY: s.day, self.DONE: s.done if s.done is not None else -1.0,
                  self.OVERDUE: s.overdue, self.MIX: s.mix["practice"] if s.mix else -1.0,
                  self.NEXT: s.next_review.isoformat() if s.next_review else "9999"}
        return values.get(column, self.display(row, column))

    def tooltip(self, row: PlanRow, column: int) -> str | None:
        s = row.summary
        if column == self.MIX:
            return mix_tooltip(s.mix)
        if column == self.DONE:
            return self.tr("{done} of {total} tasks done").format(done=s.done_tasks, total=s.tasks)
        if column == self.NEXT and row.review_late:
            return self.tr("The weekly review is late: it was due on {day}").format(day=s.next_review)
        if column == self.NEXT and s.next_review:
            return self.tr("A week after the last review (or the end of week 1 before any)")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index)
            if row.active and ((index.column() == self.OVERDUE and row.summary.overdue > 0)
                               or (index.column() == self.NEXT and row.review_late)):
                return red()
        if index.isValid() and role == SHARE_ROLE and index.column() == self.DAY:
            return self.row_at(index).summary.day / PLAN_DAYS
        return super().data(index, role)



class TaskTableModel(RowTableModel[TaskRow]):
    WEEK, DUE, TITLE, CATEGORY, OWNER, CRITERION, DONE = range(7)

    def column_titles(self) -> list[str]:
        return [self.tr("Week"), self.tr("Due"), self.tr("Task"), self.tr("Category"), self.tr("Owner"),
                self.tr("Criterion"), self.tr("Done on / by")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column == self.WEEK else super().alignment(column)

    def display(self, row: TaskRow, column: int) -> str:
        if column == self.WEEK:
            return str(row.week)
        if column == self.DUE:
            return day_with_weekday(row.due)
        if column == self.TITLE:
            return row.title
        if column == self.CATEGORY:
            return category_label(row.category)
        if column == self.OWNER:
            return role_label(row.owner_role)
        if column == self.CRITERION:
            return criterion_label(row.criterion) if row.criterion else ""
        if row.done_on is None:
            return self.tr("overdue") if row.overdue else ""
        by = done_by_label(row.done_by)
        return self.tr("{day}, {by}").format(day=row.done_on.isoformat(), by=by) if by else row.done_on.isoformat()

    def sort_value(self, row: TaskRow, column: int) -> Any:
        if column in (self.WEEK, self.DUE):
            return (row.due, row.id)
        if column == self.DONE:
            return row.done_on.isoformat() if row.done_on else ""
        if column == self.CATEGORY:
            return CATEGORIES.index(row.category)
        return self.display(row, column)

    def tooltip(self, row: TaskRow, column: int) -> str | None:
        if column == self.TITLE:
            parts = [row.description] if row.description else []
            if row.from_review:
                parts.append(self.tr("A next step agreed in a weekly review"))
            return "\n".join(parts) or None
        if column == self.DONE and row.done_note:
            return self.tr("Note: {note}").format(note=row.done_note)
        if column == self.CRITERION and row.criterion:
            return self.tr("Completes itself when the data shows it")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.row_at(index).overdue:
            return red()
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole and self.row_at(index).week % 2 == 0:
            return QBrush(QColor(WEEK_SHADE))
        return super().data(index, role)


class ReviewTableModel(RowTableModel[ReviewRow]):
    HELD, BY, WELL, IMPROVE, NEXT = range(5)

    def column_titles(self) -> list[str]:
        return [self.tr("Held on"), self.tr("By"), self.tr("Went well"), self.tr("To improve"),
                self.tr("Next steps")]

    def display(self, row: ReviewRow, column: int) -> str:
        if column == self.HELD:
            return row.held_on.isoformat()
        if column == self.BY:
            role = role_label(row.author_role)
            return self.tr("{name} ({role})").format(name=row.author, role=role) if row.author else role
        text = {self.WELL: row.went_well, self.IMPROVE: row.to_improve, self.NEXT: row.next_steps}[column]
        return " · ".join(line.strip() for line in text.splitlines() if line.strip())

    def sort_value(self, row: ReviewRow, column: int) -> Any:
        return (row.held_on, row.id) if column == self.HELD else self.display(row, column)

    def tooltip(self, row: ReviewRow, column: int) -> str | None:
        text = {self.WELL: row.went_well, self.IMPROVE: row.to_improve, self.NEXT: row.next_steps}.get(column)
        return text or None


class CertificationTableModel(RowTableModel[CertificationRow]):
    NAME, TAKEN, SCORE, PASSED, NOTE = range(5)

    def column_titles(self) -> list[str]:
        return [self.tr("Certification"), self.tr("Taken on"), self.tr("Score"), self.tr("Result"), self.tr("Note")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        if column == self.SCORE:
            return ALIGN_RIGHT
        return ALIGN_CENTER if column == self.PASSED else super().alignment(column)

    def display(self, row: CertificationRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.TAKEN:
            return row.taken_on.isoformat()
        if column == self.SCORE:
            return str(row.score)
        if column == self.PASSED:
            return self.tr("Passed") if row.passed else self.tr("Not passed")
        return row.note or ""

    def sort_value(self, row: CertificationRow, column: int) -> Any:
        if column == self.SCORE:
            return row.score
        return (row.taken_on, row.id) if column == self.TAKEN else self.display(row, column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == self.PASSED
                and not self.row_at(index).passed):
            return red()
        return super().data(index, role)
