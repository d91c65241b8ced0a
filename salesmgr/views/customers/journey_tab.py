"""The Journey tab: the customer journey as a map of its stages, left to right, each a card with its owning
department, how many accounts are in it now, the days they spend there, how many were lost at it, what must be
handed over to leave it, and its touchpoints with their departments. "Edit…" on a card opens ``StageDialog``: the
stage's name, department and requirement, and its touchpoints to add, edit or delete; "Reset to default" brings
the seed's map back."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models.customers.journey import StageView, department_label
from salesmgr.models.customers.journey_figures import Days, StageFigures
from salesmgr.views.customers import value_loaders as loaders
from salesmgr.views.customers.journey_dialogs import DASH, StageDialog
from salesmgr.views.runner import DbRunner, while_alive
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through

CARD_WIDTH = 150  # six cards side by side in a 1200 px window


class StageCard(QFrame):
    """One stage of the map."""

    def __init__(self, stage: StageView, figures: StageFigures, edit: Callable[[StageView], object]) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        self.stage = stage
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{stage.name}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self._label(self.tr("Owner: {department}").format(
            department=department_label(stage.department))))
        now = self.tr("{count} now").format(count=f"{figures.accounts:,}")
        if figures.leads:
            now = self.tr("{count} now ({leads})").format(count=f"{figures.accounts:,}",
                                                          leads=self.tr("%n lead(s)", "", figures.leads))
        self.now_label = self._label(now)
        self.lost_label = self._label(self.tr("{count} lost here").format(count=f"{figures.lost:,}"))
        self.days_label = self._label(self.tr("In stage: median {median} days, average {average}").format(
            median=_days(figures.days_now.median), average=_days(figures.days_now.average)))
        leave = figures.days_to_leave
        self.leave_label = self._label(self.tr("To leave: median {median} days").format(median=_days(leave.median))
                                       if leave.count else self.tr("To leave: not measured"))
        for label in (self.now_label, self.lost_label, self.days_label, self.leave_label):
            layout.addWidget(label)
        layout.addWidget(self._label(self.tr("Hand over: {requirement}").format(
            requirement=stage.requirement or DASH), italic=True))
        heading = self.tr("Touchpoints")
        layout.addWidget(self._label(f"<b>{heading}</b>"))
        for point in stage.touchpoints:
            label = self._label(f"• {point.name} ({department_label(point.department)})")
            label.setToolTip(point.requirement)
            layout.addWidget(label)
        layout.addStretch(1)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: edit(self.stage))
        layout.addWidget(self.edit_button)

    @staticmethod
    def _label(text: str, *, italic: bool = False) -> QLabel:
        label = QLabel(f"<i>{text}</i>" if italic else text)
        label.setWordWrap(True)
        return label


def _days(value: Decimal | None) -> str:
    return DASH if value is None else f"{value:,}"


class JourneyTab(QWidget):
    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        runner.changed.connect(self.reload)
        self.cards: list[StageCard] = []
        self.note = QLabel(self.tr("Accounts are placed by their data: leads and activities, open deals, the first "
                                   "win, open hand-offs, being a customer, a renewal within 90 days; churned "
                                   "accounts and lost deals count as lost at their stage."))
        self.note.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Reset to default"))
        self.reset_button.clicked.connect(self._reset)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.strip)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.reload()

    def reload(self) -> None:
        self.runner.run(loaders.load_journey, while_alive(self, self._show))

    def _show(self, data: loaders.JourneyData) -> None:
        if not isValid(self):
            return
        for card in self.cards:
            card.deleteLater()
        self.cards = [StageCard(stage, data.figures.get(stage.key, _EMPTY), self._edit) for stage in data.stages]
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        for card in self.cards:
            self.strip_layout.addWidget(card)
        self.strip_layout.addStretch(1)

    def _edit(self, stage: StageView) -> StageDialog:
        dialog: StageDialog = StageDialog(stage, lambda given: save_through(
            self.runner, dialog, lambda s: loaders.save_stage(s, given.key, given.edit)), self, self.runner)
        return open_dialog(dialog)

    def _reset(self) -> None:
        answer = QMessageBox.question(self, self.tr("Reset the journey"), self.tr(
            "Put the default journey back? Every edit of its stages and touchpoints is lost."))
        if answer == QMessageBox.StandardButton.Yes:
            self.runner.run(loaders.reset_map, None, None, edits=True)


_EMPTY = StageFigures("", 0, 0, 0, Days(None, None, 0), Days(None, None, 0))
