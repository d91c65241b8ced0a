"""The checks beside the plan and the Attainment tab: capacity against the target, the chosen quarter's coverage
and attainment per rep and team, the forecast beside quota and won, and past quarters' forecast accuracy.

The forecast table has one bold row per fiscal quarter of the year (its quota, won so far, the weighted forecast
of the open deals expected to close in it, and landing = won + weighted forecast as a share of the quota:
``capacity.Outlook``), each followed by its months that have open deals (their weighted forecast only).

A figure that cannot be computed shows its reason (from ``capacity``), never 0. Attainment is coloured by its
pace, attainment against the share of the quarter gone by (``models.goals.pace``): below 70 % red, below 90 %
amber, else green; in a closed quarter the pace is the attainment.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from salesmgr.i18n import language
from salesmgr.models.goals import capacity as cap
from salesmgr.models.money import format_money_short
from salesmgr.models.periods import Period
from salesmgr.views.goals.loaders import OwnerRow, PlanData
from salesmgr.views.widgets.labels import heading

ROW_PADDING = 8  # px above and below a line of text in the tables' rows
COLOURS = {"red": "#f8d7da", "amber": "#fff3cd", "green": "#d4edda"}


def reason(text: str) -> str:
    """A capacity reason in the user's language."""
    known = {cap.NO_HISTORY: QT_TRANSLATE_NOOP("Figures", "no quota in the last 4 closed quarters"),
             cap.NO_TARGET: QT_TRANSLATE_NOOP("Figures", "no target for the fiscal year"),
             cap.NO_RAMPED_REPS: QT_TRANSLATE_NOOP("Figures", "no fully ramped rep to compare with"),
             cap.NO_QUOTA: QT_TRANSLATE_NOOP("Figures", "no quota"),
             cap.QUOTA_MET: QT_TRANSLATE_NOOP("Figures", "quota met"),
             cap.NO_WIN_RATE: QT_TRANSLATE_NOOP("Figures", "no win rate (no closed deals)"),
             cap.QUOTA_ZERO: QT_TRANSLATE_NOOP("Figures", "the quota is zero"),
             cap.NOTHING_WON: QT_TRANSLATE_NOOP("Figures", "nothing won")}
    return QCoreApplication.translate("Figures", str(known.get(text, text)))


def _item(text: str, *, right: bool = True, tooltip: str = "", colour: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    if colour is not None:
        item.setBackground(QBrush(QColor(COLOURS[colour])))
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)  # compact rows
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the owner's name takes what is left
    return table


def _fit_rows(table: QTableWidget) -> None:
    """Make ``table`` exactly as tall as its header and rows (the accuracy table's few quarters)."""
    height = (table.horizontalHeader().sizeHint().height() + table.rowCount() * table.verticalHeader()
              .defaultSectionSize() + 2 * table.frameWidth())
    table.setFixedHeight(height)


class FiguresPanel(QWidget):
    """Capacity, coverage, pipeline needed, the forecast by month and forecast accuracy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capacity_label = QLabel()
        self.capacity_label.setWordWrap(True)
        self.coverage_title = heading("", 1.05)
        self.coverage = _table([self.tr("Owner"), self.tr("Coverage"), self.tr("Pipeline needed")])
        self.coverage.setToolTip(self.tr("Coverage = open pipeline expected to close in the quarter / (quota - won "
                                         "so far); below 3x is flagged red"))
        self.forecast_title = heading("", 1.05)
        self.forecast = _table([self.tr("Period"), self.tr("Quota"), self.tr("Won"), self.tr("Weighted forecast")])
        self.forecast.setToolTip(self.tr("Each fiscal quarter (bold) with its months that have open deals; a "
                                         "quarter's forecast shows its landing (won + weighted forecast) against "
                                         "the quota"))
        self.accuracy = _table([self.tr("Quarter"), self.tr("Forecast accuracy")])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Capacity"), 1.05))
        layout.addWidget(self.capacity_label)
        layout.addWidget(self.coverage_title)
        layout.addWidget(self.coverage, 3)
        layout.addWidget(self.forecast_title)
        layout.addWidget(self.forecast, 2)
        layout.addWidget(self.accuracy)

    def money(self, amount: Decimal, currency: str) -> str:
        return format_money_short(amount, currency, language())

    def show_data(self, data: PlanData) -> None:
        self.capacity_label.setText(self.capacity_sentence(data))
        self.coverage_title.setText(self.tr("Coverage {period}").format(period=data.quarter.key))
        self._coverage(data)
        currency = data.grid.currency
        self.forecast_title.setText(self.tr("Forecast ({currency})").format(currency=currency))
        self._forecast(data)
        self.accuracy.setRowCount(len(data.forecast.accuracy))
        for row, past in enumerate(data.forecast.accuracy):
            self.accuracy.setItem(row, 0, _item(past.period.key, right=False))
            text = reason(cap.NOTHING_WON) if past.accuracy is None else f"{past.accuracy:.0%}"
            self.accuracy.setItem(row, 1, _item(text, tooltip=self.tr("forecast {forecast}, won {won}").format(
                forecast=self.money(past.forecast, currency), won=self.money(past.actual, currency))))
        _fit_rows(self.accuracy)

    def capacity_sentence(self, data: PlanData) -> str:
        report, currency = data.capacity, data.grid.currency
        if report.capacity is None:
            return self.tr("Capacity: {reason}").format(reason=reason(report.reasons.get("capacity", "")))
        capacity = self.money(report.capacity, currency)
        if report.target is None or report.gap is None:
            return self.tr("Capacity {capacity}; {reason}").format(capacity=capacity, reason=reason(cap.NO_TARGET))
        target = self.money(report.target, currency)
        if report.gap <= 0:
            return self.tr("Capacity {capacity} vs target {target}: covered, {spare} to spare").format(
                capacity=capacity, target=target, spare=self.money(-report.gap, currency))
        if report.more_reps is None:
            more = reason(report.reasons.get("more_reps", ""))
        elif report.more_reps == 1:
            more = self.tr("about 1 more ramped rep")
        else:
            more = self.tr("about {n} more ramped reps").format(n=report.more_reps)
        return self.tr("Capacity {capacity} vs target {target}: {gap} short; {more}").format(
            capacity=capacity, target=target, gap=self.money(report.gap, currency), more=more)

    def _forecast(self, data: PlanData) -> None:
        """One bold row per fiscal quarter, then its months with open deals (the module's definition)."""
        start, currency = data.grid.fiscal_start, data.grid.currency
        self.forecast.setRowCount(0)
        for quarter in data.forecast.outlook:
            row = self.forecast.rowCount()
            self.forecast.insertRow(row)
            self._outlook_row(row, quarter, currency)
            for month in data.forecast.months:
                if Period.parse(month.period, start).quarter().key != quarter.period:
                    continue
                row = self.forecast.rowCount()
                self.forecast.insertRow(row)
                self.forecast.setItem(row, 0, _item(month.period, right=False))
                self.forecast.setItem(row, 3, _item(self.bare_money(month.weighted, currency)))

    def bare_money(self, amount: Decimal, currency: str) -> str:
        """``money`` without the currency code (the table's title names it), so four columns fit the panel."""
        return self.money(amount, currency).removesuffix(f" {currency}")

    def _outlook_row(self, row: int, quarter: cap.Outlook, currency: str) -> None:
        if quarter.landing_attainment is None:
            share = reason(quarter.reasons.get("landing_attainment", cap.NO_QUOTA))
        else:
            share = f"{quarter.landing_attainment:.0%}"
        tooltip = self.tr("Landing {landing} = won {won} + weighted forecast {weighted}: {share} of the quota").format(
            landing=self.money(quarter.landing, currency), won=self.money(quarter.won, currency),
            weighted=self.money(quarter.weighted, currency), share=share)
        cells = [_item(quarter.period, right=False, tooltip=tooltip),
                 _item(self.tr("no quota") if quarter.quota is None else self.bare_money(quarter.quota, currency)),
                 _item(self.bare_money(quarter.won, currency)),
                 _item(self.bare_money(quarter.weighted, currency), tooltip=tooltip)]
        for column, cell in enumerate(cells):
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
            self.forecast.setItem(row, column, cell)

    def _coverage(self, data: PlanData) -> None:
        rows = [owner for owner in data.owners if owner.figures.owner_type != "company"]
        self.coverage.setRowCount(len(rows))
        for row, owner in enumerate(rows):
            figures = owner.figures
            self.coverage.setItem(row, 0, _item(owner_name(owner), right=False))
            if figures.coverage is None:
                text, colour = reason(figures.reasons.get("coverage", "")), None
            else:
                text, colour = f"{figures.coverage:.1f}x", "red" if figures.flagged else None
            self.coverage.setItem(row, 1, _item(text, colour=colour))
            needed = (reason(figures.reasons.get("pipeline_needed", "")) if figures.pipeline_needed is None
                      else self.money(figures.pipeline_needed, data.grid.currency))
            self.coverage.setItem(row, 2, _item(needed))


def owner_name(owner: OwnerRow) -> str:
    if owner.figures.owner_type == "company":
        return QCoreApplication.translate("Figures", "Company")
    if owner.figures.owner_type == "team":
        return QCoreApplication.translate("Figures", "{team} (team)").format(team=owner.name)
    return owner.name


class AttainmentPanel(QWidget):
    """Quota, won and attainment of every rep and team in the chosen quarter, coloured red, amber or green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", 1.05)
        self.table = _table([self.tr("Owner"), self.tr("Quota"), self.tr("Won"), self.tr("Attainment"),
                             self.tr("Pace")])
        self.table.setToolTip(self.thresholds())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)

    def thresholds(self) -> str:
        return self.tr("Attainment = won / quota. Pace = attainment / the share of the quarter gone by (in a "
                       "closed quarter, the attainment). Coloured by pace: below 70 % red, 70 % to below 90 % "
                       "amber, 90 % and above green")

    def show_data(self, data: PlanData) -> None:
        self.title.setText(self.tr("Attainment {period}").format(period=data.quarter.key))
        currency = data.grid.currency
        self.table.setRowCount(len(data.owners))
        for row, owner in enumerate(data.owners):
            figures = owner.figures
            self.table.setItem(row, 0, _item(owner_name(owner), right=False))
            self.table.setItem(row, 1, _item(self.tr("no quota") if figures.quota is None
                                             else format_money_short(figures.quota, currency, language())))
            self.table.setItem(row, 2, _item(format_money_short(figures.won, currency, language())))
            if figures.attainment is None:
                item = _item(reason(figures.reasons.get("attainment", cap.NO_QUOTA)))
            else:
                item = _item(f"{figures.attainment:.0%}", tooltip=self.thresholds(), colour=figures.band)
            self.table.setItem(row, 3, item)
            self.table.setItem(row, 4, self._pace_item(figures))
            if figures.owner_type != "rep":
                for column in range(5):
                    cell = self.table.item(row, column)
                    assert cell is not None
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)

    def _pace_item(self, figures: cap.Coverage) -> QTableWidgetItem:
        """The pace; blank without an attainment (its reason is beside it), "not started" before the quarter."""
        if figures.pace is None:
            return _item("" if figures.attainment is None else self.tr("not started"))
        return _item(f"{figures.pace:.0%}", tooltip=self.thresholds(), colour=figures.band)
