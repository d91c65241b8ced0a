"""Demo data, the quota plan: the company's annual target of each demo fiscal year and a locked past quarter.

Definitions:

* The target of a fiscal year whose four quarters are all demo quarters is the yearly company target
  ``demo.plan`` sized the quotas from (``SalesPlan.yearly``) rounded to 100,000 yuan, as a board sets it, so the
  plan's gap is only that rounding and the quotas' to 10,000 yuan; a year partly outside the demo's quarters has
  no target.
* The last closed quarter (the one before today's) is locked, approved by the demo's sales director a week
  after it ended; its lock is in the plan's audit log, so later changes to it are logged too.
Rows are tuples as in ``demo.org``.
"""
from __future__ import annotations

import json

from salesmgr.demo.org import TIMES, Calendar, Row
from salesmgr.demo.plan import SalesPlan

GOALS_COLUMNS: dict[str, tuple[str, ...]] = {
    "quota_target": ("fiscal_year", "amount_minor", "currency", "updated_at", "updated_by"),
    "quota_lock": ("period", "locked_at", "locked_by"),
    "quota_audit": ("id", "at", "actor", "action", "period", "before", "after"),
}
APPROVER = "demo"
APPROVAL_DELAY_DAYS = 7


def quota_plan_rows(cal: Calendar, plan: SalesPlan, minor_unit: int) -> dict[str, list[Row]]:
    """The targets, the locked quarter and its audit entry, by table."""
    saved = cal.days[cal.window_start - 7] + TIMES[600]
    whole = {year for year in plan.yearly if sum(1 for p in cal.periods if p.year == year) == 4}
    targets: list[Row] = [(year, round(yuan, -5) * minor_unit, "CNY", saved, APPROVER)
                          for year, yuan in sorted(plan.yearly.items()) if year in whole]
    locked = cal.periods[-2]
    at = cal.days[min(cal.quarter_starts[-2] + APPROVAL_DELAY_DAYS, cal.today_index)] + TIMES[9 * 60]
    audit = (1, at, APPROVER, "lock", locked.key, json.dumps({"locked": False}), json.dumps({"locked": True}))
    return {"quota_target": targets, "quota_lock": [(locked.key, at, APPROVER)], "quota_audit": [audit]}
