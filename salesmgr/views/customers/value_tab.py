"""The Value tab: LTV, CAC and LTV/CAC of a quarter for the company, each team and each lead source, and the
cost entries behind CAC with a dialog to add, edit and delete them. A figure that cannot be computed shows a
dash, with the reason as its tooltip (never 0)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.i18n import language, translate
from salesmgr.models.customers.costs import CostRow
from salesmgr.models.customers.value import COMPANY_LABEL, NO_SOURCE, Value
from salesmgr.models.money import format_money_short
from salesmgr.views.customers import value_loaders as loaders
from salesmgr.views.customers.cost_dialog import CostDialog, CostEdit
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner, while_alive
from salesmgr.views.widgets.combos import add_quarters, refill_quarters
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through
from salesmgr.views.widgets.rates_note import RatesNote

DASH = "–"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ValueTab(QWidget):
    """LTV/CAC by group for the chosen quarter (default: the last complete one) over the cost entries."""

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        runner.changed.connect(self.reload)  # a cost entry saved or deleted (here or elsewhere)
        self.data: loaders.ValueData | None = None
        self.period_combo = QComboBox()
        self.period_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button = QPushButton(self.tr("Add cost entry…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(lambda: self._open(self.selected_cost()))
        self.delete_button.clicked.connect(self._delete)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rates_note = RatesNote()
        self.uncounted = QLabel()
        self.uncounted.setWordWrap(True)
        self.values = _table([self.tr("Group"), self.tr("Customers"), self.tr("Revenue per customer"),
                              self.tr("Churn"), self.tr("Lifetime (months)"), self.tr("LTV"), self.tr("New"),
                              self.tr("Cost"), self.tr("CAC"), self.tr("LTV/CAC")])
        self.costs = _table([self.tr("Period"), self.tr("Team"), self.tr("Lead source"), self.tr("Amount"),
                             self.tr("Note")])
        self.costs.itemSelectionChanged.connect(self._selection_changed)
        self._layout()
        self._selection_changed()
        self.reload()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quarter")))
        top.addWidget(self.period_combo)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Cost entries of the quarter")), 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rates_note)
        layout.addWidget(self.uncounted)
        layout.addWidget(self.values, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.costs, 2)

    # --- loading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        key = self.period_combo.currentData()
        self.runner.run(lambda s: loaders.load_value(s, key), while_alive(self, self._show))

    def _show(self, data: loaders.ValueData) -> None:
        if not isValid(self):
            return
        self.data = data
        if self.period_combo.count() == 0:
            self.period_combo.blockSignals(True)
            add_quarters(self.period_combo, data.today, data.fiscal_start)
            self.period_combo.setCurrentIndex(self.period_combo.findData(data.report.period.key))
            self.period_combo.blockSignals(False)
        elif refill_quarters(self.period_combo, data.today, data.fiscal_start):
            self.reload()
        report = data.report
        company = report.company
        self.summary.setText(self.tr("Company: LTV {ltv} = {arpc} per customer x {months} months; CAC {cac}; "
                                     "LTV/CAC {ratio}").format(
            ltv=self._money(company.ltv), arpc=self._money(company.arpc),
            months=self._number(company.lifetime_months), cac=self._money(company.cac),
            ratio=self._number(company.ratio)))
        self.rates_note.show_currencies(report.left_out)
        self.uncounted.setVisible(bool(report.uncounted))
        self.uncounted.setText(self.tr("Cost entries of longer periods are not counted in a quarter: {periods}")
                               .format(periods=", ".join(report.uncounted)))
        self._fill_values([report.company, *report.teams, *report.lead_sources])
        self._fill_costs(data.costs)

    def _fill_values(self, values: list[Value]) -> None:
        self.values.setRowCount(len(values))
        for row, value in enumerate(values):
            cells = [(self._group(value), None), (str(value.customers), None), (self._money(value.arpc), None),
                     (self._share(value.churn_rate), None), (self._number(value.lifetime_months, "0.1"),
                                                             value.ltv_reason),
                     (self._money(value.ltv), value.ltv_reason), (str(value.new_customers), None),
                     (self._money(value.cost), None), (self._money(value.cac), value.cac_reason),
                     (self._number(value.ratio), value.ratio_reason)]
            for column, (text, reason) in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                if text == DASH and reason:
                    item.setToolTip(translate("Customers", reason))
                self.values.setItem(row, column, item)

    def _fill_costs(self, costs: list[CostRow]) -> None:
        self.costs.setRowCount(len(costs))
        for row, cost in enumerate(costs):
            team = cost.team or (DASH if cost.lead_source else self.tr("company"))
            texts = [cost.period, team, cost.lead_source or DASH,
                     format_money_short(cost.amount, cost.currency, language()), cost.note or ""]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, cost.id)
                if column == 3:
                    item.setTextAlignment(RIGHT)
                self.costs.setItem(row, column, item)
        self._selection_changed()

    def _group(self, value: Value) -> str:
        if value.group == "company":
            return translate("Customers", COMPANY_LABEL)
        name = value.name or translate("Customers", NO_SOURCE)
        return self.tr("Team: {name}").format(name=name) if value.group == "team" else \
            self.tr("Source: {name}").format(name=name)

    def _money(self, amount: Decimal | None) -> str:
        if amount is None or self.data is None:
            return DASH
        return format_money_short(amount, self.data.report.base, language())

    @staticmethod
    def _number(value: Decimal | None, places: str = "0.01") -> str:
        return DASH if value is None else f"{value.quantize(Decimal(places)):,}"

    @staticmethod
    def _share(value: Decimal | None) -> str:
        return DASH if value is None else f"{value * 100:.1f} %"

    # --- cost entries ----------------------------------------------------------------------------------------
    def selected_cost(self) -> CostRow | None:
        rows = self.costs.selectionModel().selectedRows() if self.costs.selectionModel() else []
        if not rows or self.data is None:
            return None
        item = self.costs.item(rows[0].row(), 0)
        cost_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((c for c in self.data.costs if c.id == cost_id), None)

    def _selection_changed(self) -> None:
        chosen = self.selected_cost() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open(self, row: CostRow | None) -> CostDialog | None:
        if self.data is None:
            return None
        dialog: CostDialog = CostDialog(self.data.teams, self.data.report.period.key, self.data.report.base, row,
                                        lambda edit: self._save(dialog, edit), self)
        return open_dialog(dialog)

    def _save(self, dialog: CostDialog, edit: CostEdit) -> None:
        save_through(self.runner, dialog, lambda s: loaders.save_cost(s, edit.cost_id, edit.cost))

    def _delete(self) -> None:
        row = self.selected_cost()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete cost entry"), self.tr(
            "Delete the cost entry of {period} ({amount})?").format(
            period=row.period, amount=format_money_short(row.amount, row.currency, language())))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.run(lambda s: loaders.remove_cost(s, row.id), None, self._delete_failed, edits=True)

    def _delete_failed(self, exc: Exception) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Delete cost entry"), user_message(exc))
