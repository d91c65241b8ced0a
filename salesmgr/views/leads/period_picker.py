"""The period of a review: a month preset (the last twelve full months, the last one first) or any from/to."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget
from shiboken6 import isValid

from salesmgr.views.leads.review_loaders import month_presets
from salesmgr.views.runner import while_alive
from salesmgr.views.widgets.dates import from_qdate, to_qdate

T = TypeVar("T")


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


class PeriodJobs(Generic[T]):
    """Loads ``load(start=..., end=...)`` for the picker's period through the runner and hands ``show`` only the
    answer to the latest request (an older one that comes back later is dropped), ``fail`` any error."""

    def __init__(self, owner: QWidget, runner: Any, picker: PeriodPicker, load: Callable[..., T],
                 show: Callable[[T], None], fail: Callable[[Exception], None]) -> None:
        self.owner, self.runner, self.picker = owner, runner, picker
        self.load, self.show, self.fail = load, show, fail
        self._request = 0

    def run(self) -> None:
        self._request += 1
        request = self._request
        start, end = self.picker.period()
        self.runner.run(partial(self.load, start=start, end=end), lambda answer: self._answered(request, answer),
                        while_alive(self.owner, self.fail))

    def _answered(self, request: int, answer: T) -> None:
        if isValid(self.owner) and request == self._request:
            self.show(answer)
