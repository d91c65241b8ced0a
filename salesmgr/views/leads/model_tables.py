"""The scoring model editor's two tables: the rules (kind, field or behaviour, operator, value, points, decay
per 30 days) and the grades (name, minimum score, action), edited in place through ``ChoiceDelegate`` combos for
the field, behaviour, operator and action. Both hold ``loaders.EditedRule`` / ``EditedGrade`` rows; ``edited``
is emitted after every change (the page refreshes its preview)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from salesmgr.models.leads.catalogue import ATTRIBUTE_FIELDS, BEHAVIOURS, OPERATORS, operators_for
from salesmgr.models.leads.entities import GRADE_ACTIONS
from salesmgr.models.leads.labels import (
    action_label,
    attribute_label,
    behaviour_label,
    grade_label,
    kind_label,
    operator_label,
)
from salesmgr.models.leads.spec import Grade
from salesmgr.views.leads.loaders import EditedGrade, EditedRule
from salesmgr.views.widgets.row_table_model import ALIGN_LEFT, ALIGN_RIGHT, TitledColumns

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
Choices = Callable[[Index], list[tuple[str, str]]]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of ``choices(index)`` (key, label) for a cell whose EditRole is the key."""

    def __init__(self, choices: Choices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for key, label in self.choices(index):
            combo.addItem(label, key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(EDIT)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)


class EditedTable(TitledColumns):
    """Rows edited in place; ``edited`` after every change."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        for signal in (self.dataChanged, self.rowsInserted, self.rowsRemoved, self.rowsMoved, self.modelReset):
            signal.connect(lambda *_args: self.edited.emit())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def insert(self, position: int, item: Any) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self.items.insert(position, item)
        self.endInsertRows()

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.items[position]
        self.endRemoveRows()

    def move(self, position: int, step: int) -> bool:
        """Move a row one up (``step`` -1) or down (+1); False at either end."""
        target = position + step
        if not (0 <= position < len(self.items) and 0 <= target < len(self.items)):
            return False
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), target + (1 if step > 0 else 0))
        self.items.insert(target, self.items.pop(position))
        self.endMoveRows()
        return True


class RulesModel(EditedTable):
    KIND, FIELD, OPERATOR, VALUE, POINTS, DECAY = range(6)

    def column_titles(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Field or behaviour"), self.tr("Operator"), self.tr("Value"),
                self.tr("Points"), self.tr("Decay per 30 days")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column in (self.POINTS, self.DECAY) else ALIGN_LEFT

    def flags(self, index: Index) -> Qt.ItemFlag:
        rule: EditedRule = self.items[index.row()]
        behaviour = rule.kind == "behaviour"
        if index.column() == self.KIND or (behaviour and index.column() in (self.OPERATOR, self.VALUE)) or (
                not behaviour and index.column() == self.DECAY):
            return SHOWN
        return EDITABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        rule: EditedRule = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == EDIT:
            return [rule.kind, rule.field, rule.operator, rule.value, rule.points, rule.decay][column]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        behaviour = rule.kind == "behaviour"
        if column == self.KIND:
            return kind_label(rule.kind)
        if column == self.FIELD:
            return behaviour_label(rule.field) if behaviour else attribute_label(rule.field)
        if column == self.OPERATOR:
            return "—" if behaviour else operator_label(rule.operator)
        if column == self.VALUE:
            return "—" if behaviour else rule.value
        if column == self.POINTS:
            return f"{rule.points:+d}"
        return ("—" if not behaviour else str(rule.decay)) if column == self.DECAY else None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid():
            return False
        rule: EditedRule = self.items[index.row()]
        column = index.column()
        if column == self.FIELD:
            rule.field = str(value)
            if rule.kind == "attribute" and rule.operator not in operators_for(rule.field):
                rule.operator = operators_for(rule.field)[0]
        elif column == self.OPERATOR:
            rule.operator = str(value)
        elif column == self.VALUE:
            rule.value = str(value)
        elif column in (self.POINTS, self.DECAY):
            setattr(rule, "points" if column == self.POINTS else "decay", int(value))
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.DECAY))
        return True

    def choices(self, index: Index) -> list[tuple[str, str]]:
        rule: EditedRule = self.items[index.row()]
        if index.column() == self.OPERATOR:
            return [(key, operator_label(key)) for key in OPERATORS if key in operators_for(rule.field)]
        if rule.kind == "behaviour":
            keys = list(BEHAVIOURS) + ([rule.field] if rule.field not in BEHAVIOURS else [])
            return [(key, behaviour_label(key)) for key in keys]
        return [(key, attribute_label(key)) for key in ATTRIBUTE_FIELDS]


class GradesModel(EditedTable):
    NAME, MINIMUM, ACTION = range(3)

    def column_titles(self) -> list[str]:
        return [self.tr("Grade"), self.tr("Minimum score"), self.tr("Action")]

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column == self.MINIMUM else ALIGN_LEFT

    def flags(self, index: Index) -> Qt.ItemFlag:
        last = index.row() == len(self.items) - 1
        return SHOWN if last and index.column() == self.MINIMUM else EDITABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        grade: EditedGrade = self.items[index.row()]
        last = index.row() == len(self.items) - 1
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        shown = grade_label(Grade(grade.name, grade.min_score, grade.action, grade.builtin_key))
        if role == EDIT:
            return [shown, grade.min_score or 0, grade.action][column]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return shown
        if column == self.MINIMUM:
            return self.tr("the rest") if last else str(grade.min_score)
        return action_label(grade.action)

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid():
            return False
        grade: EditedGrade = self.items[index.row()]
        column = index.column()
        if column == self.NAME:
            shown = grade_label(Grade(grade.name, grade.min_score, grade.action, grade.builtin_key))
            if str(value).strip() != shown:  # typed back as shown: a builtin name stays builtin
                grade.name = str(value).strip()
        elif column == self.MINIMUM:
            grade.min_score = int(value)
        else:
            grade.action = str(value)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.ACTION))
        return True

    def choices(self, index: Index) -> list[tuple[str, str]]:
        return [(action, action_label(action)) for action in GRADE_ACTIONS]

    def add_grade(self, name: str) -> int:
        """Add a grade above the last one, halfway between its neighbours' minimums; returns its row."""
        position = max(len(self.items) - 1, 0)
        above = next((g.min_score for g in reversed(self.items[:position]) if g.min_score is not None), None)
        minimum = 10 if above is None else max(above // 2, 1)
        self.insert(position, EditedGrade(name, minimum, "nurture"))
        return position

    def remove_grade(self, position: int) -> bool:
        if len(self.items) <= 1 or not 0 <= position < len(self.items):
            return False
        if position == len(self.items) - 1:
            self.items[position - 1].min_score = None
        self.remove(position)
        return True
