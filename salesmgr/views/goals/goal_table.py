"""The Goals panel's table: one row per goal with its actual, progress and status, and how values read.

Definitions: a share or ratio shows as a percentage (0.25 -> "25.0 %"), money with its currency, days, points,
scores and counts as numbers; no actual shows as "—" and the status cell says why ("no data: no deals in the
period"), never 0. The status cell is coloured (on track green, at risk amber, off track red, no data grey) and
its tooltip states the rule of ``salesmgr.models.goals.status`` with this goal's figures.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from salesmgr.i18n import language, translate
from salesmgr.models.goals.catalogue import metric_def
from salesmgr.models.goals.goals import DIMENSIONS, dimension_label
from salesmgr.models.goals.status import AT_RISK_GAP, ON_TRACK_GAP, Status, status_label
from salesmgr.models.money import format_money, format_money_short
from salesmgr.views.goals.goal_loaders import GoalRow
from salesmgr.views.widgets.row_table_model import ALIGN_RIGHT, RowTableModel
from salesmgr.views.widgets.share_bar import SHARE_ROLE

NO_VALUE = "—"
PERCENT_UNITS = ("share", "ratio")
STATUS_COLOURS = {  # (background, text)
    Status.ON_TRACK: ("#e3f4e8", "#1e7b34"), Status.AT_RISK: ("#fff4e5", "#8a4b00"),
    Status.OFF_TRACK: ("#fdecea", "#b71c1c"), Status.NO_DATA: ("#eeeeee", "#616161"),
}


def format_value(value: Decimal | None, unit: str, currency: str, *, exact: bool = False) -> str:
    """How a baseline, target or actual reads (see the module); money rounded to fit the column (1.68 M CNY,
    168.02万 CNY) unless ``exact``."""
    if value is None:
        return NO_VALUE
    if unit in PERCENT_UNITS:
        return f"{value * 100:,.1f} %"
    if unit == "money":
        return format_money(value, currency) if exact else format_money_short(value, currency, language())
    if unit == "days":
        return QCoreApplication.translate("GoalTable", "{n} days").format(n=f"{value:,.1f}")
    if unit == "count":
        return f"{value:,.0f}"
    text = f"{value:,.2f}"
    return text.rstrip("0").rstrip(".")  # 30.00 -> 30, 4.25 stays


def status_rule() -> str:
    """The rule of ``goals.status`` in words, with its thresholds."""
    return QCoreApplication.translate(
        "GoalTable", "Status: progress = (actual − baseline) / (target − baseline); time gone by = days of the period "
               "so far / days in it.\nOn track: target reached, or progress at most {on} points behind the time "
               "gone by.\nAt risk: {on} to {risk} points behind.\nOff track: more than {risk} points behind.\n"
               "No data: the metric has nothing to measure in the period.").format(
        on=int(-ON_TRACK_GAP * 100), risk=int(-AT_RISK_GAP * 100))


def status_text(row: GoalRow) -> str:
    goal = row.goal
    if goal.status is Status.NO_DATA:
        return QCoreApplication.translate("GoalTable", "{status}: {reason}").format(
            status=status_label(goal.status), reason=translate("Goals", goal.reason or ""))
    return status_label(goal.status)


def status_tooltip(row: GoalRow) -> str:
    goal = row.goal
    if goal.progress is None:
        figures = QCoreApplication.translate("GoalTable", "This goal: no actual ({reason}).").format(
            reason=translate("Goals", goal.reason or ""))
    else:
        figures = QCoreApplication.translate(
            "GoalTable", "This goal: progress {progress} %, time gone by {elapsed} %.").format(
            progress=f"{goal.progress * 100:.0f}", elapsed=f"{goal.elapsed * 100:.0f}")
    return f"{status_rule()}\n\n{figures}"


class GoalTableModel(RowTableModel[GoalRow]):
    DIMENSION, METRIC, OWNER, PERIOD, BASELINE, TARGET, ACTUAL, PROGRESS, STATUS = range(9)
    NUMBERS = (BASELINE, TARGET, ACTUAL, PROGRESS)

    def column_titles(self) -> list[str]:
        return [self.tr("Dimension"), self.tr("Metric"), self.tr("Owner"), self.tr("Period"), self.tr("Baseline"),
                self.tr("Target"), self.tr("Actual"), self.tr("Progress"), self.tr("Status")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column in self.NUMBERS else super().alignment(column)

    def display(self, row: GoalRow, column: int) -> str:
        goal = row.goal
        if column == self.DIMENSION:
            return dimension_label(goal.dimension)
        if column == self.METRIC:
            return metric_def(goal.metric).label()
        if column == self.OWNER:
            return goal.owner or self.tr("Company")
        if column == self.PERIOD:
            return goal.period.key
        if column in (self.BASELINE, self.TARGET, self.ACTUAL):
            value = {self.BASELINE: goal.baseline, self.TARGET: goal.target, self.ACTUAL: goal.actual}[column]
            return format_value(value, row.unit, row.currency)
        if column == self.PROGRESS:
            return NO_VALUE if goal.progress is None else f"{goal.progress * 100:.0f} %"
        return status_text(row)

    def sort_value(self, row: GoalRow, column: int) -> Any:
        goal = row.goal
        numbers = {self.BASELINE: goal.baseline, self.TARGET: goal.target, self.ACTUAL: goal.actual,
                   self.PROGRESS: goal.progress}
        if column in numbers:
            value = numbers[column]
            return float(value) if value is not None else float("-inf")
        if column == self.STATUS:
            return list(Status).index(goal.status)
        if column == self.DIMENSION:
            return (DIMENSIONS.index(goal.dimension), goal.id)  # financial, customer, operations, team
        return self.display(row, column)

    def tooltip(self, row: GoalRow, column: int) -> str | None:
        if column == self.STATUS:
            return status_tooltip(row)
        if column == self.METRIC and row.goal.note:
            return row.goal.note
        if column in (self.BASELINE, self.TARGET, self.ACTUAL) and row.unit == "money":
            goal = row.goal
            value = {self.BASELINE: goal.baseline, self.TARGET: goal.target, self.ACTUAL: goal.actual}[column]
            return format_value(value, row.unit, row.currency, exact=True)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.STATUS and role in (Qt.ItemDataRole.BackgroundRole,
                                                                          Qt.ItemDataRole.ForegroundRole):
            background, text = STATUS_COLOURS[self.row_at(index).goal.status]
            return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole else text))
        if index.isValid() and index.column() == self.PROGRESS and role == SHARE_ROLE:
            return self.row_at(index).goal.progress
        return super().data(index, role)
