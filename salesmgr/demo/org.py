"""Demo data, part one: the calendar, teams, reps, accounts, contacts and quotas.

New hires: a few reps joined in the last 90 days (``RECENT_HIRE_DAYS``; ``Rep.mentor_id`` is their mentor) and
a few joined earlier in the year (``earlier_hire_count``, hired in the second, third or fourth quarter before
today's and at least ``EARLIER_HIRE_MIN_DAYS`` ago: their onboarding plan is over, so their rep row has no mentor
any more). Each hire's coach (``DemoRep.coach_id``) is the first senior of their team (the manager when there is
none); the coach's pace (``COACH_PACE`` by team) stretches or shortens how long the hire takes to the first won
deal. A hire logs nothing on the day they join: their first own opportunity comes ``FIRST_OPPORTUNITY_DAYS``
after the hire date (``DemoRep.start``), their first won deal ``FIRST_DEAL_DAYS`` times the pace after it (the
onboarding demo, ``demo.onboarding``, adds the first calls and visits before that).

Account names are unique but for one pair on purpose (``AccountMaker.twin``): the first account after account 1
with its kind of name (Chinese or English) is a second branch of the same company under the same name and
e-mail domain, as CRMs keep them, each with its own id. Importing by name alone cannot tell them apart, so an
export -> import round trip must go by id (and the test that does one checks that no deal moves).

Rows are plain tuples with dates already written as the ISO strings SQLAlchemy stores in SQLite, so that
the bulk insert does no per-value conversion (see ``demo.BulkWriter``).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate

from salesmgr.demo.names import CITIES, INDUSTRIES, DemoRandom, Industry, NameMaker
from salesmgr.models.periods import Period

QUARTERS = 9  # the current quarter and the eight before it
LOOKBACK_DAYS = 400  # accounts and early leads exist before the first quarter
LOOKAHEAD_DAYS = 400  # expected close dates of open deals
TIMES = [f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(1440)]
Row = tuple[object, ...]


@dataclass
class Calendar:
    """Days as indexes into a precomputed list of ISO strings; minutes as ``day * 1440 + minute``."""

    today: date
    base: date
    days: list[str]
    quarter_of: list[int]  # day index -> quarter 0..QUARTERS-1, or -1 outside the quarters
    quarter_starts: list[int]  # QUARTERS + 1 day indexes
    periods: list[Period]  # the QUARTERS quarters, oldest first

    @classmethod
    def around(cls, today: date) -> Calendar:
        periods = [Period.quarter_of(today).shifted(q - (QUARTERS - 1)) for q in range(QUARTERS)]
        first = periods[0].start
        base = first - timedelta(days=LOOKBACK_DAYS)
        count = (today - base).days + LOOKAHEAD_DAYS + 1
        days = [(base + timedelta(days=i)).isoformat() for i in range(count)]
        starts = [(period.start - base).days for period in periods] + [(periods[-1].end - base).days + 1]
        quarter_of = [-1] * count
        for q in range(QUARTERS):
            quarter_of[starts[q]:starts[q + 1]] = [q] * (starts[q + 1] - starts[q])
        return cls(today, base, days, quarter_of, starts, periods)

    @property
    def window_start(self) -> int:
        return self.quarter_starts[0]

    @property
    def today_index(self) -> int:
        return (self.today - self.base).days

    def index(self, day: date) -> int:
        return (day - self.base).days

    def at(self, minute: int) -> str:
        """A DateTime column value for an absolute minute."""
        day, rest = divmod(minute, 1440)
        return self.days[day] + TIMES[rest]


@dataclass(frozen=True)
class TeamSpec:
    name: str
    region: str
    provinces: tuple[str, ...]
    employees_median: int  # size of a typical account
    foreign_share: float  # share of English-named (multinational) accounts


TEAM_SPECS: tuple[TeamSpec, ...] = (
    TeamSpec("华东大区 East China", "华东 East China",
             ("上海/Shanghai", "江苏/Jiangsu", "浙江/Zhejiang", "安徽/Anhui"), 250, 0.2),
    TeamSpec("华北大区 North China", "华北 North China",
             ("北京/Beijing", "天津/Tianjin", "河北/Hebei", "山东/Shandong"), 250, 0.15),
    TeamSpec("华南大区 South China", "华南 South China",
             ("广东/Guangdong", "福建/Fujian", "广西/Guangxi", "海南/Hainan"), 220, 0.2),
    TeamSpec("大客户部 Key Accounts", "全国 National",
             ("上海/Shanghai", "北京/Beijing", "广东/Guangdong", "香港/Hong Kong"), 3000, 0.45),
)
ROLE_CYCLE = ("senior", "rep", "sdr", "rep", "senior", "rep")
DEAL_WEIGHTS = {"manager": 0.3, "senior": 1.4, "rep": 1.0, "sdr": 0.25}
ACCOUNT_WEIGHTS = {"manager": 0.2, "senior": 1.5, "rep": 1.0, "sdr": 0.05}
NAME_ATTEMPTS = 50  # draws of a person's or a company's name before it is told apart another way
LATENESS = (0.03, 0.09, 0.22)  # share of activities a disciplined, average or sloppy rep logs a day late
RECENT_HIRE_DAYS = (8, 88)  # a new hire joined this many days before today
EARLIER_HIRE_MIN_DAYS = 110  # an earlier hire joined at least this long ago (their ~100-day plan is over)
EARLIER_HIRE_QUARTERS = (2, 3, 4)  # ... in one of these quarters before today's, in turn
FIRST_OPPORTUNITY_DAYS = (14, 28)  # a hire's first own opportunity, days after the hire date
FIRST_DEAL_DAYS = (40, 60)  # a hire's first won deal, days after the hire date, at an average coach's pace
COACH_PACE = (1.0, 1.1, 0.75, 1.25)  # by team: the time to the first deal relative to an average coach
FIRST_WIN_DAYS = 21  # an established rep closes no deal before this many days after their start
LEAD_DAYS = 365  # leads are kept for the last year (demo.leads)
LEAD_GAP = (3, 40)  # a converted lead was created this many days before its deal


def team_count(reps: int) -> int:
    return 4 if reps >= 16 else 3 if reps >= 9 else 2 if reps >= 6 else 1


def new_hire_count(reps: int) -> int:
    """Reps hired in the last 90 days."""
    return 4 if reps >= 40 else 3 if reps >= 12 else reps // 5


def earlier_hire_count(reps: int) -> int:
    """Reps hired 110-365 days ago: one per twelve reps (two of 25, so that 20 stay established), at most 12."""
    return min(12, reps // 12)


@dataclass(slots=True)
class DemoRep:
    id: int
    team: int  # index into the team list; the team's id is team + 1
    role: str
    hire: date
    start: int  # first day index on which the rep can own deals
    new_hire: bool
    skill: float  # multiplies the win probability
    speed: float  # multiplies stage durations
    late: float  # probability of logging an activity more than 24 h late
    name: str = ""
    email: str = ""
    manager_id: int | None = None
    mentor_id: int | None = None
    accounts: list[int] = field(default_factory=list)
    first_win_days: int = FIRST_WIN_DAYS  # no deal is won before start + this
    coach_id: int | None = None  # a hire's onboarding mentor (see the module)
    pace: float = 1.0  # the coach's pace

    def deal_weight(self, cal: Calendar) -> float:
        employed = max(0, cal.today_index - self.start + 1) / (cal.today_index - cal.window_start + 1)
        return DEAL_WEIGHTS[self.role] * employed * (0.8 + 0.4 * self.skill)

    def row(self) -> Row:
        return (self.id, self.name, self.email, self.team + 1, self.role, self.hire.isoformat(),
                self.manager_id, self.mentor_id, 1, self.hire.isoformat() + TIMES[540])


def team_rows(cal: Calendar, count: int) -> list[Row]:
    created = (cal.today - timedelta(days=9 * 365)).isoformat() + TIMES[540]
    return [(i + 1, spec.name, spec.region, "、".join(spec.provinces), 1, created)
            for i, spec in enumerate(TEAM_SPECS[:count])]


def make_reps(rng: DemoRandom, names: NameMaker, cal: Calendar, count: int) -> list[DemoRep]:
    """Managers first (ids 1..teams), then the established reps, then the earlier hires, then the new hires with
    their mentors."""
    teams = team_count(count)
    new = new_hire_count(count)
    earlier = earlier_hire_count(count) if count - teams - new > earlier_hire_count(count) else 0
    reps = [_manager(rng, cal, t) for t in range(teams)]
    for i in range(count - teams - new - earlier):
        reps.append(_established(rng, cal, len(reps) + 1, i % teams, ROLE_CYCLE[(i // teams) % len(ROLE_CYCLE)]))
    for i in range(earlier):
        quarter = Period.quarter_of(cal.today).shifted(-EARLIER_HIRE_QUARTERS[i % len(EARLIER_HIRE_QUARTERS)])
        first = max(quarter.start, cal.today - timedelta(days=364))
        last = min(quarter.end, cal.today - timedelta(days=EARLIER_HIRE_MIN_DAYS))
        hire = first + timedelta(days=rng.between(0, max(0, (last - first).days)))
        reps.append(_hire(rng, cal, reps, len(reps) + 1, (teams - 1 - i) % teams, hire))  # the pilot team last
    for i in range(new):
        hire = cal.today - timedelta(days=rng.between(*RECENT_HIRE_DAYS))
        rep = _hire(rng, cal, reps, len(reps) + 1, i % teams, hire)
        rep.new_hire, rep.skill, rep.mentor_id = True, rep.skill * 0.75, rep.coach_id
        reps.append(rep)
    _name_reps(rng, names, reps)
    lateness = [LATENESS[i % len(LATENESS)] for i in range(len(reps))]
    rng.shuffle(lateness)  # dealt out rather than drawn, so even a small team has its sloppy loggers
    for rep, late in zip(reps, lateness, strict=True):
        rep.late = late
    for rep in reps:
        rep.manager_id = None if rep.role == "manager" else rep.team + 1
    return reps


def _rep(rng: DemoRandom, cal: Calendar, rep_id: int, team: int, role: str, hire: date) -> DemoRep:
    skill = {"manager": 1.1, "senior": 1.15, "sdr": 0.9}.get(role, 0.95) * rng.uniform(0.85, 1.15)
    start = max(cal.window_start, cal.index(hire))
    return DemoRep(rep_id, team, role, hire, start, False, skill, rng.uniform(0.85, 1.2), LATENESS[0])


def _manager(rng: DemoRandom, cal: Calendar, team: int) -> DemoRep:
    hire = cal.today - timedelta(days=rng.between(4 * 365, 9 * 365))
    return _rep(rng, cal, team + 1, team, "manager", hire)


def _established(rng: DemoRandom, cal: Calendar, rep_id: int, team: int, role: str) -> DemoRep:
    window_start = cal.base + timedelta(days=cal.window_start)
    return _rep(rng, cal, rep_id, team, role, window_start - timedelta(days=rng.between(30, 5 * 365)))


def _hire(rng: DemoRandom, cal: Calendar, reps: list[DemoRep], rep_id: int, team: int, hire: date) -> DemoRep:
    """A rep hired on ``hire`` with a coach, their first opportunity and first won deal (see the module)."""
    rep = _rep(rng, cal, rep_id, team, "rep" if rng.random() < 0.75 else "sdr", hire)
    seniors = [r.id for r in reps if r.team == team and r.role == "senior"]
    rep.coach_id, rep.pace = seniors[0] if seniors else team + 1, COACH_PACE[team % len(COACH_PACE)]
    first_opportunity = rng.between(*FIRST_OPPORTUNITY_DAYS)
    rep.start = cal.index(hire) + first_opportunity
    rep.first_win_days = max(7, round(rng.between(*FIRST_DEAL_DAYS) * rep.pace) - first_opportunity)
    return rep


def _name_reps(rng: DemoRandom, names: NameMaker, reps: list[DemoRep]) -> None:
    """Every rep a different name (drawn again on a clash) and a different e-mail address."""
    taken: set[str] = set()
    emails: set[str] = set()
    for rep in reps:
        for attempt in range(NAME_ATTEMPTS):
            rep.name, local = names.chinese_person() if rng.random() < 0.65 else names.english_named_chinese()
            if rep.name not in taken:
                break
            if attempt == NAME_ATTEMPTS - 1:  # thousands of reps: the name lists run out
                rep.name = f"{rep.name} {rep.id}"
        taken.add(rep.name)
        email, n = local, 1
        while email in emails:
            n += 1
            email = f"{local}{n}"
        emails.add(email)
        rep.email = f"{email}@sales.example.com"


@dataclass
class Accounts:
    """What the deal generator needs to know about each account, indexed by account id (0 is unused)."""

    names: list[str] = field(default_factory=lambda: [""])
    foreign: list[bool] = field(default_factory=lambda: [False])
    industry: list[str] = field(default_factory=lambda: [""])
    employees: list[int] = field(default_factory=lambda: [0])
    domains: list[str] = field(default_factory=lambda: [""])
    size: list[float] = field(default_factory=lambda: [1.0])  # multiplies deal amounts
    region: list[str] = field(default_factory=lambda: [""])  # the province

    def __len__(self) -> int:
        return len(self.names) - 1


def account_count(reps: int, opportunities: int) -> int:
    return max(2 * reps, min(50_000, opportunities // 8))


class AccountMaker:
    """Accounts and their contacts, each owned by a rep of the team whose region it is in."""

    def __init__(self, rng: DemoRandom, names: NameMaker, cal: Calendar, reps: list[DemoRep]) -> None:
        self.rng, self.names, self.cal, self.reps = rng, names, cal, reps
        self.data = Accounts()
        self.owner_cum = list(accumulate(ACCOUNT_WEIGHTS[r.role] * (0.3 if r.new_hire else 1.0) for r in reps))
        self.next_contact = 1
        self.taken: set[str] = set()
        self.twin: int | None = None  # the account that has account 1's name (see the module docstring)

    def batches(self, total: int, size: int) -> Iterator[tuple[list[Row], list[Row]]]:
        """(account rows, contact rows) ``size`` accounts at a time."""
        while len(self.data) < total:
            accounts: list[Row] = []
            contacts: list[Row] = []
            for _ in range(min(size, total - len(self.data))):
                accounts.append(self._account(len(self.data) + 1, contacts))
            yield accounts, contacts

    def _account(self, account_id: int, contacts: list[Row]) -> Row:
        rng, data = self.rng, self.data
        owner = rng.weighted(self.reps, self.owner_cum)
        owner.accounts.append(account_id)
        spec = TEAM_SPECS[owner.team]
        foreign = rng.random() < spec.foreign_share
        industry = rng.pick(INDUSTRIES)
        name, domain = self._company(industry, foreign)
        if self.twin is None and account_id > 1 and foreign == data.foreign[1]:
            self.twin, name, domain = account_id, data.names[1], data.domains[1]
        employees = max(8, int(spec.employees_median * rng.lognormvariate(0, 1.1)))
        data.names.append(name)
        data.foreign.append(foreign)
        data.industry.append(industry.label)
        data.employees.append(employees)
        data.domains.append(domain)
        data.size.append(min(6.0, (employees / 300) ** 0.3))
        for _ in range(1 + rng.below(4)):
            contacts.append(self._contact(account_id, foreign, domain))
        created = self.cal.at((self.cal.window_start - rng.between(1, LOOKBACK_DAYS - 60)) * 1440 + 600)
        region = rng.pick(spec.provinces)
        data.region.append(region)
        return (account_id, name, industry.label, employees, region, owner.id, created)

    def _company(self, industry: Industry, foreign: bool) -> tuple[str, str]:
        """A company name no other account has: drawn again on a clash, then a branch of it (``…苏州分公司``,
        ``… (Suzhou)``), and when even those run out (tens of thousands of accounts) numbered."""
        for _ in range(NAME_ATTEMPTS):
            name, domain = self.names.company(industry, foreign)
            if name not in self.taken:
                break
        else:
            branches = [self.names.branch(name, foreign, city) for city in CITIES]
            name = next((b for b in branches if b not in self.taken), f"{name} ({len(self.taken) + 1})")
        self.taken.add(name)
        return name, domain

    def _contact(self, account_id: int, foreign: bool, domain: str) -> Row:
        name, local = self.names.person(foreign)
        row = (self.next_contact, account_id, name, self.names.title(foreign), f"{local}@{domain}",
               self.names.phone())
        self.next_contact += 1
        return row
