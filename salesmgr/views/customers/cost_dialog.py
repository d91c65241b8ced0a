"""The dialog that adds or edits a sales-and-marketing cost entry: period, amount, currency, team, lead source."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from salesmgr.models.customers.costs import CostInput, CostRow
from salesmgr.models.money import MoneyError
from salesmgr.views.widgets.edit_dialog import EditDialog, typed_amount


@dataclass(frozen=True)
class CostEdit:
    cost_id: int | None  # None: a new entry
    cost: CostInput


class CostDialog(EditDialog[CostEdit]):
    """A cost entry's fields; the period as a key (2026Q3, 2026-09, 2026), the team optional (the company's)."""

    def __init__(self, teams: list[tuple[int, str]], period: str, currency: str, row: CostRow | None = None,
                 save: Callable[[CostEdit], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit cost entry") if row else self.tr("Add cost entry"))
        self.cost_id = row.id if row else None
        self.period_edit = QLineEdit(row.period if row else period)
        self.period_edit.setPlaceholderText(self.tr("2026Q3, 2026-09 or 2026"))
        self.amount_edit = QLineEdit(f"{row.amount:f}" if row else "")
        self.currency_edit = QLineEdit(row.currency if row else currency)
        self.currency_edit.setMaxLength(3)
        self.team_combo = QComboBox()
        self.team_combo.addItem(self.tr("The company (no team)"), None)
        for team_id, name in teams:
            self.team_combo.addItem(name, team_id)
        self.select_data(self.team_combo, row.team_id if row else None)
        self.source_edit = QLineEdit(row.lead_source or "" if row else "")
        self.source_edit.setPlaceholderText(self.tr("empty: every lead source"))
        self.note_edit = QLineEdit(row.note or "" if row else "")
        self.form.addRow(self.tr("Period"), self.period_edit)
        self.form.addRow(self.tr("Amount"), self.amount_edit)
        self.form.addRow(self.tr("Currency"), self.currency_edit)
        self.form.addRow(self.tr("Team"), self.team_combo)
        self.form.addRow(self.tr("Lead source"), self.source_edit)
        self.form.addRow(self.tr("Note"), self.note_edit)
        self.setMinimumWidth(420)

    def value(self) -> CostEdit:
        amount = typed_amount(self.amount_edit.text())
        assert amount is not None  # accept() refuses an empty or unreadable amount
        return CostEdit(self.cost_id, CostInput(self.period_edit.text().strip(), amount,
                                                self.currency_edit.text().strip(), self.team_combo.currentData(),
                                                self.source_edit.text(), self.note_edit.text()))

    def accept(self) -> None:
        try:
            amount = typed_amount(self.amount_edit.text())
        except MoneyError:
            amount = None
        if amount is None:
            self.failed(self.tr("Type the amount as digits, such as 120000 or 120000.50"))
            return
        super().accept()
