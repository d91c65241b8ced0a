"""The Accounts page's Health tab: every customer's health score with its breakdown, the churn watch, churn and
retention per period, and the health model's editor.

Everything is read in one runner operation (``health_loaders.load_health_view``) and read again when the runner
announces an edit; saving the model is an edit, so the scores follow it.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.models import clock
from salesmgr.models.customers.health import BANDS, AccountHealth, band_label
from salesmgr.models.customers.health_model import PART_KEYS, PART_LABELS, HealthModel
from salesmgr.models.customers.retention import Retention
from salesmgr.views.customers import health_loaders
from salesmgr.views.customers.health_tables import (
    account_rows,
    band_colour,
    fill,
    make_table,
    part_rows,
    watch_rows,
)
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.labels import paragraph

ALL = "all"


class HealthTab(QWidget):
    """Scores, churn watch, retention and the model, each on its own inner tab."""

    loaded = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today or clock.today()
        self.view: health_loaders.HealthView | None = None
        self.shown: list[AccountHealth] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scores_tab(), self.tr("Customers"))
        self.tabs.addTab(self._watch_tab(), self.tr("Churn watch"))
        self.tabs.addTab(self._retention_tab(), self.tr("Retention"))
        self.tabs.addTab(self._model_tab(), self.tr("Health model"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        runner.changed.connect(self.reload)
        self.reload()

    # --- layout -------------------------------------------------------------------------------------------
    def _scores_tab(self) -> QWidget:
        self.counts_label = QLabel("…")
        self.band_combo = QComboBox()
        self.band_combo.addItem(self.tr("All bands"), ALL)
        for band in (*BANDS, "none"):
            self.band_combo.addItem(band_label(band), band)
        self.band_combo.currentIndexChanged.connect(self._show_accounts)
        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        band_caption = QLabel(self.tr("Band:"))
        band_caption.setBuddy(self.band_combo)
        top.addWidget(band_caption)
        top.addWidget(self.band_combo)
        self.accounts_table = make_table([self.tr("Account"), self.tr("Owner"), self.tr("Score"), self.tr("Band"),
                                          self.tr("Renewal")], right=(2,))
        self.accounts_table.itemSelectionChanged.connect(self._show_breakdown)
        self.breakdown_title = paragraph(self.tr("Choose a customer to see how its score is made."), muted=True)
        self.parts_table = make_table([self.tr("Input"), self.tr("Weight"), self.tr("Figure"), self.tr("Points")],
                                      right=(1, 3), sortable=False)
        self.parts_note = paragraph(self.tr("A missing input is left out and the weights of the others count "
                                            "for more; it is never counted as 0."), muted=True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.breakdown_title, self.parts_table, self.parts_note):
            side_layout.addWidget(widget)
        splitter = QSplitter()
        splitter.addWidget(self.accounts_table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return self._page(top, splitter)

    def _watch_tab(self) -> QWidget:
        self.watch_label = paragraph("", muted=True)
        self.watch_table = make_table([self.tr("Renewal"), self.tr("Account"), self.tr("Owner"), self.tr("Score"),
                                       self.tr("Weakest inputs")], right=(3,))
        return self._page(self.watch_label, self.watch_table)

    def _retention_tab(self) -> QWidget:
        self.kind_combo = QComboBox()
        for kind, text in (("quarter", self.tr("Fiscal quarters")), ("month", self.tr("Months")),
                           ("year", self.tr("Fiscal years"))):
            self.kind_combo.addItem(text, kind)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(paragraph(self.tr("The customers at the start of each period, how many of them left during "
                                        "it, and the rates. The current period is still running."), muted=True), 1)
        top.addWidget(self.kind_combo)
        self.retention_table = make_table([self.tr("Period"), self.tr("Customers at start"), self.tr("Churned"),
                                           self.tr("Churn rate"), self.tr("Retention rate")], right=(1, 2, 3, 4))
        return self._page(top, self.retention_table)

    def _model_tab(self) -> QWidget:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.weight_boxes: dict[str, QSpinBox] = {}
        for key in PART_KEYS:
            box = self._spin(0, 100)
            self.weight_boxes[key] = box
            form.addRow(self.tr("{input} weight:").format(input=self._part_label(key)), box)
        self.healthy_box, self.watch_box, self.parts_box = self._spin(1, 100), self._spin(1, 99), self._spin(1, 6)
        form.addRow(self.tr("Healthy from score:"), self.healthy_box)
        form.addRow(self.tr("Watch from score:"), self.watch_box)
        form.addRow(self.tr("Known inputs needed for a score:"), self.parts_box)
        self.save_button = QPushButton(self.tr("Save model"))
        self.save_button.clicked.connect(self._save_model)
        self.default_button = QPushButton(self.tr("Back to the default"))
        self.default_button.clicked.connect(lambda: self._store(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        self.model_status = paragraph("", muted=True)
        intro = paragraph(self.tr("Each input gives 0-100 points; the score is their weighted average over the "
                                  "inputs known for the customer. A weight of 0 leaves the input out."), muted=True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.model_status)
        layout.addStretch(1)
        return page

    @staticmethod
    def _page(top: Any, body: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if isinstance(top, QWidget):
            layout.addWidget(top)
        else:
            layout.addLayout(top)
        layout.addWidget(body, 1)
        return page

    @staticmethod
    def _spin(low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        return box

    def _part_label(self, key: str) -> str:
        from salesmgr.i18n import translate

        return translate("Customers", PART_LABELS[key])

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        kind = self.kind_combo.currentData() or "quarter"
        today = self.today
        self.runner.run(lambda session: health_loaders.load_health_view(session, today, kind), self._loaded,
                        self._on_error)

    def _loaded(self, view: health_loaders.HealthView) -> None:
        if not isValid(self):
            return
        self.view = view
        self.counts_label.setText(" · ".join(f"{band_label(band)} {count:,}" for band, count in view.counts.items()))
        self._show_accounts()
        self._show_watch(view.watch)
        self._show_retention(view.retention)
        self._show_model(view.model)
        self.loaded.emit()

    def _show_accounts(self) -> None:
        if self.view is None:
            return
        band = self.band_combo.currentData()
        self.shown = [h for h in self.view.healths if band == ALL or (h.band or "none") == band]
        fill(self.accounts_table, account_rows(self.shown), [band_colour(h) for h in self.shown],
             [h.account_id for h in self.shown])
        self.parts_table.setRowCount(0)
        self.breakdown_title.setText(self.tr("Choose a customer to see how its score is made."))

    def _show_breakdown(self) -> None:
        rows = self.accounts_table.selectionModel().selectedRows()
        if not rows or self.view is None:
            return
        item = self.accounts_table.item(rows[0].row(), 0)
        account_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        health = next((h for h in self.shown if h.account_id == account_id), None)
        if health is None:
            return
        score = self.tr("no score") if health.score is None else str(health.score)
        self.breakdown_title.setText(self.tr("{account}: {score} ({band})").format(
            account=health.account, score=score, band=band_label(health.band)))
        fill(self.parts_table, part_rows(health))

    def _show_watch(self, watch: list[AccountHealth]) -> None:
        self.watch_label.setText(self.tr("At-risk customers whose renewal falls in the next {days} days: {count}. "
                                         "Talk to them before the renewal.").format(
            days=health_loaders.WATCH_DAYS, count=len(watch)))
        fill(self.watch_table, watch_rows(watch), [band_colour(h) for h in watch])

    def _show_retention(self, series: list[Retention]) -> None:
        na = self.tr("n/a")
        rows = [[(item.period, item.period), (f"{item.cohort:,}", item.cohort), (f"{item.churned:,}", item.churned),
                 (na if item.churn_rate is None else f"{item.churn_rate:.1%}", item.churn_rate),
                 (na if item.retention_rate is None else f"{item.retention_rate:.1%}", item.retention_rate)]
                for item in series]
        fill(self.retention_table, rows)

    def _show_model(self, model: HealthModel) -> None:
        for key, box in self.weight_boxes.items():
            box.setValue(model.weight(key))
        self.healthy_box.setValue(model.healthy_min)
        self.watch_box.setValue(model.watch_min)
        self.parts_box.setValue(model.min_parts)

    # --- the model ----------------------------------------------------------------------------------------
    def edited_model(self) -> HealthModel:
        return HealthModel(tuple((key, self.weight_boxes[key].value()) for key in PART_KEYS),
                           self.healthy_box.value(), self.watch_box.value(), self.parts_box.value())

    def _save_model(self) -> None:
        self._store(self.edited_model())

    def _store(self, model: HealthModel | None) -> None:
        self.model_status.setText(self.tr("Saving…"))
        self.runner.run(lambda session: health_loaders.store_model(session, model), self._stored,
                        self._model_refused, edits=True)

    def _stored(self, _model: HealthModel) -> None:
        if isValid(self):
            self.model_status.setText(self.tr("Saved; the scores follow the new model."))

    def _model_refused(self, exc: Exception) -> None:
        if isValid(self):
            self.model_status.setText(user_message(exc))

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Customer health"), user_message(exc))
