"""The Bonuses page: the quarter's bonus for every rep (inputs, scores, payout), a statement per rep down to the
deals and activities behind each figure, manual adjustments, the plan, approval with its audit trail, and the
non-cash awards the seed names. All database work goes through the runner with ``salesmgr.models.bonus``."""
from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models import bonus, clock
from salesmgr.models.bonus import Award, BonusSheet, RepStatement
from salesmgr.models.money import format_money
from salesmgr.models.periods import FISCAL_START, Period
from salesmgr.views.bonus.audit import AuditDialog
from salesmgr.views.bonus.dialogs import AdjustmentDialog, AdjustmentInput, PlanDialog
from salesmgr.views.bonus.loaders import BonusData, has_figures, load_bonus, load_fiscal_start
from salesmgr.views.bonus.statement import StatementPanel
from salesmgr.views.bonus.table_model import BonusTableModel
from salesmgr.views.messages import user_message
from salesmgr.views.ui_settings import UiSettings
from salesmgr.views.widgets.column_chooser import ColumnChooser
from salesmgr.views.widgets.combos import add_quarters, chosen_period, refill_quarters
from salesmgr.views.widgets.edit_dialog import save_through
from salesmgr.views.widgets.frozen_table import FrozenColumnTableView
from salesmgr.views.widgets.labels import heading, paragraph
from salesmgr.views.widgets.layout import action_button, stacked
from salesmgr.views.widgets.row_table_model import make_table_view, selected_row, sorting_proxy
from salesmgr.views.widgets.table_export import install_export_action

WARNING_STYLE = "background: #fff4e5; color: #8a4b00; padding: 6px; border-radius: 4px;"


def current_user() -> str:
    """Who made a change, for the audit log (the operating system's user name)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some Windows services)
        return "unknown"


class BonusesPage(QWidget):
    """``loaded`` after each fresh sheet is on screen; ``statement_shown`` after a rep's statement is."""

    loaded = Signal()
    statement_shown = Signal()
    export_requested = Signal(str, str)  # report name, period

    def __init__(self, runner: Any, parent: QWidget | None = None, *, today: date | None = None,
                 settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.today = today or clock.today()
        self.fiscal_start = FISCAL_START  # the database's, once load_fiscal_start answers (each reload asks)
        self.data: BonusData | None = None
        self.statement: RepStatement | None = None
        self.model = BonusTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self._request = 0
        self._sized = False
        self._build_ui()
        runner.changed.connect(self.reload)
        self.reload()

    # --- layout -------------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.period_combo = QComboBox()
        add_quarters(self.period_combo, self.today)
        self.period_combo.setCurrentIndex(1)  # the quarter just closed is the one to pay
        self.period_combo.currentIndexChanged.connect(self.reload)
        self.status_label = paragraph("", muted=True)
        self.warning_label = QLabel()
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self.plan_button = action_button(self.tr("Edit plan…"), self.edit_plan)
        self.approve_button = action_button(self.tr("Approve…"), self.approve)
        self.unapprove_button = action_button(self.tr("Unapprove…"), self.unapprove)
        self.history_button = action_button(self.tr("History…"), self.show_history)
        self.view = FrozenColumnTableView()
        make_table_view(self.proxy, (130, 120) + (95,) * 13, self.view)
        self.view.sortByColumn(BonusTableModel.REP, Qt.SortOrder.AscendingOrder)
        self.columns = ColumnChooser(self.view, "bonuses", BonusTableModel.KEYS, self.settings,
                                     headers=(self.view.frozen.horizontalHeader(),))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.export_action = install_export_action(self.view, self.runner, self._export_title, self._export_notes)
        self.report_button = action_button(self.tr("Bonus report…"),
                                          lambda: self.export_requested.emit("bonus", self.period().key))
        self.report_button.setToolTip(self.tr("The Excel report for finance: inputs, live formulas, the plan and "
                                              "one sheet per rep"))
        self.total_label = QLabel()
        self.awards_label = paragraph("")
        self.awards_label.setTextFormat(Qt.TextFormat.RichText)
        self.statement_panel = StatementPanel(self.runner)
        self.statement_panel.adjust_requested.connect(self.add_adjustment)
        bar = QHBoxLayout()
        bar.addWidget(heading(self.tr("Bonuses"), 1.2))
        bar.addWidget(QLabel(self.tr("Quarter:")))
        bar.addWidget(self.period_combo)
        bar.addWidget(self.status_label, 1)
        for button in (self.plan_button, self.approve_button, self.unapprove_button, self.history_button,
                       self.report_button):
            bar.addWidget(button)
        footer = QHBoxLayout()
        footer.addWidget(self.total_label)
        footer.addStretch(1)
        export_button = QPushButton(self.export_action.text())
        export_button.clicked.connect(self.export_action.trigger)
        footer.addWidget(export_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(footer)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.statement_panel, 3)
        awards = QVBoxLayout()
        awards.addWidget(heading(self.tr("Awards to propose"), 1.05))
        awards.addWidget(self.awards_label)
        awards.addStretch(1)
        bottom_layout.addLayout(awards, 1)
        splitter = stacked(top, bottom, (3, 2))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.warning_label)
        layout.addWidget(splitter, 1)


    def period(self) -> Period:
        """The chosen quarter, under the database's fiscal start."""
        return chosen_period(self.period_combo, self.fiscal_start)

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the fiscal start (the quarter combo follows it), then the chosen quarter's sheet."""
        self._request += 1
        request = self._request
        self.runner.run(load_fiscal_start, lambda month: self._fiscal_start_known(request, month), self._on_error)

    def _fiscal_start_known(self, request: int, month: int) -> None:
        if not isValid(self) or request != self._request:
            return
        if month != self.fiscal_start:
            self.fiscal_start = month
            refill_quarters(self.period_combo, self.today, month)
        period = self.period()
        self.runner.run(lambda session: load_bonus(session, period), lambda data: self._on_loaded(request, data),
                        self._on_error)

    def _on_loaded(self, request: int, data: BonusData) -> None:
        if not isValid(self) or request != self._request:
            return
        self.data = data
        sheet = data.sheet
        selected = self.selected_rep_id()
        self.model.currency = sheet.currency
        self.model.set_rows(sheet.reps)
        if not self._sized and sheet.reps:
            self.view.resizeColumnsToContents()  # once, to the cells and the whole header text; later the user's
            # widths stay
            self._sized = True
        self.total_label.setText(self.tr("Total payout: {amount} for {n} reps").format(
            amount=format_money(sheet.total, sheet.currency), n=len(sheet.reps)))
        self._show_status(sheet)
        self._show_awards(data.awards)
        if selected is None or not self._select(selected):
            self.statement_panel.show_statement(None, sheet.currency, can_adjust=False)
        self.loaded.emit()

    def _show_status(self, sheet: BonusSheet) -> None:
        if sheet.approved:
            self.status_label.setText(self.tr("Approved by {who} on {when}: figures frozen").format(
                who=sheet.approved_by or "", when=sheet.approved_at.strftime("%Y-%m-%d %H:%M")
                if sheet.approved_at else ""))
        else:
            self.status_label.setText(self.tr("Not approved: figures follow the data"))
        problems = [problem for rep in sheet.reps for problem in rep.problems]
        warnings = []
        if sheet.approved and sheet.live_differs:
            warnings.append(self.tr("The data changed since approval: the live figures differ from the frozen "
                                    "ones shown here. Unapprove to recompute."))
        if problems:
            warnings.append(self.tr("Fix before approving: {problems}").format(problems="; ".join(problems)))
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        self._enable_approve(sheet)
        self.unapprove_button.setEnabled(sheet.approved)
        self.plan_button.setEnabled(not sheet.approved)

    def _enable_approve(self, sheet: BonusSheet) -> None:
        """Approve… only for a quarter not approved yet that has figures (``has_figures``); the tooltip says why
        it is off for a quarter without any."""
        empty = not has_figures(sheet)
        self.approve_button.setEnabled(not sheet.approved and not empty)
        self.approve_button.setToolTip(self.tr("{period} has no quotas and no won deals: there is nothing to "
                                               "approve.").format(period=sheet.period.key) if empty else "")

    def _show_awards(self, awards: list[Award]) -> None:
        titles = {"best_newcomer": self.tr("Best newcomer"), "best_collaboration": self.tr("Best collaboration")}
        lines = [f"<b>{titles.get(a.kind, a.kind)}</b>: {a.rep}<br><span style='color:#666'>{a.reason}</span>"
                 for a in awards]
        self.awards_label.setText("<br><br>".join(lines) or self.tr("No proposal this quarter."))

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            self.status_label.setText(user_message(exc))

    # --- statement ----------------------------------------------------------------------------------------
    def selected_rep_id(self) -> int | None:
        row = selected_row(self.view, self.model)
        return row.rep_id if row is not None else None

    def select_rep(self, rep_id: int) -> bool:
        return self._select(rep_id)

    def _select(self, rep_id: int) -> bool:
        source = self.model.row_for_id(rep_id)
        if source is None:
            return False
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(source, 0)).row())
        return True

    def _selection_changed(self) -> None:
        rep_id, period = self.selected_rep_id(), self.period()
        if rep_id is None:
            return
        self.runner.run(lambda session: bonus.rep_statement(session, period, rep_id),
                        lambda statement: self._on_statement(rep_id, statement), self._on_error)

    def _on_statement(self, rep_id: int, statement: RepStatement) -> None:
        if not isValid(self) or rep_id != self.selected_rep_id() or self.data is None:
            return
        self.statement = statement
        self.statement_panel.show_statement(statement, self.data.sheet.currency,
                                            can_adjust=not self.data.sheet.approved)
        self.statement_shown.emit()

    # --- edits --------------------------------------------------------------------------------------------
    def edit_plan(self) -> PlanDialog | None:
        if self.data is None:
            return None
        period = self.period()
        dialog = PlanDialog(replace(self.data.sheet.plan, period=period), self.data.reps, parent=self)
        dialog._save = lambda plan: save_through(
            self.runner, dialog, lambda session: bonus.save_plan(session, plan, current_user()))
        dialog.open()
        return dialog

    def add_adjustment(self) -> AdjustmentDialog | None:
        if self.statement is None or self.data is None:
            return None
        rep_id, period = self.statement.bonus.rep_id, self.period()

        def save(value: AdjustmentInput) -> None:
            save_through(self.runner, dialog, lambda session: bonus.add_adjustment(
                session, period, rep_id, value.amount, value.reason, current_user()))
        dialog = AdjustmentDialog(self.statement.bonus.rep, self.data.sheet.currency, save, self)
        dialog.open()
        return dialog

    def approve(self, *, confirm: bool = True) -> None:
        period = self.period()
        if confirm and QMessageBox.question(self, self.tr("Approve bonuses"), self.tr(
                "Approve the {period} bonuses? The figures are frozen as they are now; later changes to deals or "
                "to the plan no longer change them.").format(period=period.key)) != QMessageBox.StandardButton.Yes:
            return
        self.runner.run(lambda session: bonus.approve(session, period, current_user()), None, self._warn,
                        edits=True)

    def unapprove(self, reason: str | None = None) -> None:
        period = self.period()
        if reason is None:
            text, ok = QInputDialog.getText(self, self.tr("Unapprove bonuses"),
                                            self.tr("Why are the {period} bonuses reopened?").format(period=period.key))
            if not ok:
                return
            reason = text
        self.runner.run(lambda session: bonus.unapprove(session, period, reason, current_user()), None, self._warn,
                        edits=True)

    def show_history(self) -> AuditDialog:
        dialog = AuditDialog(self.runner, self.period(), self)
        dialog.open()
        return dialog

    def _warn(self, exc: Exception) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Bonuses"), user_message(exc))

    # --- export -------------------------------------------------------------------------------------------
    def _export_title(self) -> str:
        return self.tr("Bonuses {period}").format(period=self.period().key)

    def _export_notes(self) -> list[str]:
        return [self.status_label.text()]


__all__ = ["BonusesPage", "current_user"]
