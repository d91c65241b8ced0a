"""The Journey tab's dialogs: ``StageDialog`` edits a stage's name, department and hand-over requirement (saved
on OK) and lists its touchpoints with Add…, Edit… and Delete, each saved at once through the runner (the cards
reload on the runner's ``changed``); ``TouchpointDialog`` is the form of one touchpoint."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models.customers.entities import DEPARTMENTS
from salesmgr.models.customers.journey import Edit, StageView, TouchpointView, department_label
from salesmgr.views.customers import value_loaders as loaders
from salesmgr.views.customers.health_tables import fill, make_table
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner, while_alive
from salesmgr.views.widgets.edit_dialog import EditDialog, open_dialog

DASH = "–"


@dataclass(frozen=True)
class StageEdit:
    key: str
    edit: Edit


def _department_combo(selected: str) -> QComboBox:
    combo = QComboBox()
    for department in DEPARTMENTS:
        combo.addItem(department_label(department), department)
    EditDialog.select_data(combo, selected)
    return combo


class TouchpointDialog(EditDialog[Edit]):
    """A touchpoint's name, owning department and hand-over requirement (``point`` None: a new one)."""

    def __init__(self, point: TouchpointView | None, save: Callable[[Edit], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Add touchpoint") if point is None else self.tr("Edit touchpoint"))
        self.name_edit = QLineEdit(point.name if point else "")
        self.department_combo = _department_combo(point.department if point else DEPARTMENTS[0])
        self.requirement_edit = QPlainTextEdit(point.requirement if point else "")
        self.requirement_edit.setFixedHeight(80)
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Department"), self.department_combo)
        self.form.addRow(self.tr("Hand-over requirement"), self.requirement_edit)
        self.setMinimumWidth(420)

    def value(self) -> Edit:
        return Edit(self.name_edit.text(), self.department_combo.currentData(), self.requirement_edit.toPlainText())


class StageDialog(EditDialog[StageEdit]):
    def __init__(self, stage: StageView, save: Callable[[StageEdit], None] | None = None,
                 parent: QWidget | None = None, runner: DbRunner | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit journey stage"))
        self.key = stage.key
        self.runner = runner
        self.points: tuple[TouchpointView, ...] = ()
        self.name_edit = QLineEdit(stage.name)
        self.department_combo = _department_combo(stage.department)
        self.requirement_edit = QPlainTextEdit(stage.requirement)
        self.requirement_edit.setFixedHeight(80)
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Department"), self.department_combo)
        self.form.addRow(self.tr("Hand-over requirement"), self.requirement_edit)
        self.table = make_table([self.tr("Touchpoint"), self.tr("Department"), self.tr("Hand-over requirement")],
                                sortable=False)
        self.table.setMinimumHeight(160)
        self.table.doubleClicked.connect(lambda _index: self.edit_point())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(lambda: self.add_point())
        self.edit_button.clicked.connect(lambda: self.edit_point())
        self.delete_button.clicked.connect(self.delete_point)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        heading = self.tr("Touchpoints")
        self.form.addRow(QLabel(f"<b>{heading}</b>"))
        self.form.addRow(self.table)
        self.form.addRow(buttons)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(runner is not None)
        self.setMinimumWidth(560)
        self._show_points(stage)

    def value(self) -> StageEdit:
        return StageEdit(self.key, Edit(self.name_edit.text(), self.department_combo.currentData(),
                                        self.requirement_edit.toPlainText()))

    def selected_index(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_point(self) -> TouchpointDialog | None:
        return self._open_point(None)

    def edit_point(self) -> TouchpointDialog | None:
        index = self.selected_index()
        return None if index is None else self._open_point(index)

    def delete_point(self) -> None:
        index = self.selected_index()
        if index is None or self.runner is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete touchpoint"), self.tr(
            "Delete the touchpoint {name}?").format(name=self.points[index].name))
        if answer == QMessageBox.StandardButton.Yes:
            ref = self._ref(index)
            self.runner.run(lambda s: loaders.remove_touchpoint(s, ref), lambda _r: self.reload(),
                            self._delete_failed, edits=True)

    def reload(self) -> None:
        if self.runner is not None and isValid(self):
            key = self.key
            self.runner.run(lambda s: loaders.load_stage(s, key), while_alive(self, self._show_points))

    def _open_point(self, index: int | None) -> TouchpointDialog | None:
        if self.runner is None:
            return None
        ref = None if index is None else self._ref(index)
        point = None if index is None else self.points[index]
        dialog: TouchpointDialog = TouchpointDialog(point, lambda given: self._save_point(dialog, ref, given), self)
        return open_dialog(dialog)

    def _save_point(self, dialog: TouchpointDialog, ref: loaders.PointRef | None, given: Edit) -> None:
        assert self.runner is not None
        key = self.key

        def done(_result: object) -> None:
            if isValid(dialog):
                dialog.saved()
            self.reload()

        self.runner.run(lambda s: loaders.save_touchpoint(s, ref, key, given), done,
                        lambda exc: dialog.failed(user_message(exc)) if isValid(dialog) else None, edits=True)

    def _ref(self, index: int) -> loaders.PointRef:
        return loaders.PointRef(self.key, index, self.points[index].id)

    def _show_points(self, stage: StageView) -> None:
        if not isValid(self):
            return
        self.points = stage.touchpoints
        fill(self.table, [[(p.name, i), (department_label(p.department), p.department),
                           (p.requirement or DASH, p.requirement)] for i, p in enumerate(self.points)])
        for row, point in enumerate(self.points):
            for column in range(self.table.columnCount()):
                cell = self.table.item(row, column)
                if cell is not None:
                    cell.setToolTip(point.requirement)
        self.table.resizeColumnsToContents()

    def _delete_failed(self, exc: Exception) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Delete touchpoint"), user_message(exc))
