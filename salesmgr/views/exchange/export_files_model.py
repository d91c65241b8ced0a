"""The table of a whole export's files on the wizard's export files page: one row per file with its rows, the
kind it will be imported as (a combo: the recognised kind unless the user chose another, or "Skip") and a note
saying how the kind was found or why the file is skipped. Files that cannot be read are listed too, greyed, with
the reason. ``kinds()`` is what ``ExportOptions.kinds`` gets: the user's choices that differ from the scan's.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from salesmgr.exchange.imports.kinds import KINDS
from salesmgr.exchange.imports.recognise import import_rank
from salesmgr.exchange.imports.whole_export import SKIP, ExportScan
from salesmgr.models.errors import UserError
from salesmgr.views.exchange.labels import EXPORT_KIND_LABELS, KIND_LABELS, field_label, kind_label
from salesmgr.views.exchange.mapping_model import ChoiceCombo
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.row_table_model import ALIGN_RIGHT, RowTableModel

Index = QModelIndex | QPersistentModelIndex
FILE, ROWS, KIND, NOTE = range(4)


@dataclass(frozen=True)
class ExportFileRow:
    """One file of the export: ``rows`` None when it cannot be read (``reason`` says why); ``recognised`` the
    scan's kind (None: skipped unless the user chooses one) found ``by`` its ``name`` or its ``headers``."""

    id: int
    name: str
    rows: int | None
    recognised: str | None
    by: str
    reason: UserError | None

    @property
    def active(self) -> bool:
        return self.rows is not None


def export_kinds() -> list[str]:
    """Every kind a file can be imported as, in the order the wizard offers them (labelled kinds first)."""
    labelled = [kind for kind in (*KIND_LABELS, *EXPORT_KIND_LABELS) if kind in KINDS]
    return labelled + [kind for kind in KINDS if kind not in labelled]


def skip_label() -> str:
    """The choice that leaves a file out of the import."""
    return QCoreApplication.translate("ExportFilesModel", "Skip")


def scan_rows(scan: ExportScan) -> list[ExportFileRow]:
    """The scan's readable files in name order, then those that cannot be read."""
    rows = [ExportFileRow(i, f.name, f.rows, f.kind, f.recognition.by, f.recognition.reason)
            for i, f in enumerate(scan.files)]
    return rows + [ExportFileRow(len(rows) + i, s.file, None, None, "", s.reason)
                   for i, s in enumerate(scan.unreadable)]


def reason_text(reason: UserError) -> str:
    """Why a file is skipped, in the user's language, a field named by its label ("Name", "名称")."""
    field = reason.fields.get("field")
    if isinstance(field, str):
        reason = UserError(reason.template, **{**reason.fields, "field": field_label(field)})
    return user_message(reason)


class ExportFilesModel(RowTableModel[ExportFileRow]):
    """The export's files; the Kind column is editable (``setData`` with a kind or SKIP), ``choices_changed``
    after every change."""

    choices_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, str] = {}  # file name -> the kind the user chose (or SKIP), when not the scan's

    def set_scan(self, scan: ExportScan) -> None:
        self._choices = {}
        self.set_rows(scan_rows(scan))

    def column_titles(self) -> list[str]:
        return [self.tr("File"), self.tr("Rows"), self.tr("Imports as"), self.tr("Note")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column == ROWS else super().alignment(column)

    def chosen(self, row: ExportFileRow) -> str:
        """The kind the file will be imported as, or SKIP."""
        return self._choices.get(row.name, row.recognised or SKIP)

    def display(self, row: ExportFileRow, column: int) -> str:
        if column == FILE:
            return row.name
        if column == ROWS:
            return "" if row.rows is None else f"{row.rows:,}"
        if column == KIND:
            if row.rows is None:
                return self.tr("Cannot be read")
            kind = self.chosen(row)
            return skip_label() if kind == SKIP else kind_label(kind)
        return self.note(row)

    def note(self, row: ExportFileRow) -> str:
        """How the kind was found, or why the file is skipped."""
        choice = self._choices.get(row.name)
        if choice == SKIP:
            return self.tr("Skipped as you chose")
        if choice is not None:
            return self.tr("Chosen by you; its columns are mapped automatically")
        if row.recognised is None:
            reason = reason_text(row.reason) if row.reason else self.tr("no known kind of record")
            return self.tr("Skipped: {reason}").format(reason=reason)
        return self.tr("Recognised by its name") if row.by == "name" else self.tr("Recognised by its columns")

    def sort_value(self, row: ExportFileRow, column: int) -> Any:
        return row.rows or 0 if column == ROWS else self.display(row, column)

    def tooltip(self, row: ExportFileRow, column: int) -> str | None:
        return self.display(row, column) if column in (FILE, NOTE) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == KIND and self.row_at(index).active:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == KIND:
            return self.chosen(self.row_at(index))
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != KIND:
            return False
        row = self.row_at(index)
        if not row.active or (value not in KINDS and value != SKIP) or value == self.chosen(row):
            return False
        if value == (row.recognised or SKIP):
            self._choices.pop(row.name, None)
        else:
            self._choices[row.name] = str(value)
        self.dataChanged.emit(self.index(index.row(), KIND), self.index(index.row(), NOTE))
        self.choices_changed.emit()
        return True

    def choose(self, name: str, kind: str) -> bool:
        """Choose the kind (or SKIP) of the file ``name``, as its combo does."""
        position = next(i for i, row in enumerate(self.rows()) if row.name == name)
        return self.setData(self.index(position, KIND), kind)

    def kinds(self) -> dict[str, str]:
        """The user's choices (file name -> kind or SKIP) that differ from what the scan recognised."""
        return dict(self._choices)

    def to_import(self) -> list[tuple[str, str]]:
        """``(file name, kind)`` of the files to be imported, in the order they will be (as ``run_export_import``
        takes them: by IMPORT_ORDER, then by name)."""
        picked = [(row.name, self.chosen(row)) for row in self.rows() if row.active and self.chosen(row) != SKIP]
        return sorted(picked, key=lambda item: (import_rank(item[1]), item[0].casefold()))


class KindDelegate(QStyledItemDelegate):
    """The Kind column's combo: every kind, then "Skip"; a choice is written to the model at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = ChoiceCombo(parent)
        for kind in export_kinds():
            combo.addItem(kind_label(kind), kind)
        combo.addItem(skip_label(), SKIP)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            if position != editor.currentIndex():
                editor.blockSignals(True)
                editor.setCurrentIndex(max(position, 0))
                editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
