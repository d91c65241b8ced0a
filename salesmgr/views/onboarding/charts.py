"""The Onboarding page's charts (static pyqtgraph figures, ``plots.make_static``):

* ``MixChart``: a template's planned 70/20/10 mix (its hours by category / all its hours) beside the target mix
  (``entities.TARGET_MIX``), two bars per category, each with its percentage written above it.
* ``RampChart``: cumulative won revenue by days since hire (0-180), one line per new hire
  (``ramp.ramp_curves``), and the ramped reps' average as a dashed straight line from 0 rising by ``ramped_90``
  every 90 days. Money is drawn in the units of ``plots.money_axis`` (万 in Chinese, thousands in English).
"""
from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

from salesmgr.i18n import translate
from salesmgr.models.onboarding.entities import CATEGORIES, TARGET_MIX
from salesmgr.models.onboarding.ramp import CURVE_DAYS, RAMP_DAYS, RampCurve
from salesmgr.views.onboarding.texts import category_label
from salesmgr.views.widgets.plots import make_static, money_axis

PLANNED_COLOUR = "#4a7ebb"
TARGET_COLOUR = "#b0b0b0"
REFERENCE_COLOUR = "#555555"
LINE_COLOURS = ("#4a7ebb", "#e07b39", "#3f9b5a", "#b5443b", "#8064a2", "#2b9bb0", "#c9a227", "#d16ba5")
BAR_WIDTH = 0.36
TITLE_STYLE = {"size": "9pt", "color": "#333333"}


class MixChart(pg.PlotWidget):
    """``planned`` and ``target``: the bars' heights in percent, by category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.plot_item = self.getPlotItem()
        make_static(self.plot_item, grid_y=True)
        self.setMinimumSize(320, 220)
        self.planned: dict[str, float] = {}
        self.target = {key: float(TARGET_MIX[key] * 100) for key in CATEGORIES}
        self.title = ""
        self.show_mix(None, "")

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def show_mix(self, mix: dict[str, float] | None, template: str) -> None:
        self.plot_item.clear()
        self.plot_item.addLegend(offset=(-10, 10), labelTextColor="#333333")
        self.planned = {key: mix[key] * 100 for key in CATEGORIES} if mix else {}
        xs = list(range(len(CATEGORIES)))
        if self.planned:
            self.plot_item.addItem(pg.BarGraphItem(
                x=[x - BAR_WIDTH / 2 for x in xs], height=[self.planned[k] for k in CATEGORIES], width=BAR_WIDTH,
                brush=PLANNED_COLOUR, pen=None, name=translate("MixChart", "Planned")))
        self.plot_item.addItem(pg.BarGraphItem(
            x=[x + BAR_WIDTH / 2 for x in xs], height=[self.target[k] for k in CATEGORIES], width=BAR_WIDTH,
            brush=TARGET_COLOUR, pen=None, name=translate("MixChart", "Target")))
        for x, key in zip(xs, CATEGORIES, strict=True):
            for offset, values in ((-BAR_WIDTH / 2, self.planned), (BAR_WIDTH / 2, self.target)):
                if key in values:
                    label = pg.TextItem(f"{values[key]:.0f} %", color="#333333", anchor=(0.5, 1))
                    label.setPos(x + offset, values[key] + 1)
                    self.plot_item.addItem(label)
        self.plot_item.getAxis("bottom").setTicks([[(x, category_label(k)) for x, k in zip(xs, CATEGORIES,
                                                                                          strict=True)]])
        self.plot_item.setXRange(-0.6, len(CATEGORIES) - 0.4, padding=0)
        self.plot_item.setYRange(0, 100, padding=0.02)
        self.plot_item.setLabel("left", translate("MixChart", "Share of hours (%)"))
        planned = translate("MixChart", "{template}: planned mix against the 70/20/10 target")
        self.title = (planned.format(template=template) if template
                      else translate("MixChart", "Choose a template to see its planned mix"))
        self.plot_item.setTitle(self.title, **TITLE_STYLE)


def steps(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A cumulative line as steps: flat until each deal, then up by its amount."""
    found: list[tuple[float, float]] = []
    for x, y in points:
        if found and found[-1][1] != y:
            found.append((x, found[-1][1]))
        found.append((x, y))
    return found


class RampChart(pg.PlotWidget):
    """``lines``: (rep name, the (days, amount in the axis's unit) points drawn as steps), one per new hire;
    ``reference``: the dashed line's points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.plot_item = self.getPlotItem()
        make_static(self.plot_item, grid_x=True, grid_y=True)
        self.setMinimumHeight(260)
        self.lines: list[tuple[str, list[tuple[float, float]]]] = []
        self.reference: list[tuple[float, float]] = []
        self.title = ""

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def show_curves(self, curves: list[RampCurve], ramped_90: Decimal | None, currency: str,
                    observed: dict[int, int]) -> None:
        """Draw the curves; ``observed`` is each rep's days since hire (a line runs flat up to it, no further)."""
        self.plot_item.clear()
        legend = self.plot_item.addLegend(offset=(10, 10), labelTextColor="#333333")
        legend.setColumnCount(2 if len(curves) > 5 else 1)
        self.lines, self.reference = [], []
        reference_end = None if ramped_90 is None else ramped_90 * CURVE_DAYS / RAMP_DAYS
        largest = max([total for curve in curves for _, total in curve.points] + [reference_end or Decimal(0)])
        divisor, unit = money_axis(largest, currency)
        for index, curve in enumerate(curves):
            points = steps([(float(day), float(total / divisor)) for day, total in curve.points])
            end = float(min(observed.get(curve.rep_id, CURVE_DAYS), CURVE_DAYS))
            if end > points[-1][0]:
                points.append((end, points[-1][1]))  # flat up to today: nothing won since
            self.lines.append((curve.rep, points))
            xs, ys = zip(*points, strict=True)
            colour = LINE_COLOURS[index % len(LINE_COLOURS)]
            self.plot_item.plot(list(xs), list(ys), pen=pg.mkPen(colour, width=2),
                                name=curve.rep)
        if reference_end is not None:
            self.reference = [(0.0, 0.0), (float(CURVE_DAYS), float(reference_end / divisor))]
            xs, ys = zip(*self.reference, strict=True)
            self.plot_item.plot(list(xs), list(ys), name=translate("RampChart", "Ramped reps' average"),
                                pen=pg.mkPen(REFERENCE_COLOUR, width=2, style=Qt.PenStyle.DashLine))
        self.plot_item.setXRange(0, CURVE_DAYS, padding=0.02)
        self.plot_item.getAxis("bottom").setTicks([[(float(d), str(d)) for d in range(0, CURVE_DAYS + 1, 30)]])
        self.plot_item.setLabel("bottom", translate("RampChart", "Days since hire"))
        self.plot_item.setLabel("left", translate("RampChart", "Won revenue ({unit})").format(unit=unit))
        self.title = translate("RampChart", "Cumulative won revenue of each new hire by days since hire; dashed: the "
                                     "ramped reps' average")
        self.plot_item.setTitle(self.title, **TITLE_STYLE)
