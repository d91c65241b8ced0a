"""The Pipeline page: every opportunity in one table, narrowed by a filter bar and sorted in SQL, with a dialog
to edit a deal and move it through the stages.

The table's model fetches only the pages on screen (``PipelineModel``), so a million deals open as fast as a
hundred. All database work goes through the DbRunner with ``salesmgr.models.pipeline.opportunities``.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from shiboken6 import isValid

from salesmgr.models.database import Session
from salesmgr.models.metrics.filters import DateField, MetricFilter
from salesmgr.models.pipeline import opportunities as service
from salesmgr.models.pipeline.opportunities import OpportunityDetail, OpportunityEdit, OpportunityFilter
from salesmgr.views.messages import user_message
from salesmgr.views.pipeline.export import filter_notes, pipeline_stream
from salesmgr.views.pipeline.loaders import (
    OPEN_STAGES,
    FilterChoices,
    load_choices,
    opening_dates,
    opening_filter,
    spin_questions,
)
from salesmgr.views.pipeline.opportunity_dialog import OpportunityDialog
from salesmgr.views.pipeline.stage_editor import StageEditorDialog
from salesmgr.views.pipeline.stalled_panel import StalledPanel
from salesmgr.views.pipeline.table_model import PipelineModel
from salesmgr.views.runner import DbRunner, while_alive
from salesmgr.views.widgets.combos import refill, reps_of_team
from salesmgr.views.widgets.dates import from_qdate, to_qdate
from salesmgr.views.widgets.edit_dialog import save_through
from salesmgr.views.widgets.headers import fit_header_texts
from salesmgr.views.widgets.labels import heading
from salesmgr.views.widgets.table_export import Stream, install_export_action

SEARCH_DELAY_MS = 250
# Name, Account, Owner, Team, Stage, Amount, Probability, Expected close, Closed, Created: the widths a column
# starts at, widened where its title and the sort arrow need more (fit_header_texts). At 1200 x 760 the columns up
# to Expected close (the default sort, with its arrow) are on screen; the last column takes what a wider window
# has to spare.
COLUMN_WIDTHS = (170, 140, 85, 105, 100, 120, 75, 100, 85, 85)


class PipelinePage(QWidget):
    """Opportunities with a filter bar, opening on ``loaders.opening_filter`` (the current quarter's open
    pipeline, soonest expected close first). ``loaded`` is emitted whenever a (re)load is on screen and
    ``dialog_opened`` when the detail dialog of a deal is shown."""

    loaded = Signal()
    dialog_opened = Signal(object)
    rates_requested = Signal(list)  # currencies without a rate (the stalled deals' note): open the rates

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.dialog: OpportunityDialog | None = None
        self.choices = FilterChoices([], [], [])
        self.model = PipelineModel(runner, self, flt=opening_filter())
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self.show_error_text)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build_ui()
        runner.changed.connect(self.reload_choices)
        runner.changed.connect(self.stalled_panel.reload)
        self.reload_choices()
        self.view.setSortingEnabled(True)  # sorts by the indicator: the first load
        if not self.model.is_loading():
            self.model.reload()

    # --- layout -------------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.count_label = QLabel()
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.move_button = QPushButton(self.tr("Move to stage…"))
        self.move_button.clicked.connect(lambda: self.open_selected(move=True))
        self.stages_button = QPushButton(self.tr("Edit stages…"))
        self.stages_button.clicked.connect(self.edit_stages)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export_action.trigger())
        bar = QHBoxLayout()
        bar.addWidget(heading(self.tr("Pipeline"), 1.2))
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.move_button)
        bar.addWidget(self.stages_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self._filter_row())
        layout.addLayout(self._period_row())
        self.stalled_panel = StalledPanel(self.runner)
        self.stalled_panel.open_requested.connect(self.open_opportunity)
        self.stalled_panel.rates_requested.connect(self.rates_requested)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._table())
        self.splitter.addWidget(self.stalled_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    def _filter_row(self) -> QHBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search deal or account"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.stage_combo, self.team_combo, self.rep_combo = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.stage_combo, self.team_combo, self.rep_combo):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fill_combos(stage_id=OPEN_STAGES)
        self.stage_combo.currentIndexChanged.connect(self.apply_filter)
        self.team_combo.currentIndexChanged.connect(self._team_changed)
        self.rep_combo.currentIndexChanged.connect(self.apply_filter)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 2)
        for text, combo in ((self.tr("Stage:"), self.stage_combo), (self.tr("Team:"), self.team_combo),
                            (self.tr("Rep:"), self.rep_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 1)
        return row

    def _period_row(self) -> QHBoxLayout:
        start, end = opening_dates()
        self.all_dates_check = QCheckBox(self.tr("All dates"))
        self.date_field_combo = QComboBox()
        self.date_field_combo.addItem(self.tr("Close date"), DateField.CLOSE.value)
        self.date_field_combo.addItem(self.tr("Created date"), DateField.CREATED.value)
        self.from_edit, self.to_edit = self._date_edit(start), self._date_edit(end)
        self.all_dates_check.toggled.connect(self._all_dates_toggled)
        self.date_field_combo.currentIndexChanged.connect(self._period_changed)
        row = QHBoxLayout()
        row.addWidget(self.all_dates_check)
        row.addWidget(self.date_field_combo)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        return row

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._period_changed)
        return edit

    def _table(self) -> QTableView:
        view = self.view = QTableView()
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(PipelineModel.EXPECTED, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSortIndicatorShown(True)  # sorting is enabled once the page is built: make room for the arrow
        fit_header_texts(header)
        header.setStretchLastSection(True)
        view.doubleClicked.connect(lambda _index: self.open_selected())
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.export_action = install_export_action(view, self.runner, lambda: self.tr("Pipeline"),
                                                   lambda: filter_notes(self), self._export_stream)
        return view

    def _export_stream(self) -> Stream:
        sort, descending = self.model.sort_key()
        return pipeline_stream(self.model.filter(), sort, descending, self.model.column_titles())

    # --- filter -------------------------------------------------------------------------------------------
    def current_filter(self) -> OpportunityFilter:
        """The filter the bar describes now."""
        dated = not self.all_dates_check.isChecked()
        metric = MetricFilter(
            date_from=from_qdate(self.from_edit.date()) if dated else None,
            date_to=from_qdate(self.to_edit.date()) if dated else None,
            date_field=DateField(self.date_field_combo.currentData()),
            team_id=self.team_combo.currentData(), rep_id=self.rep_combo.currentData())
        stage = self.stage_combo.currentData()
        return OpportunityFilter(self.search_edit.text().strip(), stage if isinstance(stage, int) else None,
                                 metric=metric, stage_kind=stage if isinstance(stage, str) else None)

    def apply_filter(self) -> None:
        """Reload the table for the filter bar, unless it shows that filter already."""
        self._search_timer.stop()
        flt = self.current_filter()
        self.stalled_panel.set_filter(flt.metric.team_id, flt.metric.rep_id)
        if flt != self.model.filter():
            self.model.set_filter(flt)

    def _all_dates_toggled(self, checked: bool) -> None:
        for widget in (self.from_edit, self.to_edit, self.date_field_combo):
            widget.setEnabled(not checked)
        self.apply_filter()

    def _period_changed(self) -> None:
        if not self.all_dates_check.isChecked():
            self.apply_filter()

    def _team_changed(self) -> None:
        rep_id = self.rep_combo.currentData()
        self._fill_reps(rep_id)
        self.apply_filter()

    # --- choices ------------------------------------------------------------------------------------------
    def reload_choices(self) -> None:
        self.runner.run(load_choices, self._on_choices, self.show_error)

    def _on_choices(self, choices: FilterChoices) -> None:
        if not isValid(self):  # the page was closed while the lists were loading
            return
        self._follow_fiscal_start(self.choices.fiscal_start, choices.fiscal_start)
        self.choices = choices
        self._fill_combos()
        self.apply_filter()

    def _follow_fiscal_start(self, before: int, now: int) -> None:
        """When the fiscal start changed and the dates are still the current quarter's under the old one (the user
        did not choose others), they become the current fiscal quarter's under the new one."""
        if before == now or (from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())) != opening_dates(
                before):
            return
        start, end = opening_dates(now)
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _fill_combos(self, *, stage_id: int | str | None = None) -> None:
        """The lists of the filter bar from ``self.choices``, keeping what is chosen (or choosing ``stage_id``)."""
        self._fill_stages(stage_id or self.stage_combo.currentData())
        refill(self.team_combo, self.tr("All teams"), self.choices.teams, self.team_combo.currentData())
        self._fill_reps(self.rep_combo.currentData())

    def _fill_stages(self, keep: int | str | None) -> None:
        """All stages, all open stages (``OPEN_STAGES``), then each stage; ``keep`` stays chosen if there."""
        stages = [(stage.id, stage.name) for stage in self.choices.stages]
        refill(self.stage_combo, self.tr("All stages"), stages, None)
        self.stage_combo.blockSignals(True)
        self.stage_combo.insertItem(1, self.tr("All open stages"), OPEN_STAGES)
        self.stage_combo.setCurrentIndex(max(self.stage_combo.findData(keep), 0))
        self.stage_combo.blockSignals(False)

    def _fill_reps(self, rep_id: int | None) -> None:
        team_id = self.team_combo.currentData()
        reps = reps_of_team(self.choices.reps, team_id)
        refill(self.rep_combo, self.tr("All reps"), reps, rep_id)

    # --- table --------------------------------------------------------------------------------------------
    def _on_loaded(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("1 opportunity") if total == 1
                                 else self.tr("{n} opportunities").format(n=f"{total:,}"))
        self._update_buttons()
        self.loaded.emit()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row is not None else None

    def select_position(self, position: int) -> None:
        self.view.selectRow(position)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.move_button.setEnabled(chosen)

    # --- detail -------------------------------------------------------------------------------------------
    def edit_stages(self) -> StageEditorDialog:
        """The pipeline's stages: names, order, kind, default probability, entry and exit criteria."""
        dialog = StageEditorDialog(self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_selected(self, *, move: bool = False) -> None:
        opportunity_id = self.selected_id()
        if opportunity_id is not None:
            self.open_opportunity(opportunity_id, move=move)

    def open_opportunity(self, opportunity_id: int, *, move: bool = False) -> None:
        """Load the deal and open its dialog (``dialog_opened`` carries it); ``move`` opens the stage picker."""
        self.runner.run(lambda session: service.opportunity_detail(session, opportunity_id),
                        while_alive(self, lambda detail: self._show_dialog(detail, move)), self.show_error)

    def _show_dialog(self, detail: OpportunityDetail, move: bool) -> None:
        if self.dialog is not None:
            self.dialog.close()
        opportunity_id = detail.row.id
        dialog = OpportunityDialog(detail, save=lambda edit: self._save(dialog, opportunity_id, edit),
                                   move=lambda stage_id: self._move(dialog, opportunity_id, stage_id), parent=self)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        install_export_action(dialog.history_table, self.runner,
                              lambda: self.tr("Stage history of {deal}").format(deal=detail.row.name))
        self.dialog = dialog
        dialog.open()
        self._load_spin(dialog, detail)
        if move:
            dialog.open_move_dialog()
        self.dialog_opened.emit(dialog)

    def _dialog_closed(self, dialog: OpportunityDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _save(self, dialog: OpportunityDialog, opportunity_id: int, edit: OpportunityEdit) -> None:
        save_through(self.runner, dialog, lambda session: service.apply_edit(session, opportunity_id, edit))

    def _move(self, dialog: OpportunityDialog, opportunity_id: int, stage_id: int) -> None:
        def move(session: Session) -> OpportunityDetail:
            service.move_stage(session, opportunity_id, stage_id)
            return service.opportunity_detail(session, opportunity_id)
        def moved(detail: OpportunityDetail) -> None:
            dialog.move_done(detail)
            self._load_spin(dialog, detail)
        self.runner.run(move, while_alive(dialog, moved),
                        while_alive(dialog, lambda exc: dialog.move_failed(user_message(exc))), edits=True)

    def _load_spin(self, dialog: OpportunityDialog, detail: OpportunityDetail) -> None:
        """Offer the knowledge base's SPIN questions for the deal's current stage in its dialog."""
        stage_id = detail.current_stage().id
        self.runner.run(lambda session: spin_questions(session, stage_id),
                        while_alive(dialog, dialog.show_spin), while_alive(dialog, lambda _exc: dialog.show_spin([])))

    # --- errors -------------------------------------------------------------------------------------------
    def show_error(self, exc: Exception) -> None:
        self.show_error_text(user_message(exc))

    def show_error_text(self, message: str) -> None:
        if not isValid(self):
            return
        QMessageBox.warning(self, self.tr("Pipeline"), message)
