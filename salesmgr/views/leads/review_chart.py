"""The score distribution by outcome (``review.distribution``): for each score bin, three bars side by side, the
leads won, converted not won and not converted, with a legend and axis titles (a static pyqtgraph figure,
``plots.make_static``)."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from salesmgr.models.leads.review import OUTCOMES, ScoreBin, outcome_label
from salesmgr.views.widgets.plots import make_static

COLOURS = {"won": "#3f9b5a", "converted_not_won": "#4a7ebb", "not_converted": "#b0b0b0"}
BAR_WIDTH = 0.27
TITLE_STYLE = {"size": "9pt", "color": "#333333"}


class DistributionChart(pg.PlotWidget):
    """``heights``: the bars drawn, per outcome, one per bin (for tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.plot_item = self.getPlotItem()
        make_static(self.plot_item, grid_y=True)
        self.setMinimumHeight(220)
        self.heights: dict[str, list[int]] = {}
        self.title = ""
        self.show_bins(())

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def show_bins(self, bins: tuple[ScoreBin, ...]) -> None:
        self.plot_item.clear()
        self.plot_item.addLegend(offset=(-10, 10), labelTextColor="#333333")
        xs = list(range(len(bins)))
        self.heights = {outcome: [getattr(b, outcome) for b in bins] for outcome in OUTCOMES}
        for position, outcome in enumerate(OUTCOMES):
            if bins:
                self.plot_item.addItem(pg.BarGraphItem(
                    x=[x + (position - 1) * BAR_WIDTH for x in xs], height=self.heights[outcome],
                    width=BAR_WIDTH, brush=COLOURS[outcome], pen=None, name=outcome_label(outcome)))
        self.plot_item.getAxis("bottom").setTicks([[(x, b.label) for x, b in zip(xs, bins, strict=True)]])
        self.plot_item.setXRange(-0.6, max(len(bins), 1) - 0.4, padding=0)
        tallest = max((h for values in self.heights.values() for h in values), default=0)
        self.plot_item.setYRange(0, max(tallest, 1) * 1.15, padding=0)
        self.plot_item.setLabel("bottom", self.tr("Score"))
        self.plot_item.setLabel("left", self.tr("Leads"))
        self.title = (self.tr("Leads per score band by what became of them") if bins
                      else self.tr("No leads were created in the period"))
        self.plot_item.setTitle(self.title, **TITLE_STYLE)
