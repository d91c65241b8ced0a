"""The routing dialog: how MQLs are shared out (method, team, default capacity), each rep's routing (takes leads,
own capacity, current load, regions, industries), and "Route now", which saves and routes and shows who got which
lead and why the others were left.

Everything goes through the runner (``routing_loaders``); the dialog never touches the database. A capacity
cell left empty means the default capacity; regions and industries are typed comma-separated. Managers do not
take routed leads (``routing_settings.ROUTED_ROLES``): their box is off and cannot be ticked.
"""
from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models import clock
from salesmgr.models.leads.routing import RoutingResult
from salesmgr.models.leads.routing_settings import CAPACITY_LIMIT, ROUTED_ROLES, ROUTING_METHODS, RepSettings
from salesmgr.views.leads.routing_loaders import (
    RepEdit,
    RoutingEdit,
    RoutingView,
    load_routing,
    save_and_route,
    save_routing,
)
from salesmgr.views.messages import user_message
from salesmgr.views.runner import while_alive
from salesmgr.views.widgets.edit_dialog import ERROR_STYLE

REP, TEAM, TAKES, CAPACITY, LOAD, REGIONS, INDUSTRIES = range(7)
_SEPARATORS = re.compile(r"[,，;；\n]")
MUTED = "#757575"


def split_names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _SEPARATORS.split(text) if part.strip())


class RoutingDialog(QDialog):
    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: RoutingView | None = None
        self.routed: RoutingResult | None = None
        self.setWindowTitle(self.tr("Lead routing"))
        self.method_combo = QComboBox()
        for method in ROUTING_METHODS:
            self.method_combo.addItem(self.method_label(method), method)
        self.team_combo = QComboBox()
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, CAPACITY_LIMIT)
        self.capacity_spin.setSuffix(self.tr(" open leads per rep"))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Rep"), self.tr("Team"), self.tr("Takes leads"),
                                              self.tr("Capacity"), self.tr("Load"), self.tr("Regions"),
                                              self.tr("Industries")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REGIONS, QHeaderView.ResizeMode.Stretch)  # a team's provinces: the longest
        self.result_view = QTextBrowser()
        self.result_view.setPlaceholderText(self.tr("Route now assigns the unassigned MQLs and shows who got "
                                                    "which lead here."))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.route_button = QPushButton(self.tr("Route now"))
        self.save_button.clicked.connect(self.save)
        self.route_button.clicked.connect(self.route_now)
        self._build()
        self._set_busy(True)
        self.runner.run(load_routing, while_alive(self, self.show_view), while_alive(self, self.show_error))
        self.resize(1120, 680)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Assign MQLs:"), self.method_combo)
        form.addRow(self.tr("To the reps of:"), self.team_combo)
        form.addRow(self.tr("Default capacity:"), self.capacity_spin)
        hint = QLabel(self.tr("A rep at capacity gets no more leads. Leave a rep's capacity empty for the "
                              "default; type regions and industries separated by commas."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.route_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.result_view, 2)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def method_label(self, method: str) -> str:
        return {"round_robin": self.tr("Round robin within the team"),
                "territory": self.tr("By territory (region)"),
                "industry": self.tr("By industry"),
                "load": self.tr("By current open-lead load")}[method]

    # --- showing ----------------------------------------------------------------------------------------------

    def show_view(self, view: RoutingView) -> None:
        self.view = view
        self._set_busy(False)
        settings = view.settings
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(settings.method)))
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("Every team"), None)
        for team_id, name in view.teams:
            self.team_combo.addItem(name, team_id)
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(settings.team_id)))
        self.capacity_spin.setValue(settings.capacity)
        self.table.setRowCount(len(view.reps))
        for row, rep in enumerate(view.reps):
            self._fill_row(row, rep)

    def _fill_row(self, row: int, rep: RepSettings) -> None:
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name = QTableWidgetItem(rep.name)
        name.setData(Qt.ItemDataRole.UserRole, rep.rep_id)
        name.setFlags(fixed)
        team = QTableWidgetItem(rep.team or "")
        team.setFlags(fixed)
        takes = QTableWidgetItem()
        routed = rep.role in ROUTED_ROLES
        takes.setFlags(fixed | Qt.ItemFlag.ItemIsUserCheckable if routed else Qt.ItemFlag.NoItemFlags)
        takes.setCheckState(Qt.CheckState.Checked if rep.eligible else Qt.CheckState.Unchecked)
        if not routed:
            takes.setToolTip(self.tr("Managers do not take routed leads"))
        capacity = QTableWidgetItem("" if rep.capacity is None else str(rep.capacity))
        capacity.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        load = QTableWidgetItem(f"{rep.load} / {rep.limit}")
        load.setFlags(fixed)
        load.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cells = (name, team, takes, capacity, load, QTableWidgetItem(", ".join(rep.regions)),
                 QTableWidgetItem(", ".join(rep.industries)))
        for column, item in enumerate(cells):
            self.table.setItem(row, column, item)

    def show_result(self, answer: tuple[RoutingView, RoutingResult]) -> None:
        view, result = answer
        self.show_view(view)
        self.routed = result
        self.result_view.setHtml(self.result_html(result))

    def result_html(self, result: RoutingResult) -> str:
        esc = html.escape
        summary = self.tr("{assigned} assigned, {left} left unassigned, {nurtured} moved to the nurturing list")
        summary = summary.format(assigned=len(result.assignments), left=len(result.unassigned),
                                 nurtured=result.nurtured)
        parts = [f"<p><b>{esc(summary)}</b></p>"]
        if result.assignments:
            head = "".join(f"<th align='left'>{esc(text)}</th>" for text in (
                self.tr("Lead"), self.tr("Company"), self.tr("Score"), self.tr("Rep"), self.tr("Why")))
            rows = "".join(f"<tr><td>{esc(row.lead)}</td><td>{esc(row.company or '')}</td>"
                           f"<td align='right'>{row.score}</td><td>{esc(row.rep)}</td>"
                           f"<td>{esc(row.reason.shown)}</td></tr>" for row in result.assignments)
            parts.append(f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>")
        if result.unassigned:
            parts.append(f"<p><b>{esc(self.tr('Left unassigned'))}</b></p>")
            items = "".join(f"<li>{esc(row.lead)} ({row.score}): {esc(row.reason.shown)}</li>"
                            for row in result.unassigned)
            parts.append(f"<ul>{items}</ul>")
        return "".join(parts)

    def show_error(self, exc: Exception) -> None:
        self._set_busy(False)
        self.error_label.setText(user_message(exc))
        self.error_label.show()

    # --- editing ----------------------------------------------------------------------------------------------

    def edit(self) -> RoutingEdit | None:
        """What is on screen; None (with the reason shown) when a capacity cell is not a number."""
        reps = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(7)]
            if any(cell is None for cell in cells):
                continue
            text = cells[CAPACITY].text().strip()  # type: ignore[union-attr]
            if text and not text.isdigit():
                self.error_label.setText(self.tr("The capacity of {rep} must be a whole number, or empty for "
                                                 "the default.").format(rep=cells[REP].text()))  # type: ignore[union-attr]
                self.error_label.show()
                return None
            reps.append(RepEdit(cells[REP].data(Qt.ItemDataRole.UserRole),  # type: ignore[union-attr]
                                cells[TAKES].checkState() == Qt.CheckState.Checked,  # type: ignore[union-attr]
                                int(text) if text else None,
                                split_names(cells[REGIONS].text()),  # type: ignore[union-attr]
                                split_names(cells[INDUSTRIES].text())))  # type: ignore[union-attr]
        return RoutingEdit(self.method_combo.currentData(), self.team_combo.currentData(),
                           self.capacity_spin.value(), tuple(reps))

    def save(self) -> None:
        edit = self._start()
        if edit is not None:
            self.runner.run(lambda session: save_routing(session, edit), while_alive(self, self.show_view),
                            while_alive(self, self.show_error), edits=True)

    def route_now(self) -> None:
        edit = self._start()
        if edit is not None:
            today = clock.today()
            self.runner.run(lambda session: save_and_route(session, edit, today), while_alive(self, self.show_result),
                            while_alive(self, self.show_error), edits=True)

    def _start(self) -> RoutingEdit | None:
        self.error_label.hide()
        edit = self.edit() if self.view is not None else None
        if edit is not None:
            self._set_busy(True)
        return edit

    def _set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.route_button):
            button.setEnabled(not busy)
