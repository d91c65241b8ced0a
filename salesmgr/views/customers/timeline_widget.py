"""The account's timeline: one row per dated entry, newest first (``models.customers.timeline``), filtered by
kind of entry."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from salesmgr.models.customers.account_labels import label
from salesmgr.models.customers.timeline import ORDER, TimelineEntry
from salesmgr.views.customers.tables import fill, short_deal, text_table


class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []
        self.account = ""
        self.kind_combo = QComboBox()
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.addItem(self.tr("All entries"), None)
        for kind in ORDER:
            self.kind_combo.addItem(label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._show)
        self.count_label = QLabel()
        self.table = text_table([self.tr("Day"), self.tr("What"), self.tr("About")], 2)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_entries(self, entries: list[TimelineEntry], account: str = "") -> None:
        """Show ``entries``; deal names lose the ``account``'s name in front (``short_deal``)."""
        self.entries, self.account = entries, account
        self._show()

    def shown(self) -> list[TimelineEntry]:
        kind = self.kind_combo.currentData()
        return [entry for entry in self.entries if kind is None or entry.kind == kind]

    def _show(self) -> None:
        entries = self.shown()
        self.count_label.setText(self.tr("{count} entries").format(count=f"{len(entries):,}"))
        fill(self.table, [[entry.day.isoformat(), label(entry.kind), self._about(entry)] for entry in entries],
             tips=[f"{entry.title}\n{entry.detail}" for entry in entries])

    def _about(self, entry: TimelineEntry) -> str:
        """The title and the detail on one line, deal names without the account's name in front."""
        detail = entry.detail.replace(f"{self.account} - ", "") if self.account else entry.detail
        return " · ".join(part for part in (short_deal(entry.title, self.account), detail) if part)
