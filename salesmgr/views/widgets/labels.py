"""Small helpers shared by the pages: headings, paragraphs, bold text and a page that scrolls."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


def emphasise(widget: QWidget, scale: float = 1.0) -> None:
    """Bold text, ``scale`` times the widget's font size."""
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


def heading(text: str, scale: float = 1.25) -> QLabel:
    label = QLabel(text)
    emphasise(label, scale)
    label.setWordWrap(True)
    return label


def paragraph(text: str, *, muted: bool = False, min_width: int = 0, max_width: int = 0) -> QLabel:
    """Wrapped, selectable text; ``muted`` greys it like a hint."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if min_width:  # kept at least this wide, the wrapped text stays short enough for the page
        label.setMinimumWidth(min_width)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if max_width:
        label.setMaximumWidth(max_width)
    if muted:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)
    return label


def scroll_page(page: QWidget, content: QWidget) -> None:
    """Make ``content`` the whole of ``page``, scrolling when the window is smaller than it (a small laptop
    screen scrolls the page rather than clipping it)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
