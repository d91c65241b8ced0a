"""One account's view: its name, owner and team above tabs for the overview (relationship, lifetime revenue,
health breakdown, contacts), the timeline, the deals with their stage history, the activities, service (ticket
counts, usage per month, survey answers), and hand-offs and promises.

``show_data`` shows a ``loaders.ProfileData``; ``edit_requested`` asks the page to open the relationship
dialog for ``account_id``."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from salesmgr.models.customers.account_labels import label
from salesmgr.models.customers.account_view import AccountProfile, DealLine, HandoffItemLine
from salesmgr.models.customers.health import band_label
from salesmgr.models.money import format_money
from salesmgr.views.customers.loaders import ProfileData
from salesmgr.views.customers.overview_tab import OverviewTab, day_text
from salesmgr.views.customers.service_tab import ServiceTab
from salesmgr.views.customers.tables import fill, short_deal, text_table
from salesmgr.views.customers.timeline_widget import TimelineWidget
from salesmgr.views.widgets.labels import heading, paragraph


class AccountView(QWidget):
    edit_requested = Signal(int)
    rates_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ProfileData | None = None
        self.title = heading(self.tr("No account chosen"))
        self.subtitle = paragraph(self.tr("Choose an account in the list to see everything about it."), muted=True)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.overview = OverviewTab()
        self.overview.edit_requested.connect(lambda: self.edit_requested.emit(self.account_id or 0))
        self.overview.rates_requested.connect(self.rates_requested)
        self.timeline = TimelineWidget()
        self.service = ServiceTab()
        self._build_tables()
        for widget, text in ((self.overview, self.tr("Overview")), (self.timeline, self.tr("Timeline")),
                             (self.deals_splitter, self.tr("Deals")), (self.activities, self.tr("Activities")),
                             (self.service, self.tr("Service")), (self.handoffs_splitter, self.tr("Hand-offs"))):
            self.tabs.addTab(widget, text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        self.tabs.setEnabled(False)

    def _build_tables(self) -> None:
        self.deals = text_table([self.tr("Deal"), self.tr("Stage"), self.tr("Amount"), self.tr("Owner"),
                                 self.tr("Close")], 0)
        self.deals.itemSelectionChanged.connect(self._show_history)
        self.history = text_table([self.tr("Stage"), self.tr("Entered")], 0)
        self.deals_splitter = QSplitter(Qt.Orientation.Vertical)
        self.deals_splitter.addWidget(self.deals)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        self.history_label = QLabel(self.tr("Stage history of the chosen deal"))
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history, 1)
        self.deals_splitter.addWidget(history_box)
        self.deals_splitter.setChildrenCollapsible(False)
        self.activities = text_table([self.tr("When"), self.tr("Kind"), self.tr("Subject"), self.tr("Rep"),
                                      self.tr("Deal")], 2)
        self.handoffs = text_table([self.tr("Deal won"), self.tr("Won on"), self.tr("Items done"),
                                    self.tr("Overdue"), self.tr("Implementation"), self.tr("Customer success")], 0)
        self.promises = text_table([self.tr("Promise"), self.tr("Made on"), self.tr("Due"), self.tr("Status")], 0)
        self.handoffs_splitter = QSplitter(Qt.Orientation.Vertical)
        self.handoffs_splitter.addWidget(self.handoffs)
        self.handoffs_splitter.addWidget(self.promises)
        self.handoffs_splitter.setChildrenCollapsible(False)

    @property
    def account_id(self) -> int | None:
        return self.data.profile.id if self.data else None

    def clear(self) -> None:
        self.data = None
        self.title.setText(self.tr("No account chosen"))
        self.subtitle.setText(self.tr("Choose an account in the list to see everything about it."))
        self.tabs.setEnabled(False)

    def show_data(self, data: ProfileData) -> None:
        self.data = data
        profile = data.profile
        self.title.setText(profile.name)
        self.subtitle.setText(self.summary(profile))
        self.tabs.setEnabled(True)
        self.overview.show_profile(profile)
        self.timeline.set_entries(data.timeline, profile.name)
        self._show_deals(profile)
        fill(self.activities, [[a.occurred_at.strftime("%Y-%m-%d %H:%M"), label(a.kind), a.subject or "",
                                a.rep or "", short_deal(a.deal or "", profile.name)] for a in profile.activities])
        self.service.show_profile(profile)
        fill(self.handoffs, [[short_deal(h.deal, profile.name), h.won_on.isoformat(), f"{h.done} / {len(h.items)}",
                              str(h.overdue), h.implementation_owner or "", h.success_owner or ""]
                             for h in profile.handoffs],
             right=(2, 3), tips=["\n".join(self._item_line(item) for item in h.items) for h in profile.handoffs])
        fill(self.promises, [[p.text, p.made_on.isoformat(), day_text(p.due_on), label(p.status)]
                             for p in profile.promises])

    def summary(self, profile: AccountProfile) -> str:
        """"Owner Amy Guo · 大客户部 Key Accounts · 教育/Education · 上海/Shanghai · health 85 Healthy"."""
        parts = [self.tr("Owner {owner}").format(owner=profile.owner) if profile.owner else self.tr("No owner"),
                 *(value for value in (profile.team, profile.industry, profile.region) if value)]
        if profile.health is not None and profile.health.score is not None:
            parts.append(self.tr("health {score} {band}").format(score=profile.health.score,
                                                                band=band_label(profile.health.band)))
        return " · ".join(parts)

    def _item_line(self, item: HandoffItemLine) -> str:
        if item.done_on:
            state = self.tr("done {day}").format(day=item.done_on.isoformat())
        elif item.overdue:
            state = self.tr("overdue since {day}").format(day=item.due_on.isoformat())
        else:
            state = self.tr("due {day}").format(day=item.due_on.isoformat())
        return f"{item.label} ({label(item.department)}): {state}"

    def _deal_lines(self) -> list[DealLine]:
        return [*self.data.profile.open_deals, *self.data.profile.closed_deals] if self.data else []

    def _show_deals(self, profile: AccountProfile) -> None:
        deals = self._deal_lines()
        fill(self.deals, [[short_deal(d.name, profile.name), d.stage, _amount(d), d.owner or "",
                           day_text(d.closed or d.expected_close)] for d in deals],
             right=(2,), tips=[d.name for d in deals])
        fill(self.history, [])
        if self.deals.rowCount():
            self.deals.selectRow(0)

    def _show_history(self) -> None:
        rows = self.deals.selectionModel().selectedRows()
        deals = self._deal_lines()
        if not rows or rows[0].row() >= len(deals):
            fill(self.history, [])
            return
        deal = deals[rows[0].row()]
        self.history_label.setText(self.tr("Stage history of {deal}").format(deal=deal.name))
        fill(self.history, [[step.stage, step.entered_at.strftime("%Y-%m-%d %H:%M")] for step in deal.history])



def _amount(deal: DealLine) -> str:
    return format_money(deal.amount, deal.currency) if deal.amount is not None else ""
