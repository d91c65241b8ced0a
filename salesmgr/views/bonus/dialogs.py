"""The bonus plan editor and the manual-adjustment form. Both hand a plain value to a ``save`` callback (see
``EditDialog``); the page saves it on the runner and reports back."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from salesmgr.models.bonus import BonusPlan
from salesmgr.models.bonus.kpis import PROCESS_KPIS, ProcessKpi
from salesmgr.models.money import MoneyError
from salesmgr.views.widgets.edit_dialog import EditDialog, V, typed_amount
from salesmgr.views.widgets.roles import role_label

RepChoice = tuple[int, str, str]  # id, name, role


class NotAnAmount(ValueError):
    """A field that does not hold an amount; ``what`` names the field."""

    def __init__(self, what: str, text: str) -> None:
        super().__init__(what, text)
        self.what, self.text = what, text


def read_money(text: str, what: str) -> Decimal | None:
    """An amount typed by the user ("12,000.50"); None for an empty field."""
    try:
        return typed_amount(text)
    except MoneyError:
        raise NotAnAmount(what, text) from None


def percent_box(value: Decimal, maximum: float = 1000.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, maximum)
    box.setDecimals(1)
    box.setSuffix(" %")
    box.setValue(float(value * 100))
    return box


def ratio(box: QDoubleSpinBox) -> Decimal:
    """The box's percentage as an exact ratio (60.0 % -> 0.600)."""
    return (Decimal(str(round(box.value(), 1))) / 100).normalize()


class AmountFormDialog(EditDialog[V]):
    """An ``EditDialog`` whose amounts are checked before saving: an unreadable one is said inline."""

    def accept(self) -> None:
        try:
            self.value()
        except NotAnAmount as exc:
            text = QCoreApplication.translate("AmountFormDialog", "{what}: \"{text}\" is not an amount")
            self.failed(text.format(what=exc.what, text=exc.text))
            return
        super().accept()


class PlanDialog(AmountFormDialog[BonusPlan]):
    """Targets (default, per role, per rep), weights, the sales threshold/accelerator/cap, the CSAT target and what
    a quarter without survey responses counts as, and the process targets."""

    def __init__(self, plan: BonusPlan, reps: list[RepChoice], save: Callable[[BonusPlan], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.plan, self.reps = plan, reps
        self.setWindowTitle(self.tr("Bonus plan from {period}").format(period=plan.period))
        self.default_edit = QLineEdit(str(plan.default_target))
        self.role_edits = {role: QLineEdit(str(plan.role_targets.get(role, ""))) for role in ("rep", "senior", "sdr",
                                                                                            "manager")}
        self.weight_boxes = [percent_box(w, 100.0) for w in (plan.weight_sales, plan.weight_csat,
                                                              plan.weight_process)]
        self.threshold_check, self.threshold_box = self._optional(plan.sales_threshold, Decimal("0.5"))
        self.accelerator_check = QCheckBox(self.tr("Accelerate above 100 %: ×"))
        self.accelerator_box = QDoubleSpinBox()
        self.accelerator_box.setRange(1.0, 5.0)
        self.accelerator_box.setSingleStep(0.1)
        self.accelerator_box.setValue(float(plan.accelerator or Decimal("1.5")))
        self.accelerator_check.setChecked(plan.accelerator is not None)
        self.cap_box = percent_box(plan.cap)
        self.csat_box = QDoubleSpinBox()
        self.csat_box.setRange(1.0, float(plan.csat_scale))
        self.csat_box.setSingleStep(0.1)
        self.csat_box.setValue(float(plan.csat_target))
        self.policy_combo = QComboBox()
        for policy, text in (("reweight", self.tr("Leave it out and re-weight sales and process")),
                             ("zero", self.tr("Score 0")), ("full", self.tr("Score 100 %"))):
            self.policy_combo.addItem(text, policy)
        self.select_data(self.policy_combo, plan.no_csat)
        self.timeliness_box = percent_box(plan.timeliness_target, 100.0)
        self.training_box = percent_box(plan.training_target, 100.0)
        self.kpi_rows = {key: self._kpi_row(kpi) for key, kpi in PROCESS_KPIS.items()}
        self.rep_table = self._rep_table()
        self._lay_out()

    def _optional(self, value: Decimal | None, default: Decimal) -> tuple[QCheckBox, QDoubleSpinBox]:
        check = QCheckBox(self.tr("Below this attainment sales score 0:"))
        box = percent_box(value if value is not None else default, 100.0)
        check.setChecked(value is not None)
        return check, box

    def _rep_table(self) -> QTableWidget:
        table = QTableWidget(len(self.reps), 3)
        table.setHorizontalHeaderLabels([self.tr("Rep"), self.tr("Role"), self.tr("Own target (blank: role's)")])
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, (rep_id, name, role) in enumerate(self.reps):
            for column, text in enumerate((name, role_label(role))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
            own = self.plan.rep_targets.get(rep_id)
            table.setItem(row, 2, QTableWidgetItem("" if own is None else str(own)))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(160)
        return table

    def _lay_out(self) -> None:
        f = self.form
        f.addRow(self.tr("Target bonus per rep:"), self.default_edit)
        for role, edit in self.role_edits.items():
            edit.setPlaceholderText(self.tr("as above"))
            f.addRow(self.tr("… for a {role}:").format(role=role_label(role)), edit)
        f.addRow(self.tr("Per rep:"), self.rep_table)
        weights = QHBoxLayout()
        for box in self.weight_boxes:
            weights.addWidget(box)
        f.addRow(self.tr("Weights (sales, CSAT, process):"), weights)
        threshold = QHBoxLayout()
        threshold.addWidget(self.threshold_check)
        threshold.addWidget(self.threshold_box)
        f.addRow(self.tr("Sales threshold:"), threshold)
        accelerator = QHBoxLayout()
        accelerator.addWidget(self.accelerator_check)
        accelerator.addWidget(self.accelerator_box)
        f.addRow(self.tr("Sales accelerator:"), accelerator)
        f.addRow(self.tr("Sales score cap:"), self.cap_box)
        f.addRow(self.tr("CSAT target (1–{scale}):").format(scale=self.plan.csat_scale), self.csat_box)
        f.addRow(self.tr("No survey responses:"), self.policy_combo)
        f.addRow(self.tr("CRM updated within 24 h, target:"), self.timeliness_box)
        f.addRow(self.tr("Training attended, target:"), self.training_box)
        for check, box in self.kpi_rows.values():
            row = QHBoxLayout()
            row.addWidget(check, 1)
            row.addWidget(box)
            f.addRow(self.tr("More process KPIs:") if check is self._first_kpi_check() else "", row)
        self.setMinimumWidth(560)

    def _kpi_row(self, kpi: ProcessKpi) -> tuple[QCheckBox, QDoubleSpinBox]:
        """A catalogue KPI: counted in the process score when ticked, against the target beside it."""
        check = QCheckBox(self.tr("{kpi}, target:").format(kpi=kpi.label()))
        target = self.plan.extra_kpis.get(kpi.key, kpi.default_target)
        if kpi.kind == "share":
            box = percent_box(target, 100.0)
        else:
            box = QDoubleSpinBox()
            box.setRange(1.0, 100000.0)
            box.setDecimals(0)
            box.setValue(float(target))
        check.setChecked(kpi.key in self.plan.extra_kpis)
        return check, box

    def _first_kpi_check(self) -> QCheckBox | None:
        return next(iter(self.kpi_rows.values()))[0] if self.kpi_rows else None

    def extra_kpis(self) -> dict[str, Decimal]:
        chosen = {}
        for key, (check, box) in self.kpi_rows.items():
            if check.isChecked():
                chosen[key] = ratio(box) if PROCESS_KPIS[key].kind == "share" else Decimal(int(box.value()))
        return chosen

    def value(self) -> BonusPlan:
        default = read_money(self.default_edit.text(), self.tr("Target bonus")) or Decimal(0)
        roles = {role: amount for role, edit in self.role_edits.items()
                 if (amount := read_money(edit.text(), role_label(role))) is not None}
        overrides = {}
        for row, (rep_id, name, _role) in enumerate(self.reps):
            item = self.rep_table.item(row, 2)
            amount = read_money(item.text() if item else "", name)
            if amount is not None:
                overrides[rep_id] = amount
        return replace(
            self.plan, default_target=default, role_targets=roles, rep_targets=overrides,
            weight_sales=ratio(self.weight_boxes[0]), weight_csat=ratio(self.weight_boxes[1]),
            weight_process=ratio(self.weight_boxes[2]),
            sales_threshold=ratio(self.threshold_box) if self.threshold_check.isChecked() else None,
            accelerator=(Decimal(str(round(self.accelerator_box.value(), 2))) if self.accelerator_check.isChecked()
                         else None),
            cap=ratio(self.cap_box), csat_target=Decimal(str(round(self.csat_box.value(), 1))),
            no_csat=self.policy_combo.currentData(), timeliness_target=ratio(self.timeliness_box),
            training_target=ratio(self.training_box), extra_kpis=self.extra_kpis())


@dataclass(frozen=True)
class AdjustmentInput:
    amount: Decimal
    reason: str


class AdjustmentDialog(AmountFormDialog[AdjustmentInput]):
    """An amount (negative to reduce) and the reason, for one rep's quarter."""

    def __init__(self, rep: str, currency: str, save: Callable[[AdjustmentInput], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Adjustment for {rep}").format(rep=rep))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 500.00 or -200.00"))
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why, for finance and the rep"))
        self.form.addRow(self.tr("Amount ({currency}):").format(currency=currency), self.amount_edit)
        self.form.addRow(self.tr("Reason:"), self.reason_edit)
        self.setMinimumWidth(420)

    def value(self) -> AdjustmentInput:
        amount = read_money(self.amount_edit.text(), self.tr("Amount"))
        if amount is None:
            raise NotAnAmount(self.tr("Amount"), "")
        return AdjustmentInput(amount, self.reason_edit.text().strip())


__all__ = ["AdjustmentDialog", "AdjustmentInput", "NotAnAmount", "PlanDialog", "RepChoice", "read_money"]
