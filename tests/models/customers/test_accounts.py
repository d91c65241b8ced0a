"""The account list, finding an account, the relationship edit, the profile and the timeline, against figures
worked out by hand from tests/helpers/account_data.py."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesmgr.models import clock
from salesmgr.models.customers.account_view import account_profile
from salesmgr.models.customers.accounts import RelationshipEdit, find_account, list_accounts, set_relationship
from salesmgr.models.customers.timeline import timeline
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError
from tests.helpers.account_data import TODAY, add_accounts


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    clock.set_today(TODAY)
    with db.session() as session:
        return add_accounts(session)


def test_lifetime_revenue_converts_what_has_a_rate_and_names_the_rest(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        rows = {row.id: row for row in list_accounts(s).rows}
    acme = rows[ids["acme"]].revenue
    # won: 1,000.00 + 2,500.50 CNY + 100.00 USD x 7.1 = 710.00 -> 4,210.50 CNY; the EUR deal (no rate) is left
    # out and named; the won deal without an amount counts as a won deal but adds nothing; the lost 9,999 is no
    # revenue. 5 won deals in all.
    assert acme.amount == Decimal("4210.50") and acme.currency == "CNY"
    assert [(e.currency, e.deals, e.amount) for e in acme.left_out] == [("EUR", 1, Decimal("50.00"))]
    assert acme.won_deals == 5
    assert rows[ids["bolt"]].revenue.amount == Decimal("0.00") and not rows[ids["bolt"]].revenue.left_out


def test_list_rows_and_filters(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        result = list_accounts(s)
        acme = next(row for row in result.rows if row.id == ids["acme"])
        assert result.left_out == ["EUR"]
        # sorted by name, then id: "ACME LTD" and "Acme Ltd" compare by code point ("C" < "c"), then Bolt
        assert [row.name for row in result.rows] == ["ACME LTD", "Acme Ltd", "Bolt GmbH"]
        assert (acme.owner, acme.team, acme.customer, acme.customer_since) == ("Ann Lee", "East", True,
                                                                                date(2025, 3, 10))
        assert acme.open_deals == 1 and acme.renewal_date == date(2027, 1, 1)
        assert [row.id for row in list_accounts(s, customers_only=True).rows] == [ids["acme"]]
        assert [row.id for row in list_accounts(s, search="retail").rows] == [ids["acme"]]  # the industry
        assert {row.id for row in list_accounts(s, search="east").rows} == {ids["acme"], ids["bolt"]}  # team
        assert {row.id for row in list_accounts(s, owner_id=ids["ann"]).rows} == {ids["acme"], ids["bolt"]}


def test_health_only_for_customers(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        rows = {row.id: row for row in list_accounts(s).rows}
        profile = account_profile(s, ids["acme"])
    assert rows[ids["bolt"]].score is None and rows[ids["twin"]].score is None  # not customers: not scored
    assert profile.health is not None and profile.health.score == rows[ids["acme"]].score
    assert rows[ids["acme"]].band == profile.health.band and profile.health.score is not None


def test_find_account_by_id_name_and_part(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        assert find_account(s, str(ids["bolt"])) == ids["bolt"]
        assert find_account(s, "bolt gmbh") == ids["bolt"]
        assert find_account(s, "Bol") == ids["bolt"]  # the only name containing it
        with pytest.raises(NotFoundError, match=r"more than one account is called acme ltd: .*\(id \d+\)"):
            find_account(s, "acme ltd")
        with pytest.raises(NotFoundError, match="no account called Zebra"):
            find_account(s, "Zebra")


def test_set_relationship_and_refusals(db: Database, ids: dict[str, int]) -> None:
    edit = RelationshipEdit(date(2026, 2, 1), date(2027, 2, 1), "likely", "current", None)
    with db.session() as s:
        set_relationship(s, ids["bolt"], edit)
    with db.session() as s:
        profile = account_profile(s, ids["bolt"])
        assert (profile.contract_start, profile.renewal_date, profile.renewal_intent, profile.payment_status) == (
            date(2026, 2, 1), date(2027, 2, 1), "likely", "current")
        with pytest.raises(ValidationError, match="unknown renewal intent maybe"):
            set_relationship(s, ids["bolt"], RelationshipEdit(renewal_intent="maybe"))
        with pytest.raises(ValidationError, match="before the contract start"):
            set_relationship(s, ids["bolt"], RelationshipEdit(date(2026, 5, 1), date(2026, 4, 1)))
        with pytest.raises(NotFoundError):
            set_relationship(s, 999, edit)


def test_profile_figures(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        p = account_profile(s, ids["acme"])
    assert (p.owner, p.team, p.customer, p.customer_since) == ("Ann Lee", "East", True, date(2025, 3, 10))
    assert [c.name for c in p.contacts] == ["Cathy"]
    assert [d.name for d in p.open_deals] == ["Acme Ltd - Upsell"]
    assert [(step.stage, step.kind) for step in p.open_deals[0].history] == [("Lead identified", "open"),
                                                                             ("Negotiation", "open")]
    # closed: 5 won + 1 lost, newest close first
    assert [d.name.removeprefix("Acme Ltd - ") for d in p.closed_deals] == ["Lost one", "Free", "Euro", "Export",
                                                                           "Grow", "Start"]
    assert [(s.kind, s.score) for s in p.surveys] == [("csat", Decimal("4.5")), ("nps", Decimal(9))]
    # tickets: high twice (one still open), low once (closed)
    assert p.ticket_counts.total == {"low": 1, "normal": 0, "high": 2, "urgent": 0}
    assert p.ticket_counts.open == {"low": 0, "normal": 0, "high": 1, "urgent": 0}
    assert (p.ticket_counts.all_count, p.ticket_counts.open_count) == (3, 1)
    assert [(u.month, u.usage_count, u.active_users) for u in p.usage] == [(date(2026, 10, 1), 120, 8),
                                                                          (date(2026, 11, 1), 90, None)]
    (handoff,) = p.handoffs
    # item 2 was due 2025-03-24 and is not done: overdue on 2026-12-01; the hand-off is still open
    assert (handoff.done, handoff.overdue, handoff.is_open, len(handoff.items)) == (1, 1, True, 2)
    assert [(pr.text, pr.status) for pr in p.promises] == [("SSO by June", "kept")]
    assert p.revenue.amount == Decimal("4210.50")


def test_timeline_newest_first_with_every_kind(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        entries = timeline(account_profile(s, ids["acme"]))
    days = [entry.at for entry in entries]
    assert days == sorted(days, reverse=True)
    assert entries[0].kind == "renewal" and entries[0].day == date(2027, 1, 1)  # the renewal to come first
    kinds = {entry.kind for entry in entries}
    assert kinds >= {"stage", "won", "lost", "deal_created", "activity", "csat", "nps", "ticket_opened",
                     "ticket_closed", "usage", "handoff", "handoff_item", "promise", "promise_kept",
                     "customer_since", "contract_start", "renewal"}
    # 3 tickets opened + 2 closed; 2 usage months; the deal with history gives its 2 steps, each of the 6 deals
    # without history its created day (only "Start" has one) and its close day
    assert sum(e.kind.startswith("ticket") for e in entries) == 5
    assert sum(e.kind == "usage" for e in entries) == 2
    assert sum(e.kind == "stage" for e in entries) == 2
    assert sum(e.kind == "deal_created" for e in entries) == 1
    assert sum(e.kind in ("won", "lost") for e in entries) == 6
    upsell = [e for e in entries if e.kind == "stage"]
    assert upsell[0].detail == "Negotiation · 3,000.00 CNY"
