"""The import wizard's mapping step: a read-only text table (file sample, rejected rows), the column mapping
(one combo per file header), the stage matches (one combo per stage value) and the preview page that holds
them. The kind and field labels are in ``labels``."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QSignalBlocker, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesmgr.exchange.imports.kinds import KINDS
from salesmgr.exchange.imports.mapping import MISSING_REQUIRED
from salesmgr.exchange.imports.results import ImportPreview
from salesmgr.exchange.read.table import Cell
from salesmgr.views.exchange.labels import crm_label, field_label
from salesmgr.views.widgets.edit_dialog import ERROR_STYLE
from salesmgr.views.widgets.labels import heading
from salesmgr.views.widgets.row_table_model import SORT_ROLE, RowTableModel, make_table_view

NEW = None  # the data of "(ignore)", "(add as new stage)": no existing field or stage


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def cell_text(value: Cell) -> str:
    """A cell as the wizard shows it: dates in ISO form, whole floats without ".0", None as blank."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class TextRow:
    """One row of a read-only text table; ``id`` is its position, ``sort`` the values columns sort by."""

    id: int
    cells: tuple[str, ...]
    sort: tuple[Any, ...]
    active: bool = True


class TextTableModel(RowTableModel[TextRow]):
    """A read-only table of text under the given column titles (the file sample, the rejected rows)."""

    def __init__(self, titles: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = list(titles)

    def set_table(self, titles: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self._titles = list(titles)
        self.set_rows([TextRow(i, tuple(cell_text(c) for c in row), tuple(_sortable(c) for c in row))
                       for i, row in enumerate(rows)])

    def column_titles(self) -> list[str]:
        return self._titles

    def display(self, row: TextRow, column: int) -> str:
        return row.cells[column] if column < len(row.cells) else ""

    def sort_value(self, row: TextRow, column: int) -> Any:
        return row.sort[column] if column < len(row.sort) else ""


def text_view(model: TextTableModel, *, sortable: bool = True, stretch: bool = False) -> QTableView:
    """A read-only table over ``model`` through a sorting proxy; unsortable tables keep the model's order,
    ``stretch`` shares the width out between the columns."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    view = make_table_view(proxy, ())
    if stretch:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    if not sortable:
        view.setSortingEnabled(False)
        proxy.sort(-1)
    return view


def _sortable(value: Cell) -> Any:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else cell_text(value)


class ChoiceCombo(QComboBox):
    """A combo in a scrolling table: the mouse wheel scrolls the table unless the combo has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ComboTable(QTableWidget):
    """Two columns: a value from the file, and a combo choosing what it becomes; ``changed`` on every choice."""

    changed = Signal()

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(titles), parent)
        self.setHorizontalHeaderLabels(list(titles))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self._keys: list[str] = []

    def set_choices(self, keys: Sequence[str], extra: Sequence[Sequence[str]],
                    choices: Sequence[tuple[str, str | None]], selected: dict[str, str | None]) -> None:
        """One row per key: the key, any ``extra`` columns, then a combo of ``(label, data)`` choices."""
        self._keys = list(keys)
        self.setRowCount(len(keys))
        for row, key in enumerate(keys):
            for column, text in enumerate([key, *extra[row]]):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
            self.setCellWidget(row, self.columnCount() - 1, self._combo(choices, selected.get(key)))

    def _combo(self, choices: Sequence[tuple[str, str | None]], data: str | None) -> QComboBox:
        combo = ChoiceCombo()
        with QSignalBlocker(combo):
            for label, value in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(data), 0))
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def combo(self, key: str) -> QComboBox:
        widget = self.cellWidget(self._keys.index(key), self.columnCount() - 1)
        assert isinstance(widget, QComboBox)
        return widget

    def keys(self) -> list[str]:
        return list(self._keys)

    def choices(self) -> dict[str, str | None]:
        """Each key -> the data of its chosen item (None for "(ignore)" / "(add as new …)")."""
        return {key: self.combo(key).currentData() for key in self._keys}


class MappingTable(ComboTable):
    """File header, an example value, and the field it imports as (required fields marked with *)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Column in the file"), self.tr("Example"), self.tr("Imports as")], parent)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(1, 200)

    def show_mapping(self, kind: str, headers: list[str], examples: list[str],
                     mapping: dict[str, str | None]) -> None:
        spec = KINDS[kind]
        choices: list[tuple[str, str | None]] = [(self.tr("(ignore)"), NEW)]
        choices += [(field_label(f.name) + (" *" if f.required else ""), f.name) for f in spec.fields]
        self.set_choices(headers, [[example] for example in examples], choices, mapping)


class PreviewPage(QWidget):
    """Step 2: the file's first rows, the column mapping, stage and owner matches, problems, and the options."""

    save_preset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "opportunities"
        self.engine_problems: list[str] = []
        self._auto: dict[str, str | None] = {}  # stage value -> the stage the engine matches it to by itself
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.sample_model = TextTableModel(parent=self)
        self.sample_view = text_view(self.sample_model, sortable=False)
        self.mapping_table = MappingTable()
        self.stage_table = ComboTable([self.tr("Stage in the file"), self.tr("Stage in salesmgr")])
        self.owner_model = TextTableModel(parent=self)
        self.owner_view = text_view(self.owner_model, stretch=True)
        self.tabs = QTabWidget()
        self.problem_list = QListWidget()
        self.problem_list.setMaximumHeight(66)
        self.dry_run_check = QCheckBox(self.tr("Dry run (check everything, write nothing)"))
        self.strict_check = QCheckBox(self.tr("Strict (write nothing if any row would be rejected)"))
        self.save_preset_button = QPushButton(self.tr("Save mapping as preset…"))
        self.save_preset_button.clicked.connect(self.save_preset_requested)
        self.status_label = QLabel()
        self._lay_out()

    def _lay_out(self) -> None:
        self.tabs.addTab(self.mapping_table, self.tr("Columns"))
        self.tabs.addTab(self.stage_table, "")
        self.tabs.addTab(self.owner_view, "")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.sample_view)
        splitter.addWidget(self.tabs)
        splitter.setSizes([150, 330])
        options = QHBoxLayout()
        options.addWidget(self.dry_run_check)
        options.addWidget(self.strict_check)
        options.addStretch(1)
        options.addWidget(self.status_label)
        options.addWidget(self.save_preset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Check the preview and the column mapping")))
        layout.addWidget(self.info_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(QLabel(self.tr("Problems:")))
        layout.addWidget(self.problem_list)
        layout.addLayout(options)

    def show_preview(self, kind: str, preview: ImportPreview, stages: list[str]) -> None:
        """Fill every table from ``preview``; ``stages`` are the pipeline's stage names."""
        self.kind = kind
        self._auto = {}
        self.info_label.setText(self._info(preview))
        self.sample_model.set_table(preview.headers, preview.sample)
        examples = [next((cell_text(row[i]) for row in preview.sample if i < len(row) and row[i] not in (None, "")),
                         "") for i in range(len(preview.headers))]
        self.mapping_table.show_mapping(kind, preview.headers, examples, preview.mapping)
        self.show_matches(preview, stages)

    def show_matches(self, preview: ImportPreview, stages: list[str], sent: dict[str, str] | None = None) -> None:
        """Refresh the stage and owner tabs (after a mapping change the file's stage column may differ).

        ``sent`` is the stage map the preview was asked with. A value the engine matches by itself (e.g.
        "Closed Won" -> "Won") cannot be added as a new stage, so its combo does not offer that."""
        self._auto.update({v: preview.stage_matches.get(v) for v in preview.stage_values if v not in (sent or {})})
        choices: list[tuple[str, str | None]] = [(self.tr("(add as new stage)"), None)]
        self.stage_table.set_choices(preview.stage_values, [[] for _ in preview.stage_values],
                                     choices + [(name, name) for name in stages], preview.stage_matches)
        for value in preview.stage_values:
            combo = self.stage_table.combo(value)
            if self._auto.get(value) and combo.findData(None) >= 0:
                with QSignalBlocker(combo):
                    combo.removeItem(combo.findData(None))
        create = self.tr("(create new rep)")
        self.owner_model.set_table([self.tr("Owner in the file"), self.tr("Rep in salesmgr")],
                                   [(v, preview.owner_matches.get(v) or create) for v in preview.owner_values])
        self.tabs.setTabText(1, self.tr("Stages ({n})").format(n=len(preview.stage_values)))
        self.tabs.setTabText(2, self.tr("Owners ({n})").format(n=len(preview.owner_values)))
        said_live = {MISSING_REQUIRED.format(field=name) for name in KINDS[self.kind].required}
        self.show_problems([p for p in preview.problems if p not in said_live])

    def _info(self, preview: ImportPreview) -> str:
        text = self.tr("{rows} data rows; the column headers are on row {header_row}.").format(
            rows=f"{preview.row_count:,}", header_row=preview.header_row)
        if preview.sheet:
            text = self.tr("Sheet {sheet}: {details}").format(sheet=preview.sheet, details=text)
        if preview.source_system and preview.source_system != "import":
            text += " " + self.tr("Recognised as a {system} export.").format(system=crm_label(preview.source_system))
        return text

    def stage_map(self) -> dict[str, str]:
        return {value: name for value, name in self.stage_table.choices().items() if name}

    def mapping(self) -> dict[str, str | None]:
        return self.mapping_table.choices()

    def mapping_problems(self) -> list[str]:
        """What stops the import: a required field with no column, or a field fed by two columns."""
        used = Counter(name for name in self.mapping().values() if name)
        missing = [self.tr("No column is mapped to the required field {field}.").format(field=field_label(name))
                   for name in KINDS[self.kind].required if not used[name]]
        twice = [self.tr("{field} is mapped from more than one column.").format(field=field_label(name))
                 for name, count in used.items() if count > 1]
        return missing + twice

    def show_problems(self, engine_problems: list[str] | None = None) -> None:
        """The live mapping problems, then what the engine found (kept until it reports again)."""
        if engine_problems is not None:
            self.engine_problems = engine_problems
        self.problem_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        problems = self.mapping_problems() + self.engine_problems
        for problem in problems:
            self.problem_list.addItem(QListWidgetItem(icon, problem[:1].upper() + problem[1:]))
        if not problems:
            self.problem_list.addItem(self.tr("None found."))

    def problems(self) -> list[str]:
        return [self.problem_list.item(row).text() for row in range(self.problem_list.count())
                if not self.problem_list.item(row).icon().isNull()]
