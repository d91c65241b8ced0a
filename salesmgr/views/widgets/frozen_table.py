"""A table view whose first column stays put while the others scroll sideways (Qt's "frozen column" pattern).

A second QTableView over the same model and the same selection model, showing only column 0, lies over the
left edge of the main view. Its vertical scrolling, row heights, column width, header height and sort indicator
follow the main view's, so the rows always line up with the names beside them.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QActionEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class FrozenColumnTableView(QTableView):
    """A QTableView whose column 0 is frozen; ``frozen`` is the overlay that shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setStyleSheet("QTableView { border-right: 1px solid palette(mid); }")
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _old, new: self.frozen.setRowHeight(row, new))
        self.horizontalHeader().sortIndicatorChanged.connect(self._main_sorted)
        self.frozen.horizontalHeader().sortIndicatorChanged.connect(self._frozen_sorted)
        self.frozen.doubleClicked.connect(self.doubleClicked)

    # --- the overlay follows the main view -------------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._hide_other_columns)
            model.columnsInserted.connect(self._hide_other_columns)
            model.layoutChanged.connect(self._sync_rows)
        self._hide_other_columns()

    def _hide_other_columns(self) -> None:
        model = self.model()
        for column in range(1, model.columnCount() if model is not None else 0):
            self.frozen.setColumnHidden(column, True)
        self.frozen.setColumnHidden(0, False)
        self._sync_rows()

    def _sync_rows(self) -> None:
        model = self.model()
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        for row in range(model.rowCount() if model is not None else 0):
            self.frozen.setRowHeight(row, self.rowHeight(row))
        self._place_frozen()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.frozen.setColumnWidth(0, new)
        self._place_frozen()

    def _main_sorted(self, column: int, order: Qt.SortOrder) -> None:
        header = self.frozen.horizontalHeader()
        header.setSortIndicatorShown(column == 0)
        if column == 0:
            header.setSortIndicator(0, order)

    def _frozen_sorted(self, column: int, order: Qt.SortOrder) -> None:
        if column == 0 and self.isSortingEnabled():
            self.sortByColumn(0, order)

    def setSortingEnabled(self, enable: bool) -> None:
        super().setSortingEnabled(enable)
        header = self.frozen.horizontalHeader()
        header.setSectionsClickable(enable)
        header.setSortIndicatorShown(enable and self.horizontalHeader().sortIndicatorSection() == 0)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._place_frozen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def _place_frozen(self) -> None:
        if not hasattr(self, "frozen"):  # updateGeometries runs inside QTableView's own constructor
            return
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setAlternatingRowColors(self.alternatingRowColors())
        self.frozen.horizontalHeader().setHighlightSections(self.horizontalHeader().highlightSections())
        frame = self.frameWidth()
        self.frozen.setGeometry(self.verticalHeader().width() + frame, frame, self.columnWidth(0),
                                self.viewport().height() + self.horizontalHeader().height())
        self.frozen.setVisible(not self.isColumnHidden(0))

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)
        if event.type() == QEvent.Type.ActionAdded:
            self.frozen.setContextMenuPolicy(self.contextMenuPolicy())
            self.frozen.addAction(event.action())

    # --- keyboard and scrollTo never leave a cell hidden under the overlay -------------------------------------
    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        if (action == QAbstractItemView.CursorAction.MoveLeft and current.column() > 0
                and self.visualRect(current).topLeft().x() < self.frozen.columnWidth(0)):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).topLeft().x() - self.frozen.columnWidth(0))
        return current

    def scrollTo(self, index: Index,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.column() > 0:
            super().scrollTo(index, hint)
        elif index.isValid():  # column 0 is always in sight: scroll only vertically
            horizontal = self.horizontalScrollBar().value()
            super().scrollTo(index, hint)
            self.horizontalScrollBar().setValue(horizontal)


__all__ = ["FrozenColumnTableView"]
