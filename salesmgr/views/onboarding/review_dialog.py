"""The weekly review dialog: the agenda salesmgr prepared from the new hire's records for the day it is held
(``agenda.prepare_agenda``, shown in sections), then the review's notes.

The dialog never touches the database: choosing another day asks ``prepare(day)`` (the panel runs it on the
runner and calls ``show_agenda``); OK hands a ``ReviewInput`` with the agenda as it was shown (``to_json``) to
``save``. The author's name follows the role (the plan's manager or mentor) until the user types one.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salesmgr.i18n import translate
from salesmgr.models.onboarding.agenda import SECTIONS, Agenda, AgendaItem
from salesmgr.models.onboarding.plans import ReviewInput
from salesmgr.views.onboarding.loaders import PlanDetail
from salesmgr.views.onboarding.plan_dialogs import date_edit
from salesmgr.views.onboarding.texts import activity_kind_label, day_with_weekday
from salesmgr.views.widgets.dates import from_qdate
from salesmgr.views.widgets.edit_dialog import EditDialog
from salesmgr.views.widgets.labels import paragraph

MUTED = "#757575"


def section_titles() -> dict[str, str]:
    return {"overdue": translate("ReviewDialog", "Overdue tasks"),
            "due": translate("ReviewDialog", "Due this week"),
            "firsts": translate("ReviewDialog", "Firsts since the last review"),
            "stalled": translate("ReviewDialog", "Stalled deals (stage, days in it, stalled after)"),
            "late": translate("ReviewDialog", "Activities logged more than 24 h late"),
            "criteria": translate("ReviewDialog", "Open criteria this month"),
            "last_review": translate("ReviewDialog", "Last review's notes")}


def item_text(item: AgendaItem) -> str:
    """One agenda line in the user's language."""
    values = item.values
    if item.section in ("overdue", "due"):
        return translate("ReviewDialog", "{title}, due {day}").format(title=item.text, day=day_with_weekday(item.day))
    if item.section == "firsts":
        return translate("ReviewDialog", "{what}: {day}").format(what=item.text, day=day_with_weekday(item.day))
    if item.section == "stalled":
        return translate("ReviewDialog", "{deal}: {stage}, {days} days in it (stalled after {threshold})").format(
            deal=item.text, stage=translate("Stages", values.get("stage", "")), days=values.get("days", ""),
            threshold=values.get("threshold", ""))
    if item.section == "late":
        return translate("ReviewDialog", "{day} {subject} ({kind}): logged {hours} h after it happened").format(
            day=day_with_weekday(item.day), subject=item.text, kind=activity_kind_label(values.get("kind", "")),
            hours=values.get("hours", ""))
    if item.section == "criteria":
        return translate("ReviewDialog", "{title}: {criterion}, due {day}").format(
            title=item.text, criterion=values.get("criterion", ""), day=day_with_weekday(item.day))
    parts = {"went_well": translate("ReviewDialog", "Went well"), "to_improve": translate("ReviewDialog", "To improve"),
             "next_steps": translate("ReviewDialog", "Next steps")}
    part = parts.get(values.get("part", ""), "")
    return translate("ReviewDialog", "{part}: {text}").format(part=part, text=item.text)


def agenda_html(agenda: Agenda) -> str:
    """The agenda's sections with their headings; an empty section says "nothing"."""
    titles, nothing = section_titles(), translate("ReviewDialog", "nothing")
    parts = [f"<p style='color:{MUTED}'>" + html.escape(translate(
        "ReviewDialog", "Prepared from the records from {since} to {on}").format(
        since=agenda.since.isoformat(), on=agenda.on.isoformat())) + "</p>"]
    for section in SECTIONS:
        items = agenda.section(section)
        parts.append(f"<h4 style='margin-bottom:2px'>{html.escape(titles[section])}</h4>")
        if not items:
            parts.append(f"<p style='color:{MUTED}; margin-top:0'>{html.escape(nothing)}</p>")
            continue
        lines = "".join(f"<li>{html.escape(item_text(item)).replace(chr(10), '<br>')}</li>" for item in items)
        parts.append(f"<ul style='margin-top:0'>{lines}</ul>")
    return "".join(parts)


class ReviewDialog(EditDialog[ReviewInput]):
    def __init__(self, detail: PlanDetail, day: date, prepare: Callable[[date], None],
                 save: Callable[[ReviewInput], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Weekly review of {rep}").format(rep=detail.rep))
        self.detail, self.prepare = detail, prepare
        self.agenda: Agenda | None = None
        self.agenda_view = QTextBrowser()
        self.agenda_view.setMinimumSize(420, 420)
        self.agenda_view.setPlainText(self.tr("Preparing the agenda…"))
        self.date_edit = date_edit(day)
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("Manager"), "manager")
        self.role_combo.addItem(self.tr("Mentor"), "mentor")
        self.author_edit = QLineEdit(detail.manager or "")
        self._typed_author = False
        self.author_edit.textEdited.connect(lambda _text: setattr(self, "_typed_author", True))
        self.role_combo.currentIndexChanged.connect(self._role_chosen)
        self.well_edit, self.improve_edit, self.steps_edit = (self._text_edit() for _ in range(3))
        self.steps_edit.setPlaceholderText(self.tr("One step per line"))
        self._build_form()
        self.date_edit.dateChanged.connect(lambda qdate: self.prepare(from_qdate(qdate)))
        self.resize(980, 640)

    def _text_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumWidth(360)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
        return edit

    def _build_form(self) -> None:
        fields = QWidget()
        column = QVBoxLayout(fields)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()  # beside the agenda (the base class's form stays empty)
        column.addLayout(form)
        column.addStretch(1)
        form.addRow(self.tr("Held on:"), self.date_edit)
        form.addRow(self.tr("By:"), self.role_combo)
        form.addRow(self.tr("Name:"), self.author_edit)
        form.addRow(self.tr("What went well:"), self.well_edit)
        form.addRow(self.tr("What to improve:"), self.improve_edit)
        form.addRow(self.tr("Next steps:"), self.steps_edit)
        form.addRow("", paragraph(self.tr("Each line becomes a task of the new hire, due a week after the "
                                          "review."), muted=True, max_width=420))
        splitter = QSplitter()
        splitter.addWidget(self.agenda_view)
        splitter.addWidget(fields)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(0, splitter, 1)  # type: ignore[attr-defined]

    def _role_chosen(self) -> None:
        if not self._typed_author:
            name = self.detail.mentor if self.role_combo.currentData() == "mentor" else self.detail.manager
            self.author_edit.setText(name or "")

    def show_agenda(self, agenda: Agenda) -> None:
        if agenda.on != from_qdate(self.date_edit.date()):
            return  # an answer for a day the user has changed since
        self.agenda = agenda
        self.agenda_view.setHtml(agenda_html(agenda))

    def value(self) -> ReviewInput:
        return ReviewInput(from_qdate(self.date_edit.date()), self.role_combo.currentData(),
                           self.author_edit.text().strip() or None, self.well_edit.toPlainText(),
                           self.improve_edit.toPlainText(), self.steps_edit.toPlainText(),
                           self.agenda.to_json() if self.agenda is not None else None)
