"""The stalled deals under the Pipeline page's table: open deals that sat in their stage longer than its threshold.

The rows come from ``salesmgr.models.metrics.stages.stalled_deals`` through the DbRunner, for the team and rep the
Pipeline page's filter bar chooses (its search, stage and dates do not narrow this list). Double-clicking a row
asks the page to open the deal (``open_requested``).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.models import clock
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.stages import StalledDeal
from salesmgr.views.messages import user_message
from salesmgr.views.pipeline.loaders import load_stalled
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.labels import heading
from salesmgr.views.widgets.rates_note import RatesNote
from salesmgr.views.widgets.row_table_model import EXPORT_ROLE
from salesmgr.views.widgets.table_export import install_export_action

NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DAYS_COLUMN = 4  # days in stage, threshold and amount are numbers


class StalledPanel(QWidget):
    """A table of the stalled deals for a team and rep; ``loaded`` once new rows are on screen, ``open_requested``
    with the deal's id on a double click."""

    loaded = Signal()
    open_requested = Signal(int)
    rates_requested = Signal(list)  # the currencies whose deals show no amount for want of a rate

    def __init__(self, runner: DbRunner, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today
        self.deals: list[StalledDeal] = []
        self._filter: MetricFilter | None = None
        self._request = 0
        self.title_label = heading(self.tr("Stalled deals"), 1.05)
        self.error_label = QLabel()
        self.error_label.hide()
        self.rates_note = RatesNote()
        self.rates_note.rates_requested.connect(self.rates_requested)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Deal"), self.tr("Account"), self.tr("Owner"), self.tr("Stage"), self.tr("Days in stage"),
            self.tr("Threshold (days)"), self.tr("Amount")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((220, 170, 110, 130, 100, 110)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.export_action = install_export_action(self.table, runner, lambda: self.tr("Stalled deals"),
                                                   self._export_notes, columns=self._export_columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.rates_note)
        layout.addWidget(self.table)

    def set_filter(self, team_id: int | None, rep_id: int | None) -> None:
        """Show the stalled deals of this team and rep (None: all); reloads only when they change."""
        flt = MetricFilter(team_id=team_id, rep_id=rep_id)
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Fetch the rows again for the current filter; an older answer still on its way is dropped."""
        self._request += 1
        request, flt, today = self._request, self._filter or MetricFilter(), self.today
        cache = getattr(self.runner, "cache", None)
        self.runner.run(lambda session: load_stalled(session, flt, today, cache),
                        lambda found: self._on_loaded(request, found), lambda exc: self._on_error(request, exc))

    def _on_loaded(self, request: int, found: tuple[list[StalledDeal], list[str]]) -> None:
        if not isValid(self) or request != self._request:
            return
        deals, unrated = found
        self.deals = deals
        self.rates_note.show_currencies(unrated)
        self.error_label.hide()
        self.title_label.setText(self.tr("Stalled deals ({n})").format(n=f"{len(deals):,}"))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(deals))
        for row, deal in enumerate(deals):
            amount = "" if deal.amount is None else f"{deal.amount:,.2f}"
            cells = [(deal.name, None), (deal.account or "", None), (deal.owner or "", None), (deal.stage, None),
                     (f"{deal.days_in_stage:,}", deal.days_in_stage),
                     (f"{deal.threshold_days:,.1f}", round(deal.threshold_days, 1)), (amount, deal.amount)]
            for column, (text, typed) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, deal.opportunity_id)
                if column >= DAYS_COLUMN:
                    item.setTextAlignment(NUMERIC)
                    item.setData(EXPORT_ROLE, typed)
                self.table.setItem(row, column, item)
        self.loaded.emit()

    def _on_error(self, request: int, exc: Exception) -> None:
        if not isValid(self) or request != self._request:
            return
        self.error_label.setText(self.tr("The stalled deals could not be loaded: {reason}").format(
            reason=user_message(exc)))
        self.error_label.show()

    def _export_columns(self) -> list[ExportColumn]:
        headers = [str(self.table.model().headerData(column, Qt.Orientation.Horizontal))
                   for column in range(self.table.columnCount())]
        types = [ColumnType.TEXT] * DAYS_COLUMN + [ColumnType.INTEGER, ColumnType.NUMBER, ColumnType.MONEY]
        return [ExportColumn(header, kind) for header, kind in zip(headers, types, strict=True)]

    def _export_notes(self) -> list[str]:
        return [self.tr("Open deals past their stage's stall threshold, as of {day}").format(
            day=(self.today or clock.today()).isoformat())]

    def _double_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.deals):
            self.open_requested.emit(self.deals[row].opportunity_id)
