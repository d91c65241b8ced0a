"""Demo data, goals part: NPS survey answers and SMART goals of the current quarter in all four dimensions.

NPS: each account with an owner answers 0-3 times a quarter (days not in the future), scores drawn so the
company NPS is around 35-45. Goals are made after the data is written, with ``goals.add_goal``: for a metric
computed from the data the demo measures its actual first and places baseline and target around it so that the
status shows what the demo wants (``SAMPLES``: on track, at risk); the certification goal has no data (the
demo's training has no graded certification), and a manual goal (cross-department projects) gets two
actuals, the last on track.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.demo.names import DemoRandom
from salesmgr.demo.org import Calendar, DemoRep, Row
from salesmgr.models.errors import ValidationError
from salesmgr.models.goals.catalogue import measure, metric_def
from salesmgr.models.goals.goals import COMPANY, GoalSpec, Owner, add_goal, record_actual
from salesmgr.models.goals.status import elapsed_share, progress, status_of
from salesmgr.models.periods import Period

NPS_COLUMNS: dict[str, tuple[str, ...]] = {
    "nps_response": ("id", "account_id", "rep_id", "responded_on", "score", "comment"),
}
NPS_SCORES = (10, 10, 9, 9, 9, 8, 8, 7, 6, 5, 10, 9, 3, 10, 9)  # 9 promoters, 3 detractors of 15: NPS +40
PLACES = Decimal("0.0001")
# (dimension, metric, wanted status): "on" lands 5 points ahead of the time gone by, "risk" 18 points behind
SAMPLES = (
    ("financial", "won_revenue", "on"), ("financial", "average_deal_size", "risk"),
    ("customer", "nps", "on"), ("customer", "average_csat", "risk"),
    ("operations", "sales_cycle_days", "on"), ("operations", "win_rate", "risk"),
)
BOUNDS = {"share": (Decimal(0), Decimal(1)), "score": (Decimal(1), Decimal(5)),
          "points": (Decimal(-100), Decimal(100))}  # the demo's CSAT is on the 1-5 scale
STEPS = {"share": Decimal("0.01"), "days": Decimal(1), "points": Decimal(1), "score": Decimal("0.1")}
SIGNIFICANT = 3  # money baselines and targets are rounded to 3 significant figures, as a manager would write them
SPANS = {"money": Decimal("0.3"), "share": Decimal("0.2"), "days": Decimal("0.3"), "points": Decimal(20),
         "score": Decimal("0.8")}  # the baseline-to-target distance: a fraction of the actual, or points/score


def nps_rows(rng: DemoRandom, cal: Calendar, reps: list[DemoRep]) -> list[Row]:
    rows: list[Row] = []
    for rep in reps:
        for q in range(len(cal.periods)):
            first = max(cal.quarter_starts[q], cal.index(rep.hire))
            last = min(cal.quarter_starts[q + 1] - 1, cal.today_index)
            for account in rep.accounts[:4] if first <= last else []:
                for _ in range(rng.between(0, 3)):
                    rows.append((len(rows) + 1, account, None, cal.days[rng.between(first, last)],
                                 rng.pick(NPS_SCORES), None))
    return rows


def _span(unit: str, actual: Decimal) -> Decimal:
    if unit in ("money", "days"):
        return max(abs(actual) * SPANS[unit], Decimal(1))
    return SPANS.get(unit, Decimal(1))


def _placed(unit: str, direction: str, actual: Decimal, wanted: Decimal) -> tuple[Decimal, Decimal] | None:
    """Baseline and target such that progress = ``wanted`` at ``actual`` (see ``status.progress``), both inside
    the unit's range (``BOUNDS``); None when the actual sits on the edge and cannot be placed."""
    span = _span(unit, actual)
    low, high = BOUNDS.get(unit, (None, None))
    if low is not None and high is not None and direction == "higher":
        # target = actual + (1 - wanted) x span <= high; baseline = actual - wanted x span >= low
        span = min(span, (high - actual) / (1 - wanted), (actual - low) / wanted if wanted > 0 else span)
        if span <= 0:
            return None
    if direction == "lower":
        baseline = actual + wanted * span
        return baseline, baseline - span
    baseline = actual - wanted * span
    return baseline, baseline + span


def _nice(unit: str, value: Decimal) -> Decimal:
    """``value`` as a manager would write it: whole days, points and percent, money to 3 significant figures."""
    money = unit == "money" and value
    step = Decimal(10) ** (value.adjusted() - SIGNIFICANT + 1) if money else STEPS.get(unit, PLACES)
    return (value / step).quantize(Decimal(1)) * step if step >= 1 else value.quantize(step)


def _rounded(unit: str, actual: Decimal, placed: tuple[Decimal, Decimal], elapsed: Decimal) -> tuple[Decimal, Decimal]:
    """Baseline and target rounded (``_nice``) when that keeps the status they were placed for."""
    baseline, target = (_nice(unit, value) for value in placed)
    wanted = status_of(progress(*placed, actual), elapsed)
    if baseline != target and status_of(progress(baseline, target, actual), elapsed) == wanted:
        return baseline, target
    return placed


def add_demo_goals(session: Session, today: date) -> list[int]:
    """The demo's goals for the quarter of ``today`` (see the module); their ids."""
    period = Period.quarter_of(today)
    elapsed = elapsed_share(period, today)
    made = []
    for dimension, key, wanted in SAMPLES:
        metric = metric_def(key)
        aimed = min(elapsed + Decimal("0.05"), Decimal("0.95")) if wanted == "on" else elapsed - Decimal("0.18")
        actual = measure(session, key, COMPANY, period, {}).value
        placed = None if actual is None else _placed(metric.unit, metric.direction, actual, aimed)
        if actual is None or placed is None:
            continue  # too little demo data for this metric this quarter
        baseline, target = _rounded(metric.unit, actual, placed, elapsed)
        try:
            made.append(add_goal(session, GoalSpec(dimension, key, period, baseline.quantize(PLACES),
                                                   target.quantize(PLACES), COMPANY)))
        except ValidationError:
            continue  # e.g. a baseline below 0 for a tiny actual: the demo leaves that goal out
    made.append(add_goal(session, GoalSpec("team", "certification_pass_rate", period, Decimal("0.80"), Decimal(1),
                                           Owner(team_id=1), note="Product certification for every rep")))
    projects = add_goal(session, GoalSpec("team", "cross_department_projects", period, Decimal(0), Decimal(4),
                                          note="Joint projects with pre-sales and delivery"))
    done = min(4, math.ceil(4 * (elapsed + Decimal("0.05"))))  # on track: at or ahead of the time gone by
    record_actual(session, projects, Decimal(done - 1), max(period.start, today - timedelta(days=40)))
    record_actual(session, projects, Decimal(done), max(period.start, today - timedelta(days=5)))
    return [*made, projects]
