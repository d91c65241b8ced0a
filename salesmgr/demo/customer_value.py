"""Demo data, customers part 4: the sales-and-marketing cost entries behind CAC, every quarter of the demo up to
today (the current one so far).

Each quarter's spend is set so that LTV/CAC lands near 3, as a healthy software business reports it: the
quarter's LTV (``customers.value``, from the churn marks of part 1; when the quarter has no churn, the revenue
per customer over a lifetime of 6 quarters, the seed's 18 months) times its new customers, over a ratio drawn
from 2.4 to 3.6. Of that spend 55 % is the teams' (each team's share by its new customers, with its own ratio),
35 % goes to the lead sources that brought new customers (by their new customers, each with its own ratio) and
10 % is the company's (no team, no source). Amounts are rounded to 1,000 of the base currency.
"""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.demo.names import DemoRandom
from salesmgr.demo.org import Calendar, DemoRep
from salesmgr.models.customers.entities import CostEntry
from salesmgr.models.customers.value import Value, value_report
from salesmgr.models.money import to_minor

TEAM_SHARE, SOURCE_SHARE, COMPANY_SHARE = Decimal("0.55"), Decimal("0.35"), Decimal("0.10")
ASSUMED_LIFETIME = 6  # quarters, when a quarter has no churn to estimate it from
ROUND = Decimal(1000)


def add_customer_value(session: Session, cal: Calendar, reps: list[DemoRep], rng: DemoRandom) -> None:
    rows: list[CostEntry] = []
    for period in cal.periods:
        if period.start > cal.today:
            continue
        report = value_report(session, period)
        ltv = _ltv(report.company)
        if ltv is None or not report.company.new_customers:
            continue
        for value in report.teams:
            rows.append(_entry(period.key, report.base, ltv * value.new_customers * TEAM_SHARE / _ratio(rng),
                               team_id=int(value.key or 0)))
        for value in report.lead_sources:
            if value.name and value.new_customers:
                rows.append(_entry(period.key, report.base,
                                   ltv * value.new_customers * SOURCE_SHARE / _ratio(rng), source=value.name))
        rows.append(_entry(period.key, report.base, ltv * report.company.new_customers * COMPANY_SHARE / _ratio(rng)))
    session.add_all(row for row in rows if row.amount_minor > 0)


def _ltv(company: Value) -> Decimal | None:
    if company.ltv is not None:
        return company.ltv
    return None if company.arpc is None else company.arpc * ASSUMED_LIFETIME


def _ratio(rng: DemoRandom) -> Decimal:
    return Decimal(rng.between(24, 36)) / 10


def _entry(period: str, currency: str, amount: Decimal, *, team_id: int | None = None,
           source: str | None = None) -> CostEntry:
    rounded = (amount / ROUND).quantize(Decimal(1)) * ROUND
    return CostEntry(period=period, team_id=team_id, lead_source=source, amount_minor=to_minor(rounded, currency),
                     currency=currency)
