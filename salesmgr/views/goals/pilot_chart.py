"""The Roadmap panel's pilot chart: a metric for the pilot team and for the other teams (their mean), in the
window before the pilot's start and the window after it, as grouped bars (``pilot.compare``). A value that
cannot be computed has no bar (never a bar of 0); shares are drawn as percentages, money in thousands or
millions when large."""
from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QWidget

from salesmgr.models.goals.catalogue import metric_def
from salesmgr.models.goals.pilot import PilotComparison
from salesmgr.views.goals.goal_chart import plotted, unit_title
from salesmgr.views.widgets.plots import make_static, money_axis

PILOT_COLOUR = "#4a7ebb"
OTHERS_COLOUR = "#b0b0b0"
WIDTH = 0.38


class PilotChart(pg.PlotWidget):
    """``bars``: (x, height, which) drawn, which is "pilot" or "others"; ``title`` the chart's title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumHeight(200)
        self.plot_item = self.getPlotItem()
        make_static(self.plot_item, grid_y=True)
        self.legend = self.plot_item.addLegend(offset=(-10, 10))  # top right
        self.bars: list[tuple[float, float, str]] = []
        self.title = ""
        self.show_comparison(None)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def show_comparison(self, found: PilotComparison | None, currency: str = "") -> None:
        self.plot_item.clear()
        self.legend.clear()
        self.bars = []
        if found is None:
            self._set_title(QCoreApplication.translate("PilotChart", "No pilot team yet"))
            self.plot_item.getAxis("bottom").setTicks([[]])
            self.plot_item.setLabel("left", "")
            return
        values = [found.pilot_before, found.others_before, found.pilot_after, found.others_after]
        known = [abs(v) for v in values if v is not None]
        largest = max(known, default=Decimal(0))
        scale, money_title = money_axis(largest, currency) if found.unit == "money" else (Decimal(1), "")
        others = QCoreApplication.translate("PilotChart", "Other teams (mean of {n})").format(n=found.others_teams)
        for which, colour, name, items in (
                ("pilot", PILOT_COLOUR, found.team, ((0.0, found.pilot_before), (1.0, found.pilot_after))),
                ("others", OTHERS_COLOUR, others, ((0.0, found.others_before), (1.0, found.others_after)))):
            offset = -WIDTH / 2 if which == "pilot" else WIDTH / 2
            drawn = [(x + offset, plotted(v, found.unit, scale)) for x, v in items if v is not None]
            self.bars += [(x, h, which) for x, h in drawn]
            item = pg.BarGraphItem(x=[x for x, _ in drawn], height=[h for _, h in drawn], width=WIDTH,
                                   brush=colour, pen=pg.mkPen(colour), name=name)
            self.plot_item.addItem(item)  # named: the legend lists it
        self.plot_item.getAxis("bottom").setTicks([[
            (0.0, QCoreApplication.translate("PilotChart", "before: {period}").format(period=found.before.key)),
            (1.0, QCoreApplication.translate("PilotChart", "after: {period}").format(period=found.after.key))]])
        self.plot_item.setXRange(-0.6, 1.6, padding=0)
        heights = [h for _, h, _ in self.bars] + [0.0]
        top, bottom = max(heights), min(heights)
        self.plot_item.setYRange(bottom * 1.15, top * 1.35 or 1.0, padding=0)  # room for the legend
        self.plot_item.setLabel("left", money_title if found.unit == "money" else unit_title(found.unit, currency))
        self.plot_item.setLabel("bottom", QCoreApplication.translate("PilotChart", "Window around the pilot's start"))
        self._set_title(QCoreApplication.translate(
            "PilotChart", "{metric}: {team} against the other teams, before and after {start}").format(
            metric=metric_def(found.metric).label(), team=found.team, start=found.start.isoformat()))

    def _set_title(self, text: str) -> None:
        self.title = text
        self.plot_item.setTitle(text, size="9pt", color="#333333")
