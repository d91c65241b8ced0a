"""The monthly review panel (the seed's joint sales-marketing meeting): for the leads created in a period, per
grade the conversion to opportunity and to won deal and the average won deal, per rule the conversion of the
leads it matched vs the others with the rules that do not separate good from bad leads flagged, and the score
distribution by outcome. Export writes the review and the proposal as an Excel report. Definitions are
``models.leads.review``'s."""
from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from salesmgr.models import clock
from salesmgr.models.leads.review import LIFT_HIGH, LIFT_LOW, MIN_LEADS, Review
from salesmgr.views.leads import review_loaders as loaders
from salesmgr.views.leads.period_picker import PeriodJobs, PeriodPicker
from salesmgr.views.leads.review_chart import DistributionChart
from salesmgr.views.leads.review_tables import FigureTable, GradeTable, RuleTable
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.export_job import ExportJob, announce, ask_export_path, safe_file_name
from salesmgr.views.widgets.labels import paragraph
from salesmgr.views.widgets.rates_note import RatesNote
from salesmgr.views.widgets.row_table_model import make_table_view, sorting_proxy


def figure_view(model: FigureTable, parent: QWidget, stretched: int | None = 0) -> QTableView:
    """A sortable table whose columns fit their contents, ``stretched`` (else the last column) taking the rest."""
    view = make_table_view(sorting_proxy(model, parent), [])
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretched is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
    return view


class ReviewPanel(QWidget):
    loaded = Signal()
    rates_requested = Signal(list)

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.review: Review | None = None
        self.job: ExportJob | None = None
        self.picker = PeriodPicker(clock.today())
        self.jobs = PeriodJobs(self, runner, self.picker, loaders.load_review, self._on_loaded, self._on_error)
        self.picker.changed.connect(lambda _start, _end: self.refresh())
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.grades, self.rules = GradeTable(self), RuleTable(self)
        self.grade_view, self.rule_view = figure_view(self.grades, self, None), figure_view(self.rules, self)
        self.chart = DistributionChart()
        self.summary = paragraph("", muted=True)
        self.rates_note = RatesNote()
        self.rates_note.rates_requested.connect(self.rates_requested)
        self._lay_out()
        runner.changed.connect(self.refresh)
        self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.export_button)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.grade_view)
        upper.addWidget(self.chart)
        upper.setSizes([620, 380])  # the grade table fits its seven columns; the chart takes the rest
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.rule_view)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rates_note)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(paragraph(self.tr(
            "A rule separates good from bad leads when the leads it matched convert at least {high} times as "
            "often as the others, or at most {low} times as often; with fewer than {few} leads on either side "
            "there are too few to tell.").format(high=LIFT_HIGH, low=LIFT_LOW, few=MIN_LEADS), muted=True))

    def period(self) -> tuple[date, date]:
        return self.picker.period()

    def refresh(self) -> None:
        self.jobs.run()

    def _on_loaded(self, review: Review) -> None:
        self.review = review
        self.grades.currency = review.currency
        self.grades.set_rows(loaders.rows_of(review.grades))
        self.rules.set_rows(loaders.rows_of(review.rules))
        self.chart.show_bins(review.distribution)
        self.rates_note.show_unconverted(review.left_out)
        self.summary.setText(self.tr(
            "{leads} leads created from {start} to {end}, scored with scoring model version {version} as of "
            "today.").format(leads=f"{review.leads:,}", start=review.start.isoformat(), end=review.end.isoformat(),
                             version=review.spec.version))
        self.loaded.emit()

    def _on_error(self, exc: Exception) -> None:
        self.summary.setText(user_message(exc))

    def export(self, out: Path | None = None) -> None:
        """Ask where (unless ``out`` is given), then write the review and the proposal of the period."""
        start, end = self.period()
        if out is None:
            out = ask_export_path(self, safe_file_name(self.tr("Lead review {start} to {end}").format(
                start=start.isoformat(), end=end.isoformat())))
        if out is None:
            return
        task = partial(loaders.export_review, start=start, end=end, out=out)
        self.job = ExportJob(self, self.runner, self.tr("Export the lead review"), out, task,
                             lambda written: announce(self, written))
        self.job.start()
