"""``CompetitorDialog``: a competitor's name, website, strengths, weaknesses and our answers (Markdown)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from salesmgr.models.customers.competitors import CompetitorEdit, CompetitorRow
from salesmgr.views.widgets.edit_dialog import EditDialog


class CompetitorDialog(EditDialog[CompetitorEdit]):
    def __init__(self, row: CompetitorRow | None, save: Callable[[CompetitorEdit], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit competitor") if row else self.tr("New competitor"))
        self.name_edit, self.website_edit = QLineEdit(), QLineEdit()
        self.strengths_edit, self.weaknesses_edit, self.answers_edit = (QPlainTextEdit() for _ in range(3))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Website:"), self.website_edit)
        self.form.addRow(self.tr("&Strengths:"), self.strengths_edit)
        self.form.addRow(self.tr("W&eaknesses:"), self.weaknesses_edit)
        self.form.addRow(self.tr("Our &answers:"), self.answers_edit)
        if row is not None:
            self.name_edit.setText(row.name)
            self.website_edit.setText(row.website or "")
            self.strengths_edit.setPlainText(row.strengths)
            self.weaknesses_edit.setPlainText(row.weaknesses)
            self.answers_edit.setPlainText(row.answers)
        self.resize(560, 560)

    def value(self) -> CompetitorEdit:
        return CompetitorEdit(self.name_edit.text(), self.website_edit.text(), self.strengths_edit.toPlainText(),
                              self.weaknesses_edit.toPlainText(), self.answers_edit.toPlainText())
