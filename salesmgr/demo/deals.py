"""Demo data, part two: opportunities with their stage history and activities, and the leads they came from.

This is the hot loop of a million-deal load, so it trades a little elegance for speed: days are integer
indexes into ``Calendar.days``, and each row is a tuple built in one place.

Which deals are won follows the sales plan (``demo.plan``): each rep-quarter gets a number of won deals in
proportion to what the plan says the rep wins then, their amounts drawn as any deal's (product price, account
size, a discount) and scaled so that they add up to the plan's figure. The won deals are spread over the
opportunity ids by selection sampling (deal ``i`` is won with probability wins left / deals left), one quarter's
won deals in random order at a time; every other deal is lost or still open.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate

from salesmgr.demo.names import ACTIVITY_SUBJECTS, EXISTING_CUSTOMER, LEAD_SOURCES, PRODUCTS, DemoRandom, NameMaker
from salesmgr.demo.org import LEAD_DAYS, LEAD_GAP, QUARTERS, TIMES, Accounts, Calendar, DemoRep, Row
from salesmgr.demo.plan import WIN_SHARE, SalesPlan, first_win

STAGE_DAYS = (18.0, 15.0, 12.0, 12.0)  # mean days in each open stage; won deals take ~60 days in all
LOST_STALL = 1.8  # a deal about to be lost sits longer in its last stage
LOST_AT = (0.3, 0.6, 0.82, 1.0)  # cumulative share of lost deals dropping out at each open stage
# (type, share of all deals, share of them won, amount factor)
DEAL_TYPES = (("New business", 0.60, 0.20, 1.0), ("Renewal", 0.25, 0.48, 0.8), ("Upsell", 0.15, 0.35, 0.5))
WON_TYPE_CUM = tuple(accumulate(share * p for _, share, p, _ in DEAL_TYPES))
OTHER_TYPE_CUM = tuple(accumulate(share * (1 - p) for _, share, p, _ in DEAL_TYPES))
ACTIVITY_KINDS = ("call", "email", "meeting", "visit", "demo")
ACTIVITY_CUM = tuple(accumulate((0.35, 0.3, 0.15, 0.1, 0.1)))
COLLABORATION = 0.12  # share of activities done by another rep (pre-sales help, cross-team deals)
CONVERTED_LEAD = 0.45  # share of new-business deals (of the last LEAD_DAYS) that came from a recorded lead
RECENT_SHARE, RECENT_DAYS = 0.10, 90  # deals created lately: the plan's won deals are all closed by today
USD_SHARE = 0.35  # share of an English-named account's deals quoted in USD
USD_TO_CNY_PERCENT = 710  # 7.10, the rate the demo stores
FIRST_WINS_SPREAD = 10  # a hire's wins of the quarter they start winning in close within this many days
DAY = 1440
DealType = tuple[str, float, float, float]
# a won deal planned for a rep-quarter: rep, quarter, account, deal type, (product, price), currency, minor units
Win = tuple[DemoRep, int, int, DealType, tuple[str, int], str, int]


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
    leads: list[Conversion] = field(default_factory=list)  # the deals that came from a lead (demo.leads)


@dataclass(frozen=True, slots=True)
class Conversion:
    """A deal that came from a lead: the lead is made by ``demo.leads`` with the deal's account."""

    opportunity_id: int
    account: int
    owner: DemoRep
    created: int  # the deal's creation day index
    source: str


class Ids:
    """Pre-assigned primary keys, so children reference parents without asking the database."""

    def __init__(self) -> None:
        self.history = self.activity = self.lead = 1


def win_counts(targets: dict[tuple[int, int], float], total: int) -> dict[tuple[int, int], int]:
    """``total`` won deals shared out in proportion to ``targets`` (largest remainders); every positive target
    gets at least one when there are enough deals for that."""
    positive = {key: t for key, t in sorted(targets.items()) if t > 0}
    whole = sum(positive.values())
    if not positive or total <= 0:
        return {}
    floor = 1 if total >= len(positive) else 0
    spare = total - floor * len(positive)
    exact = {key: spare * t / whole for key, t in positive.items()}
    counts = {key: floor + int(x) for key, x in exact.items()}
    by_remainder = sorted(exact, key=lambda key: (int(exact[key]) - exact[key], key))
    for key in by_remainder[: total - sum(counts.values())]:
        counts[key] += 1
    return counts


class DealMaker:
    def __init__(self, rng: DemoRandom, names: NameMaker, cal: Calendar, stages: Stages,
                 reps: list[DemoRep], accounts: Accounts, plan: SalesPlan, total: int,
                 units: tuple[int, int]) -> None:
        """``total``: the number of deals ``batch`` will be asked for; ``units``: minor units of 1 USD, 1 CNY."""
        self.rng, self.names, self.cal, self.stages, self.reps, self.accounts = rng, names, cal, stages, reps, accounts
        self.plan, self.usd_unit, self.cny_unit = plan, *units
        self.ids = Ids()
        self.lead_start = cal.today_index - LEAD_DAYS + LEAD_GAP[1]  # a converted lead is made before its deal
        self.owner_cum = list(accumulate(r.deal_weight(cal) for r in reps))
        self.helper_cum = list(accumulate(_helper_weight(r) * rng.uniform(0.2, 2.0) for r in reps))
        self.product_cum = list(accumulate((3, 2, 2, 2, 1.5, 1, 1.5)[: len(PRODUCTS)]))
        self.stage_days = STAGE_DAYS if len(stages.open) == len(STAGE_DAYS) else (56 / len(stages.open),) * len(
            stages.open)
        teams = range(max(r.team for r in reps) + 1)
        self.sdrs = {t: [r.id for r in reps if r.team == t and r.role == "sdr"] for t in teams}
        self.team_accounts = {t: [a for r in reps if r.team == t for a in r.accounts] for t in self.sdrs}
        self.all_accounts = list(range(1, len(accounts) + 1))
        self.win_counts = win_counts(plan.won, round(total * WIN_SHARE))
        self.wins_left, self.deals_left = sum(self.win_counts.values()), total
        self.wins: list[Win] = []  # the won deals of one quarter, taken from the end
        self.next_quarter = 0

    def batch(self, first_id: int, count: int) -> DealBatch:
        out = DealBatch()
        for opp_id in range(first_id, first_id + count):
            self._deal(opp_id, out)
        return out

    def _deal(self, opp_id: int, out: DealBatch) -> None:
        rng, cal = self.rng, self.cal
        won = rng.random() * self.deals_left < self.wins_left
        self.deals_left -= 1
        if won:
            self.wins_left -= 1
            rep, quarter, account, deal_type, (product, _price), currency, minor = self._next_win()
            entries = self._won_entries(rep, quarter)
        else:
            rep = rng.weighted(self.reps, self.owner_cum)
            account = self._account(rep)
            deal_type = rng.weighted(DEAL_TYPES, OTHER_TYPE_CUM)
            product, price = rng.weighted(PRODUCTS, self.product_cum)
            currency, minor = self._money(account, self._yuan(account, price * deal_type[3]))
            entries = self._not_won_entries(self._created(rep), rep, deal_type[2])
        created = entries[0]
        closed = entries[-1] <= cal.today_index
        visited = len(entries) if closed else sum(1 for d in entries if d <= cal.today_index)
        stage_id, probability = self._stage(visited, closed, won)
        last = self._history(opp_id, entries, visited, closed, won, out.history)
        expected = entries[-1] + rng.between(-15, 10) if closed else entries[-1] + rng.between(-20, 10)
        reached = len(entries) - 1
        source = rng.pick(LEAD_SOURCES) if deal_type[0] == "New business" else EXISTING_CUSTOMER
        out.opportunities.append((
            opp_id, f"{self.accounts.names[account]} - {product}", account, rep.id, stage_id, minor, currency,
            probability, cal.days[created], cal.days[entries[1]] if min(reached, visited) >= 2 else None,
            cal.days[max(created, expected)], cal.days[entries[-1]] if closed else None, source, deal_type[0],
            product, last,
        ))
        end = entries[-1] if closed else cal.today_index
        self._activities(opp_id, account, rep, created, end, rng.below(visited + 1), out.activities)
        if deal_type[0] == "New business" and rng.random() < CONVERTED_LEAD and created >= self.lead_start:
            out.leads.append(Conversion(opp_id, account, rep, created, source))

    def _next_win(self) -> Win:
        while not self.wins and self.next_quarter < QUARTERS:
            self.wins = self._quarter_wins(self.next_quarter)
            self.next_quarter += 1
        return self.wins.pop()

    def _quarter_wins(self, q: int) -> list[Win]:
        """The won deals of quarter ``q``: per rep, amounts drawn like any deal's, scaled to the plan's sum."""
        rng, wins = self.rng, []
        for rep in self.reps:
            count = self.win_counts.get((rep.id, q), 0)
            if not count:
                continue
            drawn = []
            for _ in range(count):
                account = self._account(rep)
                deal_type = rng.weighted(DEAL_TYPES, WON_TYPE_CUM)
                product = rng.weighted(PRODUCTS, self.product_cum)
                drawn.append((account, deal_type, product, self._yuan(account, product[1] * deal_type[3])))
            scale = self.plan.won[rep.id, q] / sum(d[3] for d in drawn)
            wins += [(rep, q, a, t, p, *self._money(a, yuan * scale)) for a, t, p, yuan in drawn]
        rng.shuffle(wins)
        return wins

    def _won_entries(self, rep: DemoRep, q: int) -> list[int]:
        """Stage entry days of a deal won in quarter ``q``, the last on its close day, none before ``rep.start``."""
        cal, rng = self.cal, self.rng
        durations = self._durations(rep)
        cycle = sum(durations)
        low = max(cal.quarter_starts[q], first_win(rep))
        high = min(cal.quarter_starts[q + 1] - 1, cal.today_index)
        if rep.coach_id is not None and low == first_win(rep):  # a hire's first wins come soon after it
            high = min(high, low + FIRST_WINS_SPREAD)
        close = rng.between(max(low, rep.start + cycle), high) if rep.start + cycle <= high else \
            rng.between(low, high)
        if close - cycle >= rep.start:
            return list(accumulate(durations, initial=close - cycle))
        return _squeezed(durations, rep.start, close)

    def _durations(self, rep: DemoRep) -> list[int]:
        """Days spent in each open stage."""
        rng = self.rng
        factor = min(3.0, rng.lognormvariate(0, 0.3)) * rep.speed
        return [max(1, int(mean * factor * (0.5 + rng.random()))) for mean in self.stage_days]

    def _created(self, rep: DemoRep) -> int:
        """The day a deal that is not (yet) won was created: more in recent quarters (a growing business), and
        some more in the last ``RECENT_DAYS``, where the deals that will be won are still open."""
        rng, today = self.rng, self.cal.today_index
        r, u = rng.random(), rng.random()
        if r < RECENT_SHARE:
            return max(rep.start, today - int(u * RECENT_DAYS))
        if r < 0.4 + RECENT_SHARE:
            u **= 0.5
        return rep.start + int(u * (today - rep.start))

    def _account(self, rep: DemoRep) -> int:
        pool = rep.accounts if rep.accounts and self.rng.random() < 0.85 else self.team_accounts[rep.team]
        return self.rng.pick(pool or self.all_accounts)

    def _lost_at(self) -> int:
        """How many open stages a lost deal went through."""
        r = self.rng.random()
        return min(len(self.stages.open), next(i + 1 for i, share in enumerate(LOST_AT) if r < share))

    def _not_won_entries(self, created: int, rep: DemoRep, p_win: float) -> list[int]:
        """A deal that is lost, or still open: one on its way to be won (probability ``p_win``) stays so only if
        it closes after today, since the deals won so far are the plan's; else it was lost at some stage."""
        if self.rng.random() >= p_win:
            return self._entries(created, self._lost_at(), rep, won=False)
        entries = self._entries(created, len(self.stages.open), rep, won=True)
        if entries[-1] > self.cal.today_index:
            return entries
        return _stalled(entries[: self._lost_at() + 1])

    def _entries(self, created: int, stages: int, rep: DemoRep, won: bool) -> list[int]:
        """Day of entering each of the first ``stages`` open stages, then the day it was won or lost."""
        rng = self.rng
        factor = min(3.0, rng.lognormvariate(0, 0.3)) * rep.speed
        entries = [created]
        day = created
        for mean in self.stage_days[:stages]:
            day += max(1, int(mean * factor * (0.5 + rng.random())))
            entries.append(day)
        return entries if won else _stalled(entries)

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

    def _yuan(self, account: int, base: float) -> float:
        """A deal's amount in yuan: ``base`` (list price times the deal type's factor) for the account's size,
        with a discount or a premium."""
        return base * self.accounts.size[account] * self.rng.lognormvariate(0, 0.5)

    def _money(self, account: int, yuan: float) -> tuple[str, int]:
        """(currency, minor units): CNY in whole thousands, or USD in hundreds for some foreign accounts."""
        if self.accounts.foreign[account] and self.rng.random() < USD_SHARE:
            return "USD", max(1, round(yuan / 7.1 / 100)) * 100 * self.usd_unit
        return "CNY", max(5, round(yuan / 1000)) * 1000 * self.cny_unit

    def _activities(self, opp_id: int, account: int, owner: DemoRep, first: int, last: int, count: int,
                    out: list[Row]) -> None:
        rng, cal = self.rng, self.cal
        limit = cal.today_index * DAY + DAY - 1
        for _ in range(count):
            rep = owner
            day = first + rng.below(last - first + 1)
            if rng.random() < COLLABORATION:
                helper = rng.weighted(self.reps, self.helper_cum)
                rep = helper if helper is not owner and helper.start <= day else self.reps[owner.team]
            kind = rng.weighted(ACTIVITY_KINDS, ACTIVITY_CUM)
            occurred = day * DAY + 540 + rng.below(600)
            delay = DAY + 1 + rng.below(4 * DAY) if rng.random() < rep.late else 5 + rng.below(360)
            out.append((self.ids.activity, rep.id, account, opp_id, kind, rng.pick(ACTIVITY_SUBJECTS[kind]),
                        cal.at(occurred), cal.at(min(limit, occurred + delay))))
            self.ids.activity += 1


def _stalled(entries: list[int]) -> list[int]:
    """A lost deal's entry days: it sat ``LOST_STALL`` times longer in its last stage."""
    entries[-1] += int((entries[-1] - entries[-2]) * (LOST_STALL - 1))
    return entries


def _squeezed(durations: list[int], start: int, close: int) -> list[int]:
    """Stage entry days from ``start`` to ``close`` in the proportions of ``durations``, a day apart at least."""
    cycle, span = sum(durations), close - start
    days = [start + round(span * done / cycle) for done in accumulate(durations, initial=0)]
    days[-1] = close
    for j in range(1, len(days)):
        days[j] = max(days[j], days[j - 1] + 1)
    for j in range(len(days) - 2, -1, -1):
        days[j] = min(days[j], days[j + 1] - 1)
    return days


def _helper_weight(rep: DemoRep) -> float:
    return {"manager": 1.0, "senior": 1.5, "rep": 0.6, "sdr": 0.3}[rep.role] * (0.5 if rep.new_hire else 1.0)
