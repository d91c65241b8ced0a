"""Asked on saving the scoring model: who saves it (the name last given, else the system user) and why."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from salesmgr.views.widgets.edit_dialog import EditDialog


class SaveModelDialog(EditDialog[tuple[str, str]]):
    """``value()``: (who saves, the note)."""

    def __init__(self, author: str, save: Callable[[tuple[str, str]], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Save the scoring model"))
        self.author_edit = QLineEdit(author)
        self.author_edit.setMinimumWidth(300)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("why the rules changed (optional)"))
        self.form.addRow(self.tr("Saved by:"), self.author_edit)
        self.form.addRow(self.tr("Note:"), self.note_edit)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Save and rescore"))

    def value(self) -> tuple[str, str]:
        return self.author_edit.text().strip(), self.note_edit.text().strip()

    def accept(self) -> None:
        if not self.author_edit.text().strip():
            self.failed(self.tr("Say who saves the model."))
            return
        super().accept()
