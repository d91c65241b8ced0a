"""The dashboard's charts: horizontal pyqtgraph bar charts fed with plain rows.

``FunnelChart`` draws one bar per open stage plus won (length = deals that reached the stage) and
``RankingChart`` the won amount of the top reps. Both take their rows through ``set_data``, show the values of
the bar under the mouse (tooltip and ``hover_text``) and write themselves to a PNG with ``save_png``.
"""
from __future__ import annotations

import html
from decimal import Decimal
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QToolTip, QWidget
from shiboken6 import isValid

from salesmgr.models.money import format_money
from salesmgr.views.dashboard.rows import TOP_REPS, FunnelRow, MonthlyRow, RankingRow, StageDurationRow
from salesmgr.views.widgets.plots import make_static

OPEN_COLOUR = "#4a7ebb"
WON_COLOUR = "#3f9b5a"
RANK_COLOUR = "#d08a2c"
QUOTA_COLOUR = "#c0392b"
SECONDARY_COLOUR = "#777777"  # the funnel label's second part
BAR_HEIGHT = 0.62


def money_text(amount: str | Decimal | None, currency: str) -> str:
    """``"1234.5"`` -> ``"1,234.50 CNY"``; an empty string for no amount."""
    if amount is None or amount == "":
        return ""
    return format_money(Decimal(amount), currency)


class BarChart(pg.PlotWidget):
    """A horizontal bar chart, first row at the top, with a text label after each bar and hover details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumHeight(260)
        self.plot_item = self.getPlotItem()
        make_static(self.plot_item, grid_x=True)
        self.plot_item.invertY(True)
        self.bars: pg.BarGraphItem | None = None
        self.labels: list[pg.TextItem] = []
        self.values: list[float] = []
        self.details: list[str] = []
        self.hover_text = ""
        self.empty_text = pg.TextItem(anchor=(0.5, 0.5), color="#777777")
        self.plot_item.addItem(self.empty_text, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        # the view box gets its final size after the widget's resize event: fit the labels again then
        self.plot_item.vb.sigResized.connect(self._view_resized)

    def sizeHint(self) -> QSize:
        # the height a chart asks for: two rows of charts under the Dashboard's tiles fit a 1200 x 760 window
        # without scrolling (a taller window gives them the rest)
        return QSize(480, 260)

    def _draw(self, names: list[str], values: list[float], labels: list[str], details: list[str],
              brushes: list[str], empty: str) -> None:
        """Replace the bars: ``values`` sets each bar's length, ``labels`` are written after them (plain text, or
        HTML when they hold a tag)."""
        for item in [self.bars, *self.labels]:
            if item is not None:
                self.plot_item.removeItem(item)
        self.labels, self.values, self.details, self.hover_text = [], list(values), list(details), ""
        self.bars = None
        left = self.plot_item.getAxis("left")
        left.setTicks([list(enumerate(names))])
        if not names:
            self.empty_text.setText(empty)
            self.empty_text.setPos(0.5, 0.5)
            self.empty_text.show()
            self.plot_item.setXRange(0, 1, padding=0)
            self.plot_item.setYRange(0, 1, padding=0)
            return
        self.empty_text.hide()
        self.bars = pg.BarGraphItem(x0=[0] * len(values), y=list(range(len(values))), height=BAR_HEIGHT,
                                    width=values, brushes=[pg.mkBrush(b) for b in brushes], pen=pg.mkPen(None))
        self.plot_item.addItem(self.bars)
        top = max(values) if max(values) > 0 else 1.0
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        for row, (value, text) in enumerate(zip(values, labels, strict=True)):
            label = pg.TextItem(color="#222222", anchor=(0, 0.5))
            label.setFont(font)
            if "<" in text:
                label.setHtml(text)
            else:
                label.setText(text)
            label.setPos(value + top * 0.01, row)
            self.plot_item.addItem(label, ignoreBounds=True)
            self.labels.append(label)
        self._fit_labels()
        self.plot_item.setYRange(-0.6, len(values) - 0.4, padding=0)

    def _fit_labels(self) -> None:
        """An x range wide enough that every bar's label ends inside the plot, whatever the widget's width."""
        if not self.values or not self.labels:
            return
        metrics = QFontMetrics(self.labels[0].textItem.font())
        view_px = self.plot_item.vb.width()
        plot_px = max(view_px if view_px > 50 else self.width() * 0.6, 120.0)
        top = max(max(self.values), 1e-9)
        needed = max(value / max(1.0 - (metrics.horizontalAdvance(label.toPlainText()) + 12) / plot_px, 0.2)
                     for value, label in zip(self.values, self.labels, strict=True))
        self.plot_item.setXRange(0, max(needed, top * 1.05), padding=0)

    def _view_resized(self, _view: object) -> None:
        if isValid(self) and "labels" in self.__dict__:
            self._fit_labels()

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        super().resizeEvent(event)
        if "labels" in self.__dict__:  # pyqtgraph resizes once inside its own __init__, before ours has run
            self._fit_labels()

    def bar_at(self, y: float) -> int | None:
        """The row of the bar at view height ``y`` (anywhere along its line), or None."""
        row = round(y)
        return row if 0 <= row < len(self.values) and abs(y - row) <= BAR_HEIGHT / 2 else None

    def _mouse_moved(self, position: QPointF) -> None:
        view = self.plot_item.getViewBox()
        if not self.values or not view.sceneBoundingRect().contains(position):
            self._show_hover(None)
            return
        self._show_hover(self.bar_at(view.mapSceneToView(position).y()))

    def _show_hover(self, row: int | None) -> None:
        text = "" if row is None else self.details[row]
        if text == self.hover_text:
            return
        self.hover_text = text
        self.setToolTip(text)
        if text:
            QToolTip.showText(self.cursor().pos(), text, self)
        else:
            QToolTip.hideText()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        save = menu.addAction(self.tr("Save chart as PNG…"))
        if menu.exec(event.globalPos()) is save:
            self.save_as()

    def save_as(self) -> bool:
        """Ask where to save the chart as a PNG image, then save it there."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "chart.png",
                                                    self.tr("PNG image (*.png)"))
        if not path:
            return False
        if not path.lower().endswith(".png"):
            path += ".png"
        return self.save_png(path)

    def save_png(self, path: str | Path) -> bool:
        """Write the chart as it looks now (at least 640 x 360 pixels) to ``path``; True when written."""
        if self.width() < 640 or self.height() < 360:
            self.resize(max(self.width(), 640), max(self.height(), 360))
        return self.grab().save(str(path), "PNG")


class FunnelChart(BarChart):
    """One bar per open stage plus won, as long as the number of deals that reached it, labelled with that
    number, the deals now in the stage and the conversion to the next stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FunnelRow] = []
        self.currency = ""
        self.plot_item.setTitle(self.tr("Funnel: deals reaching each stage"), color="#333333")
        self.plot_item.setLabel("bottom", self.tr("Deals"))
        self.set_data([], "")

    def set_data(self, rows: list[FunnelRow], currency: str) -> None:
        """One row per stage, in pipeline order (as ``summary.dashboard_stages`` gives them); lost stages are left
        out. A bar is as long as the deals that reached its stage, and its label says so first; the deals now in
        the stage follow in grey, and the conversion to the next stage wherever the funnel gives one."""
        self.rows = [row for row in rows if row.kind in ("open", "won")]
        self.currency = currency
        labels, details = [], []
        last_open = max((i for i, row in enumerate(self.rows) if row.kind == "open"), default=-1)
        for i, row in enumerate(self.rows):
            main, secondary = self.label_parts(row, currency, closes=i == last_open)
            labels.append(html.escape(main) + (f"<span style='color:{SECONDARY_COLOUR}'> · {html.escape(secondary)}"
                                               "</span>" if secondary else ""))
            details.append(self._detail(row, currency, closes=i == last_open))
        brushes = [WON_COLOUR if row.kind == "won" else OPEN_COLOUR for row in self.rows]
        self._draw([row.stage for row in self.rows], [float(row.reached) for row in self.rows], labels, details,
                   brushes, self.tr("No deals in this period"))

    def label_parts(self, row: FunnelRow, currency: str, *, closes: bool = False) -> tuple[str, str]:
        """The label after a bar: the drawn figure (and the conversion when there is one), then the secondary
        text (the deals now in an open stage, empty for won), which the label adds after a " · ". Plain text.
        ``closes``: the row is the last open stage, whose conversion is the close rate (won / reached)."""
        if row.kind == "won":
            amount = money_text(row.amount, currency) or self.tr("no amount")
            return self.tr("{reached} won · {amount}").format(reached=f"{row.reached:,}", amount=amount), ""
        if row.conversion is None:
            main = self.tr("{reached} reached").format(reached=f"{row.reached:,}")
        elif closes:
            main = self.tr("{reached} reached · {percent} % won").format(
                reached=f"{row.reached:,}", percent=f"{row.conversion * 100:.1f}")
        else:
            main = self.tr("{reached} reached · {percent} % go on").format(
                reached=f"{row.reached:,}", percent=f"{row.conversion * 100:.1f}")
        return main, self.tr("{count} now in stage").format(count=f"{row.count:,}")

    def label_texts(self) -> list[str]:
        """The labels as drawn, as plain text."""
        return [label.textItem.toPlainText() for label in self.labels]

    def _detail(self, row: FunnelRow, currency: str, *, closes: bool = False) -> str:
        amount = money_text(row.amount, currency) or self.tr("no amount")
        conversion = (self.tr("n/a") if row.conversion is None
                      else self.tr("{percent} %").format(percent=f"{row.conversion * 100:.1f}"))
        if closes:
            template = self.tr("{stage}\nReached: {reached}\nNow in stage: {count} ({amount})\n"
                               "Close rate (won of the deals that reached it): {conversion}")
        else:
            template = self.tr("{stage}\nReached: {reached}\nNow in stage: {count} ({amount})\n"
                               "Conversion to the next stage: {conversion}")
        return template.format(
            stage=row.stage, reached=f"{row.reached:,}", count=f"{row.count:,}", amount=amount,
            conversion=conversion)


class RankingChart(BarChart):
    """The won amount of the top ``TOP_REPS`` reps in the period, best at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RankingRow] = []
        self.currency = ""
        self.plot_item.setTitle(self.tr("Top reps by won amount"), color="#333333")
        self.plot_item.getAxis("bottom").setStyle(showValues=False)
        self.set_data([], "")

    def set_data(self, rows: list[RankingRow], currency: str) -> None:
        """``rows`` ordered best first; only the first ``TOP_REPS`` are drawn."""
        self.rows = list(rows)[:TOP_REPS]
        self.currency = currency
        labels, details = [], []
        for row in self.rows:
            amount = money_text(row.won_amount, currency)
            attainment = (self.tr("no quota") if row.attainment is None
                          else self.tr("{percent} % of quota").format(percent=f"{row.attainment * 100:.1f}"))
            labels.append(self.tr("{amount} · {attainment}").format(amount=amount, attainment=attainment))
            details.append(self.tr("{name}\nWon: {amount} in {count} deals\nAttainment: {attainment}").format(
                name=row.name, amount=amount, count=f"{row.won_count:,}", attainment=attainment))
        self._draw([row.name for row in self.rows], [float(row.won_amount) for row in self.rows], labels, details,
                   [RANK_COLOUR] * len(self.rows), self.tr("No reps in this period"))


class MonthlyChart(BarChart):
    """The won amount of each month (one bar per month, oldest at the top) with the month's quota as a marker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MonthlyRow] = []
        self.currency = ""
        self.quota_marks = pg.ScatterPlotItem(symbol="|", size=22, pen=pg.mkPen(QUOTA_COLOUR, width=3),
                                              brush=pg.mkBrush(QUOTA_COLOUR))
        self.plot_item.addItem(self.quota_marks)
        self.plot_item.setTitle(self.tr("Won per month (| = quota)"), color="#333333")
        self.plot_item.getAxis("bottom").setStyle(showValues=False)
        self.set_data([], "")

    def set_data(self, rows: list[MonthlyRow], currency: str) -> None:
        """``rows`` oldest month first, as ``won_by_month`` returns them."""
        self.rows = list(rows)
        self.currency = currency
        labels, details = [], []
        for row in self.rows:
            amount = money_text(row.won, currency)
            if row.quota is None:
                quota, label = self.tr("no quota"), self.tr("{amount} · no quota")
            elif row.quota == 0:
                quota, label = money_text(row.quota, currency), self.tr("{amount}")
            else:
                quota = money_text(row.quota, currency)
                label = self.tr("{amount} · {percent} %")
            percent = f"{row.won / row.quota * 100:.1f}" if row.quota else ""
            labels.append(label.format(amount=amount, percent=percent))
            details.append(self.tr("{month}\nWon: {amount}\nQuota: {quota}").format(
                month=row.month, amount=amount, quota=quota))
        # the quota markers count for the bar lengths, so the x range holds them too
        values = [float(max(row.won, row.quota or 0)) for row in self.rows]
        self._draw([row.month for row in self.rows], values, labels, details, [WON_COLOUR] * len(self.rows),
                   self.tr("No months to show"))
        if self.bars is not None:
            self.bars.setOpts(width=[float(row.won) for row in self.rows])
        marks = [(float(row.quota), index) for index, row in enumerate(self.rows) if row.quota is not None]
        self.quota_marks.setData(x=[x for x, _ in marks], y=[y for _, y in marks])


class StageDurationChart(BarChart):
    """The average days deals spent in each open stage, in pipeline order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StageDurationRow] = []
        self.plot_item.setTitle(self.tr("Average days in each open stage"), color="#333333")
        self.plot_item.setLabel("bottom", self.tr("Days"))
        self.set_data([])

    def set_data(self, rows: list[StageDurationRow] | list[dict[str, object]]) -> None:
        """``rows`` in pipeline order; a stage without a completed stay gets an empty bar."""
        self.rows = [row if isinstance(row, StageDurationRow) else StageDurationRow(**row)  # type: ignore[arg-type]
                     for row in rows]
        labels, details = [], []
        for row in self.rows:
            if row.days is None:
                labels.append(self.tr("no completed stays"))
                details.append(self.tr("{stage}\nNo deal has left this stage yet").format(stage=row.stage))
            else:
                days = self.tr("{days} days").format(days=f"{row.days:,.1f}")
                labels.append(days)
                details.append(self.tr("{stage}\nAverage stay: {days}").format(stage=row.stage, days=days))
        self._draw([row.stage for row in self.rows], [row.days or 0.0 for row in self.rows], labels, details,
                   [OPEN_COLOUR] * len(self.rows), self.tr("No open stages"))
