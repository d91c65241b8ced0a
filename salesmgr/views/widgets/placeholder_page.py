"""Pages that are not built yet (leads, goals, onboarding): each says so plainly and describes what it will do
(from docs/domain.md)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from salesmgr.views.widgets.labels import emphasise, heading, paragraph


def placeholder_texts(key: str) -> tuple[str, str]:
    """``(description, issue_hint)`` of the page named ``key``; translated when called, not at import."""
    return _TEXTS[key]()


def _leads() -> tuple[str, str]:
    description = QCoreApplication.translate(
        "PlaceholderPage",
        "One lead-scoring model shared by marketing and sales: attribute points (target industry, company "
        "size) and behaviour points (white paper, webinar, pricing page) grade every lead as MQL, SQL or "
        "Lead. Leads below the threshold go to nurturing, and a monthly review compares conversion by grade "
        "so that you can tune the rules.")
    hint = QCoreApplication.translate(
        "PlaceholderPage", "The lead list and the scoring rules come with the lead-scoring feature.")
    return description, hint


def _goals() -> tuple[str, str]:
    description = QCoreApplication.translate(
        "PlaceholderPage",
        "SMART goals in four dimensions (financial, customer, operations, team), each with an owner, a "
        "baseline, a target, a period and an actual, and the quarterly quota of every rep and team. Where "
        "the data can compute the actual (revenue, sales cycle, conversion, data completeness, churn) the "
        "app computes it; you enter the rest, such as an NPS survey result.")
    hint = QCoreApplication.translate(
        "PlaceholderPage", "Goals and quotas come with the goals feature.")
    return description, hint


def _onboarding() -> tuple[str, str]:
    description = QCoreApplication.translate(
        "PlaceholderPage",
        "A 90-day plan for every new hire: month 1 product and process training, month 2 customer visits "
        "with a mentor, month 3 own small accounts with a weekly review. Learning follows 70-20-10 "
        "(practice, feedback, formal training), backed by a knowledge base of FAQs, won-deal stories, talk "
        "tracks and competitor analyses.")
    hint = QCoreApplication.translate(
        "PlaceholderPage", "Onboarding plans come with the onboarding feature.")
    return description, hint


_TEXTS: dict[str, Callable[[], tuple[str, str]]] = {"leads": _leads, "goals": _goals, "onboarding": _onboarding}


class PlaceholderPage(QWidget):
    """A page that is not built yet: its title, a plain "not built yet" notice, what it will do, and when."""

    def __init__(self, title: str, description: str, issue_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(heading(title, 1.6))
        layout.addWidget(self._notice())
        layout.addWidget(paragraph(description, max_width=760))
        layout.addWidget(paragraph(issue_hint, muted=True, max_width=760))
        layout.addStretch(1)

    def _notice(self) -> QWidget:
        icon = QLabel()
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(info.pixmap(20, 20))
        text = QLabel(self.tr("This page is not built yet."))
        emphasise(text)
        notice = QWidget()
        row = QHBoxLayout(notice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon)
        row.addWidget(text)
        row.addStretch(1)
        return notice

