"""The Accounts page's Hand-offs tab: the hand-offs made when deals were won (open, overdue, done or all), and
for the one chosen its checklist (tick items with who did them), its owners and the promises sales made.

The list is read in one runner operation (``handoffs_loaders.load_handoffs``), the chosen hand-off in another;
every edit is a runner edit, after which both are read again.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models import clock
from salesmgr.models.customers.handoff_lists import HandoffDetail, HandoffRow
from salesmgr.models.customers.handoff_template import department_label
from salesmgr.views.customers import handoffs_loaders as loaders
from salesmgr.views.customers.handoff_template_dialog import TemplateDialog
from salesmgr.views.customers.health_tables import fill, make_table
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.labels import paragraph

OVERDUE_COLOUR = "#c0392b"


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


class HandoffsTab(QWidget):
    loaded = Signal()
    detail_loaded = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today or clock.today()
        self.rows: list[HandoffRow] = []
        self.detail: HandoffDetail | None = None
        self.dialog: TemplateDialog | None = None
        splitter = QSplitter()
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._detail_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top())
        layout.addWidget(splitter, 1)
        runner.changed.connect(self.reload)
        self.reload()

    # --- layout -------------------------------------------------------------------------------------------
    def _top(self) -> QHBoxLayout:
        self.state_combo = QComboBox()
        for state, text in (("open", self.tr("Open")), ("overdue", self.tr("With overdue items")),
                            ("done", self.tr("Done")), ("all", self.tr("All"))):
            self.state_combo.addItem(text, state)
        self.state_combo.currentIndexChanged.connect(self.reload)
        self.counts_label = QLabel("…")
        self.template_button = QPushButton(self.tr("Checklist template…"))
        self.template_button.clicked.connect(self.open_template)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Show:"))
        caption.setBuddy(self.state_combo)
        top.addWidget(caption)
        top.addWidget(self.state_combo)
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.template_button)
        return top

    def _list_side(self) -> QWidget:
        self.table = make_table([self.tr("Opportunity"), self.tr("Account"), self.tr("Won on"), self.tr("Done"),
                                 self.tr("Overdue"), self.tr("Next due")], right=(3, 4))
        self.table.itemSelectionChanged.connect(self._chosen)
        return self.table

    def _detail_side(self) -> QWidget:
        self.title = paragraph(self.tr("Choose a hand-off to see its checklist."), muted=True)
        self.implementation_edit, self.success_edit, self.note_edit = QLineEdit(), QLineEdit(), QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Implementation owner:"), self.implementation_edit)
        form.addRow(self.tr("Customer-success owner:"), self.success_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        self.save_owners_button = QPushButton(self.tr("Save owners"))
        self.save_owners_button.clicked.connect(self._save_owners)
        self.items_table = make_table([self.tr("Item"), self.tr("Department"), self.tr("Due"), self.tr("Done on"),
                                       self.tr("Done by")], sortable=False)
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("Who did it"))
        self.done_button, self.undo_button = QPushButton(self.tr("Mark done")), QPushButton(self.tr("Not done"))
        self.done_button.clicked.connect(lambda: self._tick(True))
        self.undo_button.clicked.connect(lambda: self._tick(False))
        ticks = QHBoxLayout()
        for widget in (self.by_edit, self.done_button, self.undo_button):
            ticks.addWidget(widget)
        self.promises_table = make_table([self.tr("Promise"), self.tr("Due"), self.tr("Status")], sortable=False)
        self.add_promise_button = QPushButton(self.tr("Add promise…"))
        self.add_promise_button.clicked.connect(self._add_promise)
        promise_buttons = QHBoxLayout()
        promise_buttons.addWidget(self.add_promise_button)
        self.status_buttons = {}
        for status, text in (("kept", self.tr("Kept")), ("broken", self.tr("Broken")), ("open", self.tr("Reopen"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, status=status: self._resolve(status))
            self.status_buttons[status] = button
            promise_buttons.addWidget(button)
        promise_buttons.addStretch(1)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.save_owners_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.items_table, 3)
        layout.addLayout(ticks)
        layout.addWidget(self.promises_table, 2)
        layout.addLayout(promise_buttons)
        self._enable(False)
        return side

    def _enable(self, on: bool) -> None:
        for widget in (self.implementation_edit, self.success_edit, self.note_edit, self.save_owners_button,
                       self.by_edit, self.done_button, self.undo_button, self.add_promise_button,
                       *self.status_buttons.values()):
            widget.setEnabled(on)

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        state, today = self.state_combo.currentData() or "open", self.today
        self.runner.run(lambda session: loaders.load_handoffs(session, state, today), self._loaded, self._on_error)

    def _loaded(self, view: loaders.HandoffsView) -> None:
        if not isValid(self):
            return
        chosen = self.detail.row.id if self.detail else None
        self.rows = view.rows
        self.counts_label.setText(self.tr("{open} open hand-offs, {overdue} overdue items").format(
            open=f"{view.open_count:,}", overdue=f"{view.overdue_items:,}"))
        fill(self.table, [self._cells(row) for row in view.rows],
             [OVERDUE_COLOUR if row.overdue else None for row in view.rows], [row.id for row in view.rows])
        self.loaded.emit()
        if chosen is not None:
            self.load_detail(chosen)

    @staticmethod
    def _cells(row: HandoffRow) -> list[tuple[str, Any]]:
        return [(row.opportunity, row.opportunity), (row.account or "", row.account or ""),
                (_day(row.won_on), row.won_on), (f"{row.done}/{row.items}", row.done / row.items if row.items else 1),
                (f"{row.overdue}" if row.overdue else "", row.overdue), (_day(row.next_due), row.next_due)]

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        if item is not None:
            self.load_detail(item.data(Qt.ItemDataRole.UserRole))

    def load_detail(self, handoff_id: int) -> None:
        today = self.today
        self.runner.run(lambda session: loaders.load_detail(session, handoff_id, today), self._show_detail,
                        self._on_error)

    def _show_detail(self, detail: HandoffDetail) -> None:
        if not isValid(self):
            return
        self.detail, row = detail, detail.row
        self.title.setText(self.tr("{deal} ({account}), won {day}, sold by {owner}").format(
            deal=row.opportunity, account=row.account or "-", day=_day(row.won_on), owner=row.owner or "-"))
        self.implementation_edit.setText(row.implementation_owner or "")
        self.success_edit.setText(row.success_owner or "")
        self.note_edit.setText(detail.note or "")
        fill(self.items_table, [[(i.label, i.position), (department_label(i.department), i.department),
                                 (_day(i.due_on), i.due_on), (_day(i.done_on), i.done_on), (i.done_by or "", "")]
                                for i in detail.items],
             [OVERDUE_COLOUR if i.overdue(self.today) else None for i in detail.items], [i.id for i in detail.items])
        fill(self.promises_table, [[(p.text, p.text), (_day(p.due_on), p.due_on), (self._status(p.status), p.status)]
                                   for p in detail.promises], ids=[p.id for p in detail.promises])
        self._enable(True)
        self.detail_loaded.emit()

    def _status(self, status: str) -> str:
        return {"open": self.tr("open"), "kept": self.tr("kept"), "broken": self.tr("broken")}.get(status, status)

    # --- edits --------------------------------------------------------------------------------------------
    @staticmethod
    def _selected_id(table: Any) -> int | None:
        rows = table.selectionModel().selectedRows()
        item = table.item(rows[0].row(), 0) if rows else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _edit(self, op: Any) -> None:
        self.runner.run(op, None, self._on_error, edits=True)

    def _tick(self, done: bool) -> None:
        item_id, by = self._selected_id(self.items_table), self.by_edit.text()
        if item_id is None:
            self._tell(self.tr("Choose an item of the checklist first."))
            return
        self._edit(lambda session: loaders.tick_item(session, item_id, done, by))

    def _save_owners(self) -> None:
        if self.detail is None:
            return
        handoff_id = self.detail.row.id
        texts = (self.implementation_edit.text(), self.success_edit.text(), self.note_edit.text())
        self._edit(lambda session: loaders.save_owners(session, handoff_id, *texts))

    def _add_promise(self) -> None:
        if self.detail is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Add promise"), self.tr("What sales promised the customer:"))
        if ok and text.strip():
            handoff_id = self.detail.row.id
            self._edit(lambda session: loaders.new_promise(session, handoff_id, text, None))

    def _resolve(self, status: str) -> None:
        promise_id = self._selected_id(self.promises_table)
        if promise_id is None:
            self._tell(self.tr("Choose a promise first."))
            return
        self._edit(lambda session: loaders.resolve_promise(session, promise_id, status))

    def open_template(self) -> None:
        if self.dialog is None:
            self.dialog = TemplateDialog(self.runner, self)
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Hand-offs"), text)

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Hand-offs"), user_message(exc))
