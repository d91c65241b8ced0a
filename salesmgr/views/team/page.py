"""The Team page: reps (search, show inactive, add, edit, deactivate) above the teams they belong to.

All database work goes through the DbRunner with the service functions of ``salesmgr.models.team.roster``; the
page reloads whenever the runner announces a committed edit.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models.team import roster as service
from salesmgr.models.team.roster import RepInput, RepRow, TeamRow
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner
from salesmgr.views.team.loaders import load_lists
from salesmgr.views.team.rep_dialog import RepDialog
from salesmgr.views.team.rep_table_model import RepFilterProxy, RepTableModel
from salesmgr.views.team.team_dialog import TeamDialog
from salesmgr.views.team.team_table_model import TeamTableModel
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through
from salesmgr.views.widgets.headers import fit_header_texts
from salesmgr.views.widgets.layout import action_button
from salesmgr.views.widgets.row_table_model import (
    make_table_view,
    select_row,
    selected_row,
    sorting_proxy,
)
from salesmgr.views.widgets.table_export import install_export_action

D = TypeVar("D", RepDialog, TeamDialog)
REP_WIDTHS = (150, 0, 190, 110, 95, 110, 110, 60)  # 0: the E-mail column stretches
TEAM_WIDTHS = (0, 180, 100, 70)  # 0: the Name column stretches


class TeamPage(QWidget):
    """Reps and teams. ``loaded`` is emitted each time fresh lists are on screen."""

    loaded = Signal()

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._loading = False
        self._reload_again = False
        self.confirm_deactivate: Callable[[RepRow], bool] = self._ask_deactivate
        self.rep_model = RepTableModel(self)
        self.rep_proxy = RepFilterProxy(self)
        self.rep_proxy.setSourceModel(self.rep_model)
        self.team_model = TeamTableModel(self)
        self.team_proxy = sorting_proxy(self.team_model, self)
        self._build_ui()
        runner.changed.connect(self.reload)
        self.reload()

    # --- layout -------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._reps_section())
        splitter.addWidget(self._teams_section())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def _reps_section(self) -> QWidget:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, e-mail or team"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(360)
        self.search_edit.textChanged.connect(self.rep_proxy.set_search)
        self.show_inactive_check = QCheckBox(self.tr("Show inactive"))
        self.show_inactive_check.toggled.connect(self.rep_proxy.set_show_inactive)
        self.add_rep_button = action_button(self.tr("Add rep…"), self.add_rep)
        self.edit_rep_button = action_button(self.tr("Edit…"), self.edit_selected_rep)
        self.active_button = action_button(self.tr("Deactivate"), self._toggle_selected_active)
        self.rep_view = self._table(self.rep_proxy, REP_WIDTHS, self.edit_selected_rep)
        self.export_reps_action = install_export_action(self.rep_view, self.runner, lambda: self.tr("Reps"),
                                                        self._rep_filter_notes)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.show_inactive_check)
        filters.addStretch(1)
        filters.addWidget(self._action_button(self.export_reps_action))
        buttons = [self.add_rep_button, self.edit_rep_button, self.active_button]
        return self._section(self.tr("Reps"), buttons, self.rep_view, filters)

    def _teams_section(self) -> QWidget:
        self.add_team_button = action_button(self.tr("Add team…"), self.add_team)
        self.edit_team_button = action_button(self.tr("Edit…"), self.edit_selected_team)
        self.team_view = self._table(self.team_proxy, TEAM_WIDTHS, self.edit_selected_team)
        self.export_teams_action = install_export_action(self.team_view, self.runner, lambda: self.tr("Teams"))
        buttons = [self.add_team_button, self.edit_team_button, self._action_button(self.export_teams_action)]
        return self._section(self.tr("Teams"), buttons, self.team_view)

    def _action_button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.clicked.connect(action.trigger)
        return button

    def _rep_filter_notes(self) -> list[str]:
        notes = []
        if self.search_edit.text().strip():
            notes.append(self.tr("Search: {text}").format(text=self.search_edit.text().strip()))
        notes.append(self.tr("Inactive reps shown") if self.show_inactive_check.isChecked()
                     else self.tr("Active reps only"))
        return notes

    def _section(self, title: str, buttons: Sequence[QWidget], table: QTableView,
                 filters: QHBoxLayout | None = None) -> QWidget:
        """A heading with the buttons at its right, the filters (if any) below it, then the table."""
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        for button in buttons:
            bar.addWidget(button)
        section = QWidget()
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        if filters is not None:
            layout.addLayout(filters)
        layout.addWidget(table)
        return section


    def _table(self, proxy: QSortFilterProxyModel, widths: Sequence[int],
               on_double_click: Callable[[], object]) -> QTableView:
        view = make_table_view(proxy, widths)
        fit_header_texts(view.horizontalHeader())
        view.doubleClicked.connect(lambda _index: on_double_click())
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        return view

    # --- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Load reps and teams through the runner, keeping the selected rep and team when still listed."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.runner.run(load_lists, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, lists: tuple[list[RepRow], list[TeamRow]]) -> None:
        reps, teams = lists
        rep, team = self.selected_rep(), self.selected_team()
        self.rep_model.set_rows(reps)
        self.team_model.set_rows(teams)
        if rep is not None:
            self.select_rep(rep.id)
        if team is not None:
            self.select_team(team.id)
        self._update_buttons()
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
        else:
            self.loaded.emit()

    def _on_load_failed(self, exc: Exception) -> None:
        self._loading = self._reload_again = False
        self.show_error(exc)

    # --- selection ----------------------------------------------------------------------------------
    def selected_rep(self) -> RepRow | None:
        return selected_row(self.rep_view, self.rep_model)

    def selected_team(self) -> TeamRow | None:
        return selected_row(self.team_view, self.team_model)

    def select_rep(self, rep_id: int) -> bool:
        """Select the rep with this id if it is listed (not hidden by the search or "Show inactive")."""
        return select_row(self.rep_view, self.rep_model, rep_id)

    def select_team(self, team_id: int) -> bool:
        return select_row(self.team_view, self.team_model, team_id)

    def _update_buttons(self) -> None:
        rep = self.selected_rep()
        self.edit_rep_button.setEnabled(rep is not None)
        self.active_button.setEnabled(rep is not None)
        reactivate = rep is not None and not rep.active
        self.active_button.setText(self.tr("Reactivate") if reactivate else self.tr("Deactivate"))
        self.edit_team_button.setEnabled(self.selected_team() is not None)

    # --- reps ---------------------------------------------------------------------------------------
    def add_rep(self) -> RepDialog:
        """Open the dialog for a new rep (window-modal, not blocking); returns it."""
        return self._open_rep_dialog(None)

    def edit_selected_rep(self) -> RepDialog | None:
        rep = self.selected_rep()
        return self._open_rep_dialog(rep) if rep is not None else None

    def _open_rep_dialog(self, rep: RepRow | None) -> RepDialog:
        rep_id = rep.id if rep else None
        dialog = RepDialog(self.team_model.rows(), self.rep_model.rows(), rep,
                           save=lambda data: self._save_rep(dialog, rep_id, data), parent=self)
        return open_dialog(dialog)

    def _save_rep(self, dialog: RepDialog, rep_id: int | None, data: RepInput) -> None:
        if rep_id is None:
            save_through(self.runner, dialog, lambda session: service.add_rep(session, data))
        else:
            save_through(self.runner, dialog, lambda session: service.update_rep(session, rep_id, data))

    def deactivate_selected(self, confirm: bool = True) -> bool:
        """Deactivate the selected rep once ``confirm_deactivate(rep)`` agrees (asked only if ``confirm``)."""
        rep = self.selected_rep()
        if rep is None or not rep.active or (confirm and not self.confirm_deactivate(rep)):
            return False
        self._set_active(rep.id, False)
        return True

    def reactivate_selected(self) -> bool:
        rep = self.selected_rep()
        if rep is None or rep.active:
            return False
        self._set_active(rep.id, True)
        return True

    def _toggle_selected_active(self) -> None:
        rep = self.selected_rep()
        if rep is not None and rep.active:
            self.deactivate_selected()
        else:
            self.reactivate_selected()

    def _set_active(self, rep_id: int, active: bool) -> None:
        self.runner.run(lambda session: service.set_rep_active(session, rep_id, active), None,
                        self.show_error, edits=True)

    def _ask_deactivate(self, rep: RepRow) -> bool:
        text = self.tr("Deactivate {name}? Their deals and history are kept, and you can reactivate "
                       "them later.").format(name=rep.name)
        answer = QMessageBox.question(self, self.tr("Deactivate rep"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- teams --------------------------------------------------------------------------------------
    def add_team(self) -> TeamDialog:
        return self._open_team_dialog(None)

    def edit_selected_team(self) -> TeamDialog | None:
        team = self.selected_team()
        return self._open_team_dialog(team) if team is not None else None

    def _open_team_dialog(self, team: TeamRow | None) -> TeamDialog:
        team_id = team.id if team else None
        dialog = TeamDialog(team, save=lambda data: save_through(self.runner,
            dialog, lambda session: service.save_team(session, team_id, data)), parent=self)
        return open_dialog(dialog)

    # --- shared -------------------------------------------------------------------------------------


    def show_error(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Team"), user_message(exc))
