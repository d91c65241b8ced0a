"""Hand-offs by hand: the template, ensure_handoffs on a stage move, items done and undone, promises, the open and
overdue lists on a given day, and the committee review of a quarter.

The data: Acme's deal won 2026-11-20 (items due 11-20, 11-23, 11-25, 12-04, 12-11), Globex's deal open until the
test moves it to Won on 2026-12-01 (today).
"""
from __future__ import annotations

from datetime import date

import pytest

from salesmgr.models import Account, Opportunity, clock
from salesmgr.models.customers.committee import committee_review
from salesmgr.models.customers.handoff_lists import find_handoff, handoff_detail, list_handoffs, overdue_items
from salesmgr.models.customers.handoff_template import (
    add_template_item,
    delete_template_item,
    template_items,
    update_template_item,
)
from salesmgr.models.customers.handoffs import ensure_handoffs, handoff_items, set_item_done
from salesmgr.models.customers.promises import add_promise, broken_promises, set_promise_status
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.periods import Period
from salesmgr.models.pipeline.opportunities import move_stage

TODAY = date(2026, 12, 1)
WON, OPEN = 5, 2  # the built-in stages' ids: Won, Needs confirmed


@pytest.fixture
def deals(db: Database) -> dict[str, int]:
    clock.set_today(TODAY)
    with db.session() as s:
        acme, globex = Account(name="Acme"), Account(name="Globex")
        s.add_all([acme, globex])
        s.flush()
        won = Opportunity(name="Acme CRM", account_id=acme.id, stage_id=WON, closed_date=date(2026, 11, 20))
        open_ = Opportunity(name="Globex rollout", account_id=globex.id, stage_id=OPEN)
        s.add_all([won, open_])
        s.flush()
        assert ensure_handoffs(s) == 1
        return {"acme": won.id, "globex": open_.id}


def test_the_default_template_is_the_seeds_five_items(db: Database) -> None:
    with db.session() as s:
        rows = template_items(s)
    assert [(r.builtin_key, r.department, r.due_days) for r in rows] == [
        ("feasibility", "product", 0), ("scope", "sales", 3), ("implementation_owner", "service", 5),
        ("kickoff", "service", 14), ("success_owner", "service", 21)]
    assert rows[0].label == "Pre-sale feasibility confirmed with product"


def test_template_edits_apply_to_new_hand_offs_only(db: Database, deals: dict[str, int]) -> None:
    with db.session() as s:
        first = template_items(s)[0]
        update_template_item(s, first.id, "Feasibility signed off by product", "product", 1)
        add_template_item(s, "Invoice sent", "sales", 2)
        move_stage(s, deals["globex"], WON)  # won today: a hand-off with the edited template
        globex = handoff_detail(s, find_handoff(s, "globex"))
        acme = handoff_detail(s, find_handoff(s, "Acme CRM"))
    assert [(i.label, i.due_on) for i in globex.items][:1] == [("Feasibility signed off by product", date(2026, 12, 2))]
    assert [i.label for i in globex.items][-1] == "Invoice sent" and len(globex.items) == 6
    assert len(acme.items) == 5 and acme.items[0].label == "Pre-sale feasibility confirmed with product"


def test_an_emptied_template_stays_empty(db: Database) -> None:
    with db.session() as s:
        for row in template_items(s):
            delete_template_item(s, row.id)
    with db.session() as s:
        assert template_items(s) == []


def test_a_bad_template_item_is_refused(db: Database) -> None:
    with db.session() as s, pytest.raises(ValidationError, match="not a department"):
        add_template_item(s, "Tell finance", "finance", 3)


def test_items_done_and_undone_and_the_lists_on_a_day(db: Database, deals: dict[str, int]) -> None:
    with db.session() as s:
        handoff = find_handoff(s, "acme")
        items = handoff_items(s, handoff)
        assert [i.due_on.isoformat() for i in items] == ["2026-11-20", "2026-11-23", "2026-11-25", "2026-12-04",
                                                         "2026-12-11"]
        set_item_done(s, items[0].id, by="Ann", on=date(2026, 11, 20))
        done = set_item_done(s, items[1].id, by="Ann")
        assert (done.done_on, done.done_by) == (TODAY, "Ann")
        undone = set_item_done(s, items[1].id, done=False)
        assert (undone.done_on, undone.done_by) == (None, None)
        # on 12-01: items 2 and 3 overdue (due 11-23, 11-25); on 11-24 only item 2; on 11-20 none (due that day)
        assert [r.overdue for r in list_handoffs(s, "open")] == [2]
        assert [r.overdue for r in list_handoffs(s, "open", day=date(2026, 11, 24))] == [1]
        assert list_handoffs(s, "overdue", day=date(2026, 11, 20)) == []
        assert list_handoffs(s, "open", day=date(2026, 11, 19)) == []  # not won yet on that day
        late = overdue_items(s)
        assert [(o.item.position, o.days_late) for o in late] == [(2, 8), (3, 6)]
        for item in items[1:]:
            set_item_done(s, item.id, by="Bo")
        assert list_handoffs(s, "open") == [] and len(list_handoffs(s, "done")) == 1
        with pytest.raises(ValidationError, match="still to come"):
            set_item_done(s, items[0].id, on=date(2026, 12, 2))


def test_promises_and_the_committee_review(db: Database, deals: dict[str, int]) -> None:
    with db.session() as s:
        handoff = find_handoff(s, "acme")
        kept = add_promise(s, handoff, "SSO by go-live", due_on=date(2026, 12, 15))
        broken = add_promise(s, handoff, "Custom report in two weeks")
        set_promise_status(s, kept, "kept", on=date(2026, 11, 28))
        set_promise_status(s, broken, "broken", on=date(2026, 11, 30), note="product said no")
        assert [p.text for p in broken_promises(s, date(2026, 10, 1), date(2026, 12, 31))] == [
            "Custom report in two weeks"]
        row = list_handoffs(s, "open")[0]
        assert (row.promises_open, row.promises_broken) == (0, 1)
        review = committee_review(s, Period.parse("2026Q4"))
        assert (review.as_of, len(review.broken_promises), [r.opportunity for r in review.open_handoffs]) == (
            TODAY, 1, ["Acme CRM"])
        assert review.overdue_items == 3  # on 12-01 nothing is done: the items due 11-20, 11-23, 11-25
        q3 = committee_review(s, Period.parse("2026Q3"))
        assert (q3.as_of, q3.broken_promises, q3.open_handoffs) == (date(2026, 9, 30), [], [])
        with pytest.raises(ValidationError, match="not started yet"):
            committee_review(s, Period.parse("2027Q1"))
        with pytest.raises(ValidationError, match="not a promise status"):
            set_promise_status(s, kept, "forgotten")


def test_unknown_hand_off_names_are_refused(db: Database, deals: dict[str, int]) -> None:
    with db.session() as s, pytest.raises(NotFoundError, match="no hand-off for Initech"):
        find_handoff(s, "Initech")
