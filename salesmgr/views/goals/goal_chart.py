"""The Goals panel's trend chart: the selected goal's metric over the last periods (``goal_loaders.load_trend``),
with its baseline and target as horizontal lines. Shares and ratios are drawn as percentages; a period without
data is left out of the line (never drawn as 0)."""
from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QWidget

from salesmgr.models.goals.catalogue import metric_def
from salesmgr.views.goals.goal_loaders import Trend

ACTUAL_COLOUR = "#4a7ebb"
BASELINE_COLOUR = "#888888"
TARGET_COLOUR = "#3f9b5a"
PERCENT_UNITS = ("share", "ratio")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalTrendChart", text)


def unit_title(unit: str, currency: str) -> str:
    """The left axis' label for a metric's unit."""
    titles = {"share": _tr("%"), "ratio": _tr("% change"), "money": currency, "days": _tr("days"),
              "points": _tr("NPS points"), "score": _tr("score"), "count": _tr("count"), "number": _tr("value")}
    return titles.get(unit, "")


def plotted(value: Decimal, unit: str) -> float:
    """The value as drawn: shares and ratios in percent."""
    return float(value * 100) if unit in PERCENT_UNITS else float(value)


class GoalTrendChart(pg.PlotWidget):
    """``points``: the (x, y) drawn for the actuals; ``baseline`` and ``target``: the lines' heights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumHeight(170)
        self.plot_item = self.getPlotItem()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.showGrid(x=False, y=True, alpha=0.15)
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(pg.mkPen("#888888"))
            axis.setTextPen(pg.mkPen("#333333"))
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
            self._set_title(_tr("Choose a goal to see its trend"))
            self.plot_item.getAxis("bottom").setTicks([[]])
            self.plot_item.setLabel("left", "")
            self.plot_item.setLabel("bottom", "")
            return
        unit = trend.unit
        self.points = [(float(i), plotted(p.value, unit)) for i, p in enumerate(trend.points) if p.value is not None]
        self.baseline, self.target = plotted(trend.baseline, unit), plotted(trend.target, unit)
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
        self.plot_item.setLabel("left", unit_title(unit, currency))
        self.plot_item.setLabel("bottom", _tr("Period"))
        self._set_title(_tr("{metric}: actual by period; dashed lines: baseline (grey) and target (green)").format(
            metric=metric_def(trend.metric).label()))

    def _set_title(self, text: str) -> None:
        self.title = text
        self.plot_item.setTitle(text, size="9pt", color="#333333")
