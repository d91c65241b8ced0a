"""The Accounts tab: the searchable account list (name, owner, health, renewal, lifetime revenue; customers
only on request) beside the chosen account's view. Choosing an account loads its profile through the runner;
"Edit contract and renewal…" opens the relationship dialog."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget
from shiboken6 import isValid

from salesmgr.models import clock
from salesmgr.models.customers.accounts import AccountList, AccountRow, RelationshipEdit
from salesmgr.views.customers import loaders
from salesmgr.views.customers.account_table import AccountFilterProxy, AccountTableModel
from salesmgr.views.customers.account_view import AccountView
from salesmgr.views.customers.relationship_dialog import RelationshipDialog
from salesmgr.views.messages import user_message
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through
from salesmgr.views.widgets.headers import fit_header_texts
from salesmgr.views.widgets.row_table_model import make_table_view, select_row, selected_row
from salesmgr.views.widgets.table_export import install_export_action

WIDTHS = (168, 64, 84, 86, 84)


class AccountsPanel(QWidget):
    """``loaded`` after the list is on screen, ``profile_loaded`` after an account's view is."""

    loaded = Signal()
    profile_loaded = Signal()
    rates_requested = Signal(list)

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data: AccountList | None = None
        self.dialog: RelationshipDialog | None = None
        self._loading = self._reload_again = False
        self.model = AccountTableModel(self)
        self.proxy = AccountFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        runner.changed.connect(self.reload)
        self.reload()

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, owner, team, industry or region"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        self.customers_check = QCheckBox(self.tr("Customers only"))
        self.customers_check.toggled.connect(self._filter)
        self.summary_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.customers_check)
        self.view = make_table_view(self.proxy, WIDTHS)
        self.view.sortByColumn(AccountTableModel.NAME, Qt.SortOrder.AscendingOrder)
        fit_header_texts(self.view.horizontalHeader())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._load_chosen())
        self.export_action = install_export_action(self.view, self.runner, lambda: self.tr("Accounts"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.summary_label)
        self.account_view = AccountView()
        self.account_view.edit_requested.connect(self.edit_relationship)
        self.account_view.rates_requested.connect(self.rates_requested)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.account_view)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([540, 510])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.runner.run(loaders.load_accounts, self._on_loaded, self._on_failed)

    def _on_loaded(self, data: AccountList) -> None:
        if not isValid(self):
            return
        chosen = self.account_view.account_id
        self.data = data
        self.model.currency = data.currency
        self.model.set_rows(data.rows)
        self._filter()
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        if chosen is not None and not self.select(chosen):
            self.account_view.clear()
        self.loaded.emit()

    def _on_failed(self, exc: Exception) -> None:
        self._loading = self._reload_again = False
        self.summary_label.setText(user_message(exc))

    def _filter(self) -> None:
        self.proxy.set_filters(self.search_edit.text(), self.customers_check.isChecked())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("{shown} of {total} accounts").format(shown=f"{shown:,}", total=f"{total:,}")
        if self.data is not None:
            text += " · " + self.tr("lifetime revenue in {currency}").format(currency=self.data.currency)
            if self.data.left_out:
                text += " · " + self.tr("* some revenue left out: no rate for {currencies}").format(
                    currencies=", ".join(self.data.left_out))
        self.summary_label.setText(text)

    # --- the chosen account ---------------------------------------------------------------------------------
    def selected(self) -> AccountRow | None:
        return selected_row(self.view, self.model)

    def select(self, account_id: int) -> bool:
        """Choose the account in the list (its view loads); False when it is not shown."""
        return select_row(self.view, self.model, account_id)  # the selection change loads it

    def _load_chosen(self) -> None:
        row = self.selected()
        if row is not None:
            self.runner.run(partial(loaders.load_profile, account_id=row.id), self._on_profile, self._on_failed)

    def _on_profile(self, data: loaders.ProfileData) -> None:
        if not isValid(self):
            return
        row = self.selected()
        if row is None or row.id == data.profile.id:  # a later choice wins
            self.account_view.show_data(data)
            self.profile_loaded.emit()

    def edit_relationship(self, account_id: int) -> None:
        data = self.account_view.data
        if data is None or data.profile.id != account_id:
            return
        self.dialog = open_dialog(RelationshipDialog(data.profile, clock.today(), self._save, self))

    def _save(self, edit: RelationshipEdit) -> None:
        if self.dialog is not None:
            account_id = self.dialog.account_id
            save_through(self.runner, self.dialog,
                         lambda session: loaders.save_relationship(session, account_id, edit))
