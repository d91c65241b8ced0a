"""An account's timeline: every dated thing its profile holds, as one list of entries, newest first.

Definitions: one entry per stage a deal entered (a deal without stage history: its created day and, once closed,
its close day, as won or lost), per activity, survey answer, ticket opened and ticket closed, measured usage
month (on the month's first day), hand-off (its win day), hand-off item done, promise made and promise kept or
broken (its resolved day), and one each for the customer's first win, contract start, renewal day and churn day
when known. Entries on the same day keep the order above, reversed (newest first); entries in the future (a
renewal day to come) come first. ``title`` is what the entry is about (a deal's name, a subject) and ``detail``
its figures, in the current language.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.customers.account_labels import CONTEXT, label
from salesmgr.models.customers.account_view import AccountProfile, DealLine
from salesmgr.models.money import format_money


@dataclass(frozen=True)
class TimelineEntry:
    """``at`` orders entries within a day (midnight for those that have only a day)."""

    at: datetime
    kind: str
    title: str
    detail: str = ""

    @property
    def day(self) -> date:
        return self.at.date()

    def to_json(self) -> dict[str, str]:
        return {"day": self.day.isoformat(), "kind": self.kind, "title": self.title, "detail": self.detail}


def _on(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def timeline(profile: AccountProfile) -> list[TimelineEntry]:
    """The profile's entries, newest first (module definition)."""
    entries: list[TimelineEntry] = []
    for deal in (*profile.open_deals, *profile.closed_deals):
        entries.extend(_deal_entries(deal))
    entries.extend(TimelineEntry(a.occurred_at, "activity", a.subject or label(a.kind),
                                 " · ".join(part for part in (label(a.kind), a.rep, a.deal) if part))
                   for a in profile.activities)
    entries.extend(TimelineEntry(_on(s.responded_on), s.kind, s.comment or label(s.kind),
                                 _tr(QT_TRANSLATE_NOOP("Accounts", "score {score}")).format(score=_score(s.score)))
                   for s in profile.surveys)
    for ticket in profile.tickets:
        subject = ticket.subject or label("ticket_opened")
        entries.append(TimelineEntry(_on(ticket.opened_on), "ticket_opened", subject, label(ticket.severity)))
        if ticket.closed_on:
            entries.append(TimelineEntry(_on(ticket.closed_on), "ticket_closed", subject, label(ticket.severity)))
    entries.extend(TimelineEntry(_on(u.month), "usage", u.month.strftime("%Y-%m"), _usage_text(u.usage_count,
                                 u.active_users, u.licensed_users)) for u in profile.usage)
    entries.extend(_handoff_entries(profile))
    entries.extend(_relationship_entries(profile))
    order = {kind: position for position, kind in enumerate(ORDER)}
    return sorted(entries, key=lambda e: (e.at, order.get(e.kind, 0)), reverse=True)


ORDER = ("customer_since", "contract_start", "deal_created", "stage", "won", "lost", "handoff", "activity",
         "csat", "nps", "ticket_opened", "ticket_closed", "usage", "handoff_item", "promise", "promise_kept",
         "promise_broken", "renewal", "churned")


def _deal_entries(deal: DealLine) -> list[TimelineEntry]:
    amount = format_money(deal.amount, deal.currency) if deal.amount is not None else ""
    if deal.history:
        return [TimelineEntry(step.entered_at, step.kind if step.kind in ("won", "lost") else "stage", deal.name,
                              " · ".join(part for part in (step.stage, amount) if part)) for step in deal.history]
    entries = []
    if deal.created:
        entries.append(TimelineEntry(_on(deal.created), "deal_created", deal.name, amount))
    if deal.closed and deal.kind in ("won", "lost"):
        entries.append(TimelineEntry(_on(deal.closed), deal.kind, deal.name, amount))
    return entries


def _handoff_entries(profile: AccountProfile) -> list[TimelineEntry]:
    entries = []
    for handoff in profile.handoffs:
        entries.append(TimelineEntry(_on(handoff.won_on), "handoff", handoff.deal, _tr(QT_TRANSLATE_NOOP(
            "Accounts", "{done} of {items} items done")).format(done=handoff.done, items=len(handoff.items))))
        entries.extend(TimelineEntry(_on(item.done_on), "handoff_item", item.label, label(item.department))
                       for item in handoff.items if item.done_on)
    for promise in profile.promises:
        entries.append(TimelineEntry(_on(promise.made_on), "promise", promise.text, label(promise.status)))
        if promise.resolved_on and promise.status in ("kept", "broken"):
            entries.append(TimelineEntry(_on(promise.resolved_on), f"promise_{promise.status}", promise.text))
    return entries


def _relationship_entries(profile: AccountProfile) -> list[TimelineEntry]:
    days = (("customer_since", profile.customer_since, ""), ("contract_start", profile.contract_start, ""),
            ("renewal", profile.renewal_date, label(profile.renewal_intent)), ("churned", profile.churned_on, ""))
    return [TimelineEntry(_on(day), kind, label(kind), detail) for kind, day, detail in days if day]


def _score(score: object) -> str:
    text = str(score)
    return text.rstrip("0").rstrip(".") if "." in text else text


def _usage_text(count: int | None, active: int | None, licensed: int | None) -> str:
    parts = []
    if count is not None:
        parts.append(_tr(QT_TRANSLATE_NOOP("Accounts", "{count} uses")).format(count=f"{count:,}"))
    if active is not None:
        users = (_tr(QT_TRANSLATE_NOOP("Accounts", "{active} of {licensed} users active")).format(
            active=f"{active:,}", licensed=f"{licensed:,}") if licensed is not None else
            _tr(QT_TRANSLATE_NOOP("Accounts", "{active} users active")).format(active=f"{active:,}"))
        parts.append(users)
    return " · ".join(parts)
