"""The scoring model's version history: version, who saved it, when, its origin, what changed and the note."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from salesmgr.i18n import QT_TRANSLATE_NOOP
from salesmgr.models.leads.store import DEFAULT_AUTHOR
from salesmgr.views.leads.loaders import HistoryRow
from salesmgr.views.widgets.row_table_model import ALIGN_CENTER, ALIGN_LEFT, RowTableModel

ORIGINS = {"default": QT_TRANSLATE_NOOP("HistoryModel", "the seed's model"),
           "user": QT_TRANSLATE_NOOP("HistoryModel", "edited"),
           "suggestion": QT_TRANSLATE_NOOP("HistoryModel", "accepted proposal")}


class HistoryModel(RowTableModel[HistoryRow]):
    VERSION, BY, WHEN, ORIGIN, CHANGES, NOTE = range(6)

    def column_titles(self) -> list[str]:
        return [self.tr("Version"), self.tr("Saved by"), self.tr("When (UTC)"), self.tr("Origin"),
                self.tr("Changes"), self.tr("Note")]

    def display(self, row: HistoryRow, column: int) -> str:
        item = row.item
        if column == self.VERSION:
            return str(item.version)
        if column == self.WHEN:
            return item.changed_at.strftime("%Y-%m-%d %H:%M")
        if column == self.ORIGIN:
            return self.tr(ORIGINS[item.origin]) if item.origin in ORIGINS else item.origin
        if column == self.CHANGES:
            return "; ".join(item.changes)
        if column == self.BY:  # the version salesmgr made itself has salesmgr as its author
            return self.tr("salesmgr (built in)") if item.changed_by == DEFAULT_AUTHOR else item.changed_by
        return (item.note or "") if column == self.NOTE else ""

    def sort_value(self, row: HistoryRow, column: int) -> Any:
        if column in (self.VERSION, self.WHEN):
            return row.item.version
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_CENTER if column in (self.VERSION, self.WHEN) else ALIGN_LEFT

    def tooltip(self, row: HistoryRow, column: int) -> str | None:
        if column == self.CHANGES:
            return "\n".join(row.item.changes)
        return row.item.note if column == self.NOTE else None
