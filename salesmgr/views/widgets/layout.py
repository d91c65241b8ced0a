"""Small layout pieces that several pages build the same way."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget


def action_button(text: str, slot: Callable[[], object]) -> QPushButton:
    """A push button that calls ``slot`` with no arguments when clicked."""
    button = QPushButton(text)
    button.clicked.connect(lambda: slot())
    return button


def stacked(top: QWidget, bottom: QWidget, stretch: tuple[int, int] = (3, 2)) -> QSplitter:
    """``top`` over ``bottom`` in a vertical splitter that shares the height ``stretch`` and never collapses
    either of them."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(top)
    splitter.addWidget(bottom)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setChildrenCollapsible(False)
    return splitter
