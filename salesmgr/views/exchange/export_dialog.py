"""File > Export…: every report (funnel, quota attainment, dashboard summary) and every kind of data that can be
imported again, for a period, team and rep, to xlsx (or CSV for data), written in the background."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.exchange.export.data import export_data
from salesmgr.exchange.reports import ReportRequest, export_report
from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.periods import FISCAL_START, Period
from salesmgr.models.team.roster import owner_choices
from salesmgr.progress import Progress
from salesmgr.views.exchange.labels import kind_labels
from salesmgr.views.exchange.loaders import load_fiscal_start
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.combos import add_quarters, refill, refill_quarters, reps_of_team
from salesmgr.views.widgets.export_job import ExportJob, announce, ask_export_path, safe_file_name
from salesmgr.views.widgets.labels import paragraph

REPORT_LABELS = {
    "funnel": QT_TRANSLATE_NOOP("ExportDialog", "Funnel report"),
    "quotas": QT_TRANSLATE_NOOP("ExportDialog", "Quota attainment"),
    "dashboard": QT_TRANSLATE_NOOP("ExportDialog", "Dashboard summary"),
    "bonus": QT_TRANSLATE_NOOP("ExportDialog", "Bonus statement"),
    "plan": QT_TRANSLATE_NOOP("ExportDialog", "Quota plan"),
    "goals": QT_TRANSLATE_NOOP("ExportDialog", "Goals"),
}
REPORT_HINTS = {
    "funnel": QT_TRANSLATE_NOOP("ExportDialog", "Deals per stage with reached and conversion (live formulas), a "
                                "chart and the pipeline KPIs, for leadership."),
    "quotas": QT_TRANSLATE_NOOP("ExportDialog", "Quota, won and attainment per rep with team subtotals as SUM "
                                "formulas and red/amber/green attainment."),
    "dashboard": QT_TRANSLATE_NOOP("ExportDialog", "The dashboard's KPI tiles and the rep ranking."),
    "bonus": QT_TRANSLATE_NOOP("ExportDialog", "The quarter's bonuses for finance: the inputs, scores and payouts "
                               "as live formulas, the plan, and one sheet per rep."),
    "plan": QT_TRANSLATE_NOOP("ExportDialog", "The fiscal year's quota plan of the chosen quarter like the planning "
                              "grid: team subtotals, company total and gap as formulas, locked quarters grey. Edit "
                              "it in Excel and import it back as quotas."),
    "goals": QT_TRANSLATE_NOOP("ExportDialog", "The period's goals by dimension with baseline, target, actual, "
                               "progress and coloured status."),
}


def report_label(name: str) -> str:
    return QCoreApplication.translate("ExportDialog", str(REPORT_LABELS.get(name, name)))


class ExportDialog(QDialog):
    """Choose a report or a data kind, the period, team and rep; "Export…" asks for the file and writes it."""

    def __init__(self, runner: Any, parent: QWidget | None = None, *, initial: str = "funnel",
                 today: date | None = None, period: str | None = None, team_id: int | None = None,
                 rep_id: int | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today or clock.today()
        self.fiscal_start = FISCAL_START  # the database's, once load_fiscal_start answers
        self._wanted_period = period
        self._wanted_owners = (team_id, rep_id)
        self.job: ExportJob | None = None
        self.written: Path | None = None
        self.reps: list[tuple[int, str, int | None]] = []
        self._group = ""
        self.setWindowTitle(self.tr("Export"))
        self._build(initial)
        if period is not None:
            self.period_combo.setCurrentIndex(max(self.period_combo.findData(period), 0))
        runner.run(load_fiscal_start, self._on_fiscal_start, lambda exc: self.hint_label.setText(user_message(exc)))
        runner.run(owner_choices, self._on_owners, lambda exc: self.hint_label.setText(user_message(exc)))

    def _build(self, initial: str) -> None:
        self.what_combo = QComboBox()
        for name in REPORT_LABELS:
            self.what_combo.addItem(report_label(name), ("report", name))
        self.what_combo.insertSeparator(self.what_combo.count())
        for kind, label in kind_labels().items():
            self.what_combo.addItem(self.tr("{kind} (data to edit and import again)").format(kind=label),
                                    ("data", kind))
        self.period_combo, self.team_combo, self.rep_combo = QComboBox(), QComboBox(), QComboBox()
        refill(self.team_combo, self.tr("All teams"), [], None)
        refill(self.rep_combo, self.tr("All reps"), [], None)
        self.team_combo.currentIndexChanged.connect(self._fill_reps)
        self.hint_label = paragraph("", muted=True)
        self.hint_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.what_combo)
        form.addRow(self.tr("Period:"), self.period_combo)
        form.addRow(self.tr("Team:"), self.team_combo)
        form.addRow(self.tr("Rep:"), self.rep_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(QLabel())
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.what_combo.currentIndexChanged.connect(self._what_changed)
        self.select(initial)
        self._what_changed()

    # --- choices ------------------------------------------------------------------------------------------
    def select(self, name: str) -> None:
        """Preselect a report name or a data kind."""
        for index in range(self.what_combo.count()):
            data = self.what_combo.itemData(index)
            if data and data[1] == name:
                self.what_combo.setCurrentIndex(index)
                return

    def choice(self) -> tuple[str, str]:
        data = self.what_combo.currentData()
        return (str(data[0]), str(data[1])) if data else ("report", "funnel")

    def _what_changed(self) -> None:
        group, name = self.choice()
        # data exports start with all dates, reports with the current quarter; a period chosen for the same
        # group of exports stays
        keep = self.period_combo.currentData() if group == self._group else None
        self._group = group
        self.period_combo.clear()
        if group == "data":
            self.period_combo.addItem(self.tr("All dates"), None)
        add_quarters(self.period_combo, self.today, self.fiscal_start)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(keep), 0))
        hint = (QCoreApplication.translate("ExportDialog", str(REPORT_HINTS[name])) if group == "report" else self.tr(
            "The same columns an import reads, with ids kept: edit the file in Excel and import it again. "
            "Save as .csv for a UTF-8 file that Excel opens with Chinese intact."))
        self.hint_label.setText(hint)

    def _on_fiscal_start(self, month: int) -> None:
        """The quarters again under the database's fiscal start, keeping the period asked for (the page that
        opened the dialog chose it under the same setting) or else the chosen position."""
        if not isValid(self) or month == self.fiscal_start:
            return
        self.fiscal_start = month
        refill_quarters(self.period_combo, self.today, month)
        if self._wanted_period is not None:
            self.period_combo.setCurrentIndex(max(self.period_combo.findData(self._wanted_period), 0))

    def _on_owners(self, owners: tuple[list[tuple[int, str]], list[tuple[int, str, int | None]]]) -> None:
        if not isValid(self):
            return
        teams, self.reps = owners
        team_id, rep_id = self._wanted_owners
        refill(self.team_combo, self.tr("All teams"), teams, team_id)
        refill(self.rep_combo, self.tr("All reps"), reps_of_team(self.reps, self.team_combo.currentData()), rep_id)

    def _fill_reps(self) -> None:
        refill(self.rep_combo, self.tr("All reps"), reps_of_team(self.reps, self.team_combo.currentData()),
               self.rep_combo.currentData())

    # --- exporting ----------------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        group, name = self.choice()
        label = report_label(name) if group == "report" else kind_labels().get(name, name)
        return safe_file_name(f"{label} {self.period_combo.currentData() or self.today.isoformat()}")

    def export(self, path: Path | None = None) -> ExportJob | None:
        group, name = self.choice()
        out = path or ask_export_path(self, self.suggested_name(), csv=group == "data")
        if out is None:
            return None
        task = self._task(group, name, out)
        self.job = ExportJob(self, self.runner, self.tr("Export"), out, task, self._done)
        self.job.start()
        return self.job

    def _task(self, group: str, name: str, out: Path) -> Any:
        key, team_id, rep_id = (self.period_combo.currentData(), self.team_combo.currentData(),
                                self.rep_combo.currentData())
        # "All dates" (data only) has no period; quarters follow the database's fiscal start
        period = Period.parse(key, self.fiscal_start) if key else None

        def task(db: Database, progress: Progress) -> Any:
            with db.session() as session:
                if group == "report":
                    current = Period.quarter_of(self.today, self.fiscal_start)
                    request = ReportRequest(period or current, team_id, rep_id, self.today)
                    return export_report(session, name, request, out, progress)
                return export_data(session, name, out, team_id=team_id, rep_id=rep_id, period=period,
                                   progress=progress)
        return task

    def _done(self, path: Path) -> None:
        self.written = path
        if isValid(self):
            announce(self.parentWidget() or self, path)
            self.hint_label.setText(self.tr("Exported to {path}").format(path=path))
