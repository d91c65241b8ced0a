"""Pages that are not built yet (leads, goals, onboarding): each says so plainly and describes what it will do
(from docs/domain.md)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from salesmgr.views.widgets.labels import emphasise, heading, paragraph

PLACEHOLDER_TEXTS: dict[str, tuple[object, object]] = {
    "accounts": (
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "One view of every account shared by sales, marketing, product and service: contacts, deals, "
            "activities, surveys, tickets and product usage, with a health score, the churn watch and the "
            "hand-off from sales to service."),
        QT_TRANSLATE_NOOP("PlaceholderPage", "The account view comes with the customers feature."),
    ),
    "knowledge": (
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "The team's knowledge base: FAQs, won-deal stories, talk tracks, competitor battle cards and SPIN "
            "question sets, searchable in English and Chinese."),
        QT_TRANSLATE_NOOP("PlaceholderPage", "The knowledge base comes with the customers feature."),
    ),
    "leads": (
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "One lead-scoring model shared by marketing and sales: attribute points (target industry, company "
            "size) and behaviour points (white paper, webinar, pricing page) grade every lead as MQL, SQL or "
            "Lead. Leads below the threshold go to nurturing, and a monthly review compares conversion by grade "
            "so that you can tune the rules."),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage", "The lead list and the scoring rules come with the lead-scoring feature."),
    ),
    "goals": (
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "SMART goals in four dimensions (financial, customer, operations, team), each with an owner, a "
            "baseline, a target, a period and an actual, and the quarterly quota of every rep and team. Where "
            "the data can compute the actual (revenue, sales cycle, conversion, data completeness, churn) the "
            "app computes it; you enter the rest, such as an NPS survey result."),
        QT_TRANSLATE_NOOP("PlaceholderPage", "Goals and quotas come with the goals feature."),
    ),
    "onboarding": (
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "A 90-day plan for every new hire: month 1 product and process training, month 2 customer visits "
            "with a mentor, month 3 own small accounts with a weekly review. Learning follows 70-20-10 "
            "(practice, feedback, formal training), backed by a knowledge base of FAQs, won-deal stories, talk "
            "tracks and competitor analyses."),
        QT_TRANSLATE_NOOP("PlaceholderPage", "Onboarding plans come with the onboarding feature."),
    ),
}  # page key -> (description, issue hint): source texts, marked for lupdate, translated by placeholder_texts


def placeholder_texts(key: str) -> tuple[str, str]:
    """``(description, issue_hint)`` of the page named ``key``; translated when called, not at import."""
    description, hint = PLACEHOLDER_TEXTS[key]
    return (QCoreApplication.translate("PlaceholderPage", str(description)),
            QCoreApplication.translate("PlaceholderPage", str(hint)))


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

