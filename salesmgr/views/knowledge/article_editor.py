"""``ArticleEditor``: one knowledge-base article's type, title, stage (SPIN sets), tags, links and Markdown body,
with a preview. It never touches the database: OK hands the ``ArticleEdit`` to ``save`` (see ``EditDialog``).

Tags are typed separated by commas (a Chinese comma too); links are added with the ``LinkPicker`` and removed
with the Remove button.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models.customers.kb_entities import ARTICLE_KINDS
from salesmgr.models.customers.knowledge import Article, ArticleEdit, ArticleLink, kind_label
from salesmgr.views.knowledge.link_picker import LinkPicker
from salesmgr.views.widgets.edit_dialog import EditDialog

TAG_SEPARATORS = re.compile(r"[,，;；]")


def split_tags(text: str) -> list[str]:
    """The tags typed in one line, separated by commas or semicolons (ASCII or Chinese)."""
    return [tag.strip() for tag in TAG_SEPARATORS.split(text) if tag.strip()]


class ArticleEditor(EditDialog[ArticleEdit]):
    def __init__(self, runner: Any, article: Article | None, stages: list[tuple[int, str]],
                 save: Callable[[ArticleEdit], None] | None = None, parent: QWidget | None = None,
                 kind: str = "faq") -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit article") if article else self.tr("New article"))
        self.kind_combo = QComboBox()
        for key in ARTICLE_KINDS:
            self.kind_combo.addItem(kind_label(key), key)
        self.title_edit = QLineEdit()
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("Every stage"), None)
        for stage_id, name in stages:
            self.stage_combo.addItem(name, stage_id)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("e.g. pricing, 竞品"))
        self.form.addRow(self.tr("&Type:"), self.kind_combo)
        self.form.addRow(self.tr("T&itle:"), self.title_edit)
        self.form.addRow(self.tr("&Stage:"), self.stage_combo)
        self.form.addRow(self.tr("T&ags:"), self.tags_edit)
        self.form.addRow(self.tr("Links:"), self._links_box(runner))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self._body_tabs(), 1)  # below the form, taking the height the form leaves
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._fill(article, kind)
        self.resize(720, 640)

    def _links_box(self, runner: Any) -> QWidget:
        self.links_list = QListWidget()
        self.links_list.setFixedHeight(84)
        self.remove_link_button = QPushButton(self.tr("Remove link"))
        self.remove_link_button.clicked.connect(self.remove_selected_link)
        self.link_picker = LinkPicker(runner, ("account", "opportunity", "competitor"))
        self.link_picker.picked.connect(self.add_link)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.links_list, 1)
        row.addWidget(self.remove_link_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(self.link_picker)
        return box

    def _body_tabs(self) -> QTabWidget:
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(self.tr("The text, in Markdown: # heading, **bold**, - list item"))
        self.preview = QTextBrowser()
        self.body_tabs = QTabWidget()
        self.body_tabs.addTab(self.body_edit, self.tr("Markdown"))
        self.body_tabs.addTab(self.preview, self.tr("Preview"))
        self.body_tabs.currentChanged.connect(lambda index: self.preview.setMarkdown(self.body_edit.toPlainText())
                                              if index == 1 else None)
        return self.body_tabs

    def _fill(self, article: Article | None, kind: str) -> None:
        self.select_data(self.kind_combo, article.kind if article else kind)
        if article is not None:
            self.title_edit.setText(article.title)
            self.select_data(self.stage_combo, article.stage_id)
            self.tags_edit.setText(", ".join(article.tags))
            self.body_edit.setPlainText(article.body)
            for link in article.links:
                self.add_link(link.target, link.target_id, link.name)
        self._kind_changed()

    def _kind_changed(self) -> None:
        spin = self.kind_combo.currentData() == "spin"
        self.stage_combo.setEnabled(spin)
        if not spin:
            self.stage_combo.setCurrentIndex(0)

    def add_link(self, target: str, target_id: int, name: str) -> None:
        """Add a link (once per target row)."""
        if (target, target_id) in [link[:2] for link in self._link_data()]:
            return
        labels = {"account": self.tr("Account"), "opportunity": self.tr("Opportunity"),
                  "competitor": self.tr("Competitor")}
        item = QListWidgetItem(self.tr("{target}: {name}").format(target=labels[target], name=name))
        item.setData(Qt.ItemDataRole.UserRole, (target, target_id, name))
        self.links_list.addItem(item)

    def remove_selected_link(self) -> None:
        for item in self.links_list.selectedItems():
            self.links_list.takeItem(self.links_list.row(item))

    def _link_data(self) -> list[tuple[str, int, str]]:
        return [self.links_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.links_list.count())]

    def value(self) -> ArticleEdit:
        stage = self.stage_combo.currentData()
        return ArticleEdit(str(self.kind_combo.currentData()), self.title_edit.text(), self.body_edit.toPlainText(),
                           split_tags(self.tags_edit.text()),
                           [ArticleLink(target, target_id, name) for target, target_id, name in self._link_data()],
                           int(stage) if stage is not None else None)
