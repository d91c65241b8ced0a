"""Today and now, from one place, so that a day's figures can be reproduced on any other day.

``today()`` is the real local date unless a day is fixed: by ``set_today`` (tests) or else by the environment
variable ``SALESMGR_TODAY`` (``SALESMGR_TODAY=2026-11-30``, for the CLI and the GUI). On a fixed day, ``now()``
is that day at the real local time of day, so timestamps written in one session still follow each other.
``utcnow()`` is ``now()`` in UTC without a time zone, the form the database stores.

Nothing else in salesmgr calls ``date.today()`` or ``datetime.now()`` (a test checks it).
"""
from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

from salesmgr.models.errors import ValidationError

ENV_VAR = "SALESMGR_TODAY"
_fixed: list[date | None] = [None]


def set_today(day: date | None) -> date | None:
    """Fix today to ``day`` (None: back to the environment or the real date); returns the previous setting."""
    previous, _fixed[0] = _fixed[0], day
    return previous


def fixed_today() -> date | None:
    """The day set by ``set_today`` or ``SALESMGR_TODAY``, None when today is the real date."""
    if _fixed[0] is not None:
        return _fixed[0]
    text = os.environ.get(ENV_VAR, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("SALESMGR_TODAY={value} is not a date; write it as 2026-11-30 or unset it",
                              value=text) from None


def today() -> date:
    """The day the figures count from: the fixed day, else the real local date."""
    return fixed_today() or datetime.now().date()


def aware_now() -> datetime:
    """The local date and time with the local offset: on a fixed day, that day at the real time of day.

    Made from the real UTC time, so that the hour repeated when summer time ends is not taken for the other one."""
    real = datetime.now(UTC).astimezone()
    day = fixed_today()
    return real if day is None else real + timedelta(days=(day - real.date()).days)


def now() -> datetime:
    """``aware_now()`` without the time zone: local date and time, as shown to the user."""
    return aware_now().replace(tzinfo=None)


def utcnow() -> datetime:
    """``aware_now()`` as UTC without a time zone, the form timestamps are stored in."""
    return aware_now().astimezone(UTC).replace(tzinfo=None)
