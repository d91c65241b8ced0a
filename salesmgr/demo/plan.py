"""Demo data, the sales plan: quotas set top-down from a yearly company target, and what each rep will win.

Definitions:

* The company target of fiscal year ``y`` is ``T * GROWTH ** (y - y0)``, ``y0`` being the fiscal year of the first
  demo quarter; ``T`` is sized so that the demo's won deals (``WIN_SHARE`` of its opportunities, of about
  ``WON_DEAL_YUAN`` each) meet the plan at the reps' average performance.
* A quarter's company target is the year's times ``SEASONALITY[quarter number]`` (the fourth quarter heaviest).
* It is split to the reps in proportion to their capacity, ``QUOTA_WEIGHTS[role] * ramp``; a team's quota is the
  sum of its reps' quotas.
* ``ramp`` is 1 for a rep past their first quarters; a new hire gets ``RAMP`` = 25 %, 50 %, 75 % of a full quota
  in the quarter of hire and the two after it, the first prorated by the days of the quarter they were employed.
* Each rep has a performance factor (better for skilled reps, worse for new hires); what a rep wins in a quarter
  is ``quota * performance * noise`` (a few quarters far above or below), only the days up to today of the
  current quarter counted, so attainment lands mostly between 60 % and 130 % (never above
  ``MAX_ATTAINMENT``).
"""
from __future__ import annotations

from dataclasses import dataclass

from salesmgr.demo.names import DemoRandom
from salesmgr.demo.org import QUARTERS, Calendar, DemoRep, Row
from salesmgr.models.periods import Period

SEASONALITY = {1: 0.21, 2: 0.24, 3: 0.25, 4: 0.30}  # share of the yearly target in each fiscal quarter
GROWTH = 1.12  # the company target grows 12 % a year
RAMP = (0.25, 0.50, 0.75)  # share of a full quota in a new hire's first quarters; then 100 %
QUOTA_WEIGHTS = {"manager": 0.3, "senior": 1.4, "rep": 1.0, "sdr": 0.25}  # a full quota, relative to a rep's
WIN_SHARE = 0.28  # share of the demo's opportunities that are won
WON_DEAL_YUAN = 110_000  # the average won deal the plan is sized for
OUTLIER_SHARE = 0.035  # share of rep-quarters far above plan (a big deal), and as many far below (a slip)
MAX_ATTAINMENT = 2.3


@dataclass(frozen=True)
class SalesPlan:
    """``quota``: (rep id, quarter index) -> yuan, from the quarter of hire on. ``won``: (rep id, quarter index)
    -> the yuan the rep will win in that quarter (only up to today in the current quarter). ``yearly``: fiscal
    year -> company target in yuan."""

    quota: dict[tuple[int, int], int]
    won: dict[tuple[int, int], float]
    yearly: dict[int, int]


def plan_sales(rng: DemoRandom, cal: Calendar, reps: list[DemoRep], opportunities: int) -> SalesPlan:
    """The quotas and won targets of every rep in every demo quarter."""
    capacity = {(rep.id, q): QUOTA_WEIGHTS[rep.role] * ramp(cal, rep, q) for rep in reps for q in range(QUARTERS)}
    totals = [sum(capacity[rep.id, q] for rep in reps) for q in range(QUARTERS)]
    first_year = cal.periods[0].year
    shares = {key: c / totals[key[1]] * _quarter_share(cal.periods[key[1]], first_year)
              for key, c in capacity.items() if c > 0}
    performance = {rep.id: _performance(rng, rep) for rep in reps}
    luck = {key: _luck(rng) for key in sorted(shares)}
    expected = sum(share * performance[key[0]] * luck[key] * _elapsed(cal, key[1]) for key, share in shares.items())
    target = opportunities * WIN_SHARE * WON_DEAL_YUAN / expected if expected else 0.0
    quota = {key: _round_quota(target * share) for key, share in shares.items()}
    days = {rep.id: first_win(rep) for rep in reps}
    won = {key: amount * min(MAX_ATTAINMENT, performance[key[0]] * luck[key]) * _elapsed(cal, key[1])
           if days[key[0]] <= min(cal.quarter_starts[key[1] + 1] - 1, cal.today_index) else 0.0
           for key, amount in quota.items()}
    years = sorted({p.year for p in cal.periods})
    return SalesPlan(quota, won, {y: round(target * GROWTH ** (y - first_year)) for y in years})


def ramp(cal: Calendar, rep: DemoRep, q: int) -> float:
    """Share of a full quota for ``rep`` in quarter ``q``: 0 before the quarter of hire, ``RAMP`` in the first
    three quarters (the first prorated by the days employed), then 1."""
    hired = _ordinal(Period.quarter_of(rep.hire)) - _ordinal(cal.periods[0])
    step = q - hired
    if step < 0:
        return 0.0
    if step >= len(RAMP):
        return 1.0
    if step > 0:
        return RAMP[step]
    first, last = cal.periods[q].bounds
    return RAMP[0] * ((last - rep.hire).days + 1) / ((last - first).days + 1)


def _ordinal(period: Period) -> int:
    return period.year * 4 + period.number - 1


def _quarter_share(period: Period, first_year: int) -> float:
    """The quarter's company target, in yearly targets of the first fiscal year."""
    return SEASONALITY[period.number] * GROWTH ** (period.year - first_year)


def _elapsed(cal: Calendar, q: int) -> float:
    """Share of quarter ``q`` that is not in the future."""
    first, end = cal.quarter_starts[q], cal.quarter_starts[q + 1]
    return max(0, min(end, cal.today_index + 1) - first) / (end - first)


def first_win(rep: DemoRep) -> int:
    """The first day index on which the rep can close a deal (deals are created from ``rep.start`` on)."""
    return rep.start + rep.first_win_days


def _performance(rng: DemoRandom, rep: DemoRep) -> float:
    """What a rep tends to reach of their quota: about 0.95 for an average rep, more for a skilled one."""
    return min(1.22, max(0.68, rng.gauss(0.95 + 0.6 * (rep.skill - 1.0), 0.08)))


def _luck(rng: DemoRandom) -> float:
    """The quarter's luck: mostly within 15 % of the rep's form; a few quarters with a big deal or a slip."""
    r, spread = rng.random(), rng.lognormvariate(0, 0.12)
    if r < OUTLIER_SHARE:
        return spread * rng.uniform(1.45, 1.9)
    if r < 2 * OUTLIER_SHARE:
        return spread * rng.uniform(0.3, 0.55)
    return spread


def _round_quota(yuan: float) -> int:
    """To 10,000 yuan; a quota under 50,000 yuan (a new hire's first, prorated quarter) to 1,000 (at least 1,000)."""
    step = 10_000 if yuan >= 50_000 else 1_000
    return max(step, round(yuan / step) * step)


def quota_rows(cal: Calendar, reps: list[DemoRep], plan: SalesPlan, minor_unit: int) -> list[Row]:
    """Rep quota rows, then team quota rows (the sums of their reps' quotas), in CNY."""
    team_of = {r.id: r.team for r in reps}
    teams: dict[tuple[int, int], int] = {}
    rows: list[Row] = []
    for (rep_id, q), yuan in sorted(plan.quota.items()):
        rows.append((len(rows) + 1, rep_id, None, cal.periods[q].key, yuan * minor_unit, "CNY"))
        key = (team_of[rep_id], q)
        teams[key] = teams.get(key, 0) + yuan
    for (team, q), yuan in sorted(teams.items()):
        rows.append((len(rows) + 1, None, team + 1, cal.periods[q].key, yuan * minor_unit, "CNY"))
    return rows
