"""Demo part 2: hand-offs on the won deals of the last 120 days (``handoffs.ensure_handoffs`` on the demo's
today), worked through as a team does it.

* A hand-off older than 60 days is finished: every item ticked within a few days of its due day.
* A newer one has its items due more than 10 days ago ticked with a probability of 95 %, those due since then
  of 60 % (a few days late at most), the others left overdue; an item not yet due is ticked early now and then.
* Sales items are ticked by the deal's owner, the others by one of the service team (SERVICE_PEOPLE); the
  implementation and customer-success owners are named once their items are done.
* About a third of the hand-offs carry one or two promises (PROMISES): those of wins older than 45 days are
  mostly kept, some broken, a few still open; newer ones are open.
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.demo.names import DemoRandom
from salesmgr.demo.org import Calendar, DemoRep
from salesmgr.models.crm import Opportunity
from salesmgr.models.customers.entities import CustomerPromise, Handoff, HandoffItem
from salesmgr.models.customers.handoffs import ensure_handoffs
from salesmgr.models.org import Rep

FINISHED_AFTER = 60
RESOLVED_AFTER = 45
RECENT_DAYS = 10
SERVICE_PEOPLE = ("周婷", "陈浩", "刘洋", "王敏", "Maria López")
PROMISES = (
    "单点登录对接客户AD,上线前完成", "Data migration finished before go-live", "首月7x24小时专属热线",
    "定制报表模板两周内交付", "API rate limit raised to 100 requests per second", "三场现场培训",
    "Integration with the customer's ERP in Q1", "续约价格锁定两年",
)


def add_handoffs(session: Session, cal: Calendar, reps: list[DemoRep], rng: DemoRandom) -> None:
    del reps
    ensure_handoffs(session, today=cal.today)
    sellers: dict[int, str] = {handoff_id: name for handoff_id, name in session.execute(
        select(Handoff.id, Rep.name).join(Opportunity, Opportunity.id == Handoff.opportunity_id)
        .join(Rep, Rep.id == Opportunity.owner_id))}
    items: dict[int, list[HandoffItem]] = {}
    for item in session.scalars(select(HandoffItem).order_by(HandoffItem.handoff_id, HandoffItem.position)):
        items.setdefault(item.handoff_id, []).append(item)
    for handoff in session.scalars(select(Handoff).order_by(Handoff.id)):
        _work(handoff, items.get(handoff.id, []), sellers.get(handoff.id), cal.today, rng)
        _promise(session, handoff, cal.today, rng)


def _work(handoff: Handoff, items: list[HandoffItem], seller: str | None, today: date, rng: DemoRandom) -> None:
    age = (today - handoff.won_on).days
    service = rng.pick(SERVICE_PEOPLE)
    for item in items:
        if age > FINISHED_AFTER:
            done = True
        elif item.due_on < today:
            done = rng.random() < (0.95 if (today - item.due_on).days > RECENT_DAYS else 0.6)
        else:
            done = rng.random() < 0.15
        if not done:
            continue
        day = item.due_on + timedelta(days=rng.between(-2, 4))
        item.done_on = max(handoff.won_on, min(day, today))
        item.done_by = seller if item.department == "sales" and seller else service
        if item.builtin_key == "implementation_owner":
            handoff.implementation_owner = service
        elif item.builtin_key == "success_owner":
            handoff.success_owner = rng.pick(SERVICE_PEOPLE)


def _promise(session: Session, handoff: Handoff, today: date, rng: DemoRandom) -> None:
    if rng.random() >= 0.35:
        return
    age = (today - handoff.won_on).days
    for _ in range(1 + (rng.random() < 0.3)):
        due = handoff.won_on + timedelta(days=rng.between(14, 60))
        status, resolved = "open", None
        if age > RESOLVED_AFTER:
            draw = rng.random()
            status = "kept" if draw < 0.65 else "broken" if draw < 0.9 else "open"
            if status != "open":
                resolved = min(due + timedelta(days=rng.between(-5, 10)), today - timedelta(days=1))
        session.add(CustomerPromise(account_id=handoff.account_id, opportunity_id=handoff.opportunity_id,
                                    handoff_id=handoff.id, text=rng.pick(PROMISES), made_on=handoff.won_on,
                                    due_on=due, status=status, resolved_on=resolved))
