"""The period of a review: a month preset (the last twelve full months, the last one first) or any from/to."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from salesmgr.views.leads.review_loaders import month_presets
from salesmgr.views.widgets.dates import from_qdate, to_qdate


class PeriodPicker(QWidget):
    """``changed`` is emitted with (start, end) when a preset is chosen or a date edited."""

    changed = Signal(object, object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets = month_presets(today)
        self.combo = QComboBox()
        for start, _end in self.presets:
            # a QDate format: "November 2026"; in Chinese "2026年11月"
            self.combo.addItem(QLocale().toString(to_qdate(start), self.tr("MMMM yyyy")))
        self.combo.addItem(self.tr("Other dates"))
        first, last = self.presets[0]
        self.start_edit, self.end_edit = QDateEdit(to_qdate(first)), QDateEdit(to_qdate(last))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Leads created in")))
        layout.addWidget(self.combo)
        layout.addWidget(QLabel(self.tr("from")))
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.end_edit)
        layout.addStretch(1)
        self._setting = False
        self.combo.currentIndexChanged.connect(self._preset_chosen)

    def period(self) -> tuple[date, date]:
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        return (start, end) if start <= end else (end, start)

    def choose_preset(self, index: int) -> None:
        self.combo.setCurrentIndex(index)

    def _preset_chosen(self, index: int) -> None:
        if index >= len(self.presets):
            return
        start, end = self.presets[index]
        self._setting = True
        self.start_edit.setDate(to_qdate(start))
        self.end_edit.setDate(to_qdate(end))
        self._setting = False
        self.changed.emit(start, end)

    def _dates_edited(self) -> None:
        if self._setting:
            return
        period = self.period()
        index = self.presets.index(period) if period in self.presets else len(self.presets)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.changed.emit(*period)
