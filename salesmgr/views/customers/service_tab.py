"""The account view's Service tab: support-ticket counts per severity (all and open), product usage per month
(newest first; "–" is not measured) and the CSAT/NPS answers."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from salesmgr.models.customers.account_labels import label
from salesmgr.models.customers.account_view import AccountProfile
from salesmgr.views.customers.tables import fill, text_table


def score_text(value: Decimal) -> str:
    """4.50 -> "4.5", 9 -> "9"."""
    text = str(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def count_text(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


class ServiceTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tickets = text_table([self.tr("Severity"), self.tr("Tickets"), self.tr("Open")])
        self.usage = text_table([self.tr("Month"), self.tr("Uses"), self.tr("Active users"),
                                 self.tr("Licensed users")], 0)
        self.surveys = text_table([self.tr("Day"), self.tr("Survey"), self.tr("Score"), self.tr("Comment")], 3)
        top = QHBoxLayout()
        top.addWidget(self._boxed(self.tr("Support tickets"), self.tickets), 1)
        top.addWidget(self._boxed(self.tr("Usage per month"), self.usage), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self._boxed(self.tr("CSAT and NPS answers"), self.surveys), 1)

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def show_profile(self, profile: AccountProfile) -> None:
        counts = profile.ticket_counts
        fill(self.tickets, [[label(severity), str(counts.total[severity]), str(counts.open.get(severity, 0))]
                            for severity in counts.total]
             + [[self.tr("All"), str(counts.all_count), str(counts.open_count)]], right=(1, 2))
        fill(self.usage, [[u.month.strftime("%Y-%m"), count_text(u.usage_count), count_text(u.active_users),
                           count_text(u.licensed_users)] for u in reversed(profile.usage)], right=(1, 2, 3))
        fill(self.surveys, [[s.responded_on.isoformat(), label(s.kind), score_text(s.score), s.comment or ""]
                            for s in profile.surveys], right=(2,))
