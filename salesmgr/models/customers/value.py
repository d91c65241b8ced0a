"""Customer lifetime value (LTV) and customer acquisition cost (CAC) per period, for the company, each team and
each lead source.

Definitions (a *customer* and the *cohort*, *churn rate* and *new customers* of a period are
``customers.retention``'s):

* The *customers of the period* are the accounts that are customers on at least one of its days; its *revenue*
  is the amount of the won deals closed in it (``closed_date``) of those accounts, in the base currency. Amounts
  in a currency without an exchange rate are left out and the currency named (``left_out``), never counted as 0.
* *Average revenue per customer* (ARPC) = revenue / customers of the period (customers who bought nothing in it
  count too, with 0).
* *Expected lifetime* = 1 / churn rate of the period, in periods (a quarter's churn of 5 % gives 20 quarters);
  also shown in months (x 3 for a quarter, x 12 for a year). No lifetime when the cohort is empty or nobody
  churned (the reason is given, never a number).
* *LTV* = ARPC x expected lifetime, in the base currency.
* *CAC* = the cost of the period / the new customers of the period. The cost entries counted are those whose
  period lies inside the period asked for (its months and quarters); an entry of a longer period (a year when a
  quarter is asked) cannot be split and is listed in ``uncounted`` instead.
  - The company: every entry, over every new customer.
  - A team: its own entries (``team_id``: its sales spend, whatever their lead source) plus its share of the
    entries that name no team (company-wide and lead-source-only spend), shared by new customers: CAC = own /
    the team's new customers + shared / all new customers. So the teams' costs add up to the company's.
  - A lead source: the same with the entries that name the source (ignoring case) and those that name none.
  No CAC when there are no new customers, or no cost entry at all in the period.
* A customer's *team* is the team of the account's owner now; its *lead source* is that of its first won deal
  (the earliest closed, then the lowest id); no lead source is a group of its own.
* *LTV/CAC* = LTV / CAC, when both are known and CAC is not zero.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.customers.costs import inside
from salesmgr.models.customers.entities import CostEntry
from salesmgr.models.customers.retention import NO_COHORT, CustomerDates, customer_dates
from salesmgr.models.metrics.conversion import Converter, lenient_rates
from salesmgr.models.money import quantize
from salesmgr.models.org import Rep, Team
from salesmgr.models.periods import Period
from salesmgr.models.pipeline.entities import StageDefinition
from salesmgr.models.settings import fiscal_start

NO_CUSTOMERS = QT_TRANSLATE_NOOP("Customers", "no customers in the period")
NO_CHURN = QT_TRANSLATE_NOOP("Customers", "no customer churned in the period, so the expected lifetime is unknown")
NO_NEW = QT_TRANSLATE_NOOP("Customers", "no new customers in the period")
NO_COSTS = QT_TRANSLATE_NOOP("Customers", "no cost entries for the period")
NO_REP_COSTS = QT_TRANSLATE_NOOP("Customers", "costs are entered per team and lead source, not per rep")
ZERO_CAC = QT_TRANSLATE_NOOP("Customers", "the acquisition cost is zero")
NO_SOURCE = QT_TRANSLATE_NOOP("Customers", "no lead source")
COMPANY_LABEL = QT_TRANSLATE_NOOP("Customers", "Company")


@dataclass(frozen=True)
class Value:
    """LTV, CAC and their parts for one group over one period (see the module). ``key``: the team id, the lead
    source as compared (casefolded), or None for the company and for "no lead source"."""

    group: str  # "company", "team" or "lead_source"
    key: int | str | None
    name: str | None  # the team's name or the lead source as written; None: company / no lead source
    customers: int
    revenue: Decimal
    cohort: int
    churned: int
    new_customers: int
    own_cost: Decimal
    shared_cost: Decimal  # this group's share of the entries not of its kind (the company: 0)
    costs_entered: bool  # False: no cost entry at all in the period
    base: str
    months_per_period: int

    @property
    def arpc(self) -> Decimal | None:
        return quantize(self.revenue / self.customers, self.base) if self.customers else None

    @property
    def churn_rate(self) -> Decimal | None:
        return Decimal(self.churned) / self.cohort if self.cohort else None

    @property
    def lifetime_periods(self) -> Decimal | None:
        return Decimal(self.cohort) / self.churned if self.cohort and self.churned else None

    @property
    def lifetime_months(self) -> Decimal | None:
        periods = self.lifetime_periods
        return None if periods is None else periods * self.months_per_period

    @property
    def ltv(self) -> Decimal | None:
        if not self.customers or self.lifetime_periods is None:
            return None
        return quantize(self.revenue * self.cohort / (self.customers * self.churned), self.base)

    @property
    def ltv_reason(self) -> str | None:
        if not self.customers:
            return NO_CUSTOMERS
        if not self.cohort:
            return NO_COHORT
        return NO_CHURN if not self.churned else None

    @property
    def cost(self) -> Decimal:
        return self.own_cost + self.shared_cost

    @property
    def cac(self) -> Decimal | None:
        if not self.new_customers or not self.costs_entered:
            return None
        return quantize(self.cost / self.new_customers, self.base)

    @property
    def cac_reason(self) -> str | None:
        if not self.costs_entered:
            return NO_COSTS
        return NO_NEW if not self.new_customers else None

    @property
    def ratio(self) -> Decimal | None:
        ltv, cac = self.ltv, self.cac
        return None if ltv is None or not cac else (ltv / cac).quantize(Decimal("0.01"))

    @property
    def ratio_reason(self) -> str | None:
        if self.ratio is not None:
            return None
        return self.ltv_reason or self.cac_reason or ZERO_CAC


@dataclass(frozen=True)
class ValueReport:
    period: Period
    base: str
    company: Value
    teams: list[Value]
    lead_sources: list[Value]
    left_out: list[str] = field(default_factory=list)  # currencies without a rate, left out of every figure
    uncounted: list[str] = field(default_factory=list)  # periods of cost entries longer than the period


@dataclass(frozen=True)
class _Cost:
    team_id: int | None
    source: str | None  # casefolded
    amount: Decimal
    written: str | None = None  # the lead source as typed


@dataclass
class _Facts:
    """What every group's figures are made of, loaded once."""

    period: Period
    converter: Converter
    dates: dict[int, CustomerDates]
    revenue: dict[int, list[tuple[str, int]]]  # account id -> (currency, minor) of its won deals in the period
    costs: list[_Cost]
    uncounted: list[str]
    new_total: int = 0  # every new customer of the period

    def __post_init__(self) -> None:
        start, end = self.period.bounds
        self.new_total = sum(1 for d in self.dates.values() if start <= d.since <= end)


def value_report(session: Session, period: Period) -> ValueReport:
    """The company's, every team's and every lead source's LTV and CAC over ``period`` (see the module)."""
    with lenient_rates() as left_out:
        facts = _load(session, period)
        team_of = _teams_of(session, facts.dates)
        source_of, spelled = _sources_of(session, facts.dates)
        for cost in facts.costs:
            if cost.source and cost.written:
                spelled.setdefault(cost.source, cost.written)
        company = _value(facts, "company", None, None, facts.dates.keys(), facts.costs, [])
        names = {row.id: row.name for row in session.execute(select(Team.id, Team.name))}
        teams = [_value(facts, "team", team_id, names[team_id],
                        [a for a, t in team_of.items() if t == team_id],
                        [c for c in facts.costs if c.team_id == team_id],
                        [c for c in facts.costs if c.team_id is None])
                 for team_id in sorted(names, key=lambda t: names[t].casefold())]
        sources = sorted(set(source_of.values()) | {c.source for c in facts.costs if c.source},
                         key=lambda s: (s is None, s or ""))
        by_source = [_value(facts, "lead_source", source, spelled.get(source, source) if source else None,
                            [a for a, s in source_of.items() if s == source],
                            [c for c in facts.costs if source is not None and c.source == source],
                            [c for c in facts.costs if c.source is None])
                     for source in sources]
    return ValueReport(period, facts.converter.base, company, teams, by_source, left_out.codes, facts.uncounted)


def owner_value(session: Session, period: Period, *, team_id: int | None = None,
                rep_id: int | None = None) -> Value:
    """The company's, a team's or a rep's figures (a rep's accounts are those it owns; a rep has no costs)."""
    facts = _load(session, period)
    if team_id is None and rep_id is None:
        return _value(facts, "company", None, None, facts.dates.keys(), facts.costs, [])
    mine = customer_dates(session, team_id=team_id, rep_id=rep_id).keys()
    if rep_id is not None:
        return _value(facts, "rep", rep_id, None, mine, [], [], costs_entered=False)
    return _value(facts, "team", team_id, None, mine, [c for c in facts.costs if c.team_id == team_id],
                  [c for c in facts.costs if c.team_id is None])


def _value(facts: _Facts, group: str, key: int | str | None, name: str | None, accounts: Iterable[int],
           own: list[_Cost], shared: list[_Cost], *, costs_entered: bool | None = None) -> Value:
    period, dates = facts.period, [facts.dates[a] for a in accounts]
    start, end = period.bounds
    during = [d for d in dates if d.since <= end and (d.churned_on is None or d.churned_on > max(d.since, start))]
    eve = start - timedelta(days=1)
    cohort = [d for d in dates if d.is_customer(eve)]
    churned = sum(1 for d in cohort if d.churned_on is not None and d.churned_on <= end)
    new = sum(1 for d in dates if start <= d.since <= end)
    revenue = facts.converter.total(item for d in during for item in facts.revenue.get(d.account_id, ()))
    total_new = facts.new_total
    shared_cost = sum((c.amount for c in shared), Decimal(0)) * new / total_new if total_new else Decimal(0)
    return Value(group, key, name, len(during), revenue, len(cohort), churned, new,
                 sum((c.amount for c in own), Decimal(0)), shared_cost,
                 bool(facts.costs) if costs_entered is None else costs_entered, facts.converter.base,
                 len(period.months()))


def _load(session: Session, period: Period) -> _Facts:
    converter = Converter.load(session)
    revenue: dict[int, list[tuple[str, int]]] = defaultdict(list)
    query = (select(Opportunity.account_id, Opportunity.currency, Opportunity.amount_minor)
             .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .where(StageDefinition.kind == "won", Opportunity.account_id.is_not(None),
                    Opportunity.amount_minor.is_not(None),
                    Opportunity.closed_date >= period.start, Opportunity.closed_date <= period.end))
    for account_id, currency, minor in session.execute(query):
        revenue[account_id].append((currency, minor))
    costs, uncounted = _costs(session, period, converter)
    return _Facts(period, converter, customer_dates(session), dict(revenue), costs, uncounted)


def _costs(session: Session, period: Period, converter: Converter) -> tuple[list[_Cost], list[str]]:
    costs, uncounted = [], set()
    month = fiscal_start(session)
    for entry in session.scalars(select(CostEntry)):
        entry_period = Period.parse(entry.period, month)
        if inside(entry_period, period):
            source = entry.lead_source.strip().casefold() if entry.lead_source else None
            costs.append(_Cost(entry.team_id, source, converter.total([(entry.currency, entry.amount_minor)]),
                               entry.lead_source.strip() if entry.lead_source else None))
        elif entry_period.start <= period.end and period.start <= entry_period.end:
            uncounted.add(entry_period.key)
    return costs, sorted(uncounted)


def _teams_of(session: Session, dates: Collection[int]) -> dict[int, int | None]:
    """account id -> the team of its owner now (None: no owner or a rep on no team)."""
    query = select(Account.id, Rep.team_id).outerjoin(Rep, Rep.id == Account.owner_id)
    return {account_id: team_id for account_id, team_id in session.execute(query) if account_id in dates}


def _sources_of(session: Session, dates: Collection[int]) -> tuple[dict[int, str | None], dict[str, str]]:
    """account id -> the lead source of its first won deal (casefolded), and each casefolded source's first
    spelling."""
    query = (select(Opportunity.account_id, Opportunity.lead_source)
             .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
             .where(StageDefinition.kind == "won", Opportunity.account_id.is_not(None),
                    Opportunity.closed_date.is_not(None))
             .order_by(Opportunity.account_id, Opportunity.closed_date, Opportunity.id))
    found: dict[int, str | None] = {}
    spelled: dict[str, str] = {}
    for account_id, source in session.execute(query):
        if account_id in found or account_id not in dates:
            continue
        text = (source or "").strip()
        found[account_id] = text.casefold() or None
        if text:
            spelled.setdefault(text.casefold(), text)
    return found, spelled
