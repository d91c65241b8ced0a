"""The dialog that edits an account's customer relationship: contract start, renewal day, renewal intent,
payment status and churn day, each of which may be left unknown."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from salesmgr.models.crm import PAYMENT_STATUSES, RENEWAL_INTENTS
from salesmgr.models.customers.account_labels import label
from salesmgr.models.customers.account_view import AccountProfile
from salesmgr.models.customers.accounts import RelationshipEdit
from salesmgr.views.widgets.dates import from_qdate, to_qdate
from salesmgr.views.widgets.edit_dialog import EditDialog


class OptionalDate(QWidget):
    """A check box ("known") and a date beside it, the date usable only while the box is ticked."""

    def __init__(self, day: date | None, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Known"))
        self.edit = QDateEdit(to_qdate(day or default))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None


def choice_combo(unknown: str, codes: tuple[str, ...], current: str | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(unknown, None)
    for code in codes:
        combo.addItem(label(code), code)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
    return combo


class RelationshipDialog(EditDialog[RelationshipEdit]):
    """``value()`` is the edit; OK hands it to ``save``."""

    def __init__(self, profile: AccountProfile, today: date, save: Callable[[RelationshipEdit], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.account_id = profile.id
        self.setWindowTitle(self.tr("Customer relationship of {account}").format(account=profile.name))
        self.contract_start = OptionalDate(profile.contract_start, today)
        self.renewal_date = OptionalDate(profile.renewal_date, today)
        self.renewal_intent = choice_combo(self.tr("Not known"), RENEWAL_INTENTS, profile.renewal_intent)
        self.payment_status = choice_combo(self.tr("Not known"), PAYMENT_STATUSES, profile.payment_status)
        self.churned_on = OptionalDate(profile.churned_on, today)
        self.form.addRow(self.tr("Contract start:"), self.contract_start)
        self.form.addRow(self.tr("Renewal:"), self.renewal_date)
        self.form.addRow(self.tr("Renewal intent:"), self.renewal_intent)
        self.form.addRow(self.tr("Payment:"), self.payment_status)
        self.form.addRow(self.tr("Churned on:"), self.churned_on)

    def value(self) -> RelationshipEdit:
        return RelationshipEdit(self.contract_start.value(), self.renewal_date.value(),
                                self.renewal_intent.currentData(), self.payment_status.currentData(),
                                self.churned_on.value())
