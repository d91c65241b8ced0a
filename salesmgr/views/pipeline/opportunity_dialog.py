"""One opportunity: its fields (editable), its stage history, and moving it to another stage.

``OpportunityDialog`` hands its edits to a ``save`` callback and a move to a ``move`` callback; the page runs
them on the DbRunner (see ``EditDialog``). It offers the knowledge base's SPIN questions for the deal's
stage (``show_spin``; the page loads them for the stage shown, again after a move). ``MoveStageDialog`` shows
the current stage's exit criteria and the target stage's entry criteria as checklists before the move is
confirmed.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models.customers.knowledge import Article
from salesmgr.models.errors import UserError
from salesmgr.models.pipeline.opportunities import OpportunityDetail, OpportunityEdit, StageOption
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.dates import from_qdate, to_qdate
from salesmgr.views.widgets.edit_dialog import EditDialog, typed_amount
from salesmgr.views.widgets.labels import emphasise


class OpportunityDialog(EditDialog[OpportunityEdit]):
    """Name, amount, currency, probability and expected close of one deal; its history; "Move to stage…"."""

    def __init__(self, detail: OpportunityDetail, save: Callable[[OpportunityEdit], None] | None = None,
                 move: Callable[[int], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self._move = move
        self.detail = detail
        self.move_dialog: MoveStageDialog | None = None
        self.setWindowTitle(self.tr("Opportunity"))
        self._build_fields()
        self._build_stage_and_history()
        self.set_detail(detail)
        self.setMinimumWidth(460)

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 120000.00"))
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency_edit = QLineEdit()
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(60)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_edit)
        self.probability_spin = QSpinBox()
        self.probability_spin.setRange(-1, 100)
        self.probability_spin.setSuffix("%")
        self.probability_spin.setSpecialValueText(self.tr("Not set"))
        self.expected_edit = QDateEdit()
        self.expected_edit.setCalendarPopup(True)
        self.expected_edit.setDisplayFormat("yyyy-MM-dd")
        self.no_expected_check = QCheckBox(self.tr("No date"))
        self.no_expected_check.toggled.connect(lambda on: self.expected_edit.setEnabled(not on))
        expected_row = QHBoxLayout()
        expected_row.addWidget(self.expected_edit, 1)
        expected_row.addWidget(self.no_expected_check)
        self.account_label, self.owner_label = QLabel(), QLabel()
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("Account:"), self.account_label)
        self.form.addRow(self.tr("Owner:"), self.owner_label)
        self.form.addRow(self.tr("&Amount:"), amount_row)
        self.form.addRow(self.tr("&Probability:"), self.probability_spin)
        self.form.addRow(self.tr("&Expected close:"), expected_row)

    def _build_stage_and_history(self) -> None:
        self.stage_label = QLabel()
        emphasise(self.stage_label)
        self.move_button = QPushButton(self.tr("Move to stage…"))
        self.move_button.clicked.connect(lambda: self.open_move_dialog())
        self.move_button.setEnabled(self._move is not None)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.stage_label, 1)
        stage_row.addWidget(self.move_button)
        self.form.addRow(self.tr("Stage:"), stage_row)
        self.history_table = QTableWidget(0, 2)
        self.history_table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Entered")])
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history_table.setMinimumHeight(140)
        self.form.addRow(self.tr("History:"), self.history_table)
        self.spin_view = QTextBrowser()
        self.spin_view.setMinimumHeight(150)
        self.spin_view.setPlaceholderText(self.tr("Loading the SPIN questions…"))
        self.form.addRow(self.tr("SPIN questions:"), self.spin_view)

    def show_spin(self, articles: list[Article]) -> None:
        """Show the SPIN question sets offered for the deal's stage (Markdown, one after the other)."""
        parts = [f"## {article.title}\n\n{article.body}" for article in articles]
        self.spin_view.setMarkdown("\n\n".join(parts) if parts else self.tr("No SPIN questions for this stage."))

    # --- showing ------------------------------------------------------------------------------------------
    def set_detail(self, detail: OpportunityDetail, *, fields: bool = True) -> None:
        """Show ``detail``; ``fields=False`` keeps what the user has typed and updates only the stage part."""
        self.detail, row = detail, detail.row
        if fields:
            self.name_edit.setText(row.name)
            self.amount_edit.setText("" if row.amount is None else str(row.amount))
            self.currency_edit.setText(row.currency)
            expected = row.expected_close_date
            self.expected_edit.setDate(to_qdate(expected) if expected else QDate.currentDate())
            self.no_expected_check.setChecked(expected is None)
            self.expected_edit.setEnabled(expected is not None)
        self.probability_spin.setValue(-1 if row.probability is None else row.probability)
        self.account_label.setText(row.account or "")
        self.owner_label.setText(row.owner or "")
        closed = row.closed_date.isoformat() if row.closed_date else ""
        self.stage_label.setText(self.tr("{stage} (closed {date})").format(stage=row.stage, date=closed)
                                 if closed else row.stage)
        self.history_table.setRowCount(len(detail.history))
        for number, entry in enumerate(detail.history):
            self.history_table.setItem(number, 0, QTableWidgetItem(entry.stage))
            self.history_table.setItem(number, 1, QTableWidgetItem(entry.entered_at.strftime("%Y-%m-%d %H:%M")))

    def value(self) -> OpportunityEdit:
        """The edited fields; raises a ``UserError`` (shown inline by ``accept``) for an unreadable amount."""
        amount = typed_amount(self.amount_edit.text())
        probability = self.probability_spin.value()
        expected = None if self.no_expected_check.isChecked() else from_qdate(self.expected_edit.date())
        return OpportunityEdit(self.name_edit.text(), amount, self.currency_edit.text(),
                               None if probability < 0 else probability, expected)

    def accept(self) -> None:
        if not self.is_saving():
            try:
                self.value()
            except UserError as exc:
                self.failed(user_message(exc))
                return
        super().accept()

    # --- moving -------------------------------------------------------------------------------------------
    def open_move_dialog(self) -> MoveStageDialog:
        """Open the stage picker with its checklists (window-modal, not blocking); returns it."""
        dialog = MoveStageDialog(self.detail.current_stage(), self.detail.stage_options, self)
        dialog.accepted.connect(lambda: self._moved(dialog.target_id()))
        dialog.finished.connect(dialog.deleteLater)
        self.move_dialog = dialog
        dialog.open()
        return dialog

    def _moved(self, stage_id: int | None) -> None:
        if stage_id is not None and self._move is not None:
            self.move_button.setEnabled(False)
            self._move(stage_id)

    def move_done(self, detail: OpportunityDetail) -> None:
        """The move was written: show the new stage, probability and history."""
        self.move_button.setEnabled(True)
        self.set_detail(detail, fields=False)

    def move_failed(self, message: str) -> None:
        self.move_button.setEnabled(True)
        self.failed(message)


class MoveStageDialog(QDialog):
    """Pick the target stage and go through the current stage's exit and the target's entry criteria."""

    def __init__(self, current: StageOption, options: list[StageOption], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.options = [option for option in options if option.id != current.id]
        self.setWindowTitle(self.tr("Move to stage"))
        self.target_combo = QComboBox()
        for option in self.options:
            self.target_combo.addItem(option.name, option.id)
        self.target_combo.setCurrentIndex(self._next_index(options))
        self.exit_list, self.entry_list = QListWidget(), QListWidget()
        self.exit_heading = QLabel(self.tr("Exit criteria of {stage}").format(stage=current.name))
        self.entry_heading = QLabel()
        self.summary_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._fill(self.exit_list, current.exit_criteria)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.exit_list.itemChanged.connect(self._update_summary)
        self.entry_list.itemChanged.connect(self._update_summary)
        self._target_changed()
        self.setMinimumWidth(420)

    def _layout(self) -> None:
        target_row = QHBoxLayout()
        label = QLabel(self.tr("&Target stage:"))
        label.setBuddy(self.target_combo)
        target_row.addWidget(label)
        target_row.addWidget(self.target_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(target_row)
        for heading, checklist in ((self.exit_heading, self.exit_list), (self.entry_heading, self.entry_list)):
            emphasise(heading)
            layout.addWidget(heading)
            layout.addWidget(checklist)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)

    def _next_index(self, options: list[StageOption]) -> int:
        """The stage after the current one in pipeline order, else the first one offered."""
        after = [option for option in options[options.index(self.current) + 1:] if option.id != self.current.id]
        return self.target_combo.findData(after[0].id) if after else 0

    def target_id(self) -> int | None:
        data = self.target_combo.currentData()
        return int(data) if data is not None else None

    def target(self) -> StageOption | None:
        return next((option for option in self.options if option.id == self.target_id()), None)

    def set_target(self, stage_id: int) -> None:
        self.target_combo.setCurrentIndex(max(self.target_combo.findData(stage_id), 0))

    def _target_changed(self) -> None:
        target = self.target()
        self.entry_heading.setText(self.tr("Entry criteria of {stage}").format(stage=target.name if target else ""))
        self._fill(self.entry_list, target.entry_criteria if target else [])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(target is not None)

    def _fill(self, checklist: QListWidget, items: list[str]) -> None:
        checklist.blockSignals(True)
        checklist.clear()
        for text in items:
            item = QListWidgetItem(text, checklist)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if not items:
            QListWidgetItem(self.tr("No criteria"), checklist).setFlags(Qt.ItemFlag.NoItemFlags)
        checklist.setMaximumHeight(max(2, checklist.count()) * (checklist.fontMetrics().height() + 8) + 8)
        checklist.blockSignals(False)
        self._update_summary()

    def checklist_items(self) -> list[QListWidgetItem]:
        """Every tickable criterion, exit criteria first."""
        found = []
        for checklist in (self.exit_list, self.entry_list):
            found += [checklist.item(row) for row in range(checklist.count())
                      if checklist.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable]
        return found

    def check_all(self) -> None:
        for item in self.checklist_items():
            item.setCheckState(Qt.CheckState.Checked)

    def _update_summary(self) -> None:
        items = self.checklist_items()
        done = sum(item.checkState() == Qt.CheckState.Checked for item in items)
        if not items:
            self.summary_label.setText(self.tr("No criteria to check for this move."))
        elif done == len(items):
            self.summary_label.setText(self.tr("All criteria are met."))
        else:
            self.summary_label.setText(self.tr("{done} of {total} criteria ticked; you can still move the deal.")
                                       .format(done=done, total=len(items)))
