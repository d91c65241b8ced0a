"""Attainment against the time gone by: the Attainment tab's red, amber and green, and ``quotas --json``.

Definitions:

* ``elapsed`` is the share of the quarter gone by today (``status.elapsed_share``: 0 before its first day, 1
  from its last day on).
* ``pace`` = attainment / elapsed: 1.0 means the owner has won as much of the quota as there has been time for,
  so a quarter half gone with 45 % won is at pace 0.90. For a closed quarter pace is the attainment itself.
  None before the quarter starts or without an attainment.
* ``band`` of a pace: below 0.70 ``red``, 0.70 to below 0.90 ``amber``, 0.90 and above ``green``; None
  without a pace. So in a closed quarter 69 % attainment is red and 90 % is green, and in a quarter a third
  gone 30 % attainment (pace 0.90) is already green.
"""
from __future__ import annotations

from datetime import date

from salesmgr.models.goals.status import elapsed_share
from salesmgr.models.periods import Period

RED_BELOW, AMBER_BELOW = 0.70, 0.90


def pace(attainment: float | None, period: Period, today: date) -> float | None:
    """Attainment / the share of ``period`` gone by on ``today`` (see the module)."""
    elapsed = elapsed_share(period, today)
    if attainment is None or elapsed == 0:
        return None
    return round(attainment / float(elapsed), 4)


def band(pace_value: float | None) -> str | None:
    """``red``, ``amber`` or ``green`` for a pace (see the module)."""
    if pace_value is None:
        return None
    return "red" if pace_value < RED_BELOW else "amber" if pace_value < AMBER_BELOW else "green"


__all__ = ["AMBER_BELOW", "RED_BELOW", "band", "pace"]
