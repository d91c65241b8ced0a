"""Demo data, customers part 1: what service and product know about the customers, so that every health band and
the churn watch have believable content.

* Every account with a won deal (a customer from its first win, ``retention.customer_dates``) gets a *profile*:
  healthy (55 %), watch (28 %) or at risk (17 %). One in nine customers of more than 240 days churned, on a day
  between 180 days after its first win and a week ago.
* Contract: yearly from the first win; ``contract_start`` is the last anniversary on or before today (a churned
  one: before the churn day) and ``renewal_date`` a year later, so about a quarter of the customers renew within
  90 days. Renewal intent and payment status follow the profile; one in seven is not known (None).
* Usage: monthly from the first win (at most 12 months, to last month), for 6 customers in 7; a base use by
  account and a monthly trend by profile (healthy about +2 %, watch -4 %, at risk -12 %), with noise; licensed
  users 10-200, active users a share of them that follows the use.
* Tickets: 0-3 a month by profile over the same months (at risk more, and more often high or urgent), closed
  1-20 days later unless recent. Surveys: a CSAT answer and an NPS answer in the last year for two customers in
  three, scored by profile.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from salesmgr.demo.names import DemoRandom
from salesmgr.demo.org import Calendar, DemoRep
from salesmgr.models.bonus.entities import CsatResponse
from salesmgr.models.crm import Account
from salesmgr.models.customers.entities import SupportTicket, UsageRecord
from salesmgr.models.customers.health_inputs import month_start
from salesmgr.models.customers.retention import CustomerDates, customer_dates
from salesmgr.models.goals.goals import NpsResponse

PROFILES = ("healthy", "watch", "at_risk")
PROFILE_WEIGHTS = (0.55, 0.83, 1.0)  # cumulative
TREND = {"healthy": 0.02, "watch": -0.04, "at_risk": -0.12}
INTENTS = {"healthy": (("likely", "unsure"), (0.85, 1.0)), "watch": (("likely", "unsure", "unlikely"), (0.3, 0.8, 1.0)),
           "at_risk": (("unsure", "unlikely"), (0.35, 1.0))}
PAYMENTS = {"healthy": (("current", "late"), (0.95, 1.0)), "watch": (("current", "late"), (0.65, 1.0)),
            "at_risk": (("current", "late", "overdue"), (0.3, 0.7, 1.0))}
TICKETS_A_MONTH = {"healthy": 0.4, "watch": 1.0, "at_risk": 2.2}
SEVERITIES = ("low", "normal", "high", "urgent")
SEVERITY_WEIGHTS = {"healthy": (0.4, 0.9, 0.98, 1.0), "watch": (0.25, 0.75, 0.93, 1.0),
                    "at_risk": (0.1, 0.5, 0.82, 1.0)}
CSAT_MEAN = {"healthy": 4.5, "watch": 3.6, "at_risk": 2.4}
NPS_MEAN = {"healthy": 8.8, "watch": 7.0, "at_risk": 4.0}
SUBJECTS = ("登录失败 / Login fails", "报表导出慢 / Slow report export", "数据同步异常", "Invoice question",
            "权限设置咨询", "API rate limit", "新用户培训申请", "Integration error", "功能需求：批量导入")
MONTHS = 12
CHURN_SHARE = 1 / 9
UNKNOWN_SHARE = 1 / 7


def add_customer_signals(session: Session, cal: Calendar, reps: list[DemoRep], rng: DemoRandom) -> None:
    """Profiles, contracts, churn, usage, tickets and surveys of the customers (see the module docstring)."""
    today = cal.today
    customers = sorted((d for d in customer_dates(session).values() if d.since <= today),
                       key=lambda d: d.account_id)
    accounts, usage, tickets, csat, nps = [], [], [], [], []
    for dates in customers:
        profile = rng.weighted(PROFILES, PROFILE_WEIGHTS)
        churned = _churn_day(rng, dates, today)
        last_day = churned or today
        accounts.append(_account_fields(rng, dates, profile, churned, today))
        months = _months(dates.since, last_day)
        if rng.random() < 6 / 7:
            usage += _usage(rng, dates.account_id, months, profile)
        tickets += _tickets(rng, dates.account_id, months, profile, last_day)
        if churned is None and rng.random() < 2 / 3:
            csat.append(_csat(rng, dates.account_id, profile, today))
            nps.append(_nps(rng, dates.account_id, profile, today))
    if accounts:
        session.execute(update(Account), accounts)
    for model, rows in ((UsageRecord, usage), (SupportTicket, tickets), (CsatResponse, csat), (NpsResponse, nps)):
        if rows:
            session.execute(insert(model), rows)


def _churn_day(rng: DemoRandom, dates: CustomerDates, today: date) -> date | None:
    first, last = dates.since + timedelta(days=180), today - timedelta(days=7)
    if (today - dates.since).days <= 240 or rng.random() >= CHURN_SHARE:
        return None
    return first + timedelta(days=rng.between(0, (last - first).days))


def _anniversary(since: date, before: date) -> date:
    """The last yearly anniversary of ``since`` on or before ``before`` (29 February: the 28th)."""
    year = before.year if (before.month, before.day) >= (since.month, since.day) else before.year - 1
    return _on_year(since, max(year, since.year))


def _on_year(day: date, year: int) -> date:
    return day.replace(year=year, day=min(day.day, 28) if day.month == 2 else day.day)


def _account_fields(rng: DemoRandom, dates: CustomerDates, profile: str, churned: date | None,
                    today: date) -> dict[str, Any]:
    start = _anniversary(dates.since, churned or today)
    intent = None if rng.random() < UNKNOWN_SHARE else rng.weighted(*INTENTS[profile])
    payment = None if rng.random() < UNKNOWN_SHARE else rng.weighted(*PAYMENTS[profile])
    if churned is not None:
        intent, payment = "unlikely", None
    return {"id": dates.account_id, "contract_start": start, "renewal_date": _on_year(start, start.year + 1),
            "renewal_intent": intent, "payment_status": payment, "churned_on": churned}


def _months(since: date, last_day: date) -> list[date]:
    """The month starts from the first win's month to the month before ``last_day``'s, at most MONTHS."""
    months = [month_start(last_day, back) for back in range(MONTHS, 0, -1)]
    return [month for month in months if month >= since.replace(day=1)]


def _usage(rng: DemoRandom, account_id: int, months: list[date], profile: str) -> list[dict[str, Any]]:
    base = rng.uniform(200, 3000)
    licensed = rng.between(10, 200)
    rows = []
    for step, month in enumerate(reversed(months)):  # newest first: the trend ends at today's level
        level = base * (1 + TREND[profile]) ** -step * rng.uniform(0.92, 1.08)
        active = max(1, min(licensed, round(licensed * min(1.0, level / (base * 1.3)))))
        rows.append({"account_id": account_id, "month": month, "usage_count": round(level),
                     "active_users": active, "licensed_users": licensed})
    return rows


def _tickets(rng: DemoRandom, account_id: int, months: list[date], profile: str,
             last_day: date) -> list[dict[str, Any]]:
    rows = []
    for month in [*months, last_day.replace(day=1)]:
        for _ in range(_count(rng, TICKETS_A_MONTH[profile])):
            opened = month + timedelta(days=rng.below(28))
            if opened > last_day:
                continue
            closed = opened + timedelta(days=rng.between(1, 20))
            rows.append({"account_id": account_id, "opened_on": opened,
                         "closed_on": closed if closed <= last_day else None,
                         "severity": rng.weighted(SEVERITIES, SEVERITY_WEIGHTS[profile]),
                         "subject": rng.pick(SUBJECTS)})
    return rows


def _count(rng: DemoRandom, mean: float) -> int:
    """A small count with the given mean (whole part, plus one with the fraction's probability)."""
    whole = int(mean)
    return whole + (1 if rng.random() < mean - whole else 0) + rng.between(-min(whole, 1), min(whole, 1))


def _csat(rng: DemoRandom, account_id: int, profile: str, today: date) -> dict[str, Any]:
    score = max(1, min(5, round(rng.gauss(CSAT_MEAN[profile], 0.6))))
    return {"account_id": account_id, "responded_on": today - timedelta(days=rng.between(5, 300)),
            "score_centi": score * 100}


def _nps(rng: DemoRandom, account_id: int, profile: str, today: date) -> dict[str, Any]:
    score = max(0, min(10, round(rng.gauss(NPS_MEAN[profile], 1.2))))
    return {"account_id": account_id, "responded_on": today - timedelta(days=rng.between(5, 300)), "score": score}
