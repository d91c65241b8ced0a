"""``EditDialog``: the base of every add/edit form dialog.

The dialogs never touch the database. On OK they hand their value to a ``save`` callback and wait; the
caller runs the service on the DbRunner and reports back with ``saved()`` (the dialog closes) or
``failed(message)`` (it stays open and shows the service's message inline, in red).
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from salesmgr.models.money import D
from salesmgr.views.messages import user_message

V = TypeVar("V")


def typed_amount(text: str) -> Decimal | None:
    """An amount as a user types it ("12,345.60", "12 345.60"); None when the field is empty. An unreadable
    amount raises ``MoneyError``."""
    cleaned = text.strip().replace(",", "").replace(" ", "")
    return D(cleaned) if cleaned else None
ERROR_STYLE = "color: #c62828;"


class EditDialog(QDialog, Generic[V]):
    """A form (``self.form``), an inline error line, OK/Cancel; OK calls ``save(self.value())``."""

    def __init__(self, save: Callable[[V], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._saving = False
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def value(self) -> V:
        raise NotImplementedError

    def is_saving(self) -> bool:
        return self._saving

    def error_text(self) -> str:
        """The message shown inline, or "" when there is none."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def accept(self) -> None:
        if self._saving:
            return
        if self._save is None:
            super().accept()
            return
        self._set_saving(True)
        self.error_label.hide()
        self._save(self.value())

    def reject(self) -> None:
        if not self._saving:  # the edit is already on its way; wait for its answer
            super().reject()

    def saved(self) -> None:
        self._set_saving(False)
        super().accept()

    def failed(self, message: str) -> None:
        self._set_saving(False)
        first_word = message.split(" ", 1)[0]
        self.error_label.setText(message[:1].upper() + message[1:] if first_word.isalpha() else message)
        self.error_label.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)

    @staticmethod
    def select_data(combo: QComboBox, data: Any) -> None:
        """Select the item whose data is ``data`` (the first item when there is none)."""
        combo.setCurrentIndex(max(combo.findData(data), 0))


class SavingDialog(Protocol):
    """A dialog that closes when its edit is saved and shows why when it was refused (``EditDialog`` and the
    pages' own dialogs)."""

    def saved(self) -> None: ...

    def failed(self, message: str) -> None: ...


Dialog = TypeVar("Dialog", bound=QDialog)


def open_dialog(dialog: Dialog) -> Dialog:
    """Open ``dialog`` window-modal; it is deleted once it is closed."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def save_through(runner: Any, dialog: SavingDialog, op: Callable[[Any], object]) -> None:
    """Run the edit ``op`` on the runner: the dialog closes when it commits and shows the domain's message when
    it fails (nothing happens to a dialog that is gone by then)."""
    runner.run(op, lambda _result: dialog.saved() if isValid(dialog) else None,
               lambda exc: dialog.failed(user_message(exc)) if isValid(dialog) else None, edits=True)
