"""The suggestion panel: the model the review's figures propose beside the current one, every point explained
(each rule's current and proposed points with the lift and the reason, each grade's current and proposed
minimum, and the leads and conversion each grade would have had over the period under either model). Nothing
changes until the manager accepts, after a confirmation naming who accepts: the proposal is then saved as a new
version and every lead rescored. Definitions are ``models.leads.suggest``'s."""
from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models import clock
from salesmgr.models.leads.suggest import Proposal
from salesmgr.views.leads import review_loaders as loaders
from salesmgr.views.leads.period_picker import PeriodJobs, PeriodPicker
from salesmgr.views.leads.review_panel import figure_view
from salesmgr.views.leads.review_tables import ComparisonTable, ProposedRuleTable, ThresholdTable
from salesmgr.views.messages import user_message
from salesmgr.views.runner import while_alive
from salesmgr.views.widgets.labels import heading, paragraph


class SuggestionPanel(QWidget):
    loaded = Signal()
    accepted = Signal(int)  # the new version

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.proposal: Proposal | None = None
        self.picker = PeriodPicker(clock.today())
        self.jobs = PeriodJobs(self, runner, self.picker, loaders.load_proposal, self._on_loaded, self._on_error)
        self.picker.changed.connect(lambda _start, _end: self.refresh())
        self.accept_button = QPushButton(self.tr("Accept the proposal…"))
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.ask_accept)
        self.rules, self.thresholds, self.grades = ProposedRuleTable(self), ThresholdTable(self), ComparisonTable(self)
        self.rule_view = figure_view(self.rules, self, stretched=4)
        self.threshold_view = figure_view(self.thresholds, self, stretched=4)
        self.grade_view = figure_view(self.grades, self, None)
        self.summary = paragraph("", muted=True)
        self._lay_out()
        runner.changed.connect(self.refresh)
        self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.accept_button)
        grid = QGridLayout()
        grid.addWidget(heading(self.tr("Points per rule: current and proposed"), 1.0), 0, 0, 1, 2)
        grid.addWidget(self.rule_view, 1, 0, 1, 2)
        # one table per row, full width: each has its explanations or its current/proposed pairs to show whole
        grid.addWidget(heading(self.tr("Grade thresholds"), 1.0), 2, 0, 1, 2)
        grid.addWidget(self.threshold_view, 3, 0, 1, 2)
        grid.addWidget(heading(self.tr("What each model gives the period"), 1.0), 4, 0, 1, 2)
        grid.addWidget(self.grade_view, 5, 0, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        grid.setRowStretch(5, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(paragraph(self.tr(
            "Proposed points = 20 x log2(lift), rounded to 5: a rule whose leads convert twice as often as the "
            "others earns 20 points, one that halves conversion loses 20. Each grade's proposed minimum is the "
            "score that best separates the leads that became opportunities from the others among the leads "
            "below the grade above (the largest Youden's J = share of converted leads reached - share of the "
            "others reached)."), muted=True))

    def period(self) -> tuple[date, date]:
        return self.picker.period()

    def refresh(self) -> None:
        self.jobs.run()

    def _on_loaded(self, proposal: Proposal) -> None:
        self.proposal = proposal
        self.rules.set_rows(loaders.rows_of(proposal.rules))
        self.thresholds.set_rows(loaders.rows_of(proposal.thresholds))
        self.grades.set_rows(loaders.rows_of(proposal.comparison))
        self.accept_button.setEnabled(proposal.changes)
        text = self.tr("Proposed from the {leads} leads created from {start} to {end}, beside the current scoring "
                       "model (version {version}).")
        if not proposal.changes:
            text += " " + self.tr("The proposal is the current model: there is nothing to accept.")
        self.summary.setText(text.format(leads=f"{proposal.leads:,}", start=proposal.start.isoformat(),
                                         end=proposal.end.isoformat(), version=proposal.current.version))
        self.loaded.emit()

    def _on_error(self, exc: Exception) -> None:
        self.summary.setText(user_message(exc))

    def ask_accept(self) -> None:
        """Ask who accepts (and a note), confirm, then accept."""
        if self.proposal is None:
            return
        by, ok = QInputDialog.getText(self, self.tr("Accept the proposal"),
                                      self.tr("Who accepts the proposed model?"), QLineEdit.EchoMode.Normal)
        if not ok or not by.strip():
            return
        question = self.tr("Save the proposed model as version {version}, accepted by {by}, and rescore every "
                           "lead with it?").format(version=(self.proposal.current.version or 0) + 1, by=by.strip())
        answer = QMessageBox.question(self, self.tr("Accept the proposal"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.accept(by.strip(), self.tr("Monthly review {start} to {end}").format(
                start=self.proposal.start.isoformat(), end=self.proposal.end.isoformat()))

    def accept(self, by: str, note: str | None = None) -> None:
        """Save the shown proposal as a new version (no question asked)."""
        if self.proposal is None:
            return
        self.accept_button.setEnabled(False)
        self.runner.run(partial(loaders.accept, proposal=self.proposal, by=by, note=note),
                        while_alive(self, self._on_accepted), while_alive(self, self._on_accept_failed), edits=True)

    def _on_accepted(self, version: int) -> None:
        self.accepted.emit(version)
        self.summary.setText(self.tr("Saved as scoring model version {version}; every lead was rescored.").format(
            version=version))

    def _on_accept_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Accept the proposal"), user_message(exc))
        self.refresh()
