"""The Leads tab: every lead with its score, grade and breakdown, filtered by grade, status and text, with the
grade counts above; Edit (or a double click) opens the lead's dialog, Disqualify and Back to nurturing change the
selected leads' status. ``actions_bar`` holds the buttons; other features add theirs to it."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from salesmgr.models.crm import LEAD_STATUSES
from salesmgr.models.leads.labels import status_label
from salesmgr.models.leads.listing import LeadDetail, LeadRow
from salesmgr.views.leads import loaders
from salesmgr.views.leads.lead_dialog import LeadDialog, LeadEdit
from salesmgr.views.leads.lead_table import LeadFilterProxy, LeadTableModel
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.combos import refill
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through
from salesmgr.views.widgets.frozen_table import FrozenColumnTableView
from salesmgr.views.widgets.headers import fit_header_texts
from salesmgr.views.widgets.layout import action_button
from salesmgr.views.widgets.row_table_model import make_table_view, select_row, selected_row
from salesmgr.views.widgets.table_export import install_export_action

WIDTHS = (130, 190, 55, 60, 85, 85, 90, 65, 110, 90, 360)  # the breakdown: scroll right, or the tooltip


class LeadsPanel(QWidget):
    """``data`` is what was last loaded; ``loaded`` is emitted each time it is on screen."""

    loaded = Signal()

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data: loaders.LeadsData | None = None
        self.dialog: LeadDialog | None = None
        self._loading = self._reload_again = False
        self.model = LeadTableModel(self)
        self.proxy = LeadFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        runner.changed.connect(self.reload)
        self.reload()

    def _build(self) -> None:
        self.grade_combo = QComboBox()
        self.status_combo = QComboBox()
        refill(self.status_combo, self.tr("All statuses"), [], None)
        for status in LEAD_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, company, owner, industry or region"))
        self.search_edit.setClearButtonEnabled(True)
        for combo in (self.grade_combo, self.status_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter)
        self.search_edit.textChanged.connect(self._filter)
        self.summary_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Grade:")))
        filters.addWidget(self.grade_combo)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_combo)
        filters.addWidget(self.search_edit, 1)
        self.view = make_table_view(self.proxy, WIDTHS, FrozenColumnTableView())
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.sortByColumn(LeadTableModel.SCORE, Qt.SortOrder.DescendingOrder)
        fit_header_texts(self.view.horizontalHeader())
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.export_action = install_export_action(self.view, self.runner, lambda: self.tr("Leads"))
        self.edit_button = action_button(self.tr("Edit…"), self.edit_selected)
        self.disqualify_button = action_button(self.tr("Disqualify"), partial(self.set_status, "disqualified"))
        self.nurture_button = action_button(self.tr("Back to nurturing"), partial(self.set_status, "nurturing"))
        self.actions_bar = QHBoxLayout()
        self.actions_bar.addWidget(self.summary_label, 1)
        for button in (self.edit_button, self.disqualify_button, self.nurture_button):
            self.actions_bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.runner.run(loaders.load_leads, self._on_loaded, self._on_failed)

    def _on_loaded(self, data: loaders.LeadsData) -> None:
        if not isValid(self):  # the page closed while the runner worked
            return
        chosen = [row.id for row in self.selected_rows()]
        self.data = data
        refill(self.grade_combo, self.tr("All grades"), [(c.rank, c.label) for c in data.counts],
               self.grade_combo.currentData())
        self.summary_label.setText(self.summary_text(data.counts))
        self.model.set_rows(data.rows)
        for lead_id in chosen[:1]:
            select_row(self.view, self.model, lead_id)
        self._filter()
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
        else:
            self.loaded.emit()

    def _on_failed(self, exc: Exception) -> None:
        self._loading = self._reload_again = False
        self.summary_label.setText(user_message(exc))

    def summary_text(self, counts: list[loaders.GradeCount]) -> str:
        """"MQL 412 · SQL 1,030 · Lead 2,101"."""
        return " · ".join(f"{count.label} {count.count:,}" for count in counts)

    def _filter(self) -> None:
        self.proxy.set_filters(self.grade_combo.currentData(), self.status_combo.currentData(),
                               self.search_edit.text())
        self._update_buttons()

    # --- selection and actions -----------------------------------------------------------------------------
    def selected_rows(self) -> list[LeadRow]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [self.model.row_at(self.proxy.mapToSource(index)) for index in rows]

    def selected(self) -> LeadRow | None:
        return selected_row(self.view, self.model)

    def select(self, lead_id: int) -> bool:
        return select_row(self.view, self.model, lead_id)

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        self.edit_button.setEnabled(len(rows) == 1)
        open_rows = [row for row in rows if row.status != "converted"]
        self.disqualify_button.setEnabled(any(row.status != "disqualified" for row in open_rows)
                                          and len(open_rows) == len(rows))
        self.nurture_button.setEnabled(any(row.status != "nurturing" for row in open_rows)
                                       and len(open_rows) == len(rows))

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.runner.run(partial(loaders.load_detail, lead_id=rows[0].id), self._open_dialog)

    def _open_dialog(self, detail: LeadDetail) -> None:
        if not isValid(self):  # the page closed while the runner worked
            return
        self.dialog = open_dialog(LeadDialog(detail, self._save_lead, self))

    def _save_lead(self, edit: LeadEdit) -> None:
        if self.dialog is not None:
            save_through(self.runner, self.dialog,
                         lambda session: loaders.save_lead(session, edit.lead_id, edit.fields, edit.behaviours))

    def set_status(self, status: str) -> None:
        ids = [row.id for row in self.selected_rows()]
        if ids:
            self.runner.run(lambda session: loaders.set_status(session, ids, status), None,
                            lambda exc: self.summary_label.setText(user_message(exc)), edits=True)
