"""The Ramp tab of the Onboarding page: the ramp chart (``RampChart``) over the ramp metrics (``ramp.ramp_report``)
per new hire, per hiring cohort (fiscal quarter of hire) and per mentor, so a manager sees whether the programme
shortens ramp time. Money is the base currency, shortened with ``format_money_short``."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableView, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from salesmgr.i18n import language
from salesmgr.models.money import format_money, format_money_short
from salesmgr.models.onboarding.ramp import RAMP_DAYS, RampGroup, RampRow
from salesmgr.views.messages import user_message
from salesmgr.views.onboarding import loaders
from salesmgr.views.onboarding.charts import RampChart
from salesmgr.views.onboarding.loaders import RampData
from salesmgr.views.onboarding.plan_tables import fit_columns
from salesmgr.views.onboarding.texts import NO_VALUE, percent
from salesmgr.views.widgets.labels import paragraph
from salesmgr.views.widgets.layout import stacked
from salesmgr.views.widgets.rates_note import RatesNote
from salesmgr.views.widgets.row_table_model import ALIGN_RIGHT, RowTableModel, make_table_view, sorting_proxy

HIRE_WIDTHS = (0, 96, 80, 110, 96, 96, 96, 120, 90, 80)
GROUP_WIDTHS = (0, 70, 100, 120, 120, 90, 80)


@dataclass(frozen=True)
class HireLine:
    row: RampRow
    currency: str
    active: bool = True

    @property
    def id(self) -> int:
        return self.row.rep_id


@dataclass(frozen=True)
class GroupLine:
    id: int
    group: RampGroup
    currency: str
    active: bool = True


def days(value: float | int | None) -> str:
    return NO_VALUE if value is None else f"{value:,.0f}"


def money(amount: Decimal, currency: str) -> str:
    return format_money_short(amount, currency, language())


class HireTableModel(RowTableModel[HireLine]):
    REP, HIRED, COHORT, MENTOR, ACTIVITY, OPPORTUNITY, DEAL, WON, VS, ON_TIME = range(10)

    def column_titles(self) -> list[str]:
        return [self.tr("New hire"), self.tr("Hired"), self.tr("Cohort"), self.tr("Mentor"),
                self.tr("Days to\nfirst activity"), self.tr("Days to first\nopportunity"),
                self.tr("Days to\nfirst deal"), self.tr("Won in first\n90 days"), self.tr("vs ramped"),
                self.tr("On time")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column >= self.ACTIVITY else super().alignment(column)

    def display(self, line: HireLine, column: int) -> str:
        r = line.row
        values = {self.REP: r.rep, self.HIRED: r.hire_date.isoformat(), self.COHORT: r.cohort,
                  self.MENTOR: r.mentor or NO_VALUE, self.ACTIVITY: days(r.days_to_first_activity),
                  self.OPPORTUNITY: days(r.days_to_first_opportunity), self.DEAL: days(r.days_to_first_deal),
                  self.WON: money(r.won_90, line.currency), self.VS: percent(r.vs_ramped),
                  self.ON_TIME: percent(r.on_time)}
        return values[column]

    def sort_value(self, line: HireLine, column: int) -> Any:
        r = line.row
        numbers = {self.ACTIVITY: r.days_to_first_activity, self.OPPORTUNITY: r.days_to_first_opportunity,
                   self.DEAL: r.days_to_first_deal, self.WON: r.won_90, self.VS: r.vs_ramped,
                   self.ON_TIME: r.on_time}
        if column in numbers:
            value = numbers[column]
            return float(value) if value is not None else float("inf")
        return r.hire_date if column == self.HIRED else self.display(line, column)

    def tooltip(self, line: HireLine, column: int) -> str | None:
        r = line.row
        if column == self.WON:
            text = format_money(r.won_90, line.currency)
            if r.observed_days < RAMP_DAYS:
                text += "\n" + self.tr("{n} of the 90 days so far").format(n=r.observed_days)
            return text
        if column == self.VS:
            return self.tr("Won in the first 90 days / a ramped rep's won revenue in 90 days")
        if column == self.ON_TIME:
            return self.tr("Share of the plan's tasks done on or before their due date")
        return None


class GroupTableModel(RowTableModel[GroupLine]):
    NAME, COUNT, WITH_DEAL, DEAL, WON, VS, ON_TIME = range(7)

    def __init__(self, title: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.title = title

    def column_titles(self) -> list[str]:
        return [self.title, self.tr("New hires"), self.tr("With a\nwon deal"), self.tr("Days to\nfirst deal"),
                self.tr("Won in first\n90 days"), self.tr("vs ramped"), self.tr("On time")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column >= self.COUNT else super().alignment(column)

    def display(self, line: GroupLine, column: int) -> str:
        g = line.group
        values = {self.NAME: g.key, self.COUNT: str(g.count), self.WITH_DEAL: str(g.with_first_deal),
                  self.DEAL: days(g.days_to_first_deal), self.WON: money(g.won_90, line.currency),
                  self.VS: percent(g.vs_ramped), self.ON_TIME: percent(g.on_time)}
        return values[column]

    def sort_value(self, line: GroupLine, column: int) -> Any:
        g = line.group
        numbers = {self.COUNT: g.count, self.WITH_DEAL: g.with_first_deal, self.DEAL: g.days_to_first_deal,
                   self.WON: g.won_90, self.VS: g.vs_ramped, self.ON_TIME: g.on_time}
        if column in numbers:
            value = numbers[column]
            return float(value) if value is not None else float("inf")
        return g.key

    def tooltip(self, line: GroupLine, column: int) -> str | None:
        if column in (self.DEAL, self.WON, self.VS, self.ON_TIME):
            return self.tr("The average over the group's new hires that have the figure")
        return None


class RampPanel(QWidget):
    loaded = Signal()
    rates_requested = Signal(list)  # currencies whose deals the amounts leave out: open the rates

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data: RampData | None = None
        self._request = 0
        self.chart = RampChart()
        self.hires = HireTableModel(self)
        self.cohorts = GroupTableModel(self.tr("Cohort (quarter of hire)"), self)
        self.mentors = GroupTableModel(self.tr("Mentor"), self)
        self.tables = QTabWidget()
        self.views: list[QTableView] = []
        self._sized = False
        for model, widths, title in ((self.hires, HIRE_WIDTHS, self.tr("New hires")),
                                     (self.cohorts, GROUP_WIDTHS, self.tr("By cohort")),
                                     (self.mentors, GROUP_WIDTHS, self.tr("By mentor"))):
            view = make_table_view(sorting_proxy(model, self), widths)
            view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
            fit_columns(view, 0)
            self.tables.addTab(view, title)
            self.views.append(view)
        self.status_label = paragraph("", muted=True)
        self.rates_note = RatesNote()
        self.rates_note.rates_requested.connect(self.rates_requested)
        splitter = stacked(self.chart, self.tables, (3, 2))
        layout = QVBoxLayout(self)
        layout.addWidget(self.rates_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        runner.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self._request += 1
        request = self._request
        self.runner.run(loaders.load_ramp, lambda data: self._on_loaded(request, data), self._on_error)

    def _on_loaded(self, request: int, data: RampData) -> None:
        if not isValid(self) or request != self._request:
            return
        self.data = data
        report = data.report
        self.rates_note.show_currencies(data.left_out)
        self.hires.set_rows([HireLine(row, data.currency) for row in report.hires])
        self.cohorts.set_rows([GroupLine(i, g, data.currency) for i, g in enumerate(report.cohorts)])
        self.mentors.set_rows([GroupLine(i, g, data.currency) for i, g in enumerate(report.mentors)])
        if report.hires and not self._sized:
            for view in self.views:
                fit_columns(view, 0)
            self._sized = True
        observed = {row.rep_id: (report.today - row.hire_date).days for row in report.hires}
        self.chart.show_curves(data.curves, report.ramped_90, data.currency, observed)
        if report.ramped_90 is None:
            self.status_label.setText(self.tr("No ramped reps to compare with: the reference line needs reps hired "
                                              "well over a year ago."))
        else:
            self.status_label.setText(self.tr(
                "A ramped rep ({n} reps hired long enough ago) wins {amount} in 90 days on average. New hires: reps "
                "hired in the last 365 days or with a plan.").format(
                n=report.ramped_reps, amount=money(report.ramped_90, data.currency)))
        self.loaded.emit()

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            self.status_label.setText(user_message(exc))
