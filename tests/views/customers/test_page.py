"""The Accounts page: the list, the account view of the chosen account with its figures (worked out by hand in
tests/models/customers/test_accounts.py from tests/helpers/account_data.py), the search, the relationship edit,
add_tab, and no clipped text at 1200x760 in English and Chinese."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.views.app import install_translator
from salesmgr.views.customers.page import AccountsPage
from tests.helpers.account_data import TODAY, add_accounts
from tests.helpers.clipping import clipped_widgets, report


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    clock.set_today(TODAY)
    with db.session() as session:
        return add_accounts(session)


def _page(qtbot: Any, runner: Any) -> AccountsPage:
    page = AccountsPage(runner)
    qtbot.addWidget(page)
    page.resize(1050, 700)  # the page's share of a 1200x760 window
    with qtbot.waitSignal(page.accounts.loaded, timeout=10_000):
        page.show()
    return page


def _choose(qtbot: Any, page: AccountsPage, account_id: int) -> None:
    with qtbot.waitSignal(page.accounts.profile_loaded, timeout=10_000):
        assert page.accounts.select(account_id)


def test_account_view_shows_the_profile(qtbot: Any, runner: Any, ids: dict[str, int]) -> None:
    page = _page(qtbot, runner)
    assert page.accounts.model.rowCount() == 3
    _choose(qtbot, page, ids["acme"])
    view = page.accounts.account_view
    assert view.title.text() == "Acme Ltd"
    assert "Owner Ann Lee · East · Retail · Shanghai" in view.subtitle.text()
    overview = view.overview
    # 4,210.50 CNY from the 5 won deals; the EUR deal named in the rates note
    assert overview.revenue_label.text() == "Lifetime revenue: 4,210.50 CNY from 5 won deals"
    assert not overview.rates_note.isHidden() and "EUR" in overview.rates_note.text()
    assert overview.fields["intent"].text() == "unsure" and overview.fields["renewal"].text() == "2027-01-01"
    tickets = view.service.tickets
    # rows: low, normal, high, urgent, All; columns: severity, tickets, open
    assert [tickets.item(2, c).text() for c in range(3)] == ["high", "2", "1"]
    assert [tickets.item(4, c).text() for c in range(3)] == ["All", "3", "1"]
    assert view.deals.rowCount() == 7 and view.deals.item(0, 0).text() == "Upsell"
    assert [view.history.item(r, 0).text() for r in range(view.history.rowCount())] == ["Lead identified",
                                                                                        "Negotiation"]
    assert view.handoffs.item(0, 2).text() == "1 / 2" and view.handoffs.item(0, 3).text() == "1"
    assert view.timeline.table.item(0, 1).text() == "Renewal"
    view.timeline.kind_combo.setCurrentIndex(view.timeline.kind_combo.findData("ticket_opened"))
    assert view.timeline.table.rowCount() == 3


def test_search_and_customers_only(qtbot: Any, runner: Any, ids: dict[str, int]) -> None:
    page = _page(qtbot, runner)
    page.accounts.search_edit.setText("bolt")
    assert page.accounts.proxy.rowCount() == 1
    page.accounts.search_edit.clear()
    page.accounts.customers_check.setChecked(True)
    assert page.accounts.proxy.rowCount() == 1
    assert "1 of 3 accounts" in page.accounts.summary_label.text()


def test_editing_the_relationship(qtbot: Any, runner: Any, ids: dict[str, int], db: Database) -> None:
    page = _page(qtbot, runner)
    _choose(qtbot, page, ids["acme"])
    page.accounts.account_view.overview.edit_button.click()
    dialog = page.accounts.dialog
    assert dialog is not None and dialog.renewal_intent.currentData() == "unsure"
    dialog.renewal_intent.setCurrentIndex(dialog.renewal_intent.findData("likely"))
    dialog.payment_status.setCurrentIndex(0)  # not known
    with qtbot.waitSignal(page.accounts.profile_loaded, timeout=10_000):
        dialog.accept()
    assert page.accounts.account_view.overview.fields["intent"].text() == "likely"
    assert page.accounts.account_view.overview.fields["payment"].text() == "–"
    from salesmgr.models.crm import Account
    with db.session() as s:
        account = s.get(Account, ids["acme"])
        assert account is not None and (account.renewal_intent, account.payment_status) == ("likely", None)


def test_the_page_has_every_customer_tab_and_add_tab_appends(qtbot: Any, runner: Any,
                                                             ids: dict[str, int]) -> None:
    page = _page(qtbot, runner)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Accounts", "Health and churn", "Hand-offs", "Committee review", "LTV and CAC", "Customer journey"]
    assert page.add_tab(QLabel("x"), "More") == 6 and page.tabs.tabText(6) == "More"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_nothing_clipped(qtbot: Any, runner: Any, ids: dict[str, int], language: str) -> None:
    app = QApplication.instance()
    assert app is not None
    install_translator(app, language)
    try:
        page = _page(qtbot, runner)
        _choose(qtbot, page, ids["acme"])
        for index in range(page.accounts.account_view.tabs.count()):
            page.accounts.account_view.tabs.setCurrentIndex(index)
            app.processEvents()  # the layouts take the texts just shown, as before the window paints
            offenders = clipped_widgets(page)
            assert not offenders, report(f"{language} tab {index}", offenders)
    finally:
        install_translator(app, "en")
