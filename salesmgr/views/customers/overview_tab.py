"""The account view's Overview tab: the customer relationship (contract, renewal, intent, payment, churn day),
the lifetime revenue with what was left out for want of a rate, the health breakdown and the contacts."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models.customers.account_labels import label
from salesmgr.models.customers.account_view import AccountProfile
from salesmgr.models.customers.health import band_label
from salesmgr.models.money import format_money
from salesmgr.views.customers.tables import fill, text_table
from salesmgr.views.widgets.labels import scroll_page
from salesmgr.views.widgets.rates_note import RatesNote


def day_text(day: date | None) -> str:
    return day.isoformat() if day else "–"


class OverviewTab(QWidget):
    """``edit_requested`` when the user asks to edit the relationship; ``rates_requested`` from the rates note."""

    edit_requested = Signal()
    rates_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLabel] = {}
        # the relationship in two columns of three fields above the health table, which needs the whole width
        # for the inputs' values
        relationship = QGroupBox(self.tr("Customer relationship"))
        grid = QGridLayout(relationship)
        for index, (key, text) in enumerate((
                ("since", self.tr("Customer since:")), ("contract", self.tr("Contract start:")),
                ("renewal", self.tr("Renewal:")), ("intent", self.tr("Renewal intent:")),
                ("payment", self.tr("Payment:")), ("churned", self.tr("Churned on:")))):
            self.fields[key] = QLabel()
            grid.addWidget(QLabel(text), index % 3, 2 * (index // 3))
            grid.addWidget(self.fields[key], index % 3, 2 * (index // 3) + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.edit_button = QPushButton(self.tr("Edit contract and renewal…"))
        self.edit_button.clicked.connect(self.edit_requested)
        grid.addWidget(self.edit_button, 3, 0, 1, 4, Qt.AlignmentFlag.AlignLeft)
        self.revenue_label = QLabel()
        self.revenue_label.setWordWrap(True)
        self.rates_note = RatesNote()
        self.rates_note.rates_requested.connect(self.rates_requested)
        self.health_label = QLabel()
        self.health_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # CJK is taller
        self.health = text_table([self.tr("Input"), self.tr("Weight"), self.tr("Value"), self.tr("Points")], 2)
        health_box = QGroupBox(self.tr("Health"))
        health_layout = QVBoxLayout(health_box)
        health_layout.addWidget(self.health_label)
        health_layout.addWidget(self.health, 1)
        top = QVBoxLayout()
        top.addWidget(relationship)
        top.addWidget(health_box)
        self.contacts = text_table([self.tr("Contact"), self.tr("Title"), self.tr("E-mail"), self.tr("Phone")], 2)
        contacts_box = QGroupBox(self.tr("Contacts"))
        QVBoxLayout(contacts_box).addWidget(self.contacts)
        content = QWidget()
        scroll_page(self, content)  # a short window scrolls the tab rather than squeezing it
        layout = QVBoxLayout(content)
        layout.addWidget(self.revenue_label)
        layout.addWidget(self.rates_note)
        layout.addLayout(top)
        layout.addWidget(contacts_box, 1)

    def show_profile(self, profile: AccountProfile) -> None:
        values = {"since": day_text(profile.customer_since) if profile.customer else self.tr("not a customer"),
                  "contract": day_text(profile.contract_start), "renewal": day_text(profile.renewal_date),
                  "intent": label(profile.renewal_intent) or "–", "payment": label(profile.payment_status) or "–",
                  "churned": day_text(profile.churned_on)}
        for key, text in values.items():
            self.fields[key].setText(text)
        self.revenue_label.setText(self.tr("Lifetime revenue: {amount} from {deals} won deals").format(
            amount=format_money(profile.revenue.amount, profile.revenue.currency),
            deals=f"{profile.revenue.won_deals:,}"))
        self.rates_note.show_unconverted(profile.revenue.left_out)
        fill(self.contacts, [[c.name, c.title or "", c.email or "", c.phone or ""] for c in profile.contacts])
        self._show_health(profile)

    def _show_health(self, profile: AccountProfile) -> None:
        health = profile.health
        if health is None:
            self.health_label.setText(self.tr("Not scored: not a customer today."))
            fill(self.health, [])
            return
        self.health_label.setText(self.tr("Score {score}: {band}").format(score=health.score, band=band_label(
            health.band)) if health.score is not None else self.tr("No score: too few inputs are known."))
        fill(self.health, [[part.label, str(part.weight), part.value or "–",
                            self.tr("missing") if part.points is None else f"{part.points:.1f}"]
                           for part in health.parts], right=(1, 3))
