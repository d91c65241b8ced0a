"""One rep's bonus statement: every figure with how it was computed, and the deals, activities, survey
responses, training sessions and adjustments behind it (each list exports to Excel)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models.bonus import RepStatement
from salesmgr.models.money import format_money
from salesmgr.views.widgets.labels import heading, paragraph
from salesmgr.views.widgets.row_table_model import EXPORT_ROLE
from salesmgr.views.widgets.table_export import install_export_action

NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def make_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[tuple[str, Any]]]) -> None:
    """Rows of (text shown, typed value for exports); numbers are right-aligned."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, (text, value) in enumerate(row):
            item = QTableWidgetItem(text)
            item.setData(EXPORT_ROLE, value)
            if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                item.setTextAlignment(NUMERIC)
            table.setItem(r, c, item)


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


class StatementPanel(QWidget):
    """Shows a ``RepStatement``; ``adjust_requested`` when the user asks to add an adjustment."""

    adjust_requested = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statement: RepStatement | None = None
        self.currency = "CNY"
        self.title_label = heading(self.tr("Statement"), 1.1)
        self.title_label.setWordWrap(False)
        self.hint_label = paragraph(self.tr("Choose a rep in the table to see how each figure was computed."),
                                    muted=True)
        self.adjust_button = QPushButton(self.tr("Add adjustment…"))
        self.adjust_button.clicked.connect(self.adjust_requested)
        self.adjust_button.setEnabled(False)
        self.figures = make_table([self.tr("Figure"), self.tr("Value"), self.tr("How it was computed")])
        self.figures.setWordWrap(True)
        self.deals = make_table([self.tr("Deal"), self.tr("Account"), self.tr("Closed"), self.tr("Amount")])
        self.activities = make_table([self.tr("Activity"), self.tr("Happened"), self.tr("Logged"),
                                      self.tr("Within 24 h")])
        self.csat = make_table([self.tr("Account"), self.tr("Answered"), self.tr("Score")])
        self.training = make_table([self.tr("Session"), self.tr("Date"), self.tr("Attended")])
        self.adjustments = make_table([self.tr("Amount"), self.tr("Reason"), self.tr("By"), self.tr("When")])
        self.tabs = QTabWidget()
        for table, title in ((self.figures, self.tr("Figures")), (self.deals, self.tr("Won deals")),
                             (self.activities, self.tr("Activities")), (self.csat, self.tr("Survey responses")),
                             (self.training, self.tr("Training")), (self.adjustments, self.tr("Adjustments"))):
            self.tabs.addTab(table, title)
            install_export_action(table, runner, partial(self._export_title, title))
        bar = QHBoxLayout()
        bar.addWidget(self.title_label)
        bar.addStretch(1)
        bar.addWidget(self.adjust_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.tabs, 1)

    def _export_title(self, part: str) -> str:
        rep = self.statement.bonus.rep if self.statement else ""
        return f"{rep} – {part}"

    def money(self, amount: Decimal | None) -> str:
        return "" if amount is None else format_money(amount, self.currency)

    def show_statement(self, statement: RepStatement | None, currency: str, *, can_adjust: bool) -> None:
        self.statement, self.currency = statement, currency
        self.adjust_button.setEnabled(statement is not None and can_adjust)
        if statement is None:
            self.title_label.setText(self.tr("Statement"))
            self.hint_label.show()
            for table in (self.figures, self.deals, self.activities, self.csat, self.training, self.adjustments):
                table.setRowCount(0)
            return
        self.hint_label.hide()
        self.title_label.setText(self.tr("Statement: {rep}").format(rep=statement.bonus.rep))
        fill(self.figures, [[(line.label, line.label), (line.value, line.value), (line.detail, line.detail)]
                            for line in statement.explanation])
        for row in range(self.figures.rowCount()):
            value = self.figures.item(row, 1)
            if value is not None:
                value.setTextAlignment(NUMERIC)  # the values, with their units, line up right
        self.figures.resizeRowsToContents()  # a long explanation wraps onto a second line instead of being cut
        fill(self.deals, [[(name, name), (account or "", account), (day(closed), closed),
                           (self.money(amount), amount)] for _id, name, account, closed, amount in statement.won_deals])
        yes, no = self.tr("Yes"), self.tr("No")
        fill(self.activities, [[(kind, kind), (day(occurred), occurred), (day(logged), logged),
                                (yes if on_time else no, on_time)]
                               for _id, kind, occurred, logged, on_time in statement.activities])
        fill(self.csat, [[(account, account), (day(answered), answered), (f"{score:.1f}", score)]
                         for account, answered, score in statement.csat])
        fill(self.training, [[(name, name), (day(held), held), (yes if attended else no, attended)]
                             for name, held, attended in statement.training])
        fill(self.adjustments, [[(self.money(a.amount), a.amount), (a.reason, a.reason), (a.made_by, a.made_by),
                                 (day(a.made_at), a.made_at)] for a in statement.adjustments])
