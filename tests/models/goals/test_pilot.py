"""The pilot comparison and the diagnosis on a small hand-made database (January fiscal start).

Teams and won/lost deals by close date (2026Q2 = Apr-Jun, 2026Q3 = Jul-Sep):

* Pilot (rep Pat): Q2 won 1,000 and lost 100; Q3 won 3,000.
* Alpha (Al): Q2 won 2,000; Q3 won 2,500.  Beta (Bea): Q2 won 4,000; Q3 won 3,500 and lost 200.
* Gamma (Gus): only Q3, won 600 (no value before: left out of the others' mean).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesmgr.models.database import Database
from salesmgr.models.goals import roadmap
from salesmgr.models.goals.catalogue import METRICS, measure
from salesmgr.models.goals.diagnosis import NEEDS_GOAL, NO_GOAL_FOR_MANUAL, default_parameters, diagnose
from salesmgr.models.goals.goals import COMPANY, GoalSpec, Owner, add_goal
from salesmgr.models.goals.pilot import NOT_STARTED, compare, windows
from salesmgr.models.periods import Period
from tests.models.metrics.test_funnel import deal, rep, team

D = Decimal
Q2, Q3 = Period.parse("2026Q2"), Period.parse("2026Q3")
AFTER_Q3 = date(2026, 10, 15)


@pytest.fixture
def teams(db: Database) -> dict[str, int]:
    with db.session() as s:
        found = {name: team(s, name) for name in ("Pilot", "Alpha", "Beta", "Gamma")}
        pat, al, bea, gus = (rep(s, n, found[t]) for n, t in
                             (("Pat", "Pilot"), ("Al", "Alpha"), ("Bea", "Beta"), ("Gus", "Gamma")))
        for owner, stage, amount, closed in (
                (pat, "Won", "1000.00", date(2026, 5, 1)), (pat, "Lost", "100.00", date(2026, 5, 2)),
                (pat, "Won", "3000.00", date(2026, 8, 1)), (al, "Won", "2000.00", date(2026, 4, 10)),
                (al, "Won", "2500.00", date(2026, 7, 10)), (bea, "Won", "4000.00", date(2026, 6, 30)),
                (bea, "Won", "3500.00", date(2026, 9, 30)), (bea, "Lost", "200.00", date(2026, 9, 1)),
                (gus, "Won", "600.00", date(2026, 8, 20))):
            deal(s, stage, amount, owner=owner, created=date(2026, 1, 5), closed=closed)
        found["pilot"] = roadmap.set_pilot(s, found["Pilot"], date(2026, 7, 1))
        return found


def _pilot(db: Database) -> roadmap.Pilot:
    with db.session() as s:
        row = roadmap.pilots(s)[0]
        s.expunge(row)
        return row


def test_windows_are_whole_periods_of_equal_length_around_the_start() -> None:
    assert windows(date(2026, 7, 1)) == (Q2, Q3)  # a start on the quarter's first day: that quarter is after
    assert windows(date(2026, 8, 15)) == (Q2, Period.parse("2026Q4"))  # the mixed quarter Q3 is left out
    assert windows(date(2026, 7, 1), "month") == (Period.parse("2026-06"), Period.parse("2026-07"))
    assert windows(date(2026, 4, 1), fiscal=4) == (Period.parse("2025Q4", 4), Period.parse("2026Q1", 4))


def test_won_revenue_of_the_pilot_against_the_other_teams(db: Database, teams: dict[str, int]) -> None:
    with db.session() as s:
        found = compare(s, _pilot(db), "won_revenue", today=AFTER_Q3)
    # pilot 1,000 -> 3,000; others (Alpha and Beta; Gamma has nothing before) (2,000 + 4,000) / 2 = 3,000 ->
    # (2,500 + 3,500) / 2 = 3,000; difference in differences (3,000 - 1,000) - (3,000 - 3,000) = 2,000
    assert (found.before, found.after, found.after_complete) == (Q2, Q3, True)
    assert (found.pilot_before, found.pilot_after) == (D(1000), D(3000))
    assert (found.others_before, found.others_after, found.others_teams) == (D(3000), D(3000), 2)
    assert found.difference == D(2000) and found.reason is None and found.team == "Pilot"


def test_win_rate_of_the_pilot_against_the_other_teams(db: Database, teams: dict[str, int]) -> None:
    with db.session() as s:
        found = compare(s, _pilot(db), "win_rate", today=date(2026, 9, 15))
    # pilot 1/2 = 0.5 -> 1/1 = 1; Alpha 1 -> 1, Beta 1 -> 1/2 = 0.5, so others 1 -> 0.75; Gamma has no rate in Q2
    # difference (1 - 0.5) - (0.75 - 1) = 0.75; Q3 has not ended on 15 September
    assert (found.pilot_before, found.pilot_after, found.others_before, found.others_after) == (
        D("0.5"), D(1), D(1), D("0.75"))
    assert found.difference == D("0.75") and not found.after_complete


def test_a_missing_value_or_a_pilot_not_yet_begun_says_why(db: Database, teams: dict[str, int]) -> None:
    with db.session() as s:
        roadmap.set_pilot(s, teams["Gamma"], date(2026, 7, 1))
        gamma = next(p for p in roadmap.pilots(s) if p.team_id == teams["Gamma"])
        found = compare(s, gamma, "won_revenue", today=AFTER_Q3)
        assert found.pilot_after == D(600) and found.pilot_before is None and found.difference is None
        assert (found.missing, found.reason) == ("pilot_before", "no deals in the period")
        assert found.reason_text() == "pilot team before: no deals in the period"
        early = compare(s, gamma, "won_revenue", today=date(2026, 6, 30))
        assert (early.reason, early.missing, early.pilot_before) == (NOT_STARTED, None, None)
        shares = compare(s, gamma, "high_margin_share", today=AFTER_Q3)
        assert shares.reason == NEEDS_GOAL and shares.difference is None


def test_diagnosis_gives_every_catalogue_metric_as_the_catalogue_measures_it(db: Database,
                                                                           teams: dict[str, int]) -> None:
    with db.session() as s:
        goal = add_goal(s, GoalSpec("financial", "won_revenue", Q3, D(5000), D(12000), COMPANY))
        rows = diagnose(s, Q3)
        assert [r.metric for r in rows] == list(METRICS)
        by_key = {r.metric: r for r in rows}
        # won in Q3: 3,000 + 2,500 + 3,500 + 600 = 9,600, beside the goal 5,000 -> 12,000
        won = by_key["won_revenue"]
        assert (won.value, won.goal_id, won.baseline, won.target, won.goal_period) == (
            D(9600), goal, D(5000), D(12000), "2026Q3")
        for row in rows:
            parameters = default_parameters(METRICS[row.metric])
            if parameters is None or METRICS[row.metric].manual:
                continue
            assert row.value == measure(s, row.metric, COMPANY, Q3, parameters).value, row.metric
        assert by_key["high_margin_share"].reason == NEEDS_GOAL
        assert by_key["cross_department_projects"].reason == NO_GOAL_FOR_MANUAL
        assert by_key["win_rate"].value == D(4) / D(5) and by_key["win_rate"].goal_id is None  # 4 won of 5 closed
        team_rows = {r.metric: r for r in diagnose(s, Q3, Owner(team_id=teams["Beta"]))}
        assert team_rows["won_revenue"].value == D(3500) and team_rows["won_revenue"].goal_id is None
