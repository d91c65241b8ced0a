"""The Scoring model tab: the rules and grades editors, beside them a live preview (how many current leads each
grade would hold with the edited model, next to the saved model's counts; refreshed through the runner ~300 ms
after the last edit, before anything is saved; an edit that cannot score shows ``check_spec``'s message instead),
Save (who saves and why; a new version, every lead rescored) and Revert, and below them the version history."""
from __future__ import annotations

import getpass
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models.leads.catalogue import BEHAVIOURS, operators_for
from salesmgr.models.leads.spec import ScoringSpec
from salesmgr.views.leads import loaders
from salesmgr.views.leads.history_table import HistoryModel
from salesmgr.views.leads.model_tables import ChoiceDelegate, EditedTable, GradesModel, RulesModel
from salesmgr.views.leads.save_model_dialog import SaveModelDialog
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner
from salesmgr.views.ui_settings import UiSettings
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through
from salesmgr.views.widgets.headers import fit_header_texts
from salesmgr.views.widgets.layout import action_button
from salesmgr.views.widgets.row_table_model import ALIGN_RIGHT, make_table_view, sorting_proxy

PREVIEW_DELAY_MS = 300
RULE_WIDTHS = (80, 180, 100, 0, 60, 120)
HISTORY_WIDTHS = (60, 150, 125, 120, 250, 0)


class ModelPanel(QWidget):
    """``saved_spec`` is the current model as loaded; ``preview`` the last preview shown (None while waiting)."""

    loaded = Signal()
    previewed = Signal()

    def __init__(self, runner: DbRunner, settings: UiSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.saved_spec: ScoringSpec | None = None
        self.data: loaders.ModelData | None = None
        self.preview: loaders.Preview | None = None
        self.dialog: SaveModelDialog | None = None
        self._previewing = self._preview_again = self._awaiting_save = False
        self.rules = RulesModel(self)
        self.grades = GradesModel(self)
        self.history = HistoryModel(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self._build()
        for model in (self.rules, self.grades):
            model.edited.connect(self._on_edited)
        runner.changed.connect(self.reload)
        self.reload()

    # --- layout -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.rule_view = self._editor(self.rules, RULE_WIDTHS, (RulesModel.FIELD, RulesModel.OPERATOR))
        self.grade_view = self._editor(self.grades, (130, 110, 0), (GradesModel.ACTION,))
        rule_buttons = [action_button(self.tr("Add attribute rule"), partial(self.add_rule, "attribute")),
                        action_button(self.tr("Add behaviour rule"), partial(self.add_rule, "behaviour")),
                        action_button(self.tr("Remove"), self.remove_rule),
                        action_button(self.tr("Move up"), partial(self.move_rule, -1)),
                        action_button(self.tr("Move down"), partial(self.move_rule, 1))]
        grade_buttons = [action_button(self.tr("Add grade"), self.add_grade),
                         action_button(self.tr("Remove grade"), self.remove_grade)]
        editors = QWidget()
        editors_layout = QVBoxLayout(editors)
        editors_layout.setContentsMargins(0, 0, 0, 0)
        editors_layout.addWidget(self._group(self.tr("Rules"), self.rule_view, rule_buttons), 3)
        editors_layout.addWidget(self._group(self.tr("Grades"), self.grade_view, grade_buttons), 2)
        top = QSplitter()
        top.addWidget(editors)
        top.addWidget(self._preview_box())
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 0)
        top.setSizes([660, 330])
        top.setChildrenCollapsible(False)
        self.history_view = make_table_view(sorting_proxy(self.history, self), HISTORY_WIDTHS)
        self.history_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit_header_texts(self.history_view.horizontalHeader())
        self.history_view.setWordWrap(True)  # a version's changes and note in full, on as many lines as they need
        self.history_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self._group(self.tr("Version history"), self.history_view, []))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 190])  # room for a few versions with their wrapped changes and notes
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _editor(self, model: EditedTable, widths: tuple[int, ...], combos: tuple[int, ...]) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        delegate = ChoiceDelegate(model.choices, view)  # type: ignore[attr-defined]
        for column in combos:
            view.setItemDelegateForColumn(column, delegate)
        header = view.horizontalHeader()
        for column, width in enumerate(widths):
            if width:
                header.resizeSection(column, width)
            else:
                header.setSectionResizeMode(column, header.ResizeMode.Stretch)
        fit_header_texts(header)
        return view

    def _group(self, title: str, table: QTableView, buttons: Sequence[QWidget]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        if buttons:
            bar = QHBoxLayout()
            for button in buttons:
                bar.addWidget(button)
            bar.addStretch(1)
            layout.addLayout(bar)
        return box

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Preview"))
        self.preview_table = QTableWidget(0, 3)
        self.preview_table.setHorizontalHeaderLabels([self.tr("Grade"), self.tr("Edited"), self.tr("Saved")])
        self.preview_table.verticalHeader().hide()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        box.setMinimumWidth(300)
        fit_header_texts(self.preview_table.horizontalHeader())
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.save_button = action_button(self.tr("Save…"), self.save)
        self.revert_button = action_button(self.tr("Revert"), self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        caption = QLabel(self.tr("Current leads in each grade with the edited rules, before saving:"))
        caption.setWordWrap(True)
        layout.addWidget(caption)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        return box

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.runner.run(loaders.load_model, self._on_loaded, lambda exc: self.state_label.setText(user_message(exc)))

    def _on_loaded(self, data: loaders.ModelData) -> None:
        if not isValid(self):  # the page closed while the runner worked
            return
        edited = self.is_edited()
        before = self.saved_spec.version if self.saved_spec else None
        saved_here = self._awaiting_save and data.spec.version != before
        if saved_here:
            self._awaiting_save = False
        self.data, self.saved_spec = data, data.spec
        self.history.set_rows(data.history)
        if not edited or saved_here:
            self._show_spec(data.spec)
        else:
            self._show_preview()
        self.loaded.emit()

    def _show_spec(self, spec: ScoringSpec) -> None:
        self.rules.set_items(loaders.edited_rules(spec))
        self.grades.set_items(loaders.edited_grades(spec))
        self.timer.stop()
        self.preview = loaders.Preview(self.data.counts if self.data else [], None)
        self._show_preview()

    def edited_spec(self) -> ScoringSpec:
        return loaders.spec_of(self.rules.items, self.grades.items)

    def is_edited(self) -> bool:
        return self.saved_spec is not None and self.edited_spec() != loaders.spec_of(
            loaders.edited_rules(self.saved_spec), loaders.edited_grades(self.saved_spec))

    # --- preview ------------------------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self.preview = None
        self.timer.start()
        self._update_state()

    def refresh_preview(self) -> None:
        """Ask the runner for the edited model's grade counts (once at a time; again if edited meanwhile)."""
        if self._previewing:
            self._preview_again = True
            return
        self._previewing = True
        spec = self.edited_spec()
        self.runner.run(lambda session: loaders.preview(session, spec), self._on_preview, self._on_preview_failed)

    def _on_preview(self, preview: loaders.Preview) -> None:
        if not isValid(self):  # the page closed while the runner worked
            return
        self._previewing = False
        if self._preview_again or self.timer.isActive():
            self._preview_again = False
            if not self.timer.isActive():
                self.refresh_preview()
            return
        self.preview = preview
        self._show_preview()
        self.previewed.emit()

    def _on_preview_failed(self, exc: Exception) -> None:
        self._previewing = self._preview_again = False
        self.preview_note.setText(user_message(exc))

    def preview_counts(self) -> list[int] | None:
        """The edited model's count per grade as shown (None while waiting or when it cannot score)."""
        if self.preview is None or self.preview.counts is None:
            return None
        return [count.count for count in self.preview.counts]

    def _show_preview(self) -> None:
        saved = self.data.counts if self.data else []
        edited = self.preview.counts if self.preview else None
        names = [count.label for count in edited] if edited else [count.label for count in saved]
        self.preview_table.setRowCount(len(names))
        for row, name in enumerate(names):
            cells = [name, "" if edited is None else f"{edited[row].count:,}",
                     f"{saved[row].count:,}" if row < len(saved) and len(saved) == len(names) else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(ALIGN_RIGHT)
                self.preview_table.setItem(row, column, item)
        error = self.preview.exception if self.preview is not None else None
        self.preview_note.setText(user_message(error) if error is not None else "")
        self.preview_note.setStyleSheet("color: #c62828;" if error is not None else "")
        self._update_state()

    def _update_state(self) -> None:
        edited = self.is_edited()
        self.save_button.setEnabled(edited)
        self.revert_button.setEnabled(edited)
        version = self.saved_spec.version if self.saved_spec else None
        self.state_label.setText(
            self.tr("Edited: not saved yet (version {version} is in use).").format(version=version) if edited
            else self.tr("Version {version} is in use.").format(version=version))

    # --- editing ------------------------------------------------------------------------------------------
    def add_rule(self, kind: str) -> None:
        if kind == "behaviour":
            used = {rule.field for rule in self.rules.items if rule.kind == "behaviour"}
            key = next((key for key in BEHAVIOURS if key not in used), next(iter(BEHAVIOURS)))
            rule = loaders.EditedRule("behaviour", key, None, "", 10, 0)
        else:
            rule = loaders.EditedRule("attribute", "industry", operators_for("industry")[0], "", 10, 0)
        position = self._rule_row() + 1 if self._rule_row() >= 0 else len(self.rules.items)
        self.rules.insert(position, rule)
        self.rule_view.selectRow(position)

    def _rule_row(self) -> int:
        rows = self.rule_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_rule(self) -> None:
        row = self._rule_row()
        if row >= 0:
            self.rules.remove(row)

    def move_rule(self, step: int) -> None:
        row = self._rule_row()
        if row >= 0 and self.rules.move(row, step):
            self.rule_view.selectRow(row + step)

    def add_grade(self) -> None:
        row = self.grades.add_grade(self.tr("Grade {number}").format(number=len(self.grades.items) + 1))
        self.grade_view.selectRow(row)

    def remove_grade(self) -> None:
        rows = self.grade_view.selectionModel().selectedRows()
        if rows:
            self.grades.remove_grade(rows[0].row())

    def revert(self) -> None:
        if self.saved_spec is not None:
            self._show_spec(self.saved_spec)

    # --- saving -------------------------------------------------------------------------------------------
    def default_author(self) -> str:
        remembered = self.settings.model_author if self.settings is not None else ""
        if remembered:
            return remembered
        try:
            return getpass.getuser()
        except (OSError, KeyError, ImportError):
            return ""

    def save(self) -> SaveModelDialog | None:
        """Ask who saves and why, then save the edited model as a new version and rescore every lead."""
        if not self.is_edited():
            return None
        self.dialog = open_dialog(SaveModelDialog(self.default_author(), self._save, self))
        return self.dialog

    def _save(self, answer: tuple[str, str]) -> None:
        author, note = answer
        if self.settings is not None and author.strip():
            self.settings.model_author = author
        spec = self.edited_spec()
        if self.dialog is not None:
            self._awaiting_save = True  # the reload after the save shows the new version, not the edits
            save_through(self.runner, self.dialog, lambda session: loaders.save_model(session, spec, author, note))
