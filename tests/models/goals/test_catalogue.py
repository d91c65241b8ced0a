"""Every catalogue metric on a small hand-made database; each expected value is worked out in the comment.

The data (2026Q3 = Jul-Sep 2026, January fiscal start), team East = Ann + Bob, Cid on no team:

* Ann: won 1,000 (product "Platform", account A, created 06-01, closed 07-31: 60 days), won 3,000 (product
  "Services", account B, engaged 07-01, closed 08-30: 60 days), lost 500 (account A, closed 09-10); in Q2 won
  1,500 (account A, 05-01).
* Bob: won 2,000 (product " platform ", account C, created 07-01, closed 09-30: 91 days), open 400 expected
  09-15 (in Needs confirmed, history Lead -> Needs); in Q2 won 800 (account B, 06-01).
* Cid: won 4,000 (account Z, closed 2025-08-15: last year's Q3, for the growth).
* Accounts are owned: A and B by Ann, C by Bob, Z by Cid (CSAT and NPS responses count for the owner).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from salesmgr.models import Account, Opportunity
from salesmgr.models.bonus.entities import CsatResponse, TrainingAttendance, TrainingSession
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.goals.catalogue import METRICS, check_parameters, measure, metric_def
from salesmgr.models.goals.goals import COMPANY, NpsResponse, Owner
from salesmgr.models.periods import Period
from tests.models.metrics.test_funnel import deal, rep, team

D = Decimal
Q3 = Period.parse("2026Q3")
Q2 = Period.parse("2026Q2")


def account(s: Session, name: str, owner: int | None = None) -> int:
    row = Account(name=name, owner_id=owner)
    s.add(row)
    s.flush()
    return row.id


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    with db.session() as s:
        east = team(s, "East")
        ann, bob, cid = rep(s, "Ann", east), rep(s, "Bob", east), rep(s, "Cid")
        a, b, c = account(s, "A", ann), account(s, "B", ann), account(s, "C", bob)
        z = account(s, "Z", cid)
        won = [("Lead identified", date(2026, 6, 1)), ("Needs confirmed", date(2026, 6, 5)),
               ("Won", date(2026, 7, 31))]
        opp = deal(s, "Won", "1000.00", owner=ann, account=a, created=date(2026, 6, 1), closed=date(2026, 7, 31),
                   history=won)
        deal(s, "Won", "3000.00", owner=ann, account=b, engaged=date(2026, 7, 1), closed=date(2026, 8, 30),
             history=won)
        deal(s, "Lost", "500.00", owner=ann, account=a, created=date(2026, 7, 1), closed=date(2026, 9, 10),
             history=[("Lead identified", date(2026, 7, 1)), ("Lost", date(2026, 9, 10))])
        deal(s, "Won", "2000.00", owner=bob, account=c, created=date(2026, 7, 1), closed=date(2026, 9, 30),
             history=won)
        deal(s, "Needs confirmed", "400.00", owner=bob, expected=date(2026, 9, 15),
             history=[("Lead identified", date(2026, 7, 2)), ("Needs confirmed", date(2026, 7, 9))])
        deal(s, "Won", "4000.00", owner=cid, account=z, created=date(2025, 7, 1), closed=date(2025, 8, 15))
        deal(s, "Won", "1500.00", owner=ann, account=a, created=date(2026, 4, 1), closed=date(2026, 5, 1))
        deal(s, "Won", "800.00", owner=bob, account=b, created=date(2026, 4, 1), closed=date(2026, 6, 1))
        products = {1: "Platform", 2: "Services", 4: " platform "}
        for row in s.query(Opportunity):
            row.product = products.get(row.id)
        return {"east": east, "ann": ann, "bob": bob, "cid": cid, "a": a, "b": b, "c": c, "z": z, "opp": opp}


def value(db: Database, key: str, owner: Owner = COMPANY, period: Period = Q3, **parameters: object) -> object:
    with db.session() as s:
        found = measure(s, key, owner, period, check_parameters(s, metric_def(key), dict(parameters)))
    return found.value if found.value is not None else found.reason


def test_won_revenue_and_average_deal_size(db: Database, ids: dict[str, int]) -> None:
    # Q3 won: 1,000 + 3,000 + 2,000 = 6,000 over 3 deals; East the same (Cid won nothing in Q3)
    assert value(db, "won_revenue") == D("6000.00")
    assert value(db, "average_deal_size") == D(2000)
    assert value(db, "won_revenue", Owner(rep_id=ids["bob"])) == D("2000.00")
    assert value(db, "won_revenue", Owner(rep_id=ids["cid"])) == "no deals in the period"  # not 0
    assert value(db, "average_deal_size", Owner(rep_id=ids["cid"])) == "no won deals in the period"


def test_revenue_growth_against_the_same_quarter_a_year_earlier(db: Database, ids: dict[str, int]) -> None:
    # 2025Q3 won 4,000 (Cid); 2026Q3 6,000: 6,000 / 4,000 - 1 = 0.5
    assert value(db, "revenue_growth") == D("0.5")
    # East won nothing in 2025Q3: no data rather than infinite growth
    assert value(db, "revenue_growth", Owner(team_id=ids["east"])) == "no won revenue in the same period last year"


def test_high_margin_share_matches_the_product_column_ignoring_case_and_blanks(db: Database,
                                                                            ids: dict[str, int]) -> None:
    # Platform deals won in Q3: Ann's 1,000 and Bob's 2,000 (" platform "): 3,000 / 6,000 = 0.5
    assert value(db, "high_margin_share", products="platform") == D("0.5")
    assert value(db, "high_margin_share", products=["Services", "Platform"]) == D(1)


def test_win_rate_cycle_and_completeness(db: Database, ids: dict[str, int]) -> None:
    # Q3 closed: 3 won, 1 lost -> 0.75
    assert value(db, "win_rate") == D("0.75")
    # cycles: 07-31 - 06-01 = 60, 08-30 - 07-01 = 60, 09-30 - 07-01 = 91 -> 211 / 3 = 70.333...
    assert value(db, "sales_cycle_days") == D(str(211 / 3))
    # 5 deals in Q3 x 7 fields = 35. Missing: account 1 (the open deal), product 2 (the lost and the open deal),
    # created date 2 (the engaged-only won deal, the open deal), lead source 5; amount, close date and owner all
    # filled: 35 - 10 = 25 -> 25/35
    assert value(db, "crm_completeness") == D(25) / 35


def test_conversion_between_two_stages(db: Database, ids: dict[str, int]) -> None:
    # Q3 deals: 5 reached Lead identified; Needs confirmed reached by the 3 won and the open one = 4 -> 0.8;
    # to Won: 3 / 5 = 0.6
    assert value(db, "stage_conversion", from_stage="lead_identified", to_stage="needs_confirmed") == D("0.8")
    assert value(db, "stage_conversion", from_stage="Lead identified", to_stage="won") == D("0.6")
    assert value(db, "stage_conversion", Owner(rep_id=ids["cid"]), from_stage="lead_identified",
                 to_stage="won") == "no deal reached the first stage in the period"
    with pytest.raises(ValidationError, match="from an open stage"):
        value(db, "stage_conversion", from_stage="won", to_stage="lead_identified")
    with pytest.raises(ValidationError, match="no pipeline stage called Nope"):
        value(db, "stage_conversion", from_stage="Nope", to_stage="won")


def test_churn_and_retention_follow_the_customers_at_the_start_of_the_period(db: Database,
                                                                             ids: dict[str, int]) -> None:
    # Customers since their first win: A 05-01 and B 06-01 (both owned by Ann), C 09-30 (Bob), Z 2025-08-15
    # (Cid); Z churns on 2026-08-01.
    with db.session() as s:
        s.get(Account, ids["z"]).churned_on = date(2026, 8, 1)  # type: ignore[union-attr]
    # Q3 cohort (customers on 06-30): A, B, Z; Z churned in Q3 -> churn 1/3, retention 2/3
    assert value(db, "churn_rate") == D(1) / 3
    assert value(db, "retention_rate") == D(2) / 3
    # Team East (A, B, C): Q3 cohort A, B, nobody churned -> 0 (a real 0, not "no data")
    assert value(db, "churn_rate", Owner(team_id=ids["east"])) == D(0)
    # Cid: cohort {Z}, churned -> 1; retention 0
    assert value(db, "churn_rate", Owner(rep_id=ids["cid"])) == D(1)
    assert value(db, "retention_rate", Owner(rep_id=ids["cid"])) == D(0)
    # Bob's only customer C is won on 09-30, inside Q3: no cohort; in Q4 the cohort is {C}, kept -> 0
    assert value(db, "churn_rate", Owner(rep_id=ids["bob"])) == "no customers at the start of the period"
    assert value(db, "churn_rate", Owner(rep_id=ids["bob"]), Period.parse("2026Q4")) == D(0)
    # Q4 company cohort (on 09-30): A, B, C (Z left on 08-01) -> 3, none churned -> retention 1
    assert value(db, "retention_rate", period=Period.parse("2026Q4")) == D(1)


def test_healthy_share_counts_scored_customers_at_the_end_of_the_period(db: Database, ids: dict[str, int]) -> None:
    # On 2026-09-30 (Q3's last day) the customers are A, B, C, Z. With only renewal intent and payment status
    # known (weights 20 and 10, both needed: min_parts 2): A likely + current -> 100 healthy; B unsure + late
    # -> (50 x 20 + 40 x 10) / 30 = 46.7 -> 47 watch; C only an intent -> no score; Z unlikely + overdue -> 0
    # at risk. Scored: A, B, Z -> healthy 1/3.
    from salesmgr.models import clock

    clock.set_today(date(2026, 11, 15))
    with db.session() as s:
        for key, intent, payment in (("a", "likely", "current"), ("b", "unsure", "late"), ("c", "likely", None),
                                     ("z", "unlikely", "overdue")):
            row = s.get(Account, ids[key])
            assert row is not None
            row.renewal_intent, row.payment_status = intent, payment
    assert value(db, "healthy_share") == D(1) / 3
    # Ann's customers A and B: 1 of 2
    assert value(db, "healthy_share", Owner(rep_id=ids["ann"])) == D(1) / 2
    # Bob's C has no score: no data rather than 0
    assert value(db, "healthy_share", Owner(rep_id=ids["bob"])) == \
        "no customers with a health score at the end of the period"


def test_csat_average_and_top_accounts_satisfaction(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        for account_id, rep_id, day, score in ((ids["a"], None, date(2026, 7, 5), 500), (ids["b"], None,
                                               date(2026, 8, 5), 300), (ids["c"], ids["ann"], date(2026, 9, 5), 400),
                                               (ids["z"], None, date(2026, 9, 6), 200),
                                               (ids["a"], None, date(2026, 10, 1), 100)):
            s.add(CsatResponse(account_id=account_id, rep_id=rep_id, responded_on=day, score_centi=score))
    # Q3: 5, 3, 4, 2 -> 14 / 4 = 3.5; Ann's: A (5), B (3) and C naming her (4) -> 4
    assert value(db, "average_csat") == D("3.5")
    assert value(db, "average_csat", Owner(rep_id=ids["ann"])) == D(4)
    assert value(db, "average_csat", period=Q2) == "no CSAT responses in the period"
    # top 2 accounts by won revenue 2025-10-01..2026-09-30: B 3,800, A 2,500 (C 2,000, Z outside) -> A 5, B 3:
    # 1 of 2 scores 4 or more
    assert value(db, "top_accounts_satisfaction", top=2) == D("0.5")
    # top 3 adds C (4): 2 of 3
    assert value(db, "top_accounts_satisfaction", top=3, satisfied_at="4") == D(2) / 3


def test_nps_is_promoters_minus_detractors_in_points(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        for score in (10, 9, 9, 8, 7, 6, 3):
            s.add(NpsResponse(account_id=ids["a"], responded_on=date(2026, 8, 1), score=score))
        s.add(NpsResponse(account_id=ids["c"], responded_on=date(2026, 8, 1), score=0))
    # 8 answers: promoters 3 (10, 9, 9), detractors 3 (6, 3, 0): (3 - 3) / 8 = 0
    assert value(db, "nps") == D(0)
    # Ann (account A): 7 answers, 3 promoters, 2 detractors: 100 / 7 = 14.28...
    assert value(db, "nps", Owner(rep_id=ids["ann"])) == D(100) / 7
    assert value(db, "nps", Owner(rep_id=ids["bob"])) == D(-100)  # his one answer is a 0
    assert value(db, "nps", period=Q2) == "no NPS responses in the period"


def test_certification_pass_rate_counts_graded_rows_only(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        held = TrainingSession(name="Certification", held_on=date(2026, 8, 1))
        s.add(held)
        s.flush()
        for rep_id, passed in ((ids["ann"], True), (ids["bob"], False), (ids["cid"], None)):
            s.add(TrainingAttendance(session_id=held.id, rep_id=rep_id, attended=True, passed=passed))
    # graded: Ann passed, Bob failed (Cid not graded) -> 1/2
    assert value(db, "certification_pass_rate") == D("0.5")
    assert value(db, "certification_pass_rate", Owner(rep_id=ids["cid"])) == "no graded certification in the period"


def test_manual_metrics_have_no_value_without_a_goal(db: Database) -> None:
    assert METRICS["cross_department_projects"].manual and METRICS["manual"].manual
    assert value(db, "manual") == "no actual entered in the period"


def test_parameters_are_checked(db: Database, ids: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="needs the parameter products"):
        value(db, "high_margin_share")
    with pytest.raises(ValidationError, match="takes no parameter top"):
        value(db, "win_rate", top=3)
    with pytest.raises(ValidationError, match="at least 1"):
        value(db, "top_accounts_satisfaction", top=0)
    with pytest.raises(ValidationError, match="unknown metric"):
        metric_def("happiness")
