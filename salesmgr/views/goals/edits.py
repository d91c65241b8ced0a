"""Editing the planning grid like a spreadsheet: every change is one command on a QUndoStack.

Definitions:

* ``change(cells, text)``: one command setting the cells (undo puts back what they held). Typing a cell, pasting
  a block, filling down and clearing are each one command, so one undo takes back the whole of it.
* A pasted block is the clipboard's text as Excel copies it: rows separated by newlines, cells by tabs. Its top
  left lands on the current cell; its rows go to the rep rows from there down (subtotal rows are skipped), its
  columns to the period columns (quarters, and months when shown) from there right. A block that does not fit
  (past the last period column or the last rep), holds text that is not an amount, or touches a locked quarter
  (or a month of one) is refused whole.
* Fill down: in each selected period column, the topmost selected rep cell's value goes to the other selected
  rep cells below it. Delete clears the selected rep cells.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from salesmgr.views.goals.loaders import AmountError, parse_amount
from salesmgr.views.goals.plan_model import Cell, PlanModel


class CellsCommand(QUndoCommand):
    def __init__(self, model: PlanModel, after: dict[Cell, Decimal | None], text: str) -> None:
        super().__init__(text)
        self.model, self.after, self.before = model, after, model.current(list(after))

    def redo(self) -> None:
        self.model.apply(self.after)

    def undo(self) -> None:
        self.model.apply(self.before)


class GridEditor(QObject):
    """The grid's undo stack and its block operations; ``refused`` says why an operation changed nothing."""

    refused = Signal(str)

    def __init__(self, model: PlanModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.stack = QUndoStack(self)
        model.editor = self  # type: ignore[attr-defined]  # setData goes through the stack

    def change(self, cells: dict[Cell, Decimal | None], text: str) -> bool:
        """Push one command for ``cells`` (only those that change); refused when one is in a locked quarter."""
        changed = {cell: amount for cell, amount in cells.items() if self.model.values.get(cell) != amount}
        if not changed:
            return False
        reason = self.model.refusal(changed)
        if reason is not None:
            self.refused.emit(reason)
            return False
        self.stack.push(CellsCommand(self.model, changed, text))
        return True

    def paste(self, at: QModelIndex, text: str) -> bool:
        """Paste a tab-separated block with its top left at ``at`` (module definition)."""
        block = [line.split("\t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while block and block[-1] == [""]:
            block.pop()  # Excel ends the copied text with a newline
        if not block or not at.isValid():
            return False
        reps = [row for row in self.model.rep_rows() if row >= at.row()]
        first = max(at.column(), 1)
        width = max(len(line) for line in block)
        if len(block) > len(reps) or first + width - 1 > self.model.period_count():
            self.refused.emit(QCoreApplication.translate(
                "GridEditor", "The pasted block ({rows} x {columns}) does not fit in the grid from here").format(
                rows=len(block), columns=width))
            return False
        cells: dict[Cell, Decimal | None] = {}
        for line, row in zip(block, reps, strict=False):
            for offset, value in enumerate(line):
                cell = self.model.cell_at(row, first + offset)
                assert cell is not None
                try:
                    cells[cell] = parse_amount(value)
                except AmountError:
                    self.refused.emit(QCoreApplication.translate(
                        "GridEditor", "{text} is not an amount; nothing was pasted").format(text=value))
                    return False
        return self.change(cells, QCoreApplication.translate("GridEditor", "Paste"))

    def fill_down(self, selected: list[QModelIndex]) -> bool:
        cells: dict[Cell, Decimal | None] = {}
        for column in sorted({index.column() for index in selected}):
            rows = sorted(index.row() for index in selected if index.column() == column
                          and self.model.cell_at(index.row(), column) is not None)
            if len(rows) < 2:
                continue
            top = self.model.cell_at(rows[0], column)
            assert top is not None
            for row in rows[1:]:
                cell = self.model.cell_at(row, column)
                assert cell is not None
                cells[cell] = self.model.values.get(top)
        return self.change(cells, QCoreApplication.translate("GridEditor", "Fill down"))

    def clear(self, selected: list[QModelIndex]) -> bool:
        cells: dict[Cell, Decimal | None] = {}
        for index in selected:
            cell = self.model.cell_at(index.row(), index.column())
            if cell is not None:
                cells[cell] = None
        return self.change(cells, QCoreApplication.translate("GridEditor", "Clear"))
