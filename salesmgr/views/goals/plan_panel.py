"""The "Quota plan" tab: the toolbar, the planning grid with its target / sum / gap line, and the checks beside it.

Edits are saved in batches: the changes announced by the model while the event loop is busy are collected and
written with one ``save_quotas`` call through the runner; a refused batch is shown as a message and its edits
are undone in the grid (nothing of it was written).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models.goals.distribute import Distribution
from salesmgr.models.goals.plan import QuotaChange
from salesmgr.models.money import format_money
from salesmgr.views.goals import loaders
from salesmgr.views.goals.dialogs import CopyDialog, DistributeDialog, LockDialog
from salesmgr.views.goals.edits import GridEditor
from salesmgr.views.goals.figures import FiguresPanel
from salesmgr.views.goals.loaders import AmountError, PlanData, parse_amount
from salesmgr.views.goals.plan_model import PlanModel
from salesmgr.views.messages import user_message

WARNING_STYLE = "background: #fdecea; color: #8a1c1c; padding: 4px; border-radius: 4px;"


FIGURES_WIDTH = 340  # the checks beside the grid: capacity, coverage, forecast


class PlanPanel(QWidget):
    """``saved`` after a batch of edits is written; ``save_failed`` after one was refused and undone."""

    saved = Signal()
    save_failed = Signal(str)
    year_changed = Signal()
    quarter_changed = Signal()
    export_requested = Signal()

    def __init__(self, runner: Any, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.user = runner, user
        self.data: PlanData | None = None
        self.model = PlanModel(self)
        self.editor = GridEditor(self.model, self)
        self.pending: dict[tuple[int, str], Decimal | None] = {}
        self._batch_start: int | None = None
        self._undoing = False
        self._build()
        self.model.cells_changed.connect(self._collect)
        self.model.totals_changed.connect(self._show_totals)
        self.model.refused.connect(self.warn)
        self.editor.refused.connect(self.warn)

    # --- layout ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(lambda: self.year_changed.emit())
        self.quarter_combo = QComboBox()
        self.quarter_combo.currentIndexChanged.connect(lambda: self.quarter_changed.emit())
        for combo in (self.year_combo, self.quarter_combo):  # filled after the first show: grow with the items
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Fiscal year:")))
        bar.addWidget(self.year_combo)
        bar.addWidget(QLabel(self.tr("Quarter:")))
        bar.addWidget(self.quarter_combo)
        self.months_action = QAction(self.tr("Show months"), self)
        self.months_action.setCheckable(True)
        self.months_action.setToolTip(self.tr("Show each quarter's three months after it (an optional breakdown, "
                                              "never added into the quarter)"))
        self.months_action.toggled.connect(self.show_months)
        self.months_button = QToolButton()  # under the grid, beside the totals: the toolbar is full at 1200 px
        self.months_button.setDefaultAction(self.months_action)
        bar.addStretch(1)
        self.buttons = {}
        for key, text, slot in (("target", self.tr("Set target…"), self.ask_target),
                                ("distribute", self.tr("Distribute…"), self.open_distribute),
                                ("copy", self.tr("Copy from previous year…"), self.open_copy),
                                ("lock", self.tr("Lock quarter…"), lambda: self.open_lock(unlock=False)),
                                ("unlock", self.tr("Unlock…"), lambda: self.open_lock(unlock=True)),
                                ("export", self.tr("Export…"), self.export_requested.emit)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            bar.addWidget(button)
            self.buttons[key] = button
        self.buttons["export"].setToolTip(self.tr("The quota rows to Excel or CSV (File > Export…)"))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self._actions()
        self.totals_label = QLabel()
        self.rounding_label = QLabel()  # what the last distribution's cents added up to, until the next edit
        self.rounding_label.setWordWrap(True)
        self.rounding_label.hide()
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.figures = FiguresPanel()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        under = QHBoxLayout()
        under.addWidget(self.totals_label, 1)
        under.addWidget(self.months_button)
        column.addLayout(under)
        column.addWidget(self.rounding_label)
        column.addWidget(self.warning)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.figures)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([690, FIGURES_WIDTH])
        self.splitter = splitter
        self._split_by_user = False
        splitter.splitterMoved.connect(lambda *_args: setattr(self, "_split_by_user", True))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def _actions(self) -> None:
        stack = self.editor.stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        for text, keys, slot in ((self.tr("Paste"), QKeySequence.StandardKey.Paste, self.paste),
                                 (self.tr("Fill down"), QKeySequence("Ctrl+D"), self.fill_down),
                                 (self.tr("Clear"), QKeySequence.StandardKey.Delete, self.clear)):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.view.addAction(action)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        for action in self.view.actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.undo_action, self.redo_action])

    # --- showing -----------------------------------------------------------------------------------------------
    def fill_years(self, current: int) -> None:
        self.year_combo.blockSignals(True)
        for year in range(current - 2, current + 2):
            self.year_combo.addItem(self.tr("FY {year}").format(year=year), year)
        self.year_combo.setCurrentIndex(2)
        self.year_combo.blockSignals(False)

    def fiscal_year(self) -> int | None:
        return self.year_combo.currentData()

    def quarter_number(self) -> int | None:
        return self.quarter_combo.currentData()

    def show_data(self, data: PlanData) -> None:
        self.data = data
        first = self.model.rowCount() == 0
        self.model.set_grid(data.grid)
        if first:
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(PlanModel.REP, max(140, self.view.columnWidth(PlanModel.REP)))
        QTimer.singleShot(0, self._fit_grid)  # once the view is laid out with its columns
        self.quarter_combo.blockSignals(True)
        self.quarter_combo.clear()
        for quarter in data.grid.quarters:
            self.quarter_combo.addItem(quarter.key, quarter.number)
        self.quarter_combo.setCurrentIndex(data.quarter.number - 1)
        self.quarter_combo.blockSignals(False)
        self.buttons["unlock"].setEnabled(bool(data.grid.locked))
        self.buttons["lock"].setEnabled(len(data.grid.locked) < len(data.grid.quarters))
        self.figures.show_data(data)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_grid)  # the data may have come while the panel was hidden

    def _fit_grid(self) -> None:
        """The grid as wide as its columns need and no wider: the checks beside it get the rest, and never less
        than FIGURES_WIDTH; once the user has moved the splitter it stays where they put it."""
        if not isValid(self):
            return
        header = self.view.horizontalHeader()
        wanted = header.length() + self.view.verticalScrollBar().sizeHint().width() + 2 * self.view.frameWidth()
        total = sum(self.splitter.sizes())
        if total > 0 and self.isVisible() and not self._split_by_user:
            figures = max(total - wanted, FIGURES_WIDTH)
            self.splitter.setSizes([total - figures, figures])

    def show_months(self, show: bool) -> None:
        """Insert (or remove) the month columns after each quarter column."""
        self.model.set_show_months(show)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(PlanModel.REP, max(140, self.view.columnWidth(PlanModel.REP)))
        QTimer.singleShot(0, self._fit_grid)

    def _show_totals(self) -> None:
        money = self.model.money
        target, total, gap = self.model.target(), self.model.total(), self.model.gap()
        parts = [self.tr("Target: {amount}").format(amount=self.tr("not set") if target is None else money(target)),
                 self.tr("Sum of quotas: {amount}").format(amount=money(total))]
        if gap is not None:
            parts.append(self.tr("Gap: {amount}").format(amount=money(gap)) if gap else self.tr("Gap: none"))
        self.totals_label.setText("   ".join(parts))

    def warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    # --- editing ---------------------------------------------------------------------------------------------
    def selected(self) -> list[Any]:
        return self.view.selectionModel().selectedIndexes()

    def paste(self, text: str | None = None) -> bool:
        clip = text if text is not None else QGuiApplication.clipboard().text()
        return self.editor.paste(self.view.currentIndex(), clip)

    def fill_down(self) -> bool:
        return self.editor.fill_down(self.selected())

    def clear(self) -> bool:
        return self.editor.clear(self.selected())

    def _collect(self, changes: list[QuotaChange]) -> None:
        if self._undoing:
            return
        self.rounding_label.hide()
        if not self.pending:
            self._batch_start = self.editor.stack.index()  # a push calls redo before it moves the index
            QTimer.singleShot(0, self._save)
        for change in changes:
            self.pending[change.rep_id, change.period] = change.amount

    def _save(self) -> None:
        if not self.pending:
            return
        changes = [QuotaChange(rep, key, amount) for (rep, key), amount in self.pending.items()]
        start, self.pending = self._batch_start, {}
        user = self.user
        self.runner.run(lambda session: loaders.save_changes(session, changes, user), lambda _r: self._saved(),
                        lambda exc: self._refused(exc, start), edits=True)

    def _saved(self) -> None:
        if isValid(self):
            self.warn("")
            self.saved.emit()

    def _refused(self, exc: Exception, start: int | None) -> None:
        if not isValid(self):
            return
        self._undoing = True
        try:
            if start is not None and start < self.editor.stack.index():
                self.editor.stack.setIndex(max(start, 0))
        finally:
            self._undoing = False
        message = self.tr("Not saved, and undone: {reason}").format(reason=user_message(exc))
        self.warn(message)
        self.save_failed.emit(message)

    # --- toolbar ---------------------------------------------------------------------------------------------
    def ask_target(self, text: str | None = None) -> None:
        if self.data is None:
            return
        year = self.data.grid.fiscal_year
        if text is None:
            current = "" if self.data.grid.target is None else str(self.data.grid.target)
            text, ok = QInputDialog.getText(self, self.tr("Set target"), self.tr(
                "The company's target for fiscal {year} (empty: none):").format(year=year), text=current)
            if not ok:
                return
        try:
            amount = parse_amount(text)
        except AmountError:
            self.warn(self.tr("{text} is not an amount; write it like 42000000 or 4200万").format(text=text))
            return
        user = self.user
        self.runner.run(lambda session: loaders.save_target(session, year, amount, user), None,
                        lambda exc: self.warn(user_message(exc)), edits=True)

    def open_distribute(self) -> DistributeDialog | None:
        return self._open(DistributeDialog) if self.data is not None else None

    def open_copy(self) -> CopyDialog | None:
        return self._open(CopyDialog) if self.data is not None else None

    def _open(self, kind: Any) -> Any:
        assert self.data is not None
        dialog = kind(self.runner, self.data.grid, self.user, self)
        dialog.applied.connect(self._show_rounding)
        dialog.open()
        return dialog

    def _show_rounding(self, result: Distribution) -> None:
        """The rounding line of a distribution just applied: the cents that made the quotas add up exactly."""
        if not isValid(self):
            return
        self.rounding_label.setText(self.tr("Rounding: {amount} (cents given to the largest remainders), so the "
                                            "quotas add up exactly to {target}").format(
            amount=format_money(result.rounding, self.model.currency),
            target=format_money(result.target, self.model.currency)))
        self.rounding_label.setVisible(bool(result.rounding))

    def open_lock(self, *, unlock: bool) -> LockDialog | None:
        if self.data is None:
            return None
        dialog = LockDialog(self.runner, self.data.grid, self.user, unlock=unlock, parent=self)
        dialog.open()
        return dialog
