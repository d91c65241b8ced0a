"""Demo data, part two: opportunities with their stage history, activities and leads.

This is the hot loop of a million-deal load, so it trades a little elegance for speed: days are integer
indexes into ``Calendar.days``, and each row is a tuple built in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate

from salesmgr.demo.names import (
    ACTIVITY_SUBJECTS,
    EXISTING_CUSTOMER,
    INDUSTRIES,
    LEAD_SOURCES,
    PRODUCTS,
    DemoRandom,
    NameMaker,
)
from salesmgr.demo.org import TIMES, Accounts, Calendar, DemoRep, Row

STAGE_DAYS = (18.0, 15.0, 12.0, 12.0)  # mean days in each open stage; won deals take ~60 days in all
LOST_STALL = 1.8  # a deal about to be lost sits longer in its last stage
LOST_AT = (0.3, 0.6, 0.82, 1.0)  # cumulative share of lost deals dropping out at each open stage
# (type, cumulative share, base win probability, amount factor)
DEAL_TYPES = (("New business", 0.60, 0.20, 1.0), ("Renewal", 0.85, 0.48, 0.8), ("Upsell", 1.0, 0.35, 0.5))
ACTIVITY_KINDS = ("call", "email", "meeting", "visit", "demo")
ACTIVITY_CUM = tuple(accumulate((0.35, 0.3, 0.15, 0.1, 0.1)))
COLLABORATION = 0.12  # share of activities done by another rep (pre-sales help, cross-team deals)
CONVERTED_LEAD = 0.45  # share of new-business deals that came from a recorded lead
USD_SHARE = 0.35  # share of an English-named account's deals quoted in USD
USD_TO_CNY_PERCENT = 710  # 7.10, the rate the demo stores
DAY = 1440


@dataclass(frozen=True)
class Stages:
    """(id, default probability) of the open stages in position order, and of the won and lost stages."""

    open: tuple[tuple[int, int], ...]
    won: tuple[int, int]
    lost: tuple[int, int]


@dataclass
class DealBatch:
    opportunities: list[Row] = field(default_factory=list)
    history: list[Row] = field(default_factory=list)
    activities: list[Row] = field(default_factory=list)
    leads: list[Row] = field(default_factory=list)


class Ids:
    """Pre-assigned primary keys, so children reference parents without asking the database."""

    def __init__(self) -> None:
        self.history = self.activity = self.lead = 1


class DealMaker:
    def __init__(self, rng: DemoRandom, names: NameMaker, cal: Calendar, stages: Stages,
                 reps: list[DemoRep], accounts: Accounts, usd_unit: int, cny_unit: int) -> None:
        self.rng, self.names, self.cal, self.stages, self.reps, self.accounts = rng, names, cal, stages, reps, accounts
        self.usd_unit, self.cny_unit = usd_unit, cny_unit
        self.ids = Ids()
        self.won: dict[tuple[int, int], int] = {}  # (rep id, quarter) -> won amount in CNY minor units
        self.owner_cum = list(accumulate(r.deal_weight(cal) for r in reps))
        self.helper_cum = list(accumulate(_helper_weight(r) * rng.uniform(0.2, 2.0) for r in reps))
        self.product_cum = list(accumulate((3, 2, 2, 2, 1.5, 1, 1.5)[: len(PRODUCTS)]))
        self.stage_days = STAGE_DAYS if len(stages.open) == len(STAGE_DAYS) else (56 / len(stages.open),) * len(
            stages.open)
        teams = range(max(r.team for r in reps) + 1)
        self.sdrs = {t: [r.id for r in reps if r.team == t and r.role == "sdr"] for t in teams}
        self.team_accounts = {t: [a for r in reps if r.team == t for a in r.accounts] for t in self.sdrs}
        self.all_accounts = list(range(1, len(accounts) + 1))

    def batch(self, first_id: int, count: int) -> DealBatch:
        out = DealBatch()
        for opp_id in range(first_id, first_id + count):
            self._deal(opp_id, out)
        return out

    def _deal(self, opp_id: int, out: DealBatch) -> None:
        rng, cal = self.rng, self.cal
        rep = rng.weighted(self.reps, self.owner_cum)
        created = self._created(rep)
        account = self._account(rep)
        kind = rng.random()
        deal_type, _share, p_win, size = next(t for t in DEAL_TYPES if kind < t[1])
        product, price = rng.weighted(PRODUCTS, self.product_cum)
        won = rng.random() < p_win * rep.skill
        entries = self._entries(created, len(self.stages.open) if won else self._lost_at(), rep, won)
        closed = entries[-1] <= cal.today_index
        visited = len(entries) if closed else sum(1 for d in entries if d <= cal.today_index)
        stage_id, probability = self._stage(visited, closed, won)
        currency, minor = self._amount(account, price * size)
        if closed and won:
            self._count_won(rep.id, entries[-1], minor if currency == "CNY" else minor * USD_TO_CNY_PERCENT // 100)
        last = self._history(opp_id, entries, visited, closed, won, out.history)
        expected = entries[-1] + rng.between(-15, 10) if closed else entries[-1] + rng.between(-20, 10)
        reached = len(entries) - 1
        source = rng.pick(LEAD_SOURCES) if deal_type == "New business" else EXISTING_CUSTOMER
        out.opportunities.append((
            opp_id, f"{self.accounts.names[account]} - {product}", account, rep.id, stage_id, minor, currency,
            probability, cal.days[created], cal.days[entries[1]] if min(reached, visited) >= 2 else None,
            cal.days[max(created, expected)], cal.days[entries[-1]] if closed else None, source, deal_type,
            product, last,
        ))
        end = entries[-1] if closed else cal.today_index
        self._activities(opp_id, account, rep, created, end, rng.below(visited + 1), out.activities)
        if deal_type == "New business" and rng.random() < CONVERTED_LEAD:
            out.leads.append(self._converted_lead(opp_id, account, rep, created, source))

    def _created(self, rep: DemoRep) -> int:
        u = self.rng.random()
        if self.rng.random() < 0.4:  # a growing business: more deals in recent quarters
            u **= 0.5
        return rep.start + int(u * (self.cal.today_index - rep.start))

    def _account(self, rep: DemoRep) -> int:
        pool = rep.accounts if rep.accounts and self.rng.random() < 0.85 else self.team_accounts[rep.team]
        return self.rng.pick(pool or self.all_accounts)

    def _lost_at(self) -> int:
        """How many open stages a lost deal went through."""
        r = self.rng.random()
        return min(len(self.stages.open), next(i + 1 for i, share in enumerate(LOST_AT) if r < share))

    def _entries(self, created: int, stages: int, rep: DemoRep, won: bool) -> list[int]:
        """Day of entering each of the first ``stages`` open stages, then the day it was won or lost."""
        rng = self.rng
        factor = min(3.0, rng.lognormvariate(0, 0.3)) * rep.speed
        entries = [created]
        day = created
        for mean in self.stage_days[:stages]:
            day += max(1, int(mean * factor * (0.5 + rng.random())))
            entries.append(day)
        if not won:
            entries[-1] += int((entries[-1] - entries[-2]) * (LOST_STALL - 1))
        return entries

    def _stage(self, visited: int, closed: bool, won: bool) -> tuple[int, int]:
        if closed:
            return self.stages.won if won else self.stages.lost
        return self.stages.open[visited - 1]

    def _history(self, opp_id: int, entries: list[int], visited: int, closed: bool, won: bool,
                 out: list[Row]) -> str:
        """Appends one row per stage entered; returns the last entry's timestamp."""
        ids = (*self.stages.open[: len(entries) - 1], self.stages.won if won else self.stages.lost)
        at = ""
        for j in range(visited):
            at = self.cal.days[entries[j]] + TIMES[540 + (opp_id * 37 + j * 101) % 600]
            out.append((self.ids.history, opp_id, ids[j][0], at))
            self.ids.history += 1
        return at

    def _amount(self, account: int, base: float) -> tuple[str, int]:
        rng = self.rng
        yuan = base * self.accounts.size[account] * rng.lognormvariate(0, 0.5)
        if self.accounts.foreign[account] and rng.random() < USD_SHARE:
            return "USD", max(1, int(yuan / 7.1 / 100)) * 100 * self.usd_unit
        return "CNY", max(5, int(yuan / 1000)) * 1000 * self.cny_unit

    def _count_won(self, rep_id: int, day: int, cny_minor: int) -> None:
        quarter = self.cal.quarter_of[day]
        if quarter >= 0:
            self.won[rep_id, quarter] = self.won.get((rep_id, quarter), 0) + cny_minor

    def _activities(self, opp_id: int, account: int, owner: DemoRep, first: int, last: int, count: int,
                    out: list[Row]) -> None:
        rng, cal = self.rng, self.cal
        limit = cal.today_index * DAY + DAY - 1
        for _ in range(count):
            rep = owner
            if rng.random() < COLLABORATION:
                helper = rng.weighted(self.reps, self.helper_cum)
                rep = helper if helper is not owner else self.reps[owner.team]
            kind = rng.weighted(ACTIVITY_KINDS, ACTIVITY_CUM)
            occurred = (first + rng.below(last - first + 1)) * DAY + 540 + rng.below(600)
            delay = DAY + 1 + rng.below(4 * DAY) if rng.random() < rep.late else 5 + rng.below(360)
            out.append((self.ids.activity, rep.id, account, opp_id, kind, rng.pick(ACTIVITY_SUBJECTS[kind]),
                        cal.at(occurred), cal.at(min(limit, occurred + delay))))
            self.ids.activity += 1

    def _converted_lead(self, opp_id: int, account: int, owner: DemoRep, created: int, source: str) -> Row:
        rng, acc = self.rng, self.accounts
        name, local = self.names.person(acc.foreign[account])
        sdrs = self.sdrs.get(owner.team)
        row = (self.ids.lead, name, acc.names[account], self.names.title(acc.foreign[account]),
               f"{local}@{acc.domains[account]}", self.names.phone(), acc.industry[account], acc.employees[account],
               source, "converted", rng.pick(sdrs) if sdrs else owner.id,
               self.cal.days[created - rng.between(3, 40)], opp_id)
        self.ids.lead += 1
        return row


def _helper_weight(rep: DemoRep) -> float:
    return {"manager": 1.0, "senior": 1.5, "rep": 0.6, "sdr": 0.3}[rep.role] * (0.5 if rep.new_hire else 1.0)


class LeadMaker:
    """Leads that have not (or not yet) become opportunities: new, nurturing, qualified or disqualified."""

    def __init__(self, rng: DemoRandom, names: NameMaker, cal: Calendar, reps: list[DemoRep], ids: Ids) -> None:
        self.rng, self.names, self.cal, self.ids = rng, names, cal, ids
        sdrs = [r.id for r in reps if r.role == "sdr"]
        self.owners = sdrs or [r.id for r in reps]
        self.everyone = [r.id for r in reps]

    def batch(self, count: int) -> list[Row]:
        return [self._lead() for _ in range(count)]

    def _lead(self) -> Row:
        rng, cal = self.rng, self.cal
        foreign = rng.random() < 0.2
        industry = rng.pick(INDUSTRIES)
        company, domain = self.names.company(industry, foreign)
        name, local = self.names.person(foreign)
        start = cal.window_start - 30
        created = start + rng.below(cal.today_index - start + 1)
        owner = rng.pick(self.owners if rng.random() < 0.8 else self.everyone)
        row = (self.ids.lead, name, company, self.names.title(foreign), f"{local}@{domain}", self.names.phone(),
               industry.label, max(5, int(200 * rng.lognormvariate(0, 1.3))), rng.pick(LEAD_SOURCES),
               self._status(cal.today_index - created), owner, cal.days[created], None)
        self.ids.lead += 1
        return row

    def _status(self, age: int) -> str:
        r = self.rng.random()
        if age < 14:
            return "new" if r < 0.7 else "qualified" if r < 0.9 else "disqualified"
        if age < 60:
            return "nurturing" if r < 0.4 else "qualified" if r < 0.6 else "disqualified" if r < 0.9 else "new"
        return "nurturing" if r < 0.45 else "disqualified" if r < 0.95 else "qualified"
