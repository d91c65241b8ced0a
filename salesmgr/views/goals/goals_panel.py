"""The Goals tab of the Goals & Quotas page (issue 12, points 5 and 6): the period's SMART goals with their
actual, progress and status, filtered by dimension, a trend chart of the selected goal, and adding (from a
template in two steps, or every field), editing, deleting and entering actuals of manual metrics. All database
work goes through the runner with ``goal_loaders``."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget
from shiboken6 import isValid

from salesmgr.i18n import translate
from salesmgr.models import clock
from salesmgr.models.goals.catalogue import metric_def
from salesmgr.models.goals.goals import DIMENSIONS, GoalSpec, dimension_label
from salesmgr.models.periods import FISCAL_START, Period
from salesmgr.views.goals import goal_loaders as loaders
from salesmgr.views.goals.goal_chart import GoalTrendChart
from salesmgr.views.goals.goal_dialogs import ActualDialog, ActualInput, GoalDialog, GoalInput
from salesmgr.views.goals.goal_loaders import GoalChoices, GoalRow, TemplateInput, Trend
from salesmgr.views.goals.goal_table import GoalTableModel, status_rule
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.combos import add_quarters, chosen_period, refill_quarters
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through
from salesmgr.views.widgets.labels import paragraph
from salesmgr.views.widgets.layout import action_button, stacked
from salesmgr.views.widgets.row_table_model import make_table_view, select_row, selected_row, sorting_proxy
from salesmgr.views.widgets.share_bar import ShareBarDelegate

WIDTHS = (95, 190, 110, 70, 95, 95, 95, 80, 0)  # the status column takes the rest (it may hold a reason);
# the others fit their contents once the first goals are in


class GoalsPanel(QWidget):
    """``loaded`` after the period's goals are on screen; ``trend_shown`` after the selected goal's chart is."""

    loaded = Signal()
    trend_shown = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today or clock.today()
        self.fiscal_start = FISCAL_START  # the database's, once load_fiscal_start answers (each reload asks)
        self.all_rows: list[GoalRow] = []
        self.trend: Trend | None = None
        self.model = GoalTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self._request = 0
        self._sized = False
        self._build_ui()
        runner.changed.connect(self.reload)
        self.reload()

    # --- layout -------------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.period_combo = QComboBox()
        add_quarters(self.period_combo, self.today)
        self.period_combo.currentIndexChanged.connect(self.reload)
        self.dimension_combo = QComboBox()
        self.dimension_combo.addItem(self.tr("All dimensions"), None)
        for key in DIMENSIONS:
            self.dimension_combo.addItem(dimension_label(key), key)
        self.dimension_combo.currentIndexChanged.connect(self._show_rows)
        self.add_button = action_button(self.tr("Add goal…"), self.add_goal)
        self.edit_button = action_button(self.tr("Edit…"), self.edit_goal)
        self.delete_button = action_button(self.tr("Delete…"), self.delete_goal)
        self.actual_button = action_button(self.tr("Enter actual…"), self.enter_actual)
        self.actual_button.setToolTip(self.tr("For goals on a manual metric: the actual as of a date"))
        self.view = make_table_view(self.proxy, WIDTHS)
        self.view.setItemDelegateForColumn(GoalTableModel.PROGRESS, ShareBarDelegate(self.view))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _index: self.edit_goal())
        self.view.setWordWrap(True)  # a status that says why there is no data wraps instead of being cut
        self.view.verticalHeader().setMinimumSectionSize(self.view.verticalHeader().defaultSectionSize())
        self.view.horizontalHeader().sectionResized.connect(lambda *_args: self.view.resizeRowsToContents())
        self.status_label = paragraph("", muted=True)
        self.status_label.setToolTip(status_rule())
        self.chart = GoalTrendChart()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Quarter:")))
        bar.addWidget(self.period_combo)
        bar.addWidget(QLabel(self.tr("Dimension:")))
        bar.addWidget(self.dimension_combo)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.actual_button):
            bar.addWidget(button)
        splitter = stacked(self.view, self.chart, (3, 2))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        self._enable_buttons()


    def period(self) -> Period:
        """The chosen quarter, under the database's fiscal start."""
        return chosen_period(self.period_combo, self.fiscal_start)

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the fiscal start (the quarter combo follows it), then the chosen quarter's goals."""
        self._request += 1
        request = self._request
        self.runner.run(loaders.load_fiscal_start, lambda month: self._fiscal_start_known(request, month),
                        self._on_error)

    def _fiscal_start_known(self, request: int, month: int) -> None:
        if not isValid(self) or request != self._request:
            return
        if month != self.fiscal_start:
            self.fiscal_start = month
            refill_quarters(self.period_combo, self.today, month)
        period, today = self.period(), self.today
        self.runner.run(lambda session: loaders.load_goals(session, period, today),
                        lambda rows: self._on_loaded(request, rows), self._on_error)

    def _on_loaded(self, request: int, rows: list[GoalRow]) -> None:
        if not isValid(self) or request != self._request:
            return
        self.all_rows = rows
        self._show_rows()
        self.loaded.emit()

    def _show_rows(self) -> None:
        selected = self.selected_goal()
        dimension = self.dimension_combo.currentData()
        shown = [row for row in self.all_rows if dimension is None or row.goal.dimension == dimension]
        self.model.set_rows(shown)
        if shown and not self._sized:
            for column in range(GoalTableModel.STATUS):
                self.view.resizeColumnToContents(column)
            self._sized = True
        self.view.resizeRowsToContents()
        kept = selected is not None and select_row(self.view, self.model, selected.id)
        first = self._first_shown()
        if not kept and not (first is not None and select_row(self.view, self.model, first)):
            self._show_trend(None)  # nothing to select: no trend (else the first goal's trend is loading)
        self._enable_buttons()

    def _first_shown(self) -> int | None:
        """The id of the goal on the table's first line, as sorted."""
        proxy = self.view.model()
        if proxy.rowCount() == 0 or not isinstance(proxy, QSortFilterProxyModel):
            return None
        return self.model.row_at(proxy.mapToSource(proxy.index(0, 0))).id

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            self.status_label.setText(user_message(exc))

    # --- selection and trend ------------------------------------------------------------------------------
    def selected_goal(self) -> GoalRow | None:
        return selected_row(self.view, self.model)

    def select_goal(self, goal_id: int) -> bool:
        return select_row(self.view, self.model, goal_id)

    def _enable_buttons(self) -> None:
        row = self.selected_goal()
        self._show_detail(row)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.actual_button.setEnabled(row is not None and row.manual)

    def _show_detail(self, row: GoalRow | None) -> None:
        """Under the table: the selected goal's reason when it has no data, else its note, else the count."""
        if row is not None and row.goal.reason and row.goal.actual is None:
            self.status_label.setText(self.tr("{metric}: no data, {reason}.").format(
                metric=metric_def(row.goal.metric).label(), reason=translate("Goals", row.goal.reason)))
        elif row is not None and row.goal.note:
            self.status_label.setText(self.tr("Note: {note}").format(note=row.goal.note))
        elif not self.all_rows:
            self.status_label.setText(self.tr("No goals for {period}: add one with “Add goal…”.").format(
                period=self.period().key))
        else:
            self.status_label.setText(self.tr("{n} goals shown of {total}; the status column's tooltip gives the "
                                              "rule.").format(n=self.model.rowCount(), total=len(self.all_rows)))

    def _selection_changed(self) -> None:
        self._enable_buttons()
        row = self.selected_goal()
        if row is None:
            return
        goal_id = row.id
        self.runner.run(lambda session: loaders.load_trend(session, goal_id),
                        lambda trend: self._on_trend(goal_id, trend), self._on_error)

    def _on_trend(self, goal_id: int, trend: Trend) -> None:
        row = self.selected_goal() if isValid(self) else None
        if row is None or row.id != goal_id:
            return
        self._show_trend(trend, row.currency)

    def _show_trend(self, trend: Trend | None, currency: str = "") -> None:
        self.trend = trend
        self.chart.show_trend(trend, currency)
        if trend is not None:
            self.trend_shown.emit()

    # --- edits --------------------------------------------------------------------------------------------
    def dialog_periods(self) -> list[Period]:
        """The periods a goal can be set for: the next two quarters, the combo's, this fiscal year and the next."""
        current = Period.quarter_of(self.today, self.fiscal_start)
        year = Period.year_of(self.today, self.fiscal_start)
        quarters = [current.shifted(2), current.shifted(1), current, *reversed(current.previous(7))]
        return [*quarters, year, year.shifted(1)]

    def add_goal(self) -> None:
        self._with_choices(lambda choices: self._open_goal_dialog(choices, None))

    def edit_goal(self) -> None:
        row = self.selected_goal()
        if row is not None:
            self._with_choices(lambda choices: self._open_goal_dialog(choices, row))

    def _with_choices(self, then: Any) -> None:
        self.runner.run(loaders.load_choices, lambda choices: then(choices) if isValid(self) else None,
                        self._on_error)

    def _open_goal_dialog(self, choices: GoalChoices, row: GoalRow | None) -> GoalDialog:
        goal_id = row.id if row is not None else None
        dialog = GoalDialog(choices, self.dialog_periods(), self.period(), row, parent=self,
                            save=lambda given: save_through(
                                self.runner, dialog, lambda session: self._save(session, goal_id, given)))
        self.goal_dialog = dialog
        return open_dialog(dialog)

    @staticmethod
    def _save(session: Any, goal_id: int | None, given: GoalInput) -> Any:
        if given.template is not None and goal_id is None:
            return loaders.add_goal_from_template(session, TemplateInput(
                given.template, given.period, given.owner, given.baseline, given.target, given.parameters,
                given.note))
        assert given.baseline is not None and given.target is not None
        spec = GoalSpec(given.dimension, given.metric, given.period, given.baseline, given.target, given.owner,
                        given.direction, given.parameters, given.note)
        if goal_id is None:
            return loaders.add_goal(session, spec)
        return loaders.update_goal(session, goal_id, spec)

    def delete_goal(self) -> None:
        row = self.selected_goal()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete goal"), self.tr(
            "Delete the goal “{metric}” of {owner} for {period}, with its entered actuals?").format(
            metric=metric_def(row.goal.metric).label(), owner=row.goal.owner or self.tr("the company"),
            period=row.goal.period.key))
        if answer == QMessageBox.StandardButton.Yes:
            goal_id = row.id
            self.runner.run(lambda session: loaders.delete_goal(session, goal_id), None, self._on_error, edits=True)

    def enter_actual(self) -> ActualDialog | None:
        row = self.selected_goal()
        if row is None or not row.manual:
            return None
        goal_id, period = row.id, row.goal.period
        day = min(max(self.today, period.start), period.end)
        dialog = ActualDialog(metric_def(row.goal.metric).label(), day, parent=self, save=lambda given: save_through(
            self.runner, dialog, lambda session: self._record(session, goal_id, given)))
        self.actual_dialog = dialog
        return open_dialog(dialog)

    @staticmethod
    def _record(session: Any, goal_id: int, given: ActualInput) -> int:
        return loaders.enter_actual(session, goal_id, given.value, given.on, given.note)


