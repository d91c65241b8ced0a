"""The Goals panel's trend chart: the selected goal's metric over the last periods (``goal_loaders.load_trend``),
with its baseline and target as horizontal lines. Shares and ratios are drawn as percentages; a period without
data is left out of the line (never drawn as 0)."""
from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QWidget

from salesmgr.i18n import QT_TRANSLATE_NOOP
from salesmgr.models.goals.catalogue import metric_def
from salesmgr.views.goals.goal_loaders import Trend
from salesmgr.views.widgets.plots import make_static, money_axis

ACTUAL_COLOUR = "#4a7ebb"
BASELINE_COLOUR = "#888888"
TARGET_COLOUR = "#3f9b5a"
PERCENT_UNITS = ("share", "ratio")



UNIT_TITLES = {"share": QT_TRANSLATE_NOOP("GoalTrendChart", "%"),
               "ratio": QT_TRANSLATE_NOOP("GoalTrendChart", "% change"),
               "days": QT_TRANSLATE_NOOP("GoalTrendChart", "days"),
               "points": QT_TRANSLATE_NOOP("GoalTrendChart", "NPS points"),
               "score": QT_TRANSLATE_NOOP("GoalTrendChart", "score"),
               "count": QT_TRANSLATE_NOOP("GoalTrendChart", "count"),
               "number": QT_TRANSLATE_NOOP("GoalTrendChart", "value")}


def unit_title(unit: str, currency: str) -> str:
    """The left axis' label for a metric's unit (money: the currency)."""
    if unit == "money":
        return currency
    return QCoreApplication.translate("GoalTrendChart", UNIT_TITLES[unit]) if unit in UNIT_TITLES else ""


def plotted(value: Decimal, unit: str, scale: Decimal = Decimal(1)) -> float:
    """The value as drawn: shares and ratios in percent, money divided by ``scale``."""
    return float(value * 100) if unit in PERCENT_UNITS else float(value / scale)


def largest_value(trend: Trend) -> Decimal:
    """The largest amount the chart draws (actuals, baseline, target), which sets the money axis's unit."""
    return max([abs(p.value) for p in trend.points if p.value is not None] + [abs(trend.baseline),
                                                                          abs(trend.target)])


class GoalTrendChart(pg.PlotWidget):
    """``points``: the (x, y) drawn for the actuals; ``baseline`` and ``target``: the lines' heights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumHeight(170)
        self.plot_item = self.getPlotItem()
        make_static(self.plot_item, grid_y=True)
        self.points: list[tuple[float, float]] = []
        self.baseline: float | None = None
        self.target: float | None = None
        self.title = ""
        self.show_trend(None)

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def show_trend(self, trend: Trend | None, currency: str = "") -> None:
        """Draw ``trend`` (None: an empty chart asking for a goal to be chosen)."""
        self.plot_item.clear()
        self.points, self.baseline, self.target = [], None, None
        if trend is None:
            self._set_title(QCoreApplication.translate("GoalTrendChart", "Choose a goal to see its trend"))
            self.plot_item.getAxis("bottom").setTicks([[]])
            self.plot_item.setLabel("left", "")
            self.plot_item.setLabel("bottom", "")
            return
        unit = trend.unit
        scale, money_title = money_axis(largest_value(trend), currency) if unit == "money" else (Decimal(1), "")
        self.points = [(float(i), plotted(p.value, unit, scale)) for i, p in enumerate(trend.points)
                       if p.value is not None]
        self.baseline, self.target = plotted(trend.baseline, unit, scale), plotted(trend.target, unit, scale)
        self.plot_item.addLine(y=self.baseline, pen=pg.mkPen(BASELINE_COLOUR, width=1.5, style=Qt.PenStyle.DashLine))
        self.plot_item.addLine(y=self.target, pen=pg.mkPen(TARGET_COLOUR, width=1.5, style=Qt.PenStyle.DashLine))
        if self.points:
            xs, ys = zip(*self.points, strict=True)
            self.plot_item.plot(list(xs), list(ys), pen=pg.mkPen(ACTUAL_COLOUR, width=2), symbol="o", symbolSize=7,
                                symbolBrush=ACTUAL_COLOUR, symbolPen=None)
        self.plot_item.getAxis("bottom").setTicks([[(float(i), p.period) for i, p in enumerate(trend.points)]])
        self.plot_item.setXRange(-0.3, len(trend.points) - 0.7, padding=0)
        heights = [y for _, y in self.points] + [self.baseline, self.target]
        low, high = min(heights), max(heights)
        margin = (high - low) * 0.15 or 1.0
        self.plot_item.setYRange(low - margin, high + margin, padding=0)
        self.plot_item.setLabel("left", money_title if unit == "money" else unit_title(unit, currency))
        self.plot_item.setLabel("bottom", QCoreApplication.translate("GoalTrendChart", "Period"))
        self._set_title(QCoreApplication.translate(
            "GoalTrendChart", "{metric}: actual by period; dashed lines: baseline (grey) and target (green)").format(
            metric=metric_def(trend.metric).label()))

    def _set_title(self, text: str) -> None:
        self.title = text
        self.plot_item.setTitle(text, size="9pt", color="#333333")
