"""Demo data, part three: leads that have not (or not yet) become opportunities.

Rows are tuples as in ``demo.org``; the converted leads are written with their deals (``demo.deals``).
"""
from __future__ import annotations

from salesmgr.demo.deals import Ids
from salesmgr.demo.names import INDUSTRIES, LEAD_SOURCES, DemoRandom, NameMaker
from salesmgr.demo.org import Calendar, DemoRep, Row


class LeadMaker:
    """Leads that have not (or not yet) become opportunities: new, nurturing, assigned or disqualified."""

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
            return "new" if r < 0.7 else "assigned" if r < 0.9 else "disqualified"
        if age < 60:
            return "nurturing" if r < 0.4 else "assigned" if r < 0.6 else "disqualified" if r < 0.9 else "new"
        return "nurturing" if r < 0.45 else "disqualified" if r < 0.95 else "assigned"
