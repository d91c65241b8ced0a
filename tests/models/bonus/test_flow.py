"""The bonus domain on a database: inputs, plans, approval, adjustments, audit, statements and awards."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from salesmgr.models import Opportunity
from salesmgr.models.bonus import (
    BonusError,
    add_adjustment,
    approve,
    audit_log,
    award_proposals,
    bonus_sheet,
    default_plan,
    plan_for,
    rep_statement,
    save_plan,
    unapprove,
)
from salesmgr.models.currency import MissingRateError, set_rate
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.periods import Period
from tests.helpers import bonus_data
from tests.helpers.bonus_data import ANN_PAYOUT, BOB_PAYOUT, DEE_PAYOUT, QUARTER, add_deal

D = Decimal


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return bonus_data.build(db)


def _by_name(db: Database, **kwargs: bool) -> dict[str, object]:
    with db.session() as session:
        return {rep.rep: rep for rep in bonus_sheet(session, QUARTER, **kwargs).reps}


def test_inputs_scores_and_payouts_match_the_hand_computation(db: Database, ids: dict[str, int]) -> None:
    reps = _by_name(db)
    assert set(reps) == {"Ann", "Bob", "Cid", "Dee", "Eve"}  # Fay is inactive and won nothing
    ann = reps["Ann"]
    assert (ann.quota, ann.won, ann.attainment) == (D("100000.00"), D("95500.00"), D("0.955"))  # type: ignore
    assert (ann.csat_avg, ann.csat_responses, ann.crm_timeliness, ann.training) == (  # type: ignore
        D(4), 3, D("0.8"), D("0.5"))
    assert ann.process_score == (D("0.8") / D("0.95") + D("0.5")) / 2  # type: ignore
    assert ann.payout == ANN_PAYOUT  # type: ignore
    bob = reps["Bob"]
    assert bob.weights == (D("0.75"), D(0), D("0.25")) and bob.payout == BOB_PAYOUT  # type: ignore
    assert reps["Dee"].payout == DEE_PAYOUT  # type: ignore
    assert reps["Cid"].problems == ("Cid has no quota for 2026Q3",) and reps["Cid"].payout == 0  # type: ignore
    assert reps["Eve"].won == D("30000.00") and reps["Eve"].problems  # type: ignore
    with db.session() as session:
        assert bonus_sheet(session, QUARTER).total == ANN_PAYOUT + BOB_PAYOUT + DEE_PAYOUT


def test_strict_mode_names_the_reps_without_quota(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session, pytest.raises(BonusError, match="Cid, Eve"):
        bonus_sheet(session, QUARTER, strict=True)


def test_a_rep_whose_won_deal_needs_a_missing_rate_gets_no_payout_with_the_reason(db: Database,
                                                                                   ids: dict[str, int]) -> None:
    # Bob wins 100 EUR more in the quarter and EUR has no rate: his sum cannot be converted, so he is not paid
    # on a partial sum (payout 0, the reason names EUR); Ann and Dee are unchanged, so the total is theirs only.
    with db.session() as session:
        rep = session.get(bonus_data.Rep, ids["Bob"])
        add_deal(session, rep, "100", date(2026, 8, 1), currency="EUR")  # type: ignore[arg-type]
    reps = _by_name(db)
    bob = reps["Bob"]
    assert bob.payout == 0 and bob.computed == 0 and bob.attainment is None  # type: ignore
    assert bob.missing_rates == ("EUR",)  # type: ignore
    assert bob.problems == ("Bob's deals, quota or adjustments are in EUR, which has no exchange rate; no payout "  # type: ignore
                            "until the rate is set",)
    assert reps["Ann"].payout == ANN_PAYOUT and reps["Dee"].payout == DEE_PAYOUT  # type: ignore
    with db.session() as session:
        assert bonus_sheet(session, QUARTER).total == ANN_PAYOUT + DEE_PAYOUT
        with pytest.raises(MissingRateError, match="EUR"):  # --strict refuses, naming the currency
            bonus_sheet(session, QUARTER, strict=True)
        set_rate(session, "EUR", D("7.8"))
    bob = _by_name(db)["Bob"]  # with the rate Bob is computed again: he had won nothing, now 100 x 7.8 = 780.00
    assert bob.won == D("780.00") and not bob.problems and bob.missing_rates == ()  # type: ignore


def test_approval_freezes_results_while_the_data_changes(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        approve(session, QUARTER, "boss")
    with db.session() as session:
        add_deal(session, session.get(bonus_data.Rep, ids["Ann"]), "4500", date(2026, 8, 2))  # type: ignore
    with db.session() as session:
        frozen = bonus_sheet(session, QUARTER)
        live = bonus_sheet(session, QUARTER, live=True)
    assert frozen.approved and frozen.approved_by == "boss" and frozen.live_differs
    ann_frozen = next(r for r in frozen.reps if r.rep == "Ann")
    ann_live = next(r for r in live.reps if r.rep == "Ann")
    assert ann_frozen.payout == ANN_PAYOUT and ann_frozen.won == D("95500.00")
    assert ann_live.won == D("100000.00") and ann_live.payout > ANN_PAYOUT


def test_approved_quarter_is_unchanged_by_plan_edits_and_does_not_differ_without_changes(
        db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        approve(session, QUARTER, "boss")
        assert not bonus_sheet(session, QUARTER).live_differs
        save_plan(session, replace(plan_for(session, QUARTER), default_target=D("40000.00")), "boss")
        sheet = bonus_sheet(session, QUARTER)
    assert sheet.live_differs and sheet.plan.default_target == D("20000.00")
    assert next(r for r in sheet.reps if r.rep == "Ann").payout == ANN_PAYOUT


def test_unapprove_needs_a_reason_and_adjustments_wait_for_it(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        approve(session, QUARTER, "boss")
        with pytest.raises(BonusError, match="approved"):
            add_adjustment(session, QUARTER, ids["Ann"], D("100"), "late deal", "boss")
        with pytest.raises(BonusError, match="approved"):
            approve(session, QUARTER, "boss")
        with pytest.raises(BonusError, match="reason"):
            unapprove(session, QUARTER, "  ", "boss")
        unapprove(session, QUARTER, "deal booked late", "boss")
        add_adjustment(session, QUARTER, ids["Ann"], D("-199.77"), "split commission", "boss")
        with pytest.raises(BonusError, match="reason"):
            add_adjustment(session, QUARTER, ids["Ann"], D("1"), "", "boss")
        sheet = bonus_sheet(session, QUARTER)
    ann = next(r for r in sheet.reps if r.rep == "Ann")
    assert not sheet.approved
    assert (ann.computed, ann.adjustment, ann.payout) == (ANN_PAYOUT, D("-199.77"), D("17500.00"))


def test_the_audit_log_records_each_change_with_before_and_after(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        save_plan(session, replace(default_plan(QUARTER, "CNY"), cap=D("2.00")), "ops")
        add_adjustment(session, QUARTER, ids["Bob"], D("250"), "extra effort", "ops")
        approve(session, QUARTER, "boss")
        unapprove(session, QUARTER, "wrong cap", "boss")
        log = audit_log(session, QUARTER)
    assert [e.action for e in log] == ["unapprove", "approve", "adjustment", "plan"]  # newest first
    plan, adjustment, approval, undo = log[3], log[2], log[1], log[0]
    assert plan.before is not None and plan.after is not None
    assert (plan.before["cap"], plan.after["cap"], plan.actor) == ("1.50", "2.00", "ops")
    assert adjustment.before is None and adjustment.after == {"rep_id": ids["Bob"], "rep": "Bob", "amount": "250.00",
                                                              "reason": "extra effort"}
    assert approval.before == {"approved": False} and approval.after is not None and approval.after["approved"]
    assert undo.after == {"approved": False, "reason": "wrong cap"} and undo.actor == "boss"


def test_the_plan_for_a_quarter_is_the_latest_saved_one_not_after_it(db: Database) -> None:
    with db.session() as session:
        assert plan_for(session, Period.parse("2026Q3")) == default_plan(Period.parse("2026Q3"), "CNY")
        save_plan(session, replace(default_plan(Period.parse("2026Q2"), "CNY"), default_target=D("1000")), "ops")
        save_plan(session, replace(default_plan(Period.parse("2026Q4"), "CNY"), default_target=D("4000")), "ops")
        assert plan_for(session, Period.parse("2026Q1")).default_target == D("20000.00")
        assert plan_for(session, Period.parse("2026Q3")).default_target == D("1000")
        assert plan_for(session, Period.parse("2027Q1")).default_target == D("4000")
        with pytest.raises(ValidationError):
            save_plan(session, replace(default_plan(Period.parse("2026Q3"), "CNY"), weight_sales=D("0.7")), "ops")
        assert [e.period for e in audit_log(session)] == ["2026Q4", "2026Q2"]


def test_the_statement_lists_the_records_behind_each_figure(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        statement = rep_statement(session, QUARTER, ids["Ann"])
        usd_deal = session.scalars(select(Opportunity).where(Opportunity.currency == "USD")).one()
    assert [(d[0], d[4]) for d in statement.won_deals][1] == (usd_deal.id, D("35500.00"))
    assert sum(d[4] for d in statement.won_deals) == statement.bonus.won
    assert sorted(score for _, _, score in statement.csat) == [D(3), D(4), D(5)]
    assert [on_time for *_, on_time in statement.activities] == [True, True, True, True, False, False]
    assert statement.training == [("Product", date(2026, 7, 20), True), ("Selling", date(2026, 9, 1), False)]
    labels = {line.label: line.value for line in statement.explanation}
    assert labels["Payout"] == "17,699.77 CNY" and labels["Attainment"] == "95.50%"


def test_awards_name_the_best_newcomer_and_the_best_collaborator(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        awards = {a.kind: a for a in award_proposals(session, QUARTER)}
    newcomer, collaboration = awards["best_newcomer"], awards["best_collaboration"]
    assert (newcomer.rep, newcomer.value) == ("Dee", D("1.2")) and "120.0%" in newcomer.reason
    # Bob: 2 activities on Ann's account; Cid: 1 on a North deal; Ann only on her own account
    assert (collaboration.rep, collaboration.value) == ("Bob", D(2)) and "2 activities" in collaboration.reason


def test_a_frozen_quarter_stays_readable_when_the_live_data_needs_a_missing_rate(db: Database,
                                                                                 ids: dict[str, int]) -> None:
    with db.session() as session:
        approve(session, QUARTER, "boss")
        add_deal(session, session.get(bonus_data.Rep, ids["Bob"]), "100", date(2026, 8, 1),  # type: ignore
                 currency="EUR")
        sheet = bonus_sheet(session, QUARTER)
        assert sheet.total == ANN_PAYOUT + BOB_PAYOUT + DEE_PAYOUT and sheet.live_differs
        live = bonus_sheet(session, QUARTER, live=True)  # live, Bob is held back for the EUR rate
        assert live.total == ANN_PAYOUT + DEE_PAYOUT
        assert [rep.missing_rates for rep in live.reps if rep.rep == "Bob"] == [("EUR",)]
