"""The Goals panel's dialogs: a goal (from a template in two steps, or every field) and a manual actual.

``GoalDialog`` opens on the template list: choosing one fills the dimension, metric, baseline, target and
parameters, so a goal is template -> owner and period -> OK (the fields stay editable). A template without a
baseline leaves it empty: the domain measures it in the period before. Shares and ratios are typed in percent
(25 = 25 %) and handed on as fractions; the dialog never touches the database (see ``EditDialog``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from salesmgr.models.goals.catalogue import METRICS, metric_def
from salesmgr.models.goals.goals import DIMENSIONS, Owner, dimension_label
from salesmgr.models.goals.templates import TEMPLATES
from salesmgr.models.periods import Period
from salesmgr.views.goals.goal_loaders import GoalChoices, GoalRow
from salesmgr.views.widgets.dates import from_qdate, to_qdate
from salesmgr.views.widgets.edit_dialog import EditDialog

PERCENT_UNITS = ("share", "ratio")


@dataclass(frozen=True)
class GoalInput:
    """What the dialog gives: ``template`` None means every field is the user's."""

    template: str | None
    dimension: str
    metric: str
    period: Period
    owner: Owner
    baseline: Decimal | None
    target: Decimal | None
    direction: str
    parameters: dict[str, Any]
    note: str | None


@dataclass(frozen=True)
class ActualInput:
    value: Decimal
    on: date
    note: str | None


def typed_number(text: str, unit: str) -> Decimal | None:
    """A number as typed ("1,250.5"); percent units are divided by 100; None when empty. Raises ValueError."""
    cleaned = text.strip().replace(",", "").replace(" ", "").rstrip("%")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value / 100 if unit in PERCENT_UNITS else value


def shown_number(value: Decimal | None, unit: str) -> str:
    if value is None:
        return ""
    shown = value * 100 if unit in PERCENT_UNITS else value
    text = f"{shown:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class GoalDialog(EditDialog[GoalInput]):
    def __init__(self, choices: GoalChoices, periods: list[Period], period: Period, goal: GoalRow | None = None,
                 save: Callable[[GoalInput], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("Add goal"))
        self.choices, self.periods = choices, {p.key: p for p in periods}
        self.template_combo = QComboBox()
        self.template_combo.addItem(self.tr("None: fill in every field"), None)
        for item in TEMPLATES.values():
            self.template_combo.addItem(item.label(), item.key)
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("Company"), (None, None))
        for team_id, name in choices.teams:
            self.owner_combo.addItem(self.tr("Team: {name}").format(name=name), (team_id, None))
        for rep_id, name, _team in choices.reps:
            self.owner_combo.addItem(self.tr("Rep: {name}").format(name=name), (None, rep_id))
        self.period_combo = QComboBox()
        for key in self.periods:
            self.period_combo.addItem(key, key)
        self.dimension_combo = QComboBox()
        for key in DIMENSIONS:
            self.dimension_combo.addItem(dimension_label(key), key)
        self.metric_combo = QComboBox()
        for metric in METRICS.values():
            self.metric_combo.addItem(metric.label(), metric.key)
        self.from_stage, self.to_stage = QComboBox(), QComboBox()
        for stage in choices.stages:
            if stage.kind == "open":
                self.from_stage.addItem(stage.name, stage.id)
            self.to_stage.addItem(stage.name, stage.id)
        self.products_edit = QLineEdit()
        self.products_edit.setPlaceholderText(self.tr("Product names, separated by commas"))
        self.baseline_edit, self.target_edit, self.note_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Higher is better"), "higher")
        self.direction_combo.addItem(self.tr("Lower is better"), "lower")
        self._build_form(goal is None)
        self.metric_combo.currentIndexChanged.connect(self._metric_changed)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.select_data(self.period_combo, period.key)
        if goal is not None:
            self._show_goal(goal)
        self._metric_changed()

    def _build_form(self, adding: bool) -> None:
        if adding:
            self.form.addRow(self.tr("Template:"), self.template_combo)
        self.form.addRow(self.tr("Owner:"), self.owner_combo)
        self.form.addRow(self.tr("Period:"), self.period_combo)
        self.form.addRow(self.tr("Dimension:"), self.dimension_combo)
        self.form.addRow(self.tr("Metric:"), self.metric_combo)
        self.form.addRow(self.tr("From stage:"), self.from_stage)
        self.form.addRow(self.tr("To stage:"), self.to_stage)
        self.form.addRow(self.tr("Products:"), self.products_edit)
        self.form.addRow(self.tr("Baseline:"), self.baseline_edit)
        self.form.addRow(self.tr("Target:"), self.target_edit)
        self.form.addRow(self.tr("Direction:"), self.direction_combo)
        self.form.addRow(self.tr("Note:"), self.note_edit)

    def unit(self) -> str:
        return metric_def(self.metric_combo.currentData()).unit

    def _metric_changed(self) -> None:
        metric = metric_def(self.metric_combo.currentData())
        for widget in (self.from_stage, self.to_stage):
            self.form.setRowVisible(widget, "from_stage" in metric.parameters)
        self.form.setRowVisible(self.products_edit, "products" in metric.parameters)
        self.select_data(self.direction_combo, metric.direction)
        hint = self.tr("in %") if metric.unit in PERCENT_UNITS else ""
        self.baseline_edit.setPlaceholderText(hint)
        self.target_edit.setPlaceholderText(hint)

    def _template_chosen(self) -> None:
        key = self.template_combo.currentData()
        if key is None:
            return
        chosen = TEMPLATES[key]
        self.select_data(self.dimension_combo, chosen.dimension)
        self.select_data(self.metric_combo, chosen.metric)
        self._metric_changed()
        unit = self.unit()
        self.baseline_edit.setText(shown_number(chosen.baseline, unit))
        if chosen.baseline is None:
            self.baseline_edit.setPlaceholderText(self.tr("measured in the period before"))
        self.target_edit.setText(shown_number(chosen.target, unit))
        self._select_stages(chosen.parameters)

    def _select_stages(self, parameters: dict[str, Any]) -> None:
        for combo, name in ((self.from_stage, "from_stage"), (self.to_stage, "to_stage")):
            stage_id = self.choices.named_stages.get(str(parameters.get(name, "")))
            if stage_id is not None:
                self.select_data(combo, stage_id)

    def _show_goal(self, row: GoalRow) -> None:
        goal = row.goal
        self.select_data(self.owner_combo, (row.team_id, row.rep_id))
        self.select_data(self.period_combo, goal.period.key)
        self.select_data(self.dimension_combo, goal.dimension)
        self.select_data(self.metric_combo, goal.metric)
        self._metric_changed()
        self.baseline_edit.setText(shown_number(goal.baseline, row.unit))
        self.target_edit.setText(shown_number(goal.target, row.unit))
        self.select_data(self.direction_combo, goal.direction)
        self.note_edit.setText(goal.note or "")
        products = row.parameters.get("products")
        self.products_edit.setText(", ".join(products) if isinstance(products, list) else "")
        for combo, name in ((self.from_stage, "from_stage"), (self.to_stage, "to_stage")):
            if name in row.stage_ids:
                self.select_data(combo, row.stage_ids[name])

    def parameters(self) -> dict[str, Any]:
        metric = metric_def(self.metric_combo.currentData())
        found: dict[str, Any] = {}
        if "from_stage" in metric.parameters:
            found["from_stage"], found["to_stage"] = self.from_stage.currentText(), self.to_stage.currentText()
        if "products" in metric.parameters:
            found["products"] = self.products_edit.text()
        return found

    def value(self) -> GoalInput:
        unit, key = self.unit(), self.template_combo.currentData()
        template = TEMPLATES.get(key) if key is not None else None
        parameters = self.parameters()
        if template is not None and template.metric == self.metric_combo.currentData():
            parameters = {**template.parameters, **parameters}  # the template's others (top, satisfied_at)
        team_id, rep_id = self.owner_combo.currentData()
        return GoalInput(key, self.dimension_combo.currentData(), self.metric_combo.currentData(),
                         self.periods[self.period_combo.currentData()], Owner(team_id, rep_id),
                         typed_number(self.baseline_edit.text(), unit), typed_number(self.target_edit.text(), unit),
                         self.direction_combo.currentData(), parameters, self.note_edit.text().strip() or None)

    def accept(self) -> None:
        try:
            given = self.value()
        except ValueError as exc:
            self.failed(self.tr("{text} is not a number; type digits such as 25 or 12.5").format(text=exc))
            return
        if given.template is None and (given.baseline is None or given.target is None):
            self.failed(self.tr("Give the baseline and the target, or choose a template"))
            return
        super().accept()


class ActualDialog(EditDialog[ActualInput]):
    """The actual of a manual metric as of a date."""

    def __init__(self, metric_label: str, day: date, save: Callable[[ActualInput], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Enter actual"))
        self.value_edit, self.note_edit = QLineEdit(), QLineEdit()
        self.date_edit = QDateEdit(to_qdate(day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.tr("Metric:"), QLineEdit(metric_label, readOnly=True))
        self.form.addRow(self.tr("Value:"), self.value_edit)
        self.form.addRow(self.tr("As of:"), self.date_edit)
        self.form.addRow(self.tr("Note:"), self.note_edit)

    def value(self) -> ActualInput:
        number = typed_number(self.value_edit.text(), "number")
        if number is None:
            raise ValueError("")
        return ActualInput(number, from_qdate(self.date_edit.date()), self.note_edit.text().strip() or None)

    def accept(self) -> None:
        try:
            self.value()
        except ValueError:
            self.failed(self.tr("Type the actual as a number, such as 3 or 12.5"))
            return
        super().accept()
