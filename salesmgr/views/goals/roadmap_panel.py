"""The Roadmap tab of the Goals & Quotas page (issue 12, point 7, the seed's fourth section): the phases side by
side with their milestones (done, overdue, open; the goals that measure each in its tooltip), the diagnosis of
a baseline quarter (every catalogue metric beside its goal) and the pilot comparison (the pilot team against
the other teams before and after its start, as a bar chart). All database work goes through the runner with
``roadmap_loaders``.

Editing: each phase column ends with "Add milestone…"; a card opens its milestone on a double click and has a
right-click menu (Edit…, Mark done / Mark not done, Delete…); a phase heading opens the phase on a double click
or through its menu (Edit phase…). The Pilot tab has "Set pilot…" and "Remove pilot". Marking done records the
panel's day as the done date. Every edit goes through the runner (``edits=True``); its ``changed`` reloads the
panel."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.i18n import translate
from salesmgr.models import clock
from salesmgr.models.goals.catalogue import metric_def
from salesmgr.models.goals.diagnosis import DiagnosisRow
from salesmgr.models.goals.pilot import PilotComparison
from salesmgr.models.goals.roadmap import status_label
from salesmgr.models.periods import FISCAL_START, Period
from salesmgr.views.goals import roadmap_loaders as loaders
from salesmgr.views.goals.pilot_chart import PilotChart
from salesmgr.views.goals.roadmap_cards import ClickableLabel
from salesmgr.views.goals.roadmap_edits import RoadmapEditor
from salesmgr.views.goals.roadmap_loaders import MilestoneView, PhaseView, RoadmapView
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.combos import add_quarters, chosen_period, refill_quarters
from salesmgr.views.widgets.labels import paragraph

STATUS_COLOURS = {"done": "#3f9b5a", "overdue": "#c0392b", "open": "#555555"}
STATUS_MARKS = {"done": "✔", "overdue": "!", "open": "○"}


def shown_value(value: Decimal | None, unit: str) -> str:
    """A metric's value for reading: shares and ratios in percent, money without decimals, the rest to 2."""
    if value is None:
        return "—"
    if unit in ("share", "ratio"):
        return f"{value:.1%}"
    return f"{value:,.0f}" if unit == "money" else f"{value:,.2f}"


class RoadmapPanel(QWidget):
    """``loaded`` after the phases are on screen, ``diagnosed`` after the diagnosis table, ``compared`` after the
    pilot chart."""

    loaded = Signal()
    diagnosed = Signal()
    compared = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today or clock.today()
        self.fiscal_start, self.currency = FISCAL_START, ""
        self.view: RoadmapView | None = None
        self.rows: list[DiagnosisRow] = []
        self.comparison: PilotComparison | None = None
        self.editor = RoadmapEditor(self)
        self._build_ui()
        runner.changed.connect(self.reload)
        self.reload()

    # --- layout -------------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._phases_tab(), self.tr("Phases and milestones"))
        self.tabs.addTab(self._diagnosis_tab(), self.tr("Diagnosis"))
        self.tabs.addTab(self._pilot_tab(), self.tr("Pilot"))
        self.status_label = paragraph("", muted=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

    def _phases_tab(self) -> QWidget:
        page = QWidget()
        self.columns = QHBoxLayout(page)
        self.phase_headings: list[QLabel] = []
        self.phase_cards: list[list[QLabel]] = []
        self.add_buttons: list[QPushButton] = []
        return page

    def _diagnosis_tab(self) -> QWidget:
        page = QWidget()
        self.period_combo = QComboBox()
        add_quarters(self.period_combo, self.today)
        self.period_combo.setCurrentIndex(1)  # the baseline: the last closed quarter
        self.period_combo.currentIndexChanged.connect(self._load_diagnosis)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Metric"), self.tr("Value"), self.tr("Goal"),
                                              self.tr("Goal period"), self.tr("Why no value")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Baseline quarter:")))
        bar.addWidget(self.period_combo)
        bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        return page

    def _pilot_tab(self) -> QWidget:
        page = QWidget()
        self.metric_combo = QComboBox()
        for key in loaders.pilot_metric_keys():
            self.metric_combo.addItem(metric_def(key).label(), key)
        self.metric_combo.currentIndexChanged.connect(self._load_pilot)
        self.pilot_label = paragraph("", muted=True)
        self.chart = PilotChart()
        self.set_pilot_button = QPushButton(self.tr("Set pilot…"))
        self.set_pilot_button.clicked.connect(self.editor.set_pilot)
        self.remove_pilot_button = QPushButton(self.tr("Remove pilot"))
        self.remove_pilot_button.clicked.connect(self.editor.remove_pilot)
        self.remove_pilot_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Metric:")))
        bar.addWidget(self.metric_combo)
        bar.addStretch(1)
        bar.addWidget(self.set_pilot_button)
        bar.addWidget(self.remove_pilot_button)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.pilot_label)
        return page

    def baseline_period(self) -> Period:
        return chosen_period(self.period_combo, self.fiscal_start)

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.runner.run(loaders.load_settings, self._settings_known, self.on_error)

    def _settings_known(self, found: tuple[int, str]) -> None:
        if not isValid(self):
            return
        month, self.currency = found
        if month != self.fiscal_start:
            self.fiscal_start = month
            refill_quarters(self.period_combo, self.today, month)
            self.period_combo.setCurrentIndex(1)
        today = self.today
        self.runner.run(lambda session: loaders.load_roadmap(session, today), self._on_roadmap, self.on_error)
        self._load_diagnosis()
        self._load_pilot()

    def _load_diagnosis(self) -> None:
        period = self.baseline_period()
        self.runner.run(lambda session: loaders.load_diagnosis(session, period),
                        lambda rows: self._on_diagnosis(period, rows), self.on_error)

    def _load_pilot(self) -> None:
        key, today = self.metric_combo.currentData(), self.today
        self.runner.run(lambda session: loaders.load_pilot(session, key, today),
                        lambda found: self._on_pilot(key, found), self.on_error)

    def on_error(self, exc: Exception) -> None:
        if isValid(self):
            self.status_label.setText(user_message(exc))

    # --- phases -------------------------------------------------------------------------------------------
    def _on_roadmap(self, view: RoadmapView) -> None:
        if not isValid(self):
            return
        self.view = view
        while self.columns.count():
            item = self.columns.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.phase_headings, self.phase_cards, self.add_buttons = [], [], []
        for phase in view.phases:
            self.columns.addWidget(self._phase_column(phase), 1)
        self.remove_pilot_button.setEnabled(view.pilot is not None)
        self._show_pilot_text()
        self.loaded.emit()

    def _phase_column(self, phase: PhaseView) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        dates = ""
        if phase.start or phase.end:
            dates = self.tr("{start} to {end}").format(start=phase.start or "?", end=phase.end or "?")
        heading = ClickableLabel(f"<b>{escape(phase.name)}</b><br>{dates}")
        heading.setToolTip(self.tr("Double-click or right-click to edit the phase"))
        heading.double_clicked.connect(lambda: self.editor.edit_phase(phase.id))
        heading.menu_requested.connect(lambda at: self._popup(self.editor.phase_menu(phase.id), at))
        cards = QWidget()
        cards_layout = QVBoxLayout(cards)
        labels: list[QLabel] = [self._milestone_card(m) for m in phase.milestones]
        if not labels:
            labels = [paragraph(self.tr("No milestones yet"), muted=True)]
        for label in labels:
            cards_layout.addWidget(label)
        cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(cards)
        add = QPushButton(self.tr("Add milestone…"))
        add.clicked.connect(lambda: self.editor.add_milestone(phase.id))
        self.phase_headings.append(heading)
        self.phase_cards.append(labels)
        self.add_buttons.append(add)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(add)
        return column

    def _milestone_card(self, m: MilestoneView) -> QLabel:
        """The milestone's status, due date, title and owner; the goals that measure it in the tooltip."""
        owner = f"<br>{escape(m.owner)}" if m.owner else ""
        label = ClickableLabel(f'<span style="color:{STATUS_COLOURS[m.status]}"><b>{STATUS_MARKS[m.status]} '
                               f"{escape(status_label(m.status))}</b> {m.due.isoformat()}</span><br>"
                               f"{escape(m.title)}{owner}", card=True)
        goals = ", ".join(m.goals) or self.tr("no goal linked")
        done = self.tr("done on {day}").format(day=m.done.isoformat()) if m.done else status_label(m.status)
        label.setToolTip(self.tr("{status}; measured by: {goals}").format(status=done, goals=goals) + "\n"
                         + self.tr("Double-click to edit; right-click for more"))
        label.setProperty("status", m.status)
        label.setProperty("milestone_id", m.id)
        label.double_clicked.connect(lambda: self.editor.edit_milestone(m.id))
        label.menu_requested.connect(lambda at: self._popup(self.editor.milestone_menu(m.id), at))
        return label

    @staticmethod
    def _popup(menu: QMenu, at: QPoint) -> None:
        menu.exec(at)
        menu.deleteLater()

    def _show_pilot_text(self) -> None:
        pilot = self.view.pilot if self.view is not None else None
        if pilot is None:
            self.status_label.setText(self.tr("No pilot team yet: choose one with “Set pilot…” on the Pilot tab."))
            return
        self.status_label.setText(self.tr("Pilot: {team} since {start}. {note}").format(
            team=pilot.team, start=pilot.start.isoformat(), note=pilot.note or ""))

    # --- diagnosis ----------------------------------------------------------------------------------------
    def _on_diagnosis(self, period: Period, rows: list[DiagnosisRow]) -> None:
        if not isValid(self) or period != self.baseline_period():
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            goal = "" if row.goal_id is None else self.tr("{baseline} → {target}").format(
                baseline=shown_value(row.baseline, row.unit), target=shown_value(row.target, row.unit))
            reason = translate("Goals", row.reason) if row.value is None and row.reason else ""
            cells = [metric_def(row.metric).label(), shown_value(row.value, row.unit), goal, row.goal_period or "",
                     reason]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.diagnosed.emit()

    # --- pilot --------------------------------------------------------------------------------------------
    def _on_pilot(self, key: str, found: PilotComparison | None) -> None:
        if not isValid(self) or key != self.metric_combo.currentData():
            return
        self.comparison = found
        self.chart.show_comparison(found, self.currency)
        self.pilot_label.setText(self._pilot_summary(found))
        self.compared.emit()

    def _pilot_summary(self, found: PilotComparison | None) -> str:
        if found is None:
            return self.tr("No pilot team yet.")
        if found.difference is None:
            return self.tr("The difference cannot be computed: {reason}.").format(reason=found.reason_text())
        better = found.difference > 0 if found.direction == "higher" else found.difference < 0
        text = self.tr("Difference in differences: {value} ({verdict}). The pilot changed by {pilot}, the other "
                       "teams by {others}.").format(
            value=shown_value(found.difference, found.unit),
            verdict=self.tr("the pilot did better") if better else self.tr("the pilot did not do better"),
            pilot=shown_value(self._change(found.pilot_before, found.pilot_after), found.unit),
            others=shown_value(self._change(found.others_before, found.others_after), found.unit))
        if not found.after_complete:
            text += " " + self.tr("The after window has not ended yet.")
        return text

    @staticmethod
    def _change(before: Decimal | None, after: Decimal | None) -> Decimal | None:
        return None if before is None or after is None else after - before
