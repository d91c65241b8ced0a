"""The Knowledge page: tabs over the knowledge base (``ArticlesPanel``) and the competitor library with win
rates (``CompetitorsPanel``); other tabs join through ``add_tab``. Both reload after every committed edit
(``runner.changed``); all database work goes through the runner with ``views.knowledge.loaders``."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from salesmgr.views.knowledge.articles_panel import ArticlesPanel
from salesmgr.views.knowledge.competitors_panel import CompetitorsPanel


class KnowledgePage(QWidget):
    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.tabs = QTabWidget()
        self.articles = ArticlesPanel(runner)
        self.competitors = CompetitorsPanel(runner)
        self.add_tab(self.articles, self.tr("Articles"))
        self.add_tab(self.competitors, self.tr("Competitors"))
        QVBoxLayout(self).addWidget(self.tabs)
        runner.changed.connect(self.reload)
        self.reload()

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab to the page; returns its index."""
        return self.tabs.addTab(widget, title)

    def reload(self) -> None:
        self.articles.reload()
        self.competitors.reload()


__all__ = ["KnowledgePage"]
