"""What every salesmgr chart shares: a pyqtgraph plot that reads like a figure in a report, not a tool."""
from __future__ import annotations

import pyqtgraph as pg

AXIS_COLOUR = "#888888"
AXIS_TEXT_COLOUR = "#333333"


def make_static(plot_item: pg.PlotItem, *, grid_x: bool = False, grid_y: bool = False) -> None:
    """No context menu, no auto-range button, no panning or zooming with the mouse; a faint grid along the
    axes asked for, grey axes with dark labels."""
    plot_item.setMenuEnabled(False)
    plot_item.hideButtons()
    plot_item.setMouseEnabled(x=False, y=False)
    plot_item.showGrid(x=grid_x, y=grid_y, alpha=0.15)
    for name in ("left", "bottom"):
        axis = plot_item.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOUR))
        axis.setTextPen(pg.mkPen(AXIS_TEXT_COLOUR))
