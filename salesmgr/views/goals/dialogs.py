"""The planning toolbar's dialogs: distribute a target, copy the previous year, lock or unlock a quarter.

Each dialog computes through the runner (a preview is ``dry_run``), saves with ``edits=True`` and closes when
the save is done; a refusal stays in the dialog as a message.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models.goals.distribute import DEFAULT_RAMP, METHODS, NO_SEASON_HISTORY, NO_WON_HISTORY, Distribution
from salesmgr.models.goals.plan import PlanGrid
from salesmgr.models.money import format_money
from salesmgr.views.goals import loaders
from salesmgr.views.goals.loaders import AmountError, parse_amount
from salesmgr.views.messages import user_message

ERROR_STYLE = "color: #b00020;"


class _RunnerDialog(QDialog):
    """A dialog with a message line, a preview table and Preview / Apply buttons."""

    applied = Signal(object)  # the Distribution written
    previewed = Signal()

    def __init__(self, runner: Any, grid: PlanGrid, user: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.runner, self.grid, self.user = runner, grid, user
        self.names = {rep.rep_id: rep.name for team in grid.teams for rep in team.reps}
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.preview_table = QTableWidget(0, 6)
        self.preview_table.setHorizontalHeaderLabels([self.tr("Rep"), *(q.key for q in grid.quarters),
                                                      self.tr("Year")])
        self.preview_table.verticalHeader().hide()
        self.preview_table.setMinimumHeight(180)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.apply_button = QPushButton(self.tr("Apply"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.clicked.connect(lambda: self.run(dry_run=True))
        self.apply_button.clicked.connect(lambda: self.run(dry_run=False))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(buttons)
        self.resize(640, 440)

    def work(self, dry_run: bool) -> Callable[[Any], Distribution] | None:
        raise NotImplementedError

    def run(self, *, dry_run: bool) -> None:
        work = self.work(dry_run)
        if work is None:
            return
        self.runner.run(work, lambda result: self._done(result, dry_run), self._failed, edits=not dry_run)

    def _done(self, result: Distribution, dry_run: bool) -> None:
        if not isValid(self):
            return
        if not dry_run:
            self.applied.emit(result)
            self.accept()
            return
        self._show(result)
        self.previewed.emit()

    def _show(self, result: Distribution) -> None:
        quarters = [q.key for q in self.grid.quarters]
        by_rep: dict[int, dict[str, Decimal]] = {}
        for cell in result.cells:
            by_rep.setdefault(cell.rep_id, {})[cell.period] = cell.quota
        self.preview_table.setRowCount(len(by_rep))
        for row, (rep_id, amounts) in enumerate(sorted(by_rep.items(), key=lambda item: self.names.get(item[0], ""))):
            values = [amounts.get(key, Decimal(0)) for key in quarters]
            self.preview_table.setItem(row, 0, QTableWidgetItem(self.names.get(rep_id, str(rep_id))))
            for column, amount in enumerate([*values, sum(values, Decimal(0))], start=1):
                item = QTableWidgetItem(self.money(amount))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview_table.setItem(row, column, item)
        self.preview_table.resizeColumnsToContents()
        lines = [self.tr("Total: {amount}").format(amount=format_money(result.target, self.grid.currency))]
        if result.rounding:
            lines.append(self.tr("Rounding: {amount} (cents given to the largest remainders)").format(
                amount=format_money(result.rounding, self.grid.currency)))
        if result.reason:
            lines.append(reason_text(result.reason))
        self.say(" · ".join(lines))

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.grid.currency).rsplit(" ", 1)[0]

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _failed(self, exc: Exception) -> None:
        if isValid(self):
            self.say(user_message(exc), error=True)

    def amount(self, edit: QLineEdit, what: str) -> Decimal | None:
        try:
            value = parse_amount(edit.text())
        except AmountError:
            value = None
        if value is None:
            self.say(self.tr("Write the {what} as a number, like 42000000 or 4200万").format(what=what), error=True)
        return value


def reason_text(reason: str) -> str:
    """Why a distribution fell back to an equal split, translated."""
    from PySide6.QtCore import QCoreApplication

    known = {NO_WON_HISTORY: QCoreApplication.translate(
        "DistributeDialog", "Nobody in the scope won anything last fiscal year: split equally instead."),
        NO_SEASON_HISTORY: QCoreApplication.translate(
            "DistributeDialog", "No won revenue in the last two fiscal years: split equally over the quarters.")}
    return known.get(reason, reason)


class DistributeDialog(_RunnerDialog):
    """Split an amount to the company's or a team's reps by a method; the ramp schedule is editable."""

    def __init__(self, runner: Any, grid: PlanGrid, user: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, grid, user, self.tr("Distribute a target"), parent)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Company (also sets the year's target)"), None)
        for team in grid.teams:
            if team.team_id is not None:
                self.scope.addItem(team.name or "", team.team_id)
        self.amount_edit = QLineEdit(str(grid.target) if grid.target is not None else "")
        self.method = QComboBox()
        titles = {"equal": self.tr("Equally"), "share": self.tr("By share of last year's won revenue"),
                  "seasonal": self.tr("By seasonality (last two years)"), "ramp": self.tr("By ramp from hire date")}
        for method in METHODS:
            self.method.addItem(titles[method], method)
        self.ramp = QLineEdit(", ".join(f"{share * 100:.0f}" for share in DEFAULT_RAMP))
        self.ramp.setToolTip(self.tr("Percent of a full quota in tenure months 1, 2, …; after the last, 100 %"))
        self.method.currentIndexChanged.connect(lambda: self.ramp.setEnabled(self.method.currentData() == "ramp"))
        self.ramp.setEnabled(False)
        self.form.addRow(self.tr("Scope:"), self.scope)
        self.form.addRow(self.tr("Amount:"), self.amount_edit)
        self.form.addRow(self.tr("Method:"), self.method)
        self.form.addRow(self.tr("Ramp (% by month):"), self.ramp)

    def schedule(self) -> tuple[Decimal, ...] | None:
        try:
            shares = [parse_amount(part) for part in self.ramp.text().replace("%", "").split(",")]
        except AmountError:
            shares = [None]
        if not shares or any(share is None for share in shares):
            self.say(self.tr("Write the ramp as percentages separated by commas, like 25, 50, 75, 100"), error=True)
            return None
        return tuple(share / 100 for share in shares if share is not None)

    def work(self, dry_run: bool) -> Callable[[Any], Distribution] | None:
        amount, schedule = self.amount(self.amount_edit, self.tr("amount")), self.schedule()
        if amount is None or schedule is None:
            return None
        year, method, team_id, user = self.grid.fiscal_year, self.method.currentData(), self.scope.currentData(), \
            self.user
        return lambda session: loaders.distribute(session, year, amount, method, user, team_id, schedule, dry_run)


class CopyDialog(_RunnerDialog):
    """The previous fiscal year's quotas (and target) grown by a percentage."""

    def __init__(self, runner: Any, grid: PlanGrid, user: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, grid, user, self.tr("Copy from the previous year"), parent)
        self.growth = QLineEdit("0")
        self.form.addRow(self.tr("Growth (%):"), self.growth)

    def work(self, dry_run: bool) -> Callable[[Any], Distribution] | None:
        try:
            growth = Decimal(self.growth.text().strip().replace("%", "").replace(",", "") or "0")
        except ArithmeticError:
            self.say(self.tr("Write the growth as a percentage, like 10 or -5"), error=True)
            return None
        year, user = self.grid.fiscal_year, self.user
        return lambda session: loaders.copy_previous(session, year, growth, user, dry_run)


class LockDialog(QDialog):
    """Lock an open quarter of the year, or unlock a locked one with a reason (required)."""

    done_saving = Signal()

    def __init__(self, runner: Any, grid: PlanGrid, user: str, *, unlock: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.user, self.unlock = runner, user, unlock
        self.setWindowTitle(self.tr("Unlock a quarter") if unlock else self.tr("Lock a quarter"))
        self.quarter = QComboBox()
        for quarter in grid.quarters:
            if (quarter.key in grid.locked) == unlock:
                self.quarter.addItem(quarter.key, quarter.key)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why is the approved plan reopened?"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Quarter:"), self.quarter)
        if unlock:
            form.addRow(self.tr("Reason:"), self.reason)
        hint = (self.tr("Every change to the quarter stays in the audit log.") if unlock else
                self.tr("A locked quarter's quotas are read-only until it is unlocked with a reason."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Unlock") if unlock else self.tr("Lock"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(hint))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._enable()

    def _enable(self) -> None:
        self.ok.setEnabled(self.quarter.count() > 0 and (not self.unlock or bool(self.reason.text().strip())))

    def save(self) -> None:
        key, reason, user, locked = self.quarter.currentData(), self.reason.text().strip(), self.user, not self.unlock
        if key is None:
            return
        self.runner.run(lambda session: loaders.set_locked(session, key, locked, reason, user), self._saved,
                        self._failed, edits=True)

    def _saved(self, _result: object) -> None:
        if isValid(self):
            self.done_saving.emit()
            self.accept()

    def _failed(self, exc: Exception) -> None:
        if isValid(self):
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(user_message(exc))
