"""The hand-off checklist template's editor: the items new hand-offs start with, their department and how many
days after the win each is due. Changes apply to hand-offs made afterwards (``handoff_template``)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models.customers.entities import DEPARTMENTS
from salesmgr.models.customers.handoff_template import MAX_DUE_DAYS, TemplateItemRow, department_label
from salesmgr.views.customers import handoffs_loaders as loaders
from salesmgr.views.customers.health_tables import fill, make_table
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.labels import paragraph


class TemplateDialog(QDialog):
    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.items: list[TemplateItemRow] = []
        self.setWindowTitle(self.tr("Hand-off checklist template"))
        self.table = make_table([self.tr("Item"), self.tr("Department"), self.tr("Due after the win"),
                                 self.tr("In use")], sortable=False)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.label_edit = QLineEdit()
        self.department_combo = QComboBox()
        for department in DEPARTMENTS:
            self.department_combo.addItem(department_label(department), department)
        self.days_box = QSpinBox()
        self.days_box.setRange(0, MAX_DUE_DAYS)
        self.days_box.setSuffix(self.tr(" days"))
        self.active_box = QCheckBox(self.tr("New hand-offs get this item"))
        self.active_box.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Item:"), self.label_edit)
        form.addRow(self.tr("Department:"), self.department_combo)
        form.addRow(self.tr("Due:"), self.days_box)
        form.addRow("", self.active_box)
        buttons = QHBoxLayout()
        self.add_button, self.save_button = QPushButton(self.tr("Add as new")), QPushButton(self.tr("Save item"))
        self.up_button, self.down_button = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        self.delete_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self._save(None))
        self.save_button.clicked.connect(lambda: self._save(self._selected()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.delete_button.clicked.connect(self._delete)
        for button in (self.add_button, self.save_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("Every deal won gets a hand-off with these items. Changes apply to the "
                                           "hand-offs made from now on."), muted=True))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(760, 520)
        self.reload()

    def reload(self) -> None:
        self.runner.run(loaders.load_template, self._loaded, self._on_error)

    def _loaded(self, items: list[TemplateItemRow]) -> None:
        if not isValid(self):
            return
        self.items = items
        yes, no = self.tr("yes"), self.tr("no")
        fill(self.table, [[(i.label, i.position), (department_label(i.department), i.department),
                           (self.tr("{days} days").format(days=i.due_days), i.due_days),
                           (yes if i.active else no, i.active)] for i in items], ids=[i.id for i in items])

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _chosen(self) -> None:
        chosen = next((i for i in self.items if i.id == self._selected()), None)
        if chosen is None:
            return
        self.label_edit.setText(chosen.label)
        self.department_combo.setCurrentIndex(self.department_combo.findData(chosen.department))
        self.days_box.setValue(chosen.due_days)
        self.active_box.setChecked(chosen.active)

    def _edit(self, op: Any) -> None:
        self.runner.run(op, lambda _result: self.reload() if isValid(self) else None, self._on_error, edits=True)

    def _save(self, item_id: int | None) -> None:
        label, department = self.label_edit.text(), self.department_combo.currentData()
        days, active = self.days_box.value(), self.active_box.isChecked()
        self._edit(lambda session: loaders.save_template_item(session, item_id, label, department, days, active))

    def _move(self, step: int) -> None:
        item_id = self._selected()
        if item_id is not None:
            self._edit(lambda session: loaders.move_template_item(session, item_id, step))

    def _delete(self) -> None:
        item_id = self._selected()
        if item_id is not None:
            self._edit(lambda session: loaders.delete_template_item(session, item_id))

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Hand-off checklist template"), user_message(exc))
