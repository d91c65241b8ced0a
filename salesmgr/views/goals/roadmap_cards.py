"""The Roadmap panel's clickable pieces: a phase heading and a milestone card are labels that say when they are
double-clicked (to edit) and where their right-click menu is asked for."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget


class ClickableLabel(QLabel):
    """Wrapped rich text; ``double_clicked`` on a double click, ``menu_requested(global position)`` on a right
    click (or the menu key). ``card`` draws a frame around it."""

    double_clicked = Signal()
    menu_requested = Signal(QPoint)

    def __init__(self, text: str, parent: QWidget | None = None, *, card: bool = False) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        if card:
            self.setFrameShape(QFrame.Shape.StyledPanel)
            self.setMargin(4)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu_requested.emit(event.globalPos())
        event.accept()
