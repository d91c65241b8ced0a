"""Which kind of record an export's file holds, from its name and its headers (recognise's rule)."""
from __future__ import annotations

import pytest

from salesmgr.exchange.imports.recognise import IMPORT_ORDER, import_rank, kinds_from_name, recognise


@pytest.mark.parametrize(("name", "kinds"), [
    ("User", ["reps"]), ("Account", ["accounts"]), ("Opportunity", ["opportunities"]),
    ("OpportunityHistory", ["stage_history"]), ("Task", ["activities"]), ("Event", ["activities"]),
    ("CurrencyType", ["rates"]), ("DatedConversionRate", ["rates"]),
    ("Deals_001", ["opportunities"]), ("Accounts_002", ["accounts"]), ("Calls_001", ["activities"]),
    ("hubspot-crm-exports-all-deals-2026-11-30", ["opportunities"]),
    ("hubspot-crm-exports-all-companies-2026-11-30", ["accounts"]), ("organizations-4711", ["accounts"]),
    ("persons-4711", ["contacts"]), ("Deal Stage History", ["stage_history"]),
    ("商机", ["opportunities"]), ("商机阶段历史", ["stage_history"]), ("联系人列表", ["contacts"]),
    ("OpportunityLineItem", []), ("Campaign", []), ("readme", []),
])
def test_names_point_to_kinds(name: str, kinds: list[str]) -> None:
    assert kinds_from_name(name) == kinds


def test_a_name_is_confirmed_by_the_required_columns() -> None:
    assert recognise("Account", ["Id", "Name", "Industry"]).kind == "accounts"
    missing = recognise("Opportunity", ["Id", "Name", "Amount"])  # no stage column
    assert missing.kind is None and missing.named == "opportunities"
    assert missing.reason is not None and missing.reason.fields == {"field": "stage"}


def test_without_a_telling_name_the_headers_decide_only_when_clear() -> None:
    deals = ["Deal Name", "Stage", "Amount", "Close Date", "Deal Owner", "Account Name"]
    assert recognise("export (3)", deals).kind == "opportunities"
    assert recognise("export (3)", deals).by == "headers"
    # Id and Name alone fit accounts, contacts, leads and reps alike: a campaign is of no known kind
    assert recognise("Campaign", ["Id", "Name", "Type", "Status", "StartDate"]).kind is None


def test_the_import_order_resolves_references() -> None:
    order = sorted(["activities", "opportunities", "reps", "stage_history", "accounts", "rates", "contacts"],
                   key=import_rank)
    assert order == ["rates", "reps", "accounts", "contacts", "opportunities", "stage_history", "activities"]
    assert import_rank("something else") == len(IMPORT_ORDER)
