"""What every salesmgr chart shares: a pyqtgraph plot that reads like a figure in a report, not a tool."""
from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from salesmgr.i18n import language

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


def money_axis(largest: Decimal, currency: str) -> tuple[Decimal, str]:
    """What money is divided by on an axis whose largest value is ``largest``, and the axis label, in the units a
    reader of the interface language counts in: 万 (10,000) and 亿 (100,000,000) in Chinese, thousands and
    millions elsewhere, from 10,000 up; below that the amounts as they are, labelled with the currency."""
    if language() == "zh_CN":
        scales = ((Decimal(100_000_000), Decimal(100_000_000),
                   QT_TRANSLATE_NOOP("MoneyAxis", "{currency}, hundred millions")),
                  (Decimal(10_000), Decimal(10_000), QT_TRANSLATE_NOOP("MoneyAxis", "{currency}, ten thousands")))
    else:
        scales = ((Decimal(1_000_000), Decimal(1_000_000), QT_TRANSLATE_NOOP("MoneyAxis", "{currency}, millions")),
                  (Decimal(10_000), Decimal(1_000), QT_TRANSLATE_NOOP("MoneyAxis", "{currency}, thousands")))
    for threshold, divisor, label in scales:
        if abs(largest) >= threshold:
            return divisor, QCoreApplication.translate("MoneyAxis", str(label)).format(currency=currency)
    return Decimal(1), currency
