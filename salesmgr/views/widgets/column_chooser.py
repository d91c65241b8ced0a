"""A column chooser on a table header's right-click menu: one checkable entry per column, remembered in the UI
settings under the table's name by column key (so that a column added or moved later keeps its choice)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from salesmgr.views.ui_settings import UiSettings


class ColumnChooser(QObject):
    """Shows and hides the columns of ``view`` (whose model's columns are ``keys``); the ``fixed`` columns
    cannot be hidden. ``settings`` (optional) remembers the hidden keys under ``name``."""

    def __init__(self, view: QTableView, name: str, keys: Sequence[str], settings: UiSettings | None = None,
                 *, fixed: Sequence[int] = (0,), headers: Sequence[QHeaderView] = ()) -> None:
        super().__init__(view)
        self.view, self.name, self.keys, self.settings, self.fixed = view, name, list(keys), settings, set(fixed)
        for header in (view.horizontalHeader(), *headers):
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(
                lambda point, header=header: self.menu().popup(header.mapToGlobal(point)))
        self.restore()

    def restore(self) -> None:
        hidden = set(self.settings.hidden_columns(self.name)) if self.settings is not None else set()
        for column, key in enumerate(self.keys):
            self.view.setColumnHidden(column, column not in self.fixed and key in hidden)

    def menu(self) -> QMenu:
        """The menu of columns, each checked when shown (built afresh each time, in the current language)."""
        menu = QMenu(self.view)
        menu.setToolTipsVisible(True)
        model = self.view.model()
        title = QCoreApplication.translate("ColumnChooser", "Columns shown")
        menu.addSection(title)
        for column in range(len(self.keys)):
            text = str(model.headerData(column, Qt.Orientation.Horizontal)) if model is not None else self.keys[column]
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.setEnabled(column not in self.fixed)
            action.toggled.connect(lambda shown, column=column: self.set_shown(column, shown))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ColumnChooser", "Show all columns"), self.show_all)
        return menu

    def set_shown(self, column: int, shown: bool) -> None:
        if column in self.fixed:
            return
        self.view.setColumnHidden(column, not shown)
        if shown and self.view.columnWidth(column) == 0:
            self.view.resizeColumnToContents(column)
        self._save()

    def show_all(self) -> None:
        for column in range(len(self.keys)):
            self.set_shown(column, True)

    def hidden_keys(self) -> list[str]:
        return [key for column, key in enumerate(self.keys) if self.view.isColumnHidden(column)]

    def _save(self) -> None:
        if self.settings is not None:
            self.settings.set_hidden_columns(self.name, self.hidden_keys())


__all__ = ["ColumnChooser"]
