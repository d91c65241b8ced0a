"""``ArticlesPanel``: search and list the articles, read one rendered from Markdown, add, edit and delete.

The search runs a moment after typing stops; without words the list shows every article of the chosen type.
The viewer shows the article's type, stage, tags and links above its Markdown body (``QTextBrowser``).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models.customers.kb_entities import ARTICLE_KINDS
from salesmgr.models.customers.knowledge import Article, kind_label
from salesmgr.views.knowledge import loaders
from salesmgr.views.knowledge.article_editor import ArticleEditor
from salesmgr.views.knowledge.loaders import ListedArticle
from salesmgr.views.knowledge.selection import reselect
from salesmgr.views.messages import user_message
from salesmgr.views.runner import while_alive
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through

SEARCH_DELAY_MS = 300


def snippet_html(snippet: str) -> str:
    """A snippet with its ``**marks**`` in bold, the rest escaped."""
    parts = snippet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("**")
    return "".join(f"<b>{part}</b>" if i % 2 else part for i, part in enumerate(parts))


class ArticlesPanel(QWidget):
    loaded = Signal()  # the list shows fresh data
    article_shown = Signal(int)

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rows: list[ListedArticle] = []
        self.article: Article | None = None
        self.editor: ArticleEditor | None = None
        self._request = 0
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._viewer_side())
        splitter.setSizes([520, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _list_side(self) -> QWidget:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the knowledge base (English or Chinese)"))
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All types"), None)
        for key in ARTICLE_KINDS:
            self.kind_combo.addItem(kind_label(key), key)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.new_button = QPushButton(self.tr("New article…"))
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Type"), self.tr("Match or tags")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 210)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.count_label = QLabel()
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.kind_combo)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        layout.addLayout(bottom)
        return side

    def _viewer_side(self) -> QWidget:
        self.viewer = QTextBrowser()
        self.viewer.setOpenExternalLinks(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(False)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        layout.addWidget(self.viewer, 1)
        return side

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._request += 1
        request = self._request

        def done(rows: list[ListedArticle]) -> None:
            self._show_rows(request, rows)
        self.runner.run(loaders.load_articles(self.search_edit.text(), self.kind_combo.currentData()),
                        while_alive(self, done), while_alive(self, self._warn))

    def _show_rows(self, request: int, rows: list[ListedArticle]) -> None:
        if request != self._request:
            return
        shown = self.article.id if self.article is not None else None
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(row.title))
            self.table.setItem(number, 1, QTableWidgetItem(kind_label(row.kind)))
            detail = QTableWidgetItem(row.detail.replace("**", ""))
            detail.setToolTip(f"<p>{snippet_html(row.detail)}</p>")
            self.table.setItem(number, 2, detail)
        self.table.blockSignals(False)
        searching = bool(self.search_edit.text().strip())
        self.count_label.setText(self.tr("%n article(s) found", "", len(rows)) if searching
                                 else self.tr("%n article(s)", "", len(rows)))
        reselect(self.table, [row.id for row in rows], shown, lambda: self._show_article(None))
        self.loaded.emit()

    def selected_id(self) -> int | None:
        selected = self.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()].id if selected else None

    def _selection_changed(self) -> None:
        article_id = self.selected_id()
        if article_id is not None:
            self.runner.run(loaders.load_article(article_id), while_alive(self, self._show_article),
                            while_alive(self, self._warn))

    def _show_article(self, article: Article | None) -> None:
        self.article = article
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(article is not None)
        self.viewer.setMarkdown(self.article_markdown(article) if article else "")
        if article is not None:
            self.article_shown.emit(article.id)

    def article_markdown(self, article: Article) -> str:
        """The viewer's Markdown: the title, a line of facts (type, stage, tags, links), then the body."""
        facts = [kind_label(article.kind)]
        if article.stage:
            facts.append(self.tr("Stage: {stage}").format(stage=article.stage))
        if article.tags:
            facts.append(self.tr("Tags: {tags}").format(tags=", ".join(article.tags)))
        if article.links:
            facts.append(self.tr("Linked: {names}").format(names=", ".join(link.name for link in article.links)))
        return f"# {article.title}\n\n*{' · '.join(facts)}*\n\n{article.body}\n"

    # --- editing ------------------------------------------------------------------------------------------
    def edit_current(self) -> None:
        if self.article is not None:
            self.open_editor(self.article)

    def open_editor(self, article: Article | None) -> None:
        """Load the stage choices, then open the editor on ``article`` (None: a new one)."""
        def done(stages: list[tuple[int, str]]) -> None:
            self._open_editor(article, stages)
        self.runner.run(loaders.load_stages, while_alive(self, done), while_alive(self, self._warn))

    def _open_editor(self, article: Article | None, stages: list[tuple[int, str]]) -> None:
        article_id = article.id if article else None
        kind = self.kind_combo.currentData() or "faq"
        editor = ArticleEditor(self.runner, article, stages, parent=self, kind=kind,
                               save=lambda edit: save_through(self.runner, editor,
                                                              loaders.save_article(edit, article_id)))
        self.editor = open_dialog(editor)

    def delete_current(self) -> None:
        article = self.article
        if article is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete article"),
                                      self.tr("Delete the article {title}?").format(title=article.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.article = None
            self.runner.run(loaders.delete_article(article.id), on_error=while_alive(self, self._warn), edits=True)

    def _warn(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Knowledge"), user_message(exc))
