"""The Accounts page's Committee tab: for the quarter chosen, the at-risk accounts, the promises broken and the
hand-offs still open, as the cross-department meeting goes through them (``models.customers.committee``), and
the same as an Excel workbook."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models import clock
from salesmgr.models.customers.committee import CommitteeReview
from salesmgr.views.customers import handoffs_loaders as loaders
from salesmgr.views.customers.health_tables import fill, make_table
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.combos import add_quarters, chosen_period
from salesmgr.views.widgets.labels import heading, paragraph


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


class CommitteeTab(QWidget):
    loaded = Signal()
    exported = Signal(str)

    def __init__(self, runner: Any, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today or clock.today()
        self.review: CommitteeReview | None = None
        self.quarter_combo = QComboBox()
        add_quarters(self.quarter_combo, self.today)
        self.quarter_combo.currentIndexChanged.connect(self.reload)
        self.summary_label = paragraph("…", muted=True)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self._ask_export)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Quarter:"))
        caption.setBuddy(self.quarter_combo)
        top.addWidget(caption)
        top.addWidget(self.quarter_combo)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.export_button)
        self.risk_table = make_table([self.tr("Account"), self.tr("Owner"), self.tr("Score"), self.tr("Renewal"),
                                      self.tr("Weakest inputs")], right=(2,))
        self.broken_table = make_table([self.tr("Promise"), self.tr("Account"), self.tr("Broken on")])
        self.handoffs_table = make_table([self.tr("Opportunity"), self.tr("Account"), self.tr("Won on"),
                                          self.tr("Done"), self.tr("Overdue")], right=(3, 4))
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.risk_title = heading(self.tr("At-risk accounts"), 1.05)
        self.broken_title = heading(self.tr("Broken promises"), 1.05)
        self.handoffs_title = heading(self.tr("Open hand-offs"), 1.05)
        for title, table in ((self.risk_title, self.risk_table), (self.broken_title, self.broken_table),
                             (self.handoffs_title, self.handoffs_table)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(title)
            inner.addWidget(table, 1)
            splitter.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        runner.changed.connect(self.reload)
        self.reload()

    def quarter(self) -> str:
        return chosen_period(self.quarter_combo).key

    def reload(self) -> None:
        quarter, today = self.quarter(), self.today
        self.runner.run(lambda session: loaders.load_committee(session, quarter, today), self._loaded,
                        self._on_error)

    def _loaded(self, review: CommitteeReview) -> None:
        if not isValid(self):
            return
        from salesmgr.exchange.reports.committee import weakest_parts

        self.review = review
        self.summary_label.setText(self.tr("As of {day}: {risk} at-risk accounts, {broken} broken promises, "
                                           "{open} open hand-offs ({overdue} overdue items)").format(
            day=_day(review.as_of), risk=len(review.at_risk), broken=len(review.broken_promises),
            open=len(review.open_handoffs), overdue=review.overdue_items))
        fill(self.risk_table, [[(h.account, h.account), (h.owner or "", h.owner or ""),
                                (str(h.score) if h.score is not None else "", h.score),
                                (_day(h.renewal_date), h.renewal_date), (weakest_parts(h), "")]
                               for h in review.at_risk])
        fill(self.broken_table, [[(p.text, p.text), (p.account or "", p.account or ""),
                                  (_day(p.resolved_on), p.resolved_on)] for p in review.broken_promises])
        fill(self.handoffs_table, [[(r.opportunity, r.opportunity), (r.account or "", r.account or ""),
                                    (_day(r.won_on), r.won_on), (f"{r.done}/{r.items}", r.done),
                                    (str(r.overdue) if r.overdue else "", r.overdue)] for r in review.open_handoffs])
        self.loaded.emit()

    def _ask_export(self) -> None:
        name = self.tr("Committee review {quarter}.xlsx").format(quarter=self.quarter())
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the committee review"), name,
                                                    self.tr("Excel workbook (*.xlsx)"))
        if path:
            out = Path(path)
            self.export_to(out if out.suffix.lower() == ".xlsx" else out.with_name(out.name + ".xlsx"))

    def export_to(self, out: Path) -> None:
        quarter, today = self.quarter(), self.today
        self.runner.run(lambda session: loaders.export_committee(session, quarter, today, out),
                        lambda written: self.exported.emit(str(written)) if isValid(self) else None, self._on_error)

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Committee review"), user_message(exc))
