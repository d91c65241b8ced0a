"""The import wizard's second page: the file's first rows, the column mapping, the stage and owner matches,
the problems found, and the options of the run.

A plain widget like the other pages: it never touches the runner; the wizard fills it and reads the choices.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesmgr.exchange.imports.importer import missing_required_error
from salesmgr.exchange.imports.kinds import KINDS
from salesmgr.exchange.imports.results import ImportPreview, ImportResult
from salesmgr.views.exchange.labels import crm_label, field_label
from salesmgr.views.exchange.mapping_model import ComboTable, MappingTable, TextTableModel, cell_text, text_view
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.labels import heading


class PreviewPage(QWidget):
    """Step 2: the file's first rows, the column mapping, stage and owner matches, problems, and the options."""

    save_preset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "opportunities"
        self.headers: list[str] = []  # the file's, for the defaults a kind of file implies (KindSpec.defaults)
        self.plan: ImportResult | None = None  # a quota plan workbook's changes, shown instead of the mapping
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
        self.headers = preview.headers
        self._auto = {}
        self.plan = preview.plan
        self.tabs.setVisible(self.plan is None)
        self.save_preset_button.setVisible(self.plan is None)
        if self.plan is not None:
            self._show_plan(self.plan)
            return
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
        said_live = missing_required_error("").template  # mapping_problems() says it for the current mapping
        self.show_problems([user_message(p) for p in preview.problem_errors if p.template != said_live])

    def _show_plan(self, plan: ImportResult) -> None:
        """A quota plan workbook: the quota cells it would change, instead of columns to map."""
        text = self.tr("A quota plan workbook: {reps} reps; {changed} quota cells would change, {same} are "
                       "unchanged.").format(reps=f"{plan.rows:,}", changed=f"{len(plan.changes):,}",
                                            same=f"{plan.unchanged:,}")
        if not plan.changes:
            text += " " + self.tr("The plan in the file is the plan in salesmgr; importing it changes nothing.")
        self.info_label.setText(text)
        self.sample_model.set_table(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Rep"), self.tr("Period"), self.tr("Quota now"),
             self.tr("In the file")],
            [(c.sheet, c.row, c.rep, c.period, c.before, c.after) for c in plan.changes], right=(1, 4, 5))
        self.sample_view.resizeColumnsToContents()
        self.show_problems([self.tr("Row {row}: {reason}").format(row=r.row, reason=user_message(r.error)
                                                                   if r.error else r.reason)
                            for r in plan.rejects])

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
        """What stops the import: a required field with no column (nor one that can stand in for it, such as
        the first and last name for the name), or a field fed by two columns; for a plan workbook, a change to a
        locked quarter."""
        if self.plan is not None:
            return [user_message(self.plan.refusal)] if self.plan.refusal is not None else []
        used = Counter(name for name in self.mapping().values() if name)
        missing = [self.tr("No column is mapped to the required field {field}.").format(field=field_label(name))
                   for name in KINDS[self.kind].missing_required(set(used), self.headers)]
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
