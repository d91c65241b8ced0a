"""The import wizard's page for a whole export (a ZIP or folder of files), shown instead of the mapping preview:
the export's files with the kind each will be imported as (changeable), the source system, the import order, and
the options of the run.

A plain widget like the other pages: it never touches the runner; the wizard fills it and reads the choices.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesmgr.exchange.imports.whole_export import SKIP, ExportScan
from salesmgr.views.exchange.export_files_model import (
    FILE,
    KIND,
    NOTE,
    ROWS,
    ExportFilesModel,
    KindDelegate,
    export_kinds,
    skip_label,
)
from salesmgr.views.exchange.labels import crm_label, kind_label
from salesmgr.views.exchange.mapping_model import ChoiceCombo
from salesmgr.views.widgets.labels import heading

CELL_PADDING = 24  # a cell's margins and the gap to the next column


class ExportFilesPage(QWidget):
    """Step 2 of a whole export: its files and their kinds, the import order, Dry run and Strict."""

    changed = Signal()  # a file's kind was changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scan: ExportScan | None = None
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.model = ExportFilesModel(self)
        self.model.choices_changed.connect(self._on_choices_changed)
        self.view = self._make_view()
        self.order_label = QLabel()
        self.order_label.setWordWrap(True)
        self.dry_run_check = QCheckBox(self.tr("Dry run (check everything, write nothing)"))
        self.strict_check = QCheckBox(self.tr("Strict (write nothing if any row would be rejected)"))
        options = QHBoxLayout()
        options.addWidget(self.dry_run_check)
        options.addWidget(self.strict_check)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Check the files of the export")))
        layout.addWidget(self.info_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.order_label)
        layout.addLayout(options)

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setItemDelegateForColumn(KIND, KindDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # the combos are always open
        view.setAlternatingRowColors(True)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no current cell to mark: the combos take the focus
        view.setWordWrap(True)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setMinimumSectionSize(view.fontMetrics().height() + 14)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        return view

    def show_scan(self, scan: ExportScan) -> None:
        """One row per file of ``scan`` with its combo; the source system and the order of the import."""
        self.scan = scan
        self.model.set_scan(scan)
        for position, row in enumerate(self.model.rows()):
            if row.active:
                self.view.openPersistentEditor(self.model.index(position, KIND))
        self._fit_columns()
        self._show_texts()

    def _fit_columns(self) -> None:
        """The file names and row counts in full, the Kind column as wide as its widest choice; the note gets
        the rest and wraps."""
        header, metrics = self.view.horizontalHeader(), self.view.fontMetrics()
        for column in (FILE, ROWS):
            texts = [self.model.display(row, column) for row in self.model.rows()]
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_PADDING
            header.resizeSection(column, max(widest, header.sectionSizeFromContents(column).width()))
        header.resizeSection(KIND, max(kind_combo_width(), header.sectionSizeFromContents(KIND).width()))
        self.view.resizeRowsToContents()

    def _show_texts(self) -> None:
        scan, rows = self.scan, self.model.rows()
        if scan is None:
            return
        chosen = self.model.to_import()
        text = self.tr("{files} files: {imported} to import, {skipped} skipped.").format(
            files=f"{len(rows):,}", imported=f"{len(chosen):,}", skipped=f"{len(rows) - len(chosen):,}")
        if scan.source_system != "import":
            text = self.tr("Recognised as a {system} export.").format(system=crm_label(scan.source_system)) + " " + text
        self.info_label.setText(text + " " + self.tr("Each file's kind is recognised from its name and its columns; "
                                                     "choose another kind, or Skip, where it is wrong."))
        order = self.tr(" → ").join(self.tr("{kind} ({file})").format(kind=kind_label(kind), file=name)
                                    for name, kind in chosen)
        self.order_label.setText(self.tr("Import order, so that each file finds the records it refers to: {order}. "
                                         "The whole export is one step: nothing is written if it fails or is "
                                         "cancelled.").format(order=order or self.tr("nothing to import")))

    def _on_choices_changed(self) -> None:
        self._show_texts()
        self.view.resizeRowsToContents()
        self.changed.emit()

    def kinds(self) -> dict[str, str]:
        """What ``ExportOptions.kinds`` gets: each file whose kind the user changed -> its kind or SKIP."""
        return self.model.kinds()

    def combo(self, name: str) -> ChoiceCombo:
        """The Kind combo of the file ``name``."""
        position = next(i for i, row in enumerate(self.model.rows()) if row.name == name)
        widget = self.view.indexWidget(self.model.index(position, KIND))
        assert isinstance(widget, ChoiceCombo)
        return widget

    def can_import(self) -> bool:
        return self.scan is not None and bool(self.model.to_import())


def kind_combo_width() -> int:
    """The width a Kind combo needs to show its widest choice in full."""
    combo = ChoiceCombo()
    for kind in export_kinds():
        combo.addItem(kind_label(kind), kind)
    combo.addItem(skip_label(), SKIP)
    combo.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToContents)
    width = combo.sizeHint().width() + 8
    combo.deleteLater()
    return width
