"""Demo data, part three: the leads of the last year (``LEAD_DAYS``), their dated behaviours, statuses and
conversions to opportunities.

Definitions:

* A lead's *behaviours* (white paper, webinar, pricing page, demo request) are drawn first, an engaged lead more
  likely to show several. It becomes an opportunity with probability ``sigmoid(BASE + sum of WEIGHTS)``, the
  demo's truth: a demo request is the strongest signal, the webinar and the pricing page strong, the white paper
  weak. Drawn leads that convert are given, in turn, to the new-business deals that came from a lead
  (``deals.Conversion``) until each has one; the others are the leads that did not convert. So there are about
  ``conversions / mean probability`` leads, and conversion in the data follows the weights.
* A converted lead is the deal's account's (its company, industry, size and province), made ``LEAD_GAP`` days
  before the deal, its behaviours on days between the two. A lead that did not convert is made on a day of the
  year (more in recent months), its behaviours on days in the ``FOLLOW_UP_DAYS`` after it, none after today; its
  industry is 科技 or 金融 about half as often as the converted leads' (industry separates moderately), and its
  size is drawn like theirs (a company above 1000 people barely separates).
* Its *status* follows its grade under ``DEMO_SPEC`` (the demo's current model) and its age: a lead younger than
  ``UNROUTED_DAYS`` is new, and so is one whose last behaviour lifted it into a routed grade (MQL) in that time
  (it waits for routing); an older lead of a routed grade is assigned to a sales rep of its province's team on the
  day after its last behaviour (``assigned_on``), and disqualified by that rep more often the older it is;
  a lead of a nurtured grade is nurturing, or disqualified by marketing (``JUNK``); a converted lead is converted,
  owned by the SDR of the deal's team (the deal's owner when the team has none).

Lead industries are written as salesmgr's rules read them: the Chinese part of the demo's labels (科技, 金融 ...).
E-mail addresses are unique (a clash gets a number).
"""
from __future__ import annotations

import math
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import accumulate

from salesmgr.demo.deals import Conversion, Ids
from salesmgr.demo.names import INDUSTRIES, LEAD_SOURCES, DemoRandom, NameMaker
from salesmgr.demo.org import LEAD_DAYS, LEAD_GAP, TEAM_SPECS, Accounts, Calendar, DemoRep, Row
from salesmgr.models.leads.scoring import LeadFacts, score_facts
from salesmgr.models.leads.spec import DEFAULT_SPEC, Rule

# The demo's current model: the seed's, plus the demo request the manager added (``demo.lead_scoring``).
DEMO_RULE = Rule("behaviour", "demo_request", 25)
DEMO_SPEC = replace(DEFAULT_SPEC, rules=(*DEFAULT_SPEC.rules, DEMO_RULE))
BEHAVIOUR_SHARE = {"white_paper": 0.35, "webinar": 0.26, "pricing_page": 0.24, "demo_request": 0.08}
WEIGHTS = {"white_paper": 0.1, "webinar": 1.1, "pricing_page": 1.1, "demo_request": 1.8}
BASE = -3.4
SCORED_INDUSTRIES = ("科技", "金融")
INDUSTRY_LIFT = 2.0  # leads that did not convert are in SCORED_INDUSTRIES this many times less often
FOLLOW_UP_DAYS = 42
UNROUTED_DAYS = 7
JUNK = {1: 0.1, 2: 0.2}  # by grade rank: share of nurtured leads marketing disqualifies
SALES_ROLES = ("sdr", "rep", "senior")
MIN_LEADS = 40  # leads made even when no deal came from one


def short_industry(label: str) -> str:
    """``科技/Technology`` -> ``科技``."""
    return label.split("/", 1)[0]


@dataclass(slots=True)
class _Plan:
    created: int
    behaviours: tuple[str, ...]
    conversion: Conversion | None


class LeadMaker:
    """Every lead of the demo with its behaviours (see the module docstring)."""

    def __init__(self, rng: DemoRandom, names: NameMaker, cal: Calendar, reps: list[DemoRep], ids: Ids,
                 accounts: Accounts) -> None:
        self.rng, self.names, self.cal, self.ids, self.accounts = rng, names, cal, ids, accounts
        self.reps = reps
        teams = range(max(r.team for r in reps) + 1)
        self.sdrs = {t: [r for r in reps if r.team == t and r.role == "sdr"] for t in teams}
        self.provinces = list(dict.fromkeys(p for t in teams for p in TEAM_SPECS[t].provinces))
        self.sellers = {p: [r for r in reps if r.role in SALES_ROLES and p in TEAM_SPECS[r.team].provinces]
                        for p in self.provinces}
        self.industries = [short_industry(i.label) for i in INDUSTRIES]
        weights = [1 / INDUSTRY_LIFT if name in SCORED_INDUSTRIES else 1.0 for name in self.industries]
        self.industry_cum = list(accumulate(weights))
        self.sizes: list[int] = []
        self.emails: set[str] = set()
        self.behaviours: list[Row] = []

    def plans(self, conversions: list[Conversion]) -> list[_Plan]:
        """Every lead to make, oldest first: the converted ones for ``conversions``, and the others drawn with
        them (see the module docstring)."""
        rng, given = self.rng, 0
        plans: list[_Plan] = []
        start, today = self.cal.today_index - LEAD_DAYS, self.cal.today_index
        while given < len(conversions) or len(plans) < MIN_LEADS:
            behaviours = self._behaviours()
            logit = BASE + sum(WEIGHTS[key] for key in behaviours)
            if given < len(conversions) and rng.random() < 1 / (1 + math.exp(-logit)):
                deal = conversions[given]
                given += 1
                plans.append(_Plan(deal.created - rng.between(*LEAD_GAP), behaviours, deal))
            else:
                plans.append(_Plan(start + int(rng.random() ** 0.8 * (today - start)), behaviours, None))
        self.sizes = [self.accounts.employees[c.account] for c in conversions]
        plans.sort(key=lambda plan: plan.created)
        return plans

    def rows(self, plans: list[_Plan], size: int) -> Iterator[list[Row]]:
        """The lead rows ``size`` at a time; the behaviour rows of those made so far gather in ``behaviours``."""
        for first in range(0, len(plans), size):
            yield [self._lead(plan) for plan in plans[first:first + size]]

    def _behaviours(self) -> tuple[str, ...]:
        rng = self.rng
        engaged = 0.3 + 2.1 * rng.random() ** 2
        return tuple(key for key, share in BEHAVIOUR_SHARE.items() if rng.random() < share * engaged)

    def _lead(self, plan: _Plan) -> Row:
        lead_id = self.ids.lead
        self.ids.lead += 1
        if plan.conversion is not None:
            return self._converted(lead_id, plan, plan.conversion)
        rng, cal = self.rng, self.cal
        foreign = rng.random() < 0.2
        industry = self.industries[bisect(self.industry_cum, rng.random() * self.industry_cum[-1])]
        company, domain = self.names.company(INDUSTRIES[self.industries.index(industry)], foreign)
        days = self._dated(lead_id, plan, min(cal.today_index, plan.created + FOLLOW_UP_DAYS))
        size = self._size()
        region = rng.pick(self.provinces)
        facts = LeadFacts({"industry": industry, "company_size": size},
                          {key: cal.today for key in days})
        rank = score_facts(DEMO_SPEC, facts, cal.today).grade_rank
        status, owner, assigned = self._status(rank, plan.created, max(days.values(), default=plan.created), region)
        name, email = self._person(foreign, domain)
        return (lead_id, name, company, self.names.title(foreign), email, self.names.phone(), industry, size,
                region, rng.pick(LEAD_SOURCES), status, owner, cal.days[plan.created],
                None if assigned is None else cal.days[assigned], None)

    def _converted(self, lead_id: int, plan: _Plan, deal: Conversion) -> Row:
        rng, cal, acc = self.rng, self.cal, self.accounts
        self._dated(lead_id, plan, deal.created)
        sdrs = self.sdrs.get(deal.owner.team)
        owner = rng.pick(sdrs).id if sdrs else deal.owner.id
        name, email = self._person(acc.foreign[deal.account], acc.domains[deal.account])
        return (lead_id, name, acc.names[deal.account], self.names.title(acc.foreign[deal.account]), email,
                self.names.phone(), short_industry(acc.industry[deal.account]), acc.employees[deal.account],
                acc.region[deal.account], deal.source, "converted", owner, cal.days[plan.created],
                cal.days[rng.between(plan.created, deal.created)], deal.opportunity_id)

    def _dated(self, lead_id: int, plan: _Plan, last: int) -> dict[str, int]:
        """The days of the lead's behaviours, between its creation and ``last``; written to ``behaviours``."""
        days = {}
        for key in plan.behaviours:
            if plan.conversion is not None:
                day = self.rng.between(plan.created, last)
            else:
                day = plan.created + self.rng.between(0, FOLLOW_UP_DAYS)
            if day <= last:
                days[key] = day
                self.behaviours.append((lead_id, key, self.cal.days[day], 1))
        return days

    def _size(self) -> int:
        if not self.sizes:
            return max(5, int(200 * self.rng.lognormvariate(0, 1.4)))
        return max(5, int(self.rng.pick(self.sizes) * self.rng.lognormvariate(0, 0.25)))

    def _status(self, rank: int, created: int, engaged: int, region: str) -> tuple[str, int | None, int | None]:
        """``(status, owner id, assigned day index)`` of a lead that did not convert."""
        rng, today = self.rng, self.cal.today_index
        age = today - created
        if age < UNROUTED_DAYS:
            return "new", None, None
        if DEMO_SPEC.grades[rank].action != "route":
            return ("disqualified" if rng.random() < JUNK.get(rank, 0.2) else "nurturing"), None, None
        if today - engaged < UNROUTED_DAYS:  # it reached the routed grade this week: waiting to be routed
            return "new", None, None
        assigned = min(today, max(created, engaged) + 1)
        sellers = [r for r in self.sellers.get(region, []) if r.start <= assigned]
        if not sellers:
            return "nurturing", None, None
        owner = rng.pick(sellers).id
        dropped = 0.15 if age < 45 else 0.75
        return ("disqualified" if rng.random() < dropped else "assigned"), owner, assigned

    def _person(self, foreign: bool, domain: str) -> tuple[str, str]:
        """A name and an e-mail address no other lead has."""
        name, local = self.names.person(foreign)
        email, number = f"{local}@{domain}", 1
        while email in self.emails:
            number += 1
            email = f"{local}{number}@{domain}"
        self.emails.add(email)
        return name, email

