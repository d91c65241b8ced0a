"""Customer health: a 0-100 score and a band per customer, from a configurable weighted model (health_model).

Definitions (each input gives 0-100 *points*, rounded to 0.1; the inputs are read as health_inputs defines):

* *Usage trend*: change = recent / earlier - 1 of the average monthly usage; points = 100 + 200 x change, kept
  within 0-100 (steady or growing use 100, a 25 % drop 50, a 50 % drop or worse 0). Missing without a measured
  month in either window or with no use at all in the earlier one.
* *Support tickets*: load = the tickets of the last 90 days weighted by severity (low 1, normal 2, high 4,
  urgent 8); points = 100 - 5 x load, at least 0. Missing when the database holds no ticket at all.
* *CSAT/NPS*: CSAT points = (mean CSAT - 1) x 25, NPS points = mean NPS x 10; with both, their average.
  Missing without a response in the last 365 days.
* *Last contact*: d = days since the latest activity; points = 100 up to 30 days, 0 from 180 days, and
  100 x (180 - d) / 150 between. Missing without any activity.
* *Renewal intent*: likely 100, unsure 50, unlikely 0. *Payment status*: current 100, late 40, overdue 0. Missing
  when not known.

The *score* is the weighted average of the known inputs' points (the weights of the missing ones are left out,
so the others count for more), rounded half up to a whole number; an account with fewer than the model's
``min_parts`` known inputs has no score and no band. Inputs with weight 0 are not shown. Missing inputs are
listed with ``points`` None, never as 0.

The accounts scored are the customers today (retention.customers_on).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.clock import today as clock_today
from salesmgr.models.customers.health_inputs import AccountFacts, gather_facts, tickets_known
from salesmgr.models.customers.health_model import PART_KEYS, PART_LABELS, HealthModel, load_model
from salesmgr.models.customers.retention import customers_on

CONTEXT = "Customers"
BANDS = ("healthy", "watch", "at_risk")
NO_SCORE = "none"
BAND_LABELS = {"healthy": QT_TRANSLATE_NOOP("Customers", "Healthy"),
               "watch": QT_TRANSLATE_NOOP("Customers", "Watch"),
               "at_risk": QT_TRANSLATE_NOOP("Customers", "At risk"),
               NO_SCORE: QT_TRANSLATE_NOOP("Customers", "No score")}
SEVERITY_LOAD = {"low": 1, "normal": 2, "high": 4, "urgent": 8}
INTENT_POINTS = {"likely": 100, "unsure": 50, "unlikely": 0}
PAYMENT_POINTS = {"current": 100, "late": 40, "overdue": 0}
VALUE_LABELS = {"likely": QT_TRANSLATE_NOOP("Customers", "likely"),
                "unsure": QT_TRANSLATE_NOOP("Customers", "unsure"),
                "unlikely": QT_TRANSLATE_NOOP("Customers", "unlikely"),
                "current": QT_TRANSLATE_NOOP("Customers", "current"),
                "late": QT_TRANSLATE_NOOP("Customers", "late"),
                "overdue": QT_TRANSLATE_NOOP("Customers", "overdue")}
TENTH = Decimal("0.1")
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class HealthPart:
    """One input: its weight in the model, the input as shown (None: missing) and its 0-100 points (None:
    missing, left out of the score)."""

    key: str
    label: str
    weight: int
    value: str | None
    points: Decimal | None

    @property
    def missing(self) -> bool:
        return self.points is None


@dataclass(frozen=True)
class AccountHealth:
    account_id: int
    account: str
    owner: str | None
    score: int | None
    band: str | None
    parts: tuple[HealthPart, ...]
    renewal_date: date | None


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def band_label(band: str | None) -> str:
    """The band as shown (None or "none": no score)."""
    return _tr(BAND_LABELS[band or NO_SCORE])


def value_label(value: str) -> str:
    """A renewal intent or payment status as shown."""
    return _tr(VALUE_LABELS[value]) if value in VALUE_LABELS else value


def score_accounts(session: Session, today: date | None = None,
                   account_ids: Collection[int] | None = None,
                   model: HealthModel | None = None) -> list[AccountHealth]:
    """The health of the customers today (only those among ``account_ids`` if given), by account name."""
    day = today or clock_today()
    ids = customers_on(session, day)
    if account_ids is not None:
        ids &= set(account_ids)
    model = model or load_model(session)
    facts = gather_facts(session, ids, day)
    known = tickets_known(session)
    healths = [score_facts(model, fact, day, tickets_known=known) for fact in facts.values()]
    return sorted(healths, key=lambda health: (health.account.casefold(), health.account_id))


def score_facts(model: HealthModel, facts: AccountFacts, today: date, *, tickets_known: bool) -> AccountHealth:
    """One account's health from its facts."""
    points = _points(facts, today, tickets_known)
    parts = tuple(HealthPart(key, _tr(PART_LABELS[key]), model.weight(key), *points[key])
                  for key in PART_KEYS if model.weight(key) > 0)
    known = [part for part in parts if part.points is not None]
    score = None
    if len(known) >= model.min_parts:
        total = sum((part.points * part.weight for part in known if part.points is not None), Decimal(0))
        weights = sum(part.weight for part in known)
        score = int((total / weights).quantize(Decimal(1), ROUND_HALF_UP))
    return AccountHealth(facts.account_id, facts.name, facts.owner, score,
                         None if score is None else model.band(score), parts, facts.renewal_date)


def distribution(healths: Iterable[AccountHealth]) -> dict[str, int]:
    """How many accounts are in each band (every band, in BANDS order), and under "none" how many have no score."""
    counts = Counter(health.band or NO_SCORE for health in healths)
    return {band: counts[band] for band in (*BANDS, NO_SCORE)}


def churn_watch(session: Session, today: date | None = None, days: int = 90,
                model: HealthModel | None = None) -> list[AccountHealth]:
    """The at-risk customers whose renewal date is from today to ``days`` days ahead, soonest renewal first."""
    day = today or clock_today()
    return watched(score_accounts(session, day, model=model), day, days)


def watched(healths: Iterable[AccountHealth], today: date, days: int = 90) -> list[AccountHealth]:
    """Of ``healths``, the churn watch on ``today`` (as ``churn_watch``)."""
    last = today + timedelta(days=days)
    found = [health for health in healths if health.band == "at_risk" and health.renewal_date is not None
             and today <= health.renewal_date <= last]
    return sorted(found, key=lambda health: (health.renewal_date or today, health.score or 0, health.account))


Points = tuple[str | None, Decimal | None]


def _points(facts: AccountFacts, today: date, tickets_known: bool) -> dict[str, Points]:
    return {"usage_trend": _usage(facts), "tickets": _tickets(facts.tickets) if tickets_known else (None, None),
            "satisfaction": _satisfaction(facts.csat, facts.nps), "last_contact": _contact(facts.last_contact, today),
            "renewal_intent": _choice(facts.renewal_intent, INTENT_POINTS),
            "payment": _choice(facts.payment_status, PAYMENT_POINTS)}


def _clamped(value: Decimal) -> Decimal:
    return min(HUNDRED, max(Decimal(0), value)).quantize(TENTH, ROUND_HALF_UP)


def _usage(facts: AccountFacts) -> Points:
    recent, earlier = facts.usage_recent, facts.usage_earlier
    if recent is None or earlier is None or not earlier:
        return None, None
    change = recent / earlier - 1
    percent = int((change * 100).quantize(Decimal(1), ROUND_HALF_UP))
    text = translate("Customers", "{change:+d}% ({recent} vs {earlier} a month)").format(
        change=percent, recent=_whole(recent), earlier=_whole(earlier))
    return text, _clamped(HUNDRED + 200 * change)


def _tickets(tickets: Counter[str]) -> Points:
    load = sum(SEVERITY_LOAD.get(severity, 2) * count for severity, count in tickets.items())
    serious = tickets["high"] + tickets["urgent"]
    text = translate("Customers", "{count} in 90 days, {serious} high or urgent").format(count=sum(tickets.values()),
                                                                      serious=serious)
    return text, _clamped(HUNDRED - 5 * Decimal(load))


def _satisfaction(csat: Decimal | None, nps: Decimal | None) -> Points:
    scores = []
    shown = []
    if csat is not None:
        scores.append((csat - 1) * 25)
        shown.append(translate("Customers", "CSAT {score}").format(score=csat.quantize(TENTH, ROUND_HALF_UP)))
    if nps is not None:
        scores.append(nps * 10)
        shown.append(translate("Customers", "NPS {score}").format(score=nps.quantize(TENTH, ROUND_HALF_UP)))
    if not scores:
        return None, None
    return ", ".join(shown), _clamped(sum(scores, Decimal(0)) / len(scores))


def _contact(last: date | None, today: date) -> Points:
    if last is None:
        return None, None
    days = (today - last).days
    text = translate("Customers", "{days} days ago").format(days=days)
    return text, _clamped(Decimal(100 * (180 - days)) / 150) if days > 30 else HUNDRED.quantize(TENTH)


def _choice(value: str | None, points: dict[str, int]) -> Points:
    if value is None or value not in points:
        return None, None
    return value_label(value), Decimal(points[value]).quantize(TENTH)


def _whole(value: Decimal) -> str:
    return str(value.quantize(Decimal(1), ROUND_HALF_UP))
