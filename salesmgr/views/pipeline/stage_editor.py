"""``StageEditorDialog``: rename, reorder, add and remove the pipeline's stages and edit their criteria."""
from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models.pipeline.stages import StageInput, StageRow, criteria_lines, list_stages, save_stages
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.edit_dialog import ERROR_STYLE
from salesmgr.views.widgets.labels import paragraph


class StageEditorDialog(QDialog):
    """Loads the stages on the runner, edits a copy, and saves the whole list in one transaction."""

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._rows: list[StageInput] = []
        self._deals: dict[int, int] = {}
        self._loading = False
        self._saving = False
        self.setWindowTitle(self.tr("Pipeline stages"))

        self.stage_list = QListWidget()
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button = QPushButton(self.tr("Add stage"))
        self.remove_button = QPushButton(self.tr("Remove stage"))
        list_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.add_button, self.remove_button):
            list_buttons.addWidget(button)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Open"), "open")
        self.kind_combo.addItem(self.tr("Won"), "won")
        self.kind_combo.addItem(self.tr("Lost"), "lost")
        self.probability_spin = QSpinBox()
        self.probability_spin.setRange(0, 100)
        self.probability_spin.setSuffix(self.tr(" %"))
        self.entry_edit = QPlainTextEdit()
        self.exit_edit = QPlainTextEdit()
        for edit in (self.entry_edit, self.exit_edit):
            edit.setPlaceholderText(self.tr("One checklist item per line"))
            edit.setTabChangesFocus(True)
        self.deals_label = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.form.addRow(self.tr("Kind:"), self.kind_combo)
        self.form.addRow(self.tr("Default probability:"), self.probability_spin)
        self.form.addRow(self.tr("Entry criteria:"), self.entry_edit)
        self.form.addRow(self.tr("Exit criteria:"), self.exit_edit)
        self.form.addRow(self.deals_label)
        self.form.addRow(paragraph(self.tr("Write one checklist item per line; empty lines are dropped. "
                                           "Open stages come first, then the won and lost stages."), muted=True))

        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.stage_list)
        left.addLayout(list_buttons)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(self.form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.stage_list.currentRowChanged.connect(self._show_row)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.add_button.clicked.connect(self.add_stage)
        self.remove_button.clicked.connect(self.remove_current)
        self.name_edit.textEdited.connect(self._store)
        self.kind_combo.currentIndexChanged.connect(self._store)
        self.probability_spin.valueChanged.connect(self._store)
        self.entry_edit.textChanged.connect(self._store)
        self.exit_edit.textChanged.connect(self._store)
        self.stage_list.setEnabled(False)
        self._set_enabled(False)
        self.up_button.setEnabled(False)
        self.down_button.setEnabled(False)
        self.runner.run(list_stages, self._loaded, self._failed)

    # --- state -------------------------------------------------------------------------------------------------
    def rows(self) -> list[StageInput]:
        """The stages as edited so far, in order (a copy)."""
        return copy.deepcopy(self._rows)

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def is_loaded(self) -> bool:
        return self.stage_list.isEnabled()

    def is_saving(self) -> bool:
        return self._saving

    # --- list editing ------------------------------------------------------------------------------------------
    def move_current(self, step: int) -> None:
        row = self.stage_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._rows):
            return
        self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
        self._refill(target)

    def add_stage(self) -> None:
        row = self.stage_list.currentRow()
        insert_at = row + 1 if row >= 0 else len(self._rows)
        self._rows.insert(insert_at, StageInput(None, self.tr("New stage")))
        self._refill(insert_at)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def remove_current(self) -> None:
        row = self.stage_list.currentRow()
        if row < 0:
            return
        del self._rows[row]
        self._refill(min(row, len(self._rows) - 1))

    # --- saving ------------------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._saving or not self.is_loaded():
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self.error_label.hide()
        rows = self.rows()
        self.runner.run(lambda session: save_stages(session, rows), self._saved, self._failed, edits=True)

    def reject(self) -> None:
        if not self._saving:
            super().reject()

    def _saved(self, _result: object) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        message = user_message(exc)
        first_word = message.split(" ", 1)[0]
        self.error_label.setText(message[:1].upper() + message[1:] if first_word.isalpha() else message)
        self.error_label.show()

    # --- internals ---------------------------------------------------------------------------------------------
    def _loaded(self, stages: list[StageRow]) -> None:
        self._rows = [StageInput(s.id, s.name, s.kind, s.default_probability, list(s.entry_criteria),
                                 list(s.exit_criteria)) for s in stages]
        self._deals = {s.id: s.deals for s in stages}
        self.stage_list.setEnabled(True)
        self._refill(0 if self._rows else -1)

    def _refill(self, current: int) -> None:
        self._loading = True
        self.stage_list.clear()
        self.stage_list.addItems([row.name for row in self._rows])
        self._loading = False
        self.stage_list.setCurrentRow(current)
        self._show_row(current)

    def _show_row(self, index: int) -> None:
        if self._loading:
            return
        has_row = 0 <= index < len(self._rows)
        self._set_enabled(has_row)
        self.up_button.setEnabled(has_row and index > 0)
        self.down_button.setEnabled(has_row and index < len(self._rows) - 1)
        self._loading = True
        try:
            row = self._rows[index] if has_row else StageInput(None, "")
            self.name_edit.setText(row.name)
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(row.kind), 0))
            self.probability_spin.setValue(row.default_probability)
            self.entry_edit.setPlainText("\n".join(row.entry_criteria))
            self.exit_edit.setPlainText("\n".join(row.exit_criteria))
            deals = self._deals.get(row.id, 0) if row.id is not None else 0
            self.deals_label.setText(self.tr("Deals in this stage: %n", "", deals))
        finally:
            self._loading = False

    def _store(self, *_args: object) -> None:
        index = self.stage_list.currentRow()
        if self._loading or not 0 <= index < len(self._rows):
            return
        row = self._rows[index]
        row.name = self.name_edit.text()
        row.kind = self.kind_combo.currentData()
        row.default_probability = self.probability_spin.value()
        row.entry_criteria = criteria_lines(self.entry_edit.toPlainText())
        row.exit_criteria = criteria_lines(self.exit_edit.toPlainText())
        item = self.stage_list.item(index)
        if item is not None and item.text() != row.name:
            item.setText(row.name)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.name_edit, self.kind_combo, self.probability_spin, self.entry_edit, self.exit_edit,
                       self.remove_button):
            widget.setEnabled(enabled)
        self.add_button.setEnabled(self.stage_list.isEnabled())
