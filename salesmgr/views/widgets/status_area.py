"""The right end of the main window's status bar: a busy indicator, the row counts and the open database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class StatusArea(QWidget):
    """``set_busy`` while the runner works; ``show_counts`` after each change; ``show_database`` on opening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.hide()
        self.counts_label = QLabel()
        self.counts_label.setContentsMargins(0, 0, 12, 0)
        self.db_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.busy_bar, self.counts_label, self.db_label):
            layout.addWidget(widget)

    def set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)

    def show_database(self, label: str) -> None:
        self.db_label.setText(self.db_label.fontMetrics().elidedText(label, Qt.TextElideMode.ElideMiddle, 360))
        self.db_label.setToolTip(self.tr("Open database: {path}").format(path=label))

    def show_counts(self, counts: dict[str, int], empty: bool) -> None:
        self.counts_label.setText(self.counts_text(counts, empty))

    def counts_text(self, counts: dict[str, int], empty: bool) -> str:
        if empty:
            return self.tr("No data yet")
        reps, opportunities = counts.get("rep", 0), counts.get("opportunity", 0)
        rep_text = self.tr("1 rep") if reps == 1 else self.tr("{n} reps").format(n=f"{reps:,}")
        opp_text = (self.tr("1 opportunity") if opportunities == 1
                    else self.tr("{n} opportunities").format(n=f"{opportunities:,}"))
        return f"{rep_text} · {opp_text}"
