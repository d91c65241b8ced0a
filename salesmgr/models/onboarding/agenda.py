"""The agenda of a weekly review, prepared from the new hire's own records, so a 1:1 takes minutes to prepare.

Definitions (``on`` is the review's day; ``since`` the day of the plan's last review before ``on``, or the day
before the plan's start when there is none; "since" means after ``since`` up to and including ``on``):

* ``overdue``: the plan's tasks not done, due before ``on``; ``due``: not done, due from ``on`` to ``on`` + 6.
* ``firsts``: the criteria (``criteria.first_dates``) whose first date falls since the last review: the first
  activity, visit, opportunity, passed certification or won deal.
* ``stalled``: the rep's open deals stalled in their stage on ``on`` (``metrics.stages.stalled_deals``: longer in
  it than twice the median of won deals).
* ``late``: the rep's activities that happened since the last review and were logged more than 24 hours after
  they happened.
* ``criteria``: the open tasks with a criterion due in the plan's current month (month 1 = days 1-30, 2 = 31-60,
  3 = 61-90).
* ``last_review``: what the last review said went well, to improve and the next steps agreed.
The agenda is saved with the review as JSON (``to_json``), as it was shown.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Activity
from salesmgr.models.currency import MissingRateError
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.stages import stalled_deals
from salesmgr.models.onboarding.criteria import criterion_label, first_dates
from salesmgr.models.onboarding.plans import get_plan, plan_day, plan_reviews, plan_tasks
from salesmgr.models.onboarding.template_file import task_title

SECTIONS = ("overdue", "due", "firsts", "stalled", "late", "criteria", "last_review")
LATE_HOURS = 24
DUE_AHEAD_DAYS = 6
MONTH_DAYS = 30


@dataclass(frozen=True)
class AgendaItem:
    """One line: its section, what it is about (a task's title, a deal's name...), its day, and the figures
    the section shows (``stage`` and ``days`` of a stalled deal, ``hours`` late of an activity, ``kind``)."""

    section: str
    text: str
    day: date | None = None
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Agenda:
    plan_id: int
    on: date
    since: date
    items: tuple[AgendaItem, ...]

    def section(self, name: str) -> list[AgendaItem]:
        return [item for item in self.items if item.section == name]

    def to_json(self) -> str:
        def item(it: AgendaItem) -> dict[str, Any]:
            return {**asdict(it), "day": it.day.isoformat() if it.day else None}
        return json.dumps({"plan_id": self.plan_id, "on": self.on.isoformat(), "since": self.since.isoformat(),
                           "items": [item(it) for it in self.items]}, ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> Agenda:
        data = json.loads(text)
        items = tuple(AgendaItem(i["section"], i["text"], date.fromisoformat(i["day"]) if i["day"] else None,
                                 dict(i.get("values") or {})) for i in data["items"])
        return Agenda(int(data["plan_id"]), date.fromisoformat(data["on"]), date.fromisoformat(data["since"]),
                      items)


def prepare_agenda(session: Session, plan_id: int, on: date) -> Agenda:
    """The agenda of a review of the plan held on ``on`` (see the module)."""
    plan = get_plan(session, plan_id)
    reviews = [review for review in plan_reviews(session, plan_id) if review.held_on < on]
    since = reviews[-1].held_on if reviews else plan.start_date - timedelta(days=1)
    items: list[AgendaItem] = []
    items += _tasks(session, plan_id, plan.start_date, on)
    items += _firsts(session, plan.rep_id, since, on)
    items += _stalled(session, plan.rep_id, on)
    items += _late(session, plan.rep_id, since, on)
    if reviews:
        last = reviews[-1]
        for key, text in (("went_well", last.went_well), ("to_improve", last.to_improve),
                          ("next_steps", last.next_steps)):
            if text:
                items.append(AgendaItem("last_review", text, last.held_on, {"part": key}))
    return Agenda(plan_id, on, since, tuple(items))


def _tasks(session: Session, plan_id: int, start: date, on: date) -> list[AgendaItem]:
    month = (plan_day(start, on) - 1) // MONTH_DAYS + 1 if on >= start else 1
    first_day = start + timedelta(days=(month - 1) * MONTH_DAYS)
    last_day = first_day + timedelta(days=MONTH_DAYS - 1)
    items = []
    for task in plan_tasks(session, plan_id):
        if task.done_on is not None:
            continue
        title = task_title(task.title, task.builtin_key)
        if task.due_date < on:
            items.append(AgendaItem("overdue", title, task.due_date))
        elif task.due_date <= on + timedelta(days=DUE_AHEAD_DAYS):
            items.append(AgendaItem("due", title, task.due_date))
        if task.criterion and first_day <= task.due_date <= last_day:
            items.append(AgendaItem("criteria", title, task.due_date,
                                    {"criterion": criterion_label(task.criterion)}))
    return items


def _firsts(session: Session, rep_id: int, since: date, on: date) -> list[AgendaItem]:
    firsts = first_dates(session, [rep_id])[rep_id]
    return [AgendaItem("firsts", criterion_label(key), day) for key, day in sorted(firsts.items(), key=lambda i: i[1])
            if since < day <= on]


def _stalled(session: Session, rep_id: int, on: date) -> list[AgendaItem]:
    try:
        deals = stalled_deals(session, MetricFilter(rep_id=rep_id), today=on)
    except MissingRateError:
        return []  # the amounts cannot be converted; the Dashboard says which rate is missing
    return [AgendaItem("stalled", deal.name, None, {"stage": deal.stage, "days": str(deal.days_in_stage),
                                                    "threshold": f"{deal.threshold_days:.0f}"}) for deal in deals]


def _late(session: Session, rep_id: int, since: date, on: date) -> list[AgendaItem]:
    query = (select(Activity).where(Activity.rep_id == rep_id, Activity.logged_at.is_not(None),
                                    Activity.occurred_at >= since + timedelta(days=1),
                                    Activity.occurred_at < on + timedelta(days=1))
             .order_by(Activity.occurred_at))
    items = []
    for activity in session.scalars(query):
        assert activity.logged_at is not None
        hours = (activity.logged_at - activity.occurred_at).total_seconds() / 3600
        if hours > LATE_HOURS:
            items.append(AgendaItem("late", activity.subject or activity.kind, activity.occurred_at.date(),
                                    {"hours": f"{hours:.0f}", "kind": activity.kind}))
    return items
