"""The Dashboard's hand-offs panel: how many hand-offs from sales to service are open and how many of their items
are overdue (the whole company, today), with the longest overdue items listed."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesmgr.views.dashboard.handoffs_loaders import HandoffsPart
from salesmgr.views.widgets.labels import heading, paragraph

SECTION_PADDING = 24


class HandoffsPanel(QFrame):
    """Open hand-offs and overdue checklist items; filled by ``set_data``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = heading(self.tr("Hand-offs to service"), 1.0)
        self.counts_label = paragraph("…", muted=True)
        self.table = QTableWidget(0, 3)
        titles = [self.tr("Overdue item"), self.tr("Account"), self.tr("Days late")]
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # no section narrower than the widest title (the sort-free header's padding included), so none is cut
        widest = max(header.fontMetrics().horizontalAdvance(title) for title in titles) + SECTION_PADDING
        header.setMinimumSectionSize(widest)
        self.table.setMinimumWidth(widest * len(titles) + self.table.frameWidth() * 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)

    def set_data(self, part: HandoffsPart) -> None:
        self.counts_label.setText(self.tr("{open} open, {overdue} overdue items (all teams)").format(
            open=f"{part.open_count:,}", overdue=f"{part.overdue_count:,}"))
        self.table.setRowCount(len(part.overdue))
        for row, overdue in enumerate(part.overdue):
            cells = (overdue.item.label, overdue.account or overdue.opportunity, f"{overdue.days_late:,}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{overdue.opportunity}: {overdue.item.label}" if column < 2 else text)
                self.table.setItem(row, column, item)
