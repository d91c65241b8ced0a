"""Edit > Settings…: the base currency, the exchange rates with their dates, the fiscal year's first month (all
in the database, saved together through the runner) and the interface language (this user's, in the GUI's
settings file, applied by the window when the dialog saves)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesmgr.models.money import MoneyError, normalise_currency
from salesmgr.models.settings import DatabaseSettings
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner, while_alive
from salesmgr.views.settings.loaders import currency_choices, load, saver
from salesmgr.views.settings.rates_table import RATE, RateRowError, RatesTable
from salesmgr.views.ui_settings import UiSettings
from salesmgr.views.widgets.edit_dialog import EditDialog


class SettingsDialog(EditDialog[DatabaseSettings]):
    """Loads the settings on open; OK saves them (all or nothing) and, when the language changed, stores it and
    emits ``language_changed`` with it ("" = the system's) after the database work succeeded."""

    language_changed = Signal(str)
    settings_saved = Signal(object)  # the DatabaseSettings now in force

    def __init__(self, runner: DbRunner, ui_settings: UiSettings, parent: QWidget | None = None, *,
                 rates_for: Sequence[str] = ()) -> None:
        """``rates_for``: open on the rates, with a row (rate to fill in) for each of these currencies that has
        none, the first one's rate being edited."""
        super().__init__(None, parent)
        self.rates_for = [code.upper() for code in rates_for]
        self._save = self._save_settings
        self.runner = runner
        self.ui_settings = ui_settings
        self.loaded: DatabaseSettings | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.base_combo = QComboBox()
        self.base_combo.setEditable(True)
        self.fiscal_combo = QComboBox()
        for month in range(1, 13):
            self.fiscal_combo.addItem(QLocale().standaloneMonthName(month), month)
        self.language_combo = QComboBox()
        for text, code in ((self.tr("System default"), ""), ("English", "en"), ("中文（简体）", "zh_CN")):
            self.language_combo.addItem(text, code)
        self.select_data(self.language_combo, ui_settings.language)
        self.form.addRow(self.tr("&Base currency:"), self.base_combo)
        self.form.addRow(self.tr("&Fiscal year starts in:"), self.fiscal_combo)
        self.form.addRow(self.tr("&Interface language:"), self.language_combo)
        self.rates_table = RatesTable()
        self.rates_note = QLabel()
        self.rates_note.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self._rates_group())
        self.buttons.setEnabled(False)  # until the settings are loaded
        self.setMinimumSize(520, 460)
        runner.run(load, while_alive(self, self._fill), while_alive(self, self._on_load_failed))

    def _rates_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Exchange rates"))
        self.add_button = QPushButton(self.tr("&Add rate"))
        self.add_button.clicked.connect(self.add_rate)
        self.remove_button = QPushButton(self.tr("&Remove rate"))
        self.remove_button.clicked.connect(self.rates_table.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addWidget(self.rates_note)
        layout.addWidget(self.rates_table, 1)
        layout.addLayout(buttons)
        return group

    # -- loading ------------------------------------------------------------------------------------------
    def _fill(self, settings: DatabaseSettings) -> None:
        self.loaded = settings
        self.base_combo.clear()
        self.base_combo.addItems(currency_choices(settings))
        self.base_combo.setCurrentText(settings.base_currency)
        self.select_data(self.fiscal_combo, settings.fiscal_start)
        self.rates_table.set_entries(settings.rates)
        self._open_on_rates(settings)
        self.rates_note.setText(self.tr(
            "1 unit of each currency = the rate in {base}. Changing the base currency re-expresses the rates "
            "in the new one when you save (it needs a rate for the new base).").format(base=settings.base_currency))
        self.buttons.setEnabled(True)

    def _open_on_rates(self, settings: DatabaseSettings) -> None:
        """A row for each currency of ``rates_for`` without a rate (and not the base), then edit the first rate."""
        known = {entry.currency for entry in settings.rates} | {settings.base_currency}
        rows = [self.rates_table.add_row(code) for code in dict.fromkeys(self.rates_for) if code not in known]
        if not rows:
            return
        self.rates_table.setCurrentCell(rows[0], RATE)
        item = self.rates_table.item(rows[0], RATE)
        self.rates_table.setFocus()
        if item is not None:
            self.rates_table.editItem(item)

    def _on_load_failed(self, exc: Exception) -> None:
        self.failed(user_message(exc))

    def add_rate(self) -> int:
        """Append an empty row dated today, start editing its currency, and return its index."""
        row = self.rates_table.add_row()
        self.rates_table.setCurrentCell(row, 0)
        item = self.rates_table.item(row, 0)
        if item is not None:
            self.rates_table.editItem(item)
        return row

    # -- saving -------------------------------------------------------------------------------------------
    def chosen_language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def value(self) -> DatabaseSettings:
        """What the dialog shows; a bad row or base currency raises ``RateRowError`` with the message."""
        assert self.loaded is not None
        try:
            base = normalise_currency(self.base_combo.currentText())
        except MoneyError:
            raise RateRowError(self.tr("{code} is not a currency code; use three letters such as USD")
                               .format(code=self.base_combo.currentText().strip() or "—")) from None
        rates = self.rates_table.entries(self.loaded.base_currency)
        return DatabaseSettings(base, int(self.fiscal_combo.currentData()), rates)

    def accept(self) -> None:
        if self.loaded is None or self.is_saving():
            return
        try:
            self.value()
        except RateRowError as exc:
            self.failed(str(exc))
            return
        super().accept()

    def _save_settings(self, wanted: DatabaseSettings) -> None:
        self.runner.run(saver(wanted), while_alive(self, self._on_saved),
                        while_alive(self, lambda exc: self.failed(user_message(exc))), edits=True)

    def _on_saved(self, settings: DatabaseSettings) -> None:
        self.loaded = settings
        language = self.chosen_language()
        changed = language != self.ui_settings.language
        self.ui_settings.language = language
        self.ui_settings.sync()
        self.settings_saved.emit(settings)
        self.saved()
        if changed:
            self.language_changed.emit(language)
