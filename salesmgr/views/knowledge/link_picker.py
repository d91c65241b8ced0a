"""``LinkPicker``: find an account, opportunity or competitor by part of its name and pick it.

The names are looked up through the runner (``loaders.find_targets``) a moment after typing stops;
``picked(target, id, name)`` is emitted by the Add button.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from salesmgr.views.knowledge import loaders
from salesmgr.views.runner import while_alive

DELAY_MS = 250


class LinkPicker(QWidget):
    picked = Signal(str, int, str)

    def __init__(self, runner: Any, targets: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._request = 0
        self.target_combo = QComboBox()
        labels = {"account": self.tr("Account"), "opportunity": self.tr("Opportunity"),
                  "competitor": self.tr("Competitor")}
        for target in targets:
            self.target_combo.addItem(labels[target], target)
        self.target_combo.setVisible(len(targets) > 1)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Part of the name"))
        self.result_combo = QComboBox()
        self.result_combo.setMinimumContentsLength(18)
        self.add_button = QPushButton(self.tr("Add link"))
        self.add_button.setEnabled(False)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.search_edit.textChanged.connect(self._typed)
        self.target_combo.currentIndexChanged.connect(lambda _index: self.look_up())
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.target_combo, 0), (self.search_edit, 1), (self.result_combo, 1),
                                (self.add_button, 0)):
            row.addWidget(widget, stretch)

    def _typed(self) -> None:
        """The shown names no longer fit the text: nothing can be added until the new ones arrive."""
        self._request += 1
        self.add_button.setEnabled(False)
        self._timer.start()

    def target(self) -> str:
        return str(self.target_combo.currentData())

    def look_up(self) -> None:
        """Ask for the names containing the typed text (the latest answer wins)."""
        self._request += 1
        request, target = self._request, self.target()

        def done(found: list[tuple[int, str]]) -> None:
            self._show(request, found)
        self.runner.run(loaders.find_targets(target, self.search_edit.text()), while_alive(self, done))

    def _show(self, request: int, found: list[tuple[int, str]]) -> None:
        if request != self._request:
            return
        self.result_combo.clear()
        for target_id, name in found:
            self.result_combo.addItem(name, target_id)
        self.add_button.setEnabled(bool(found))

    def _add(self) -> None:
        data = self.result_combo.currentData()
        if data is not None:
            self.picked.emit(self.target(), int(data), self.result_combo.currentText())
