"""Demo data, bonus part: CSAT survey responses, training sessions with attendance, and a saved bonus plan.

Most reps average 3.8-4.9 on the 1-5 CSAT scale; a few have no responses at all (so the "no data" policy shows);
each rep attends 60-100% of the sessions they are required at. Rows are tuples as in ``demo.org``.
"""
from __future__ import annotations

import json
from decimal import Decimal

from salesmgr.demo.names import DemoRandom
from salesmgr.demo.org import TIMES, Calendar, DemoRep, Row
from salesmgr.models.bonus.plans import BonusPlan, plan_to_dict

BONUS_COLUMNS: dict[str, tuple[str, ...]] = {
    "csat_response": ("id", "account_id", "rep_id", "responded_on", "score_centi", "comment"),
    "training_session": ("id", "name", "held_on"),
    "training_attendance": ("id", "session_id", "rep_id", "attended"),
    "bonus_plan": ("id", "period", "data", "updated_at", "updated_by"),
}
TRAININGS = ("Product training: platform release", "Solution selling workshop", "CRM hygiene refresher",
             "Negotiation skills", "Competitor battle cards review", "SPIN questioning practice")
COMMENTS = ("Responsive and well prepared", "Good follow-up after the demo", "Slow to answer our questions",
            "Understood our needs", "Helpful with the rollout", None, None, None)
NO_SURVEY_SHARE = 0.12  # reps whose customers never answered a survey
DEMO_ROLE_TARGETS = {"senior": Decimal("30000.00"), "rep": Decimal("20000.00"), "sdr": Decimal("12000.00"),
                     "manager": Decimal("25000.00")}


def bonus_rows(rng: DemoRandom, cal: Calendar, reps: list[DemoRep]) -> dict[str, list[Row]]:
    """Every bonus-related demo row, by table."""
    return {"csat_response": csat_rows(rng, cal, reps), **training_rows(rng, cal, reps),
            "bonus_plan": [plan_row(cal)]}


def _quarter_days(cal: Calendar, q: int) -> tuple[int, int]:
    """First and last day index of quarter ``q`` that are not in the future."""
    return cal.quarter_starts[q], min(cal.quarter_starts[q + 1] - 1, cal.today_index)


def _score(rng: DemoRandom, mean: float) -> int:
    return max(1, min(5, round(rng.gauss(mean, 0.6))))


def csat_rows(rng: DemoRandom, cal: Calendar, reps: list[DemoRep]) -> list[Row]:
    rows: list[Row] = []
    surveyed = [rep for rep in reps if rep.accounts and rng.random() >= NO_SURVEY_SHARE]
    for rep in surveyed:
        mean = rng.uniform(3.8, 4.9)
        for q in range(len(cal.periods)):
            first, last = _quarter_days(cal, q)
            first = max(first, cal.index(rep.hire))
            for _ in range(rng.between(2, 7) if first <= last else 0):
                day = cal.days[rng.between(first, last)]
                rows.append((len(rows) + 1, rng.pick(rep.accounts), None, day, _score(rng, mean) * 100,
                             rng.pick(COMMENTS)))
    return rows


def training_rows(rng: DemoRandom, cal: Calendar, reps: list[DemoRep]) -> dict[str, list[Row]]:
    """Three sessions a quarter; every rep employed on the day is required; each attends with their own rate."""
    rates = {rep.id: rng.uniform(0.6, 1.0) for rep in reps}
    sessions: list[Row] = []
    attendance: list[Row] = []
    for q in range(len(cal.periods)):
        first, last = _quarter_days(cal, q)
        for number in range(3):
            held = first + (number * 30 + rng.between(5, 20))
            if held > last:
                continue
            sessions.append((len(sessions) + 1, rng.pick(TRAININGS), cal.days[held]))
            for rep in reps:
                if cal.index(rep.hire) <= held:
                    attended = 1 if rng.random() < rates[rep.id] else 0
                    attendance.append((len(attendance) + 1, len(sessions), rep.id, attended))
    return {"training_session": sessions, "training_attendance": attendance}


def demo_plan(cal: Calendar) -> BonusPlan:
    """The plan the demo saves from its first quarter on: role targets, a 50% threshold, a 1.5x accelerator and
    CRM data completeness (target 90%) as a further process KPI."""
    return BonusPlan(period=cal.periods[0], currency="CNY", default_target=Decimal("20000.00"),
                     role_targets=dict(DEMO_ROLE_TARGETS), sales_threshold=Decimal("0.50"),
                     accelerator=Decimal("1.5"), extra_kpis={"data_completeness": Decimal("0.90")})


def plan_row(cal: Calendar) -> Row:
    saved = cal.days[cal.window_start - 7] + TIMES[600]
    return (1, cal.periods[0].key, json.dumps(plan_to_dict(demo_plan(cal)), sort_keys=True), saved, "demo")
