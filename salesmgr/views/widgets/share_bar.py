"""A table cell with a bar under its text as long as a share of the cell (a goal's progress, a plan's day)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

SHARE_ROLE = Qt.ItemDataRole.UserRole + 2  # the share the bar draws: a float or Decimal, 0 to 1
BAR_COLOUR = "#9cc3e6"


class ShareBarDelegate(QStyledItemDelegate):
    """Draws the cell's ``SHARE_ROLE`` (clamped to 0-1) as a bar, then the cell as usual over it; a cell without
    a share is drawn as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(SHARE_ROLE)
        if isinstance(value, float | Decimal) and not isinstance(value, bool):
            share = min(max(float(value), 0.0), 1.0)
            rect: QRect = option.rect.adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
            painter.save()
            painter.fillRect(QRect(rect.left(), rect.top(), int(rect.width() * share), rect.height()),
                             QColor(BAR_COLOUR))
            painter.restore()
        super().paint(painter, option, index)
