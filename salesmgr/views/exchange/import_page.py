"""The Import/Export page: start the import wizard, see what it reads, manage the saved mapping presets, and
a plain note that exports are not built yet."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from salesmgr.demo.samples import list_samples
from salesmgr.exchange.imports.mapping import Preset, delete_preset
from salesmgr.views.exchange.export_dialog import REPORT_LABELS, report_label
from salesmgr.views.exchange.labels import crm_label, kind_labels
from salesmgr.views.exchange.loaders import all_presets
from salesmgr.views.exchange.mapping_model import TextRow, TextTableModel
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.labels import heading, paragraph, scroll_page
from salesmgr.views.widgets.row_table_model import make_table_view, selected_row, sorting_proxy
from salesmgr.views.widgets.table_export import install_export_action

MAX_PRESET_WIDTH = 560  # wider, the import column beside it would wrap too much


class PresetTableModel(TextTableModel):
    """The presets' table; a name's tooltip is the name in full (should a user shrink the column)."""

    def tooltip(self, row: TextRow, column: int) -> str | None:
        return row.cells[0] if column == 0 and row.cells else None


class ImportPage(QWidget):
    """``import_requested`` asks the window for the wizard; ``loaded`` follows each fresh preset list."""

    import_requested = Signal()
    sample_requested = Signal(object)  # the Path of a sample export to open in the wizard
    export_requested = Signal(str)  # a report name or a data kind to preselect in the export dialog
    loaded = Signal()

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.presets: list[Preset] = []
        self.preset_model = PresetTableModel(parent=self)
        self.preset_proxy = sorting_proxy(self.preset_model, self)
        self.preset_view = make_table_view(self.preset_proxy, ())
        self.preset_view.selectionModel().selectionChanged.connect(self._update_buttons)
        install_export_action(self.preset_view, runner, lambda: self.tr("Column mapping presets"))
        self.import_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
                                         self.tr("Import a CRM export…"))
        self.import_button.setMinimumHeight(40)
        self.import_button.clicked.connect(self.import_requested)
        self.delete_button = QPushButton(self.tr("Delete preset…"))
        self.delete_button.clicked.connect(self.delete_selected_preset)
        self.status_label = QLabel()
        self.sample_list = QListWidget()
        self.sample_list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.sample_list.itemDoubleClicked.connect(lambda _item: self.import_selected_sample())
        self.sample_button = QPushButton(self.tr("Import the sample…"))
        self.sample_button.clicked.connect(self.import_selected_sample)
        self._lay_out()
        self._update_buttons()
        runner.changed.connect(self.reload)
        self.reload()

    def _lay_out(self) -> None:
        """The title; importing at the left and the presets at the right; exporting across the bottom, its
        buttons in one row. Everything is in sight at the default window size; smaller windows scroll."""
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(self._import_column(), 1)
        columns.addLayout(self._preset_column(), 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 16, 24, 16)
        inner.setSpacing(10)
        inner.addWidget(heading(self.tr("Import/Export"), 1.6))
        inner.addLayout(columns, 1)
        inner.addSpacing(8)
        inner.addLayout(self._export_section())
        scroll_page(self, content)

    def _import_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(heading(self.tr("Import")))
        column.addWidget(paragraph(self.tr(
            "Bring in accounts, contacts, leads, opportunities, activities, reps and quotas from your CRM's "
            "export. The wizard shows a preview and the column mapping before anything is written, and the "
            "whole file is imported in one step: if you cancel, nothing is written.")))
        button_row = QHBoxLayout()
        button_row.addWidget(self.import_button)
        button_row.addStretch(1)
        column.addLayout(button_row)
        column.addWidget(paragraph(self.tr(
            "Recognised CRMs: Salesforce (reports and data exports), HubSpot, Pipedrive, Odoo, Fxiaoke "
            "(纷享销客) and Xiaoshouyi (销售易). Files: Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods), "
            "CSV and tab-separated text (.csv, .txt). You can also drop a file on the window."), muted=True))
        column.addLayout(self._sample_section())
        column.addStretch(1)
        return column

    def _export_section(self) -> QVBoxLayout:
        section = QVBoxLayout()
        section.setSpacing(8)
        section.addWidget(heading(self.tr("Export")))
        section.addWidget(paragraph(self.tr(
            "Reports for finance and leadership open in Excel, WPS and LibreOffice with live formulas a reader "
            "can check. Data exports keep the columns and ids an import reads, so a file can be edited in Excel "
            "and imported again. Every table also has \"Export to Excel…\" in its right-click menu.")))
        buttons = QHBoxLayout()
        for name in REPORT_LABELS:
            button = QPushButton(report_label(name) + "…")
            button.clicked.connect(lambda _checked=False, name=name: self.export_requested.emit(name))
            buttons.addWidget(button)
        buttons.addSpacing(16)
        self.export_data_button = QPushButton(self.tr("Export data…"))
        self.export_data_button.clicked.connect(lambda: self.export_requested.emit("opportunities"))
        buttons.addWidget(self.export_data_button)
        buttons.addStretch(1)
        section.addLayout(buttons)
        return section

    def _sample_section(self) -> QVBoxLayout:
        """Sample CRM exports written with the demo data: a safe first import to try."""
        section = QVBoxLayout()
        section.setSpacing(6)
        self.sample_hint = paragraph(self.tr(
            "Sample exports to try: two reports made from the demo data (importing one updates some deals, adds a "
            "few and shows how rejected rows are reported) and a whole Salesforce export of a newly acquired "
            "team (a ZIP of one file per object, imported in one go)."), muted=True)
        section.addWidget(self.sample_hint)
        section.addWidget(self.sample_list)
        row = QHBoxLayout()
        row.addWidget(self.sample_button)
        row.addStretch(1)
        section.addLayout(row)
        return section

    def reload_samples(self) -> None:
        """List the sample files beside the database (written when demo data is loaded)."""
        self.sample_list.clear()
        for path in list_samples(self.runner.db):
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.sample_list.addItem(item)
        if self.sample_list.count():
            self.sample_list.setCurrentRow(0)
        for widget in (self.sample_hint, self.sample_list, self.sample_button):
            widget.setVisible(self.sample_list.count() > 0)

    def import_selected_sample(self) -> None:
        item = self.sample_list.currentItem()
        if item is not None:
            self.sample_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _preset_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(heading(self.tr("Column mapping presets")))
        column.addWidget(paragraph(self.tr(
            "Built-in presets read the common CRM exports; save your own from the wizard's mapping page."),
            muted=True))
        column.addWidget(self.preset_view, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.delete_button)
        column.addLayout(bar)
        return column

    # -- presets --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.reload_samples()
        self.runner.run(all_presets, self._on_loaded, self._on_failed)

    def _on_loaded(self, presets: list[Preset]) -> None:
        self.presets = presets
        kinds = kind_labels()
        self.preset_model.set_table(
            [self.tr("Name"), self.tr("Holds"), self.tr("CRM"), self.tr("Type")],
            [(p.label, kinds.get(p.kind, p.kind), crm_label(p.source_system),
              self.tr("Built-in") if p.builtin else self.tr("Saved")) for p in presets])
        self._fit_preset_columns()
        self._update_buttons()
        self.loaded.emit()

    def _fit_preset_columns(self) -> None:
        """Every column as wide as its longest text, names in full; the table asks for that much width."""
        view = self.preset_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(min(header.length() + frame, MAX_PRESET_WIDTH))

    def _on_failed(self, exc: Exception) -> None:
        self.status_label.setText(user_message(exc))

    def selected_preset(self) -> Preset | None:
        row = selected_row(self.preset_view, self.preset_model)
        return self.presets[row.id] if row is not None and row.id < len(self.presets) else None

    def _update_buttons(self) -> None:
        preset = self.selected_preset()
        self.delete_button.setEnabled(preset is not None and not preset.builtin)

    def delete_selected_preset(self) -> None:
        preset = self.selected_preset()
        if preset is None or preset.builtin:
            return
        answer = QMessageBox.question(self, self.tr("Delete preset"),
                                      self.tr("Delete the mapping preset {name}?").format(name=preset.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        name = preset.name
        self.runner.run(lambda session: delete_preset(session, name), lambda _none: self._on_deleted(name),
                        self._on_failed, edits=True)

    def _on_deleted(self, name: str) -> None:
        self.status_label.setText(self.tr("Deleted preset {name}.").format(name=name))
