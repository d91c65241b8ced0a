"""``CompetitorsPanel``: the competitor library with the win rate against each (won over won + lost among the
deals where it appeared; "–" while none is closed), one competitor's strengths, weaknesses and our answers, and
its deals, where deals are linked and unlinked."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models.customers.competitors import CompetitorRow
from salesmgr.views.knowledge import loaders
from salesmgr.views.knowledge.competitor_dialog import CompetitorDialog
from salesmgr.views.knowledge.link_picker import LinkPicker
from salesmgr.views.knowledge.loaders import CompetitorData
from salesmgr.views.knowledge.selection import reselect
from salesmgr.views.messages import user_message
from salesmgr.views.runner import while_alive
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through


def rate_text(row: CompetitorRow) -> str:
    return "–" if row.win_rate is None else f"{row.win_rate:.1%}"


class CompetitorsPanel(QWidget):
    loaded = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rows: list[CompetitorRow] = []
        self.data: CompetitorData | None = None
        self.dialog: CompetitorDialog | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._detail_side())
        splitter.setSizes([470, 510])
        QVBoxLayout(self).addWidget(splitter)

    def _list_side(self) -> QWidget:
        self.table = _table([self.tr("Competitor"), self.tr("Deals"), self.tr("Won"), self.tr("Lost"),
                             self.tr("Open"), self.tr("Win rate")])
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_dialog(self.current()))
        self.new_button = QPushButton(self.tr("New competitor…"))
        self.new_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.current()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        return _column(self.table, [self.new_button, self.edit_button, self.delete_button])

    def _detail_side(self) -> QWidget:
        self.viewer = QTextBrowser()
        self.deals_table = _table([self.tr("Opportunity"), self.tr("Account"), self.tr("Stage")])
        self.unlink_button = QPushButton(self.tr("Remove deal"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.link_picker = LinkPicker(self.runner, ("opportunity",))
        self.link_picker.picked.connect(lambda _target, deal_id, _name: self._link(deal_id, True))
        side = _column(self.deals_table, [self.unlink_button])
        layout = side.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.viewer, 3)
        layout.addWidget(self.link_picker)
        return side

    def reload(self) -> None:
        self.runner.run(loaders.load_competitors, while_alive(self, self._show_rows), while_alive(self, self._warn))

    def _show_rows(self, rows: list[CompetitorRow]) -> None:
        shown = self.data.row.id if self.data else None
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = [row.name, str(row.deals), str(row.won), str(row.lost), str(row.open), rate_text(row)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        self.table.blockSignals(False)
        reselect(self.table, [row.id for row in rows], shown, lambda: self._show(None))
        self.loaded.emit()

    def current(self) -> CompetitorRow | None:
        selected = self.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()] if selected else None

    def _selection_changed(self) -> None:
        row = self.current()
        if row is not None:
            self.runner.run(loaders.load_competitor(row.id), while_alive(self, self._show),
                            while_alive(self, self._warn))

    def _show(self, data: CompetitorData | None) -> None:
        self.data = data
        for widget in (self.edit_button, self.delete_button, self.unlink_button, self.link_picker):
            widget.setEnabled(data is not None)
        self.viewer.setMarkdown(self.competitor_markdown(data) if data else "")
        deals = data.deals if data else []
        self.deals_table.setRowCount(len(deals))
        for number, deal in enumerate(deals):
            for column, text in enumerate((deal.name, deal.account or "", deal.stage)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, deal.id)
                self.deals_table.setItem(number, column, item)

    def competitor_markdown(self, data: CompetitorData) -> str:
        row = data.row
        rate = self.tr("Win rate against {name}: {rate} ({won} won, {lost} lost, {open} open)").format(
            name=row.name, rate=rate_text(row), won=row.won, lost=row.lost, open=row.open)
        parts = [f"# {row.name}", f"*{rate}*"]
        for title, text in ((self.tr("Strengths"), row.strengths), (self.tr("Weaknesses"), row.weaknesses),
                            (self.tr("Our answers"), row.answers)):
            parts += [f"## {title}", text or self.tr("Not written yet.")]
        return "\n\n".join(parts)

    def open_dialog(self, row: CompetitorRow | None) -> None:
        competitor_id = row.id if row else None
        dialog = CompetitorDialog(row, parent=self, save=lambda edit: save_through(
            self.runner, dialog, loaders.save_competitor(edit, competitor_id)))
        self.dialog = open_dialog(dialog)

    def delete_current(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete competitor"),
                                      self.tr("Delete the competitor {name} and its links to deals?")
                                      .format(name=row.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.data = None
            self.runner.run(loaders.delete_competitor(row.id), on_error=while_alive(self, self._warn), edits=True)

    def unlink_selected(self) -> None:
        selected = self.deals_table.selectionModel().selectedRows()
        if selected:
            item = self.deals_table.item(selected[0].row(), 0)
            if item is not None:
                self._link(int(item.data(Qt.ItemDataRole.UserRole)), False)

    def _link(self, deal_id: int, linked: bool) -> None:
        if self.data is not None:
            self.runner.run(loaders.link_deal(self.data.row.id, deal_id, linked),
                            on_error=while_alive(self, self._warn), edits=True)

    def _warn(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Knowledge"), user_message(exc))


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _column(main: QWidget, buttons: list[QPushButton]) -> QWidget:
    side = QWidget()
    layout = QVBoxLayout(side)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(main, 2)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return side
