"""The Bonuses page's table: one row per rep with each input, score and payout of the quarter."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.models.bonus import RepBonus
from salesmgr.models.bonus.kpis import format_actual, kpi_label
from salesmgr.models.money import quantize
from salesmgr.views.widgets.row_table_model import ALIGN_LEFT, ALIGN_RIGHT, RowTableModel

Index = QModelIndex | QPersistentModelIndex
PROBLEM_COLOUR = QColor("#c62828")


def percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value * 100:.1f}%"


class BonusTableModel(RowTableModel[Any]):
    """Rep, Team, Payout (the figure everyone looks for, in sight beside the name), Attainment, Sales score, CSAT
    score, Process score, then the inputs and steps behind them: Target bonus, Quota, Won, CSAT average, CRM
    timeliness, Training, Computed, Adjustment."""

    (REP, TEAM, PAYOUT, ATTAINMENT, SALES, CSAT, PROCESS, TARGET, QUOTA, WON, CSAT_AVG, TIMELINESS, TRAINING,
     COMPUTED, ADJUSTMENT) = range(15)
    KEYS = ("rep", "team", "payout", "attainment", "sales_score", "csat_score", "process_score", "target",
            "quota", "won", "csat_avg", "crm_timeliness", "training", "computed", "adjustment")  # for the settings
    MONEY = (TARGET, QUOTA, WON, COMPUTED, ADJUSTMENT, PAYOUT)
    RATIOS = (ATTAINMENT, SALES, CSAT, TIMELINESS, TRAINING, PROCESS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CNY"

    def column_titles(self) -> list[str]:
        money = (self.tr("Target bonus"), self.tr("Quota"), self.tr("Won"))
        return [self.tr("Rep"), self.tr("Team"), self._in_currency(self.tr("Payout")), self.tr("Attainment"),
                self.tr("Sales score"), self.tr("CSAT score"), self.tr("Process score"),
                *(self._in_currency(title) for title in money), self.tr("CSAT average"), self.tr("CRM on time"),
                self.tr("Training"), self._in_currency(self.tr("Computed")), self._in_currency(self.tr("Adjustment"))]

    def _in_currency(self, title: str) -> str:
        return self.tr("{title} ({currency})").format(title=title, currency=self.currency)

    def value(self, row: RepBonus, column: int) -> Any:
        values = (row.rep, row.team, row.payout, row.attainment, row.sales_score, row.csat_score,
                  row.process_score, row.target_bonus, row.quota, row.won, row.csat_avg, row.crm_timeliness,
                  row.training, row.computed, row.adjustment)
        return values[column]

    def display(self, row: RepBonus, column: int) -> str:
        value = self.value(row, column)
        if column in self.MONEY:  # the currency is in the header
            return "" if value is None else f"{quantize(value, self.currency):,}"
        if column in self.RATIOS:
            if value is None and column == self.CSAT:
                return self.tr("no data")
            return percent(value)
        if column == self.CSAT_AVG:
            return "" if value is None else self.tr("{score} ({n})").format(score=f"{value:.2f}",
                                                                            n=row.csat_responses)
        return value or ""

    def sort_value(self, row: RepBonus, column: int) -> Any:
        value = self.value(row, column)
        if column in (self.REP, self.TEAM):
            return (value or "").casefold()
        return float(value) if value is not None else float("-inf")

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_LEFT if column in (self.REP, self.TEAM) else ALIGN_RIGHT

    def tooltip(self, row: RepBonus, column: int) -> str | None:
        if row.problems:
            return "\n".join(row.problems)
        if column == self.CSAT and row.csat_score is None:
            return self.tr("No survey responses this quarter: the plan decides how this counts")
        if column == self.PROCESS:
            return self._process_tooltip(row)
        return None

    def _process_tooltip(self, row: RepBonus) -> str:
        """The process KPIs behind the score: timeliness, training and the plan's catalogue KPIs."""
        missing = self.tr("no data")
        lines = [self.tr("CRM on time: {value}").format(value=percent(row.crm_timeliness) or missing),
                 self.tr("Training: {value}").format(value=percent(row.training) or missing)]
        lines += [f"{kpi_label(key)}: {format_actual(key, value) if value is not None else missing}"
                  for key, value in row.extra_kpis]
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:  # every rep is active here; a rep with a problem is red
            return QBrush(PROBLEM_COLOUR) if index.isValid() and self.row_at(index).problems else None
        return super().data(index, role)

    def row_for_id(self, row_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows()) if row.rep_id == row_id), None)

    def export_columns(self) -> list[ExportColumn]:
        types = {**dict.fromkeys(self.MONEY, ColumnType.MONEY), **dict.fromkeys(self.RATIOS, ColumnType.PERCENT),
                 self.CSAT_AVG: ColumnType.NUMBER}
        return [ExportColumn(title, types.get(column, ColumnType.TEXT),
                             self.currency if column in self.MONEY else None)
                for column, title in enumerate(self.column_titles())]

    def export_value(self, row: RepBonus, column: int) -> Any:
        return self.value(row, column)
