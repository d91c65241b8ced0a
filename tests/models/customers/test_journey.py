"""The journey map (default, edits) and the placement of accounts and leads, worked out by hand.

Placement data, today 2026-10-01 (each account's first won deal is created on its close day unless said):

* P1 customer since 09-25, no hand-off: purchase (6 days).
* P2 since 08-01 (deal created 07-02), hand-off of 08-01 with 1 of 2 items done: onboarding (61 days).
* P3 since 09-28, hand-off with 1 of 2 done: past purchase already, onboarding (3 days).
* P4 since 2025-01-10, renewal 2026-11-15 (in 45 days): renewal, entered 08-17 (45 days).
* P5 since 2025-06-01, hand-off completed 2025-06-20, renewal 2027-06-01: use, entered 2025-06-20 (468 days).
* P6 since 07-15, churned 09-01 (48 days in): lost at onboarding.
* P7 since 2024-06-01, renewal 2026-06-01, churned 05-10: lost at renewal.  P8 since 2024-01-01, churned
  2026-02-01, no renewal day: lost at use.
* P9 no win, an open deal created 09-01 and a lost one: consideration (30 days). P10 only lost deals: lost at
  consideration. P11 only an activity on 09-21: awareness (10 days). P12 nothing: not placed.
* Leads: L1 new, created 09-11: awareness (20 days); L2 disqualified: lost at awareness; L3 converted (created
  08-01) into P9's open deal (created 09-01): 31 days to leave awareness.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from salesmgr.i18n import set_language
from salesmgr.models import Account, Activity, Lead
from salesmgr.models.customers import journey
from salesmgr.models.customers.entities import Handoff, HandoffItem
from salesmgr.models.customers.journey_figures import Days, journey_figures, place
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from tests.models.customers.value_data import won
from tests.models.metrics.test_funnel import deal, rep

D = Decimal
TODAY = date(2026, 10, 1)


def _account(s: Session, name: str, renewal: date | None = None, churned: date | None = None) -> int:
    row = Account(name=name, renewal_date=renewal, churned_on=churned)
    s.add(row)
    s.flush()
    return row.id


def _handoff(s: Session, opp: int, account: int, won_on: date, done: list[date | None]) -> None:
    handoff = Handoff(opportunity_id=opp, account_id=account, won_on=won_on)
    s.add(handoff)
    s.flush()
    for position, day in enumerate(done):
        s.add(HandoffItem(handoff_id=handoff.id, position=position, department="service", due_on=won_on,
                          done_on=day))


def build(s: Session) -> dict[str, int]:
    ann = rep(s, "Ann")
    ids = {f"P{n}": _account(s, f"P{n}") for n in (1, 2, 3, 9, 10, 11, 12)}
    ids["P4"] = _account(s, "P4", renewal=date(2026, 11, 15))
    ids["P5"] = _account(s, "P5", renewal=date(2027, 6, 1))
    ids["P6"] = _account(s, "P6", churned=date(2026, 9, 1))
    ids["P7"] = _account(s, "P7", renewal=date(2026, 6, 1), churned=date(2026, 5, 10))
    ids["P8"] = _account(s, "P8", churned=date(2026, 2, 1))
    won(s, ids["P1"], ann, date(2026, 9, 25), "10.00")
    p2 = deal(s, "Won", "10.00", owner=ann, account=ids["P2"], created=date(2026, 7, 2), closed=date(2026, 8, 1))
    _handoff(s, p2, ids["P2"], date(2026, 8, 1), [date(2026, 8, 5), None])
    p3 = won(s, ids["P3"], ann, date(2026, 9, 28), "10.00")
    _handoff(s, p3, ids["P3"], date(2026, 9, 28), [date(2026, 9, 30), None])
    won(s, ids["P4"], ann, date(2025, 1, 10), "10.00")
    p5 = won(s, ids["P5"], ann, date(2025, 6, 1), "10.00")
    _handoff(s, p5, ids["P5"], date(2025, 6, 1), [date(2025, 6, 10), date(2025, 6, 20)])
    won(s, ids["P6"], ann, date(2026, 7, 15), "10.00")
    won(s, ids["P7"], ann, date(2024, 6, 1), "10.00")
    won(s, ids["P8"], ann, date(2024, 1, 1), "10.00")
    open_deal = deal(s, "Needs confirmed", "10.00", account=ids["P9"], created=date(2026, 9, 1))
    deal(s, "Lost", "10.00", account=ids["P9"], created=date(2026, 3, 1), closed=date(2026, 4, 1))
    deal(s, "Lost", "10.00", account=ids["P10"], created=date(2026, 3, 1), closed=date(2026, 4, 1))
    s.add(Activity(kind="call", account_id=ids["P11"], occurred_at=datetime(2026, 9, 21, 10, 0)))
    s.add_all([Lead(name="L1", status="new", created_date=date(2026, 9, 11)),
               Lead(name="L2", status="disqualified", created_date=date(2026, 5, 1)),
               Lead(name="L3", status="converted", created_date=date(2026, 8, 1),
                    converted_opportunity_id=open_deal)])
    s.flush()
    return ids


def test_every_account_is_placed_by_the_rules(db: Database) -> None:
    with db.session() as s:
        ids = build(s)
        placed = {(p.kind, p.id): p for p in place(s, TODAY)}
    name = {v: k for k, v in ids.items()}
    accounts = {name[i]: (p.stage, p.lost, p.entered) for (kind, i), p in placed.items() if kind == "account"}
    assert accounts == {
        "P1": ("purchase", False, date(2026, 9, 25)), "P2": ("onboarding", False, date(2026, 8, 1)),
        "P3": ("onboarding", False, date(2026, 9, 28)), "P4": ("renewal", False, date(2026, 8, 17)),
        "P5": ("adoption", False, date(2025, 6, 20)), "P6": ("onboarding", True, date(2026, 9, 1)),
        "P7": ("renewal", True, date(2026, 5, 10)), "P8": ("adoption", True, date(2026, 2, 1)),
        "P9": ("consideration", False, date(2026, 9, 1)), "P10": ("consideration", True, None),
        "P11": ("awareness", False, date(2026, 9, 21))}  # P12: nothing to place it by
    leads = sorted((p.stage, p.lost) for (kind, _i), p in placed.items() if kind == "lead")
    assert leads == [("awareness", False), ("awareness", True)]  # L1 open, L2 disqualified; L3 is P9's deal


def test_stage_figures(db: Database) -> None:
    with db.session() as s:
        build(s)
        figures = {f.key: f for f in journey_figures(s, TODAY)}
    assert [(k, f.accounts, f.lost) for k, f in figures.items()] == [
        ("awareness", 2, 1), ("consideration", 1, 1), ("purchase", 1, 0), ("onboarding", 2, 1),
        ("adoption", 1, 1), ("renewal", 1, 1)]
    assert figures["awareness"].leads == 1
    assert figures["awareness"].days_now == Days(D(15), D("15.0"), 2)  # P11 10 days, L1 20 days
    assert figures["awareness"].days_to_leave == Days(D(31), D("31.0"), 1)  # L3: 08-01 -> 09-01
    # first opportunity to first win: P2 30 days, the 7 other customers 0: median 0, average 30 / 8 = 3.75
    assert figures["consideration"].days_to_leave == Days(D(0), D("3.8"), 8)
    assert figures["onboarding"].days_now == Days(D(32), D("32.0"), 2)  # 61 and 3
    assert figures["onboarding"].days_to_leave == Days(D(19), D("19.0"), 1)  # P5: 2025-06-01 -> 06-20
    assert figures["adoption"].days_now == Days(D(468), D("468.0"), 1)
    assert figures["renewal"].days_now == Days(D(45), D("45.0"), 1)
    assert figures["purchase"].days_to_leave == Days(None, None, 0)  # not measured: None, not 0


def test_default_map_until_edited_then_kept(db: Database) -> None:
    with db.session() as s:
        stages = journey.journey_map(s)
        assert [st.key for st in stages] == ["awareness", "consideration", "purchase", "onboarding", "adoption",
                                             "renewal"]
        assert stages[0].id is None and stages[4].name == "Use" and stages[0].department == "marketing"
        assert {t.department for st in stages for t in st.touchpoints} == {"sales", "marketing", "product",
                                                                           "service"}
        set_language("zh_CN")
        try:
            assert journey.journey_map(s)[0].name != "Awareness"  # shown in the interface language
        finally:
            set_language("en")
    with db.session() as s:
        shown = journey.journey_map(s)[1]
        # saved unchanged: stays built-in; a new requirement is kept as typed
        journey.update_stage(s, "consideration", journey.Edit(shown.name, "product", "Needs signed off"))
        point = journey.add_touchpoint(s, "consideration", journey.Edit("Reference call", "marketing", ""))
        first = journey.journey_map(s)[0].touchpoints[0]
        journey.update_touchpoint(s, first.id or 0, journey.Edit("", "sales", first.requirement))
    with db.session() as s:
        stages = journey.journey_map(s)
        consideration = stages[1]
        assert (consideration.name, consideration.department, consideration.requirement) == (
            "Consideration", "product", "Needs signed off")
        assert consideration.touchpoints[-1] == journey.TouchpointView(point, "Reference call", "marketing", "", True)
        awareness_point = stages[0].touchpoints[0]  # a blank name brings the built-in back; the department sticks
        assert (awareness_point.name, awareness_point.department, awareness_point.edited) == (
            "Website and content (white papers, cases)", "sales", False)
        with pytest.raises(ValidationError, match="department must be one of"):
            journey.update_stage(s, "renewal", journey.Edit(None, "finance", None))
        journey.reset_journey(s)
        assert journey.journey_map(s)[1].department == "sales"
